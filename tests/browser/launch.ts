import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { startServer, type DemoServer } from '../../scripts/demo-server';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const extensionDir = join(repoRoot, '.output/chrome-mv3');

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: DemoServer;
  /** Opens a page of the test server (path relative to tests/) and waits for it to load. */
  open(path: string): Promise<Page>;
  /** Opens one of the extension's own pages, e.g. "popup.html". */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's id for the tab showing `page` (brought to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Sends a message to the content script of a tab (a page, or a tab id), as the popup does; null if none answers. */
  sendToTab(target: Page | number, message: unknown): Promise<unknown>;
  /** Waits until the content script in `page` has finished scanning; resolves to its status. */
  scanned(page: Page): Promise<string>;
  /** The popup for a tab (a page, or a tab id), in a popup window of its own, as the toolbar button shows it. */
  openPopup(target: Page | number, size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension (npm test builds it first) and a server for tests/ on
 * 127.0.0.1. Each session gets a fresh profile, so tests do not share settings.
 */
export async function launch(
  options: {
    headers?: (path: string) => Record<string, string>;
    headless?: boolean;
    port?: number;
    /** The browser's interface language (Chromium on Linux reads it from LANGUAGE); English unless said. */
    uiLanguage?: string;
  } = {},
): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH or install Debian\'s chromium package');
  const profile = mkdtempSync(join(tmpdir(), 'recoupe-profile-'));
  const server = await startServer({ root: join(repoRoot, 'tests'), headers: options.headers, port: options.port });
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    args: chromiumArgs(extensionDir),
    viewport: headless ? { width: 1280, height: 900 } : null,
    env: { ...process.env, LANGUAGE: options.uiLanguage ?? 'en' },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    return tab!.id!;
  };
  const tabOf = (target: Page | number) => (typeof target === 'number' ? Promise.resolve(target) : tabIdOf(target));
  const sendToTab = async (target: Page | number, message: unknown) => {
    const tabId = await tabOf(target);
    return worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg).catch(() => null), [tabId, message] as const);
  };
  return {
    context,
    worker,
    extensionId,
    server,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return page;
    },
    tabIdOf,
    sendToTab,
    async scanned(page) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const reply = (await sendToTab(page, { type: 'page/status' })) as { status: string } | null;
        if (reply && reply.status !== 'scanning') return reply.status;
        if (Date.now() > deadline) throw new Error(`the content script did not finish scanning ${page.url()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async openPopup(target, size = { width: 440, height: 760 }) {
      const url = `chrome-extension://${extensionId}/popup.html?tab=${await tabOf(target)}`;
      const [popup] = await Promise.all([
        context.waitForEvent('page'),
        worker.evaluate(([u, w, h]) => chrome.windows.create({ url: u, type: 'popup', width: w, height: h }), [url, size.width, size.height] as const),
      ]);
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
