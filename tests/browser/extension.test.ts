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
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.recoupe)).toBe('ready');
  });

  it('opens and renders the popup', async () => {
    const page = await session.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Recoupe');
  });
});
