// The floor for scripts/bench-browser.ts: what the least any highlighting content script does costs on each page, so
// that Recoupe's figures can be read against what the browser itself charges.
//
// The floor is an unpacked extension written to a temporary folder: plain JavaScript, no bundler, no framework. Its
// content script, at document_idle like Recoupe's, does the least a script that highlights a page's figures must:
// checks the title (or else the body's text) for the topic, walks the body's nodes for their text (skipping scripts and
// styles, nothing else), sends the text to its service worker, gets back one offset per figure, then gives each a
// range and a visibility check, and highlights them with the Custom Highlight API, styled by a stylesheet the manifest
// declares (as Recoupe's are).
// Everything in one task per step, without the rules that make Recoupe's reading right (hidden text, blocks, tables),
// without checking the reply, and without a watcher. Its service worker answers with as many figures as Recoupe showed
// on the same page, spread evenly over the text, so both pay for the same number of highlights.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';

const MANIFEST = {
  manifest_version: 3,
  name: 'Recoupe bench floor',
  version: '1.0',
  background: { service_worker: 'worker.js' },
  content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], css: ['content.css'], run_at: 'document_idle' }],
};

/** `globalThis.figures` is set by the bench before each page. */
const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const n = globalThis.figures ?? 0;
  const length = message.text.length;
  const offsets = [];
  for (let i = 0; i < n; i++) offsets.push(Math.floor(((i + 0.5) * length) / n));
  reply(offsets);
});`;

const CONTENT = `(async () => {
  const timed = (step, work) => {
    const start = performance.now();
    try {
      return work();
    } finally {
      performance.measure('floor:' + step, { start });
    }
  };
  const topic = /corée|coree|korea|corea|коре|북한/i;
  if (!timed('start', () => topic.test(document.title) || topic.test(document.body.textContent))) return;
  const nodes = [];
  const starts = [];
  const text = timed('slice', () => {
    const parts = [];
    let length = 0;
    const walk = (parent) => {
      for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 3) {
          nodes.push(node);
          starts.push(length);
          parts.push(node.data);
          length += node.data.length;
        } else if (node.nodeType === 1 && node.localName !== 'script' && node.localName !== 'style') walk(node);
      }
    };
    walk(document.body);
    return parts.join('');
  });
  const offsets = await timed('send', () => chrome.runtime.sendMessage({ text }));
  const ranges = timed('place', () => {
    const shown = [];
    for (const offset of offsets) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const node = nodes[lo];
      const at = Math.min(offset - starts[lo], node.length);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, Math.min(at + 4, node.length));
      if (node.parentElement.checkVisibility({ visibilityProperty: true })) shown.push(range);
    }
    return shown;
  });
  timed('show', () => CSS.highlights.set('floor', new Highlight(...ranges)));
})();`;

/** Writes the floor extension to a new temporary folder and returns its path. */
export function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-bench-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(dir, 'worker.js'), WORKER);
  writeFileSync(join(dir, 'content.js'), CONTENT);
  writeFileSync(join(dir, 'content.css'), '::highlight(floor) { text-decoration: underline 2px; }');
  return dir;
}

/** Waits until the floor's script is done on `page`: its last step measured (its only one on a page without figures). */
async function floorDone(page: Page, figures: number): Promise<void> {
  const last = figures > 0 ? 'floor:show' : 'floor:start';
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, last, { timeout: 120_000 });
}

/**
 * The floor's main-thread time on the page at `url` (sum of its steps, ms), its service worker answering with
 * `figures` figures.
 */
export async function measureFloor(context: BrowserContext, worker: Worker, url: string, figures: number): Promise<number> {
  await worker.evaluate((n) => {
    (globalThis as { figures?: number }).figures = n;
  }, figures);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await floorDone(page, figures);
  const total = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('floor:'))
      .reduce((sum, m) => sum + m.duration, 0),
  );
  await page.close();
  return total;
}
