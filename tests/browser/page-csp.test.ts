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
    await expect.poll(() => card.count()).toBe(1);
    // The card's stylesheet applied inside its shadow root (a constructed sheet, which the CSP does not block).
    expect(await card.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('8px');
    expect(violations).toEqual([]);
    await page.close();
  });
});
