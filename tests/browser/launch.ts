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
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension (npm test builds it first) and a server for tests/ on
 * 127.0.0.1. Each session gets a fresh profile, so tests do not share settings.
 */
export async function launch(options: { headers?: (path: string) => Record<string, string> } = {}): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH or install Debian\'s chromium package');
  const profile = mkdtempSync(join(tmpdir(), 'recoupe-profile-'));
  const server = await startServer({ root: join(repoRoot, 'tests'), headers: options.headers });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
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
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
