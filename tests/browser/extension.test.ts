import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './launch';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker', () => {
    expect(session.worker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs its content script on a demo news page', async () => {
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    // The content script answers the status query the popup sends, and has highlighted figures.
    const status = () =>
      session.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return ((await chrome.tabs.sendMessage(tab!.id!, { type: 'page/status' })) as { status: string }).status;
      });
    await expect.poll(status, { timeout: 15_000 }).toBe('ready');
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  });

  it('opens and renders the popup', async () => {
    const page = await session.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Recoupe');
  });
});
