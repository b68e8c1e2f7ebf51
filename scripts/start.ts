// `npm start`: the main job. Builds the extension, serves the demo news pages on 127.0.0.1 and opens them in
// Chromium with the extension loaded. With a display it opens a real window and waits for you to close it;
// without one (a server, CI) it runs headless, writes screenshots to demo-output/ and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumVersion, ensureChromium } from './chromium';
import { startServer } from './demo-server';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3');
const outDir = join(root, 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

const executablePath = ensureChromium();
console.log(`Building the extension (npm run build)...`);
if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.error('The build failed; nothing was opened.');
  process.exit(1);
}

const pages = readdirSync(join(root, 'tests/demo-pages')).filter((f) => /^\d.*\.html$/.test(f)).sort();
const server = await startServer({ root: join(root, 'tests'), port: Number(process.env.PORT ?? 0) });
const profile = mkdtempSync(join(tmpdir(), 'recoupe-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !headed,
  args: chromiumArgs(extensionDir),
  viewport: headed ? null : { width: 1280, height: 900 },
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
console.log(`${chromiumVersion(executablePath)} started with Recoupe (extension id ${extensionId}).`);
console.log(`Demo pages served at ${server.origin}/demo-pages/`);

const cleanUp = async () => {
  await context.close().catch(() => {});
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/demo-pages/${pages[0]}`);
  console.log(`Opened ${pages[0]} in a Chromium window. Other demo pages: ${server.origin}/demo-pages/index.html`);
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  rmSync(profile, { recursive: true, force: true });
} else {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  console.log('No display: running headless and writing screenshots.');
  for (const file of pages) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/demo-pages/${file}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.recoupe === 'ready', null, { timeout: 10_000 });
    const shot = join(outDir, file.replace(/\.html$/, '.png'));
    await page.screenshot({ path: shot });
    console.log(`  ${file}: content script ran; screenshot ${shot}`);
    await page.close();
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.screenshot({ path: join(outDir, 'popup.png') });
  console.log(`  popup: screenshot ${join(outDir, 'popup.png')}`);
  await cleanUp();
  console.log(`Done: ${pages.length + 1} screenshots in demo-output/.`);
}
