import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/database/schema';
import type { ListReply } from '../../lib/page/protocol';
import { launch, repoRoot, type Session } from './launch';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const ARTICLE = 'demo-pages/04-escalade-deploiement.html';
const bundledClaims = JSON.parse(readFileSync(join(repoRoot, 'lib/database/data/claims.json'), 'utf8')) as Claim[];

/** Asks the content script of `tabId` something, as the popup would. */
const askTab = <T>(tabId: number, message: object) => session.sendToTab(tabId, message) as Promise<T | null>;

/** Opens a page of the test server, brings it to the front and waits for its scan; returns it with its tab id. */
async function openArticle(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.open(path);
  const tabId = await session.tabIdOf(page);
  await expect.poll(async () => (await askTab<{ status: string }>(tabId, { type: 'page/status' }))?.status, { timeout: 15_000 }).toBe('ready');
  return { page, tabId };
}

const openPopup = (tabId: number) => session.openPopup(tabId);

const listed = (popup: Page) =>
  popup.locator('li.claim').evaluateAll((items) =>
    items.map((li) => ({ text: li.querySelector('.claim__figure')!.textContent, verdict: li.getAttribute('data-verdict') })),
  );

describe('the popup on a demo article', () => {
  it('lists every figure of the page in page order with its verdict, under a summary', async () => {
    const { tabId } = await openArticle(ARTICLE);
    const reply = (await askTab<ListReply>(tabId, { type: 'page/list' }))!;
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('li.claim').count()).toBe(reply.figures.length);
    expect(reply.figures.length).toBeGreaterThanOrEqual(3);
    expect(await listed(popup)).toEqual(reply.figures.map((f) => ({ text: f.claim.text, verdict: f.result.verdict })));
    // The NIS's "about 10,000" of 23 October 2024 is in the database: the article's figure is corroborated.
    const nis = (await listed(popup)).find((f) => f.text === 'environ 10 000 soldats');
    expect(nis).toEqual({ text: 'environ 10 000 soldats', verdict: 'corroborated' });
    const verdicts = reply.figures.map((f) => f.result.verdict);
    const count = (v: string) => verdicts.filter((x) => x === v).length;
    expect(await popup.getByTestId('summary').textContent()).toContain(`${verdicts.length} figures: ${count('corroborated')} corroborated`);
    await popup.close();
  });

  it('scrolls the page to a figure chosen in the popup and opens its card', async () => {
    const { page, tabId } = await openArticle(ARTICLE);
    const popup = await openPopup(tabId);
    const items = popup.locator('li.claim');
    await expect.poll(() => items.count()).toBeGreaterThan(2);
    const last = (await items.count()) - 1;
    const text = (await items.nth(last).locator('.claim__figure').textContent())!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await items.nth(last).locator('button.claim__main').click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const card = page.locator('recoupe-ui [role="dialog"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getAttribute('aria-label')).toContain(text);
    // The figure itself is on screen.
    const inView = await page.evaluate((figure) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(figure);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + figure.length);
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= window.innerHeight;
      }
      return null;
    }, text);
    expect(inView).toBe(true);
    expect(await items.nth(last).locator('button.claim__main').getAttribute('aria-current')).toBe('true');
    await popup.close();
  });

  it('draws the database’s estimates of the chosen figure’s subject: one marker each, per actor', async () => {
    const { tabId } = await openArticle(ARTICLE);
    const reply = (await askTab<ListReply>(tabId, { type: 'page/list' }))!;
    const popup = await openPopup(tabId);
    const index = reply.figures.findIndex((f) => f.claim.text === 'environ 10 000 soldats');
    await popup.locator('button.claim__main').nth(index).click();
    const { kind, scope } = reply.figures[index]!.claim;
    const estimates = bundledClaims.filter((c) => c.kind === kind && c.scope === scope && c.stance === 'figure' && c.quantity);
    const perActor = new Map<string, number>();
    for (const c of estimates) perActor.set(c.actor, (perActor.get(c.actor) ?? 0) + 1);

    const timeline = popup.getByTestId('timeline');
    await expect.poll(() => timeline.locator('.timeline-marker').count()).toBeGreaterThan(0);
    const drawn = await timeline.locator('g.series').evaluateAll((groups) =>
      groups.map((g) => ({ actor: g.getAttribute('data-actor')!, markers: g.querySelectorAll('.timeline-marker').length })),
    );
    // At most six series are drawn; each has exactly its actor's estimates, and the page's actor is among them.
    expect(drawn.length).toBe(Math.min(6, perActor.size));
    for (const series of drawn) expect(series.markers).toBe(perActor.get(series.actor));
    expect(drawn.map((s) => s.actor)).toContain('nis');
    expect(await timeline.getByTestId('page-mark').count()).toBe(1);
    // The table has every estimate, drawn or not, and the page's figure.
    expect(await timeline.locator('tbody tr').count()).toBe(estimates.length + 1);
    expect(await timeline.locator('svg title').first().textContent()).toContain('estimates over time');
    await popup.close();
  });

  it('shows a figure’s sources and the reason for its verdict on demand', async () => {
    const { tabId } = await openArticle(ARTICLE);
    const popup = await openPopup(tabId);
    const first = popup.locator('li.claim').first();
    const toggle = first.locator('button.claim__toggle');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await first.locator('.claim__why').textContent()).not.toBe('');
    expect(await first.locator('.rc-source').count()).toBeGreaterThan(0);
    await popup.close();
  });
});
