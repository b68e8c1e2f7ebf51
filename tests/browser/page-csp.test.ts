import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './launch';

const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

let session: Session;
beforeAll(async () => {
  session = await launch({ headers: (path): Record<string, string> => (path.includes('page-csp') ? { 'content-security-policy': CSP } : {}) });
});
afterAll(async () => {
  await session?.close();
});

describe('a page with a strict Content-Security-Policy', () => {
  it('still gets its figures highlighted and its cards styled', async () => {
    const page = await session.open('pages/page-csp.html');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const highlighted = () =>
      page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Iterable<Range>)].map((r) => r.toString())).sort());
    await expect.poll(highlighted, { timeout: 15_000 }).toEqual(['3 000 soldats', 'près de 11 000 soldats']);
    // The ::highlight rules apply: the figure's underline is drawn (computed style of the highlight pseudo).
    const decoration = await page.evaluate(() => {
      const [name] = [...CSS.highlights.keys()];
      const p = document.querySelector('article p')!;
      return getComputedStyle(p, `::highlight(${name})`).textDecorationLine;
    });
    expect(decoration).toBe('underline');

    const rect = await page.evaluate(() => {
      const [h] = [...CSS.highlights.values()];
      const r = [...(h as unknown as Iterable<Range>)][0]!.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(rect.x, rect.y);
    const card = page.locator('recoupe-ui .rc-card');
    // The first card imports the card's module first: more time on a busy machine.
    await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
    // The card's stylesheet applied inside its shadow root (a constructed sheet, which the CSP does not block).
    expect(await card.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('8px');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('imports the card module only when a card is first shown, from an address the page cannot probe', async () => {
    const cardModule: string[] = [];
    // Chrome serves a per-session address by redirecting it internally: the redirect is not a second import.
    const onRequest = (r: Request) => {
      if (r.url().endsWith('/card.js') && !r.redirectedFrom()) cardModule.push(r.url());
    };
    session.context.on('request', onRequest);
    const page = await session.open('pages/page-csp.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(cardModule).toEqual([]);

    const rect = await page.evaluate(() => {
      const [h] = [...CSS.highlights.values()];
      const r = [...(h as unknown as Iterable<Range>)][0]!.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(rect.x, rect.y);
    await expect.poll(() => page.locator('recoupe-ui .rc-card').count(), { timeout: 5_000 }).toBe(1);
    // Chrome serves it under a per-session id (use_dynamic_url), not the extension's id.
    expect(cardModule).toHaveLength(1);
    expect(cardModule[0]).toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/card\.js$/);
    expect(cardModule[0]).not.toContain(session.extensionId);
    const probe = (url: string) => page.evaluate((u) => fetch(u).then(() => 'loaded', () => 'refused'), url);
    expect(await probe(`chrome-extension://${session.extensionId}/card.js`)).toBe('refused');
    session.context.off('request', onRequest);
    await page.close();
  });
});
