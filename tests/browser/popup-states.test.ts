import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './launch';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const tabIdOf = (page: Page) => session.tabIdOf(page);

const pageStatus = async (tabId: number) => ((await session.sendToTab(tabId, { type: 'page/status' })) as { status: string } | null)?.status ?? null;

const openPopup = (tabId: number) => session.openPopup(tabId);

/** Which empty state the popup shows, once it has settled on one. */
async function settledState(popup: Page): Promise<string | null> {
  const state = popup.locator('section.empty');
  await expect.poll(async () => ((await state.count()) ? await state.getAttribute('data-state') : 'list')).not.toMatch(/^(loading|scanning)$/);
  return (await state.count()) ? state.getAttribute('data-state') : null;
}

const highlighted = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('recoupe-')).length);

describe('what the popup says when it has no figures to list', () => {
  it('a page with nothing to check', async () => {
    const page = await session.open('demo-pages/index.html');
    const tabId = await tabIdOf(page);
    await expect.poll(() => pageStatus(tabId)).toBe('ready');
    const popup = await openPopup(tabId);
    expect(await settledState(popup)).toBe('none');
    expect(await popup.locator('section.empty h2').textContent()).toBe('No figures here');
    await popup.close();
    await page.close();
  });

  it('a page off the topic', async () => {
    const page = await session.open('pages/page-off-topic.html');
    const tabId = await tabIdOf(page);
    await expect.poll(() => pageStatus(tabId)).toBe('off-topic');
    const popup = await openPopup(tabId);
    expect(await settledState(popup)).toBe('off-topic');
    expect(await popup.locator('section.empty h2').textContent()).toBe('Not about this topic');
    await popup.close();
    await page.close();
  });

  it('a page the extension cannot read (no content script)', async () => {
    const page = await session.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(await tabIdOf(page));
    expect(await settledState(popup)).toBe('unscannable');
    expect(await popup.locator('section.empty h2').textContent()).toBe('Recoupe cannot read this page');
    await popup.close();
    await page.close();
  });

  it('a tab that does not exist', async () => {
    const popup = await openPopup(2 ** 30);
    expect(await settledState(popup)).toBe('no-tab');
    await popup.close();
  });
});

describe('the per-site switch', () => {
  it('turns Recoupe off for the site (the highlights go) and back on (they return)', async () => {
    const page = await session.open('demo-pages/04-escalade-deploiement.html');
    const tabId = await tabIdOf(page);
    await expect.poll(() => pageStatus(tabId)).toBe('ready');
    expect(await highlighted(page)).toBeGreaterThan(0);
    const popup = await openPopup(tabId);
    const toggle = popup.getByRole('switch', { name: 'Recoupe on 127.0.0.1' });
    await expect.poll(() => toggle.isChecked()).toBe(true);

    await toggle.click();
    await expect.poll(() => highlighted(page)).toBe(0);
    expect(await settledState(popup)).toBe('off');
    expect(await session.worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({
      settings: { disabledSites: ['127.0.0.1'], highlightStyle: 'underline' },
    });

    // Off, the popup offers the switch again in its message.
    const again = popup.locator('section.empty').getByRole('switch', { name: 'Recoupe on 127.0.0.1' });
    expect(await again.isChecked()).toBe(false);
    await again.click();
    await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('li.claim').count()).toBeGreaterThan(0);
    expect(await session.worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({
      settings: { disabledSites: [], highlightStyle: 'underline' },
    });
    await popup.close();
    await page.close();
  });
});
