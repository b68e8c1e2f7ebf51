// `npm start`: the main job. Builds the extension, serves the demo news pages on 127.0.0.1 and opens them in
// Chromium with the extension loaded. With a display it opens a real window and waits for you to close it;
// without one (a server, CI) it runs headless, writes screenshots to demo-output/ and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../tests/browser/launch';
import { chromiumVersion, ensureChromium } from './chromium';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'demo-output');
const headless = !process.env.DISPLAY || Boolean(process.env.CI);

const chromium = ensureChromium();
process.env.CHROMIUM_PATH = chromium;
console.log('Building the extension (npm run build)...');
if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.error('The build failed; nothing was opened.');
  process.exit(1);
}

const pages = readdirSync(join(root, 'tests/demo-pages')).filter((f) => /^\d.*\.html$/.test(f)).sort();
const session = await launch({ headless, port: Number(process.env.PORT ?? 0) });
console.log(`${chromiumVersion(chromium)} started with Recoupe (extension id ${session.extensionId}).`);
console.log(`Demo pages: ${session.server.origin}/demo-pages/index.html`);

/** How many figures the page highlights, by verdict. */
const verdictCounts = (page: Page) =>
  page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('recoupe-')) counts[name.slice(8)] = highlight.size;
    return counts;
  });

/** Moves the pointer onto the first highlighted figure, which opens its card. */
async function hoverFirstFigure(page: Page): Promise<string | null> {
  const target = await page.evaluate(() => {
    const ranges = [...CSS.highlights].filter(([n]) => n.startsWith('recoupe-')).flatMap(([, h]) => [...h] as Range[]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const first = ranges[0];
    if (!first) return null;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: first.toString() };
  });
  if (!target) return null;
  await page.mouse.move(target.x, target.y);
  await page.locator('recoupe-ui [role="dialog"]').waitFor({ timeout: 5_000 });
  return target.text;
}

async function screenshots(s: Session): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  console.log('No display: running headless and writing screenshots to demo-output/.');
  let article: Page | null = null;
  for (const file of pages) {
    const page = await s.open(`demo-pages/${file}`);
    const status = await s.scanned(page);
    const counts = await verdictCounts(page);
    const shot = join(outDir, file.replace(/\.html$/, '.png'));
    await page.screenshot({ path: shot });
    const summary = Object.entries(counts).map(([v, n]) => `${n} ${v}`).join(', ') || 'no figures';
    console.log(`  ${file}: ${status}, ${summary} → ${shot}`);
    if (!article && Object.keys(counts).length > 0) article = page;
    else await page.close();
  }
  if (article) {
    const figure = await hoverFirstFigure(article);
    await article.screenshot({ path: join(outDir, 'card.png') });
    console.log(`  hover card for «${figure}» → ${join(outDir, 'card.png')}`);
    await article.mouse.move(0, 0);
    const popup = await s.openPopup(article, { width: 440, height: 760 });
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.locator('.claims, section.empty').first().waitFor({ timeout: 10_000 });
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: join(outDir, 'popup.png'), fullPage: true });
    console.log(`  popup for ${article.url()} → ${join(outDir, 'popup.png')}`);
  }
  const options = await s.openExtensionPage('options.html');
  await options.waitForTimeout(800);
  await options.screenshot({ path: join(outDir, 'options.png'), fullPage: true });
  console.log(`  options page → ${join(outDir, 'options.png')}`);
}

if (headless) {
  await screenshots(session);
  await session.close();
  console.log('Done.');
} else {
  const page = await session.open(`demo-pages/${pages[0]}`);
  await session.context.pages().find((p) => p !== page && p.url() === 'about:blank')?.close();
  console.log(`Opened ${pages[0]} in a Chromium window; hover a highlighted figure, or open the Recoupe popup.`);
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await session.close();
}
