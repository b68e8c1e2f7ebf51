// In-browser timings of the content script, for `npm run bench` (section (f)); also runnable alone:
// `npx tsx scripts/bench-browser.ts [--runs N] [--no-build] [--explain] [--only 'demo 01,article-100k']`.
//
// Builds the extension in bench mode (`wxt build --mode bench` → .output/chrome-mv3-bench: the same code, plus
// `recoupe:<step>` performance measures around each piece of the session's main-thread work, see
// lib/page/session.ts), loads it into Debian's Chromium and opens each page several times in a fresh tab. A script
// added to the page's main world collects the measures and the long tasks (PerformanceObserver 'longtask', tasks over
// 50 ms, whoever ran them). For each page it prints the medians over the runs of: the content script's main-thread
// time (sum of its measures), per 10 KB of page text, its longest single step, the long tasks overlapping its
// steps, and the time from the load event to the highlights shown. Then the same pages with the floor
// (scripts/bench-floor.ts: the least any highlighting content script does, same number of figures), and each of
// issue 8's figures to reach, with what was measured and whether it holds.
//
// Pages: the five demo pages; off-topic pages of 0.1, 10 and 100 KB of text; article pages of 100 KB, 1 MB and 5 MB
// made of the seed articles (their text, markup and density of figures); a 100 KB page with a figure in every
// sentence, split over inline elements (the worst case for the figures' share); a page of 100,000 DOM nodes.
//
// Steps: start (topic check), slice (extraction), send (per page/scan request: the text's pieces, serialising one),
// receive (reading one reply), place (finding and checking the figures' ranges, in slices), show (highlighting).
// Not measured by the marks: evaluating content.js itself and reading the settings before the session starts, and
// the browser's own decoding of each reply message before it reaches the content script (a long one shows as a long
// task overlapping no step: see "long tasks: ours/all").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom/worker';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { MAX_SHOWN_FIGURES } from '../lib/page/protocol';
import { extractText } from '../lib/text/extract';
import { measureFloor, writeFloorExtension } from './bench-floor';
import { chromiumArgs, ensureChromium } from './chromium';
import { startServer } from './demo-server';

const KB = 1024;
/** How long the live page is watched after its first scan, re-rendering every second. */
const LIVE_DWELL_MS = 10_000;
const root = resolve(import.meta.dirname, '..');
const benchBuild = join(root, '.output/chrome-mv3-bench');

/** The parts of the extension API called inside the service worker. */
declare const chrome: {
  tabs: { query(query: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
};

interface Entry {
  name: string;
  start: number;
  duration: number;
}
/** A long animation frame's script (or the frame's own style and layout), for `--explain`. */
interface FramePart {
  name: string;
  start: number;
  duration: number;
}
interface Collected {
  measures: Entry[];
  longTasks: Entry[];
  /** Long animation frames (over 50 ms) with what ran in them: scripts, style and layout, rendering. */
  longFrames: (Entry & { parts: FramePart[] })[];
  loadEnd: number;
}
declare global {
  interface Window {
    __recoupeBench?: Collected;
  }
}

/**
 * Runs in the page's main world before its own scripts: gathers Recoupe's measures and every long task. A string,
 * not a function: tsx would wrap a function's inner helpers in its own `__name` calls, undefined in the page.
 */
const OBSERVE = `(() => {
  const collected = { measures: [], longTasks: [], longFrames: [], loadEnd: 0 };
  window.__recoupeBench = collected;
  const keep = (into, filter) => (list) => {
    for (const e of list.getEntries()) if (filter(e)) into.push({ name: e.name, start: e.startTime, duration: e.duration });
  };
  new PerformanceObserver(keep(collected.measures, (e) => e.name.startsWith('recoupe:'))).observe({ type: 'measure', buffered: true });
  new PerformanceObserver(keep(collected.longTasks, () => true)).observe({ type: 'longtask', buffered: true });
  const part = (name, start, end) => ({ name, start, duration: end - start });
  new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      const parts = f.scripts.map((s) => ({
        name: s.invokerType + ' ' + s.invoker + ' ' + (s.sourceURL || '').replace(/^.*\\//, '') + (s.forcedStyleAndLayoutDuration ? ' (forced style/layout ' + s.forcedStyleAndLayoutDuration.toFixed(1) + ')' : ''),
        start: s.startTime, duration: s.duration,
      }));
      if (f.styleAndLayoutStart) parts.push(part('style and layout', f.styleAndLayoutStart, f.startTime + f.duration));
      if (f.renderStart) parts.push(part('rendering', f.renderStart, f.styleAndLayoutStart || f.startTime + f.duration));
      collected.longFrames.push({ name: 'frame', start: f.startTime, duration: f.duration, parts });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  addEventListener('load', () => setTimeout(() => (collected.loadEnd = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0)));
})();`;

// ---- Generated pages ------------------------------------------------------------------------------------------

const DEMO_PAGES = ['01-russie-apaiser-coree-du-sud', '02-soldats-deployes-koursk', '03-washington-confirme-presence', '04-escalade-deploiement', '05-renforts-nord-coreens'];

/** The <article> elements of the five demo pages (the seed articles), as markup. */
const seedBodies = () =>
  DEMO_PAGES.map((d) => {
    const html = readFileSync(join(root, 'tests/demo-pages', `${d}.html`), 'utf8');
    return html.slice(html.indexOf('<article>'), html.indexOf('</article>') + '</article>'.length) + '\n';
  });

/**
 * An on-topic article page of about `size` bytes: the five seed articles' bodies (their own text, markup and density
 * of figures, about one figure per 600 characters), one after another until the page is that long.
 */
function seedArticlePage(size: number): string {
  const bodies = seedBodies();
  const head =
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Soldats nord-coréens en Russie : le fil</title>' +
    '<meta property="article:published_time" content="2024-11-05T10:00:00+01:00"></head><body><main>\n';
  const parts = [head];
  for (let i = 0, length = head.length; length < size; i++) {
    parts.push(bodies[i % bodies.length]!);
    length += bodies[i % bodies.length]!.length;
  }
  parts.push('</main></body></html>');
  return parts.join('');
}

/**
 * The worst case for the figures' share of the cost: a figure in every sentence (one per 110 characters), each split
 * over inline elements, with asides, hidden blocks and line breaks in every paragraph.
 */
function denseArticlePage(size: number): string {
  const paragraph = (i: number) =>
    `<p>Selon le <a href="/nis">service de renseignement</a> sud-coréen, environ <b>${1 + (i % 12)}</b>&nbsp;<b>000</b> soldats ` +
    `nord-coréens auraient été <em>déployés</em> dans la région de Koursk, dont ${i % 900} officiers.<br>Les chiffres de Kyiv diffèrent ` +
    `<span class="note">(voir <i>notre encadré</i>)</span>, et Moscou ne confirme rien.</p>\n`;
  const aside = '<aside><h3>À lire aussi</h3><ul><li><a href="#">Un lien</a></li><li><a href="#">Un autre lien</a></li></ul></aside>\n';
  const hidden = '<div hidden>Abonnez-vous</div><div class="promo">Offre : 1 € le premier mois</div>\n';
  const head =
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Soldats nord-coréens en Russie</title>' +
    '<meta property="article:published_time" content="2024-11-05T10:00:00+01:00"><style>.promo{display:none}</style></head>' +
    '<body><header><nav>Accueil · Monde</nav></header><main><article><h1>Des soldats nord-coréens en Russie</h1>\n';
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < size; i++) {
    const chunk = paragraph(i) + (i % 10 === 0 ? aside : '') + (i % 25 === 0 ? hidden : '');
    parts.push(chunk);
    length += chunk.length;
  }
  parts.push('</article></main><footer>© 2024</footer></body></html>');
  return parts.join('');
}

/**
 * A client-rendered page (React-like): the five seed articles' bodies, rebuilt from the same markup every second,
 * every node replaced, the text unchanged.
 */
function livePage(): string {
  const markup = JSON.stringify(seedBodies().join('')).replace(/</g, '\\u003c');
  return (
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Soldats nord-coréens en Russie : en direct</title></head>' +
    `<body><div id="root"></div><script>const markup = ${markup}; const root = document.getElementById('root');` +
    "const render = () => { const t = document.createElement('template'); t.innerHTML = markup; root.replaceChildren(t.content); };" +
    'render(); setInterval(render, 1000);</script></body></html>'
  );
}

/** A page of `rows` short rows of ~10 DOM nodes each (a long comment thread, a data table), on the topic. */
function manyNodesPage(rows: number): string {
  const row = (i: number) => `<div class="r"><span>Commentaire ${i}</span> <em>lecteur</em> <a href="#c${i}">répondre</a></div>\n`;
  return (
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Commentaires</title></head><body><article>' +
    '<h1>Des soldats nord-coréens en Russie</h1><p>Selon Kyiv, 3 000 soldats nord-coréens sont arrivés à Koursk.</p>\n' +
    Array.from({ length: rows }, (_, i) => row(i)).join('') +
    '<p>Le NIS parle de près de 11 000 soldats.</p></article></body></html>'
  );
}

/** A long news page about something else, with numbers (an off-topic page the topic check has to read whole). */
function offTopicPage(size: number): string {
  const lines = [
    'Le conseil municipal a voté mardi un budget de 12 millions d’euros pour rénover les 3 écoles du quartier nord.',
    'Près de 45 000 spectateurs ont assisté samedi à la finale, remportée 2 à 1 après prolongation.',
    'La SNCF prévoit 1 200 trains supplémentaires cet été, soit environ 8 % de plus que l’an dernier.',
    'Météo : jusqu’à 30 mm de pluie attendus dans la nuit sur le littoral, vigilance orange dans 6 départements.',
  ];
  const parts = ['<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Actualités locales</title></head><body><article><h1>Actualités</h1>\n'];
  for (let i = 0, length = 0; length < size; i++) {
    const p = `<p>${lines[i % lines.length]}</p>\n`;
    parts.push(p);
    length += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

// ---- Measuring -------------------------------------------------------------------------------------------------

interface Run {
  /** Sum of the recoupe:* measures (ms). */
  total: number;
  steps: number;
  longestStep: number;
  /** Long tasks (any origin) that overlap one of Recoupe's steps, and all long tasks. */
  ourLongTasks: number[];
  allLongTasks: number[];
  /** From the load event's end to the end of the highlighting step (ms); null when nothing was highlighted. */
  loadToHighlights: number | null;
  highlights: number;
  status: string;
  /** Per step name (start, slice, send, receive, place, show): total and longest (ms), and how many. */
  byStep: Map<string, { total: number; max: number; count: number }>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : Number.NaN;
};
const fmt = (x: number) => (Number.isNaN(x) ? '—' : x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

async function statusOf(worker: Worker, page: Page): Promise<string | null> {
  await page.bringToFront();
  const reply = (await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'page/status' }).catch(() => null);
  })) as { status: string } | null;
  return reply?.status ?? null;
}

/** `--only label,label`: measure only these pages (labels as printed, e.g. `demo 01,article-100k`). */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1]!.split(',') : null;

/** `--explain`: print each long task with our steps and the long animation frame's scripts and rendering in it. */
const explain = process.argv.includes('--explain');

async function measurePage(context: BrowserContext, worker: Worker, url: string, dwellMs = 0): Promise<Run> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const deadline = Date.now() + 120_000;
  let status: string | null = null;
  while (Date.now() < deadline) {
    status = await statusOf(worker, page);
    if (status === 'ready' || status === 'off-topic') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  // A page that keeps changing is watched for a while; then trailing observer callbacks (delivered asynchronously).
  await new Promise((r) => setTimeout(r, dwellMs + 300));
  const { collected, highlights } = await page.evaluate(() => ({
    collected: window.__recoupeBench!,
    highlights: [...CSS.highlights].filter(([n]) => n.startsWith('recoupe-')).reduce((n, [, h]) => n + h.size, 0),
  }));
  await page.close();
  const { measures, longTasks, longFrames, loadEnd } = collected;
  const overlaps = (t: Entry) => measures.some((m) => m.start < t.start + t.duration && t.start < m.start + m.duration);
  if (explain) {
    for (const t of longTasks) {
      const steps = measures.filter((m) => m.start < t.start + t.duration && t.start < m.start + m.duration);
      const frames = longFrames.filter((f) => f.start < t.start + t.duration && t.start < f.start + f.duration);
      const at = (e: Entry) => `${fmt(e.duration)} ms at +${fmt(e.start - t.start)}`;
      console.log(
        `      long task ${fmt(t.duration)} ms at ${fmt(t.start - loadEnd)} ms after load; our steps in it: ${steps.map((m) => `${m.name.slice(8)} ${at(m)}`).join(', ') || 'none'}` +
          frames.flatMap((f) => f.parts.filter((p) => p.duration >= 1).map((p) => `\n        ${p.name}: ${at(p)}`)).join(''),
      );
    }
  }
  const shows = measures.filter((m) => m.name === 'recoupe:show');
  // All the page's figures are shown with its first scan's last piece; a page that keeps changing shows them again
  // and again: its first scan's are counted.
  const lastShow = dwellMs > 0 ? shows[0] : shows[shows.length - 1];
  const byStep = new Map<string, { total: number; max: number; count: number }>();
  for (const m of measures) {
    const step = byStep.get(m.name.slice('recoupe:'.length)) ?? { total: 0, max: 0, count: 0 };
    byStep.set(m.name.slice('recoupe:'.length), { total: step.total + m.duration, max: Math.max(step.max, m.duration), count: step.count + 1 });
  }
  return {
    byStep,
    total: measures.reduce((sum, m) => sum + m.duration, 0),
    steps: measures.length,
    longestStep: Math.max(0, ...measures.map((m) => m.duration)),
    ourLongTasks: longTasks.filter(overlaps).map((t) => t.duration),
    allLongTasks: longTasks.map((t) => t.duration),
    loadToHighlights: lastShow && highlights > 0 ? lastShow.start + lastShow.duration - loadEnd : null,
    highlights,
    status: status ?? 'no answer',
  };
}

interface BenchPage {
  label: string;
  url: string;
  /** Page text as Recoupe extracts it, in code units. */
  textLength: number;
  /** How long the page stays open after its first scan (a page that keeps changing). */
  dwellMs?: number;
}

export interface BrowserFigures {
  label: string;
  textKB: number;
  totalMs: number;
  per10KB: number;
  longestStepMs: number;
  maxOurLongTaskMs: number;
  /** Long tasks that overlap one of Recoupe's steps, over all runs. */
  ourLongTasks: number;
  loadToHighlightsMs: number;
  highlights: number;
  /** The floor's main-thread time on the same page (scripts/bench-floor.ts), median over the runs. */
  floorMs: number;
}

export async function benchBrowser({ runs = 5, build = true }: { runs?: number; build?: boolean } = {}): Promise<BrowserFigures[]> {
  const executablePath = ensureChromium();
  if (build) {
    const built = spawnSync('npx', ['wxt', 'build', '--mode', 'bench'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('wxt build --mode bench failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-bench-'));
  const generated: [string, string][] = [
    ['off-topic-10k.html', offTopicPage(10 * KB)],
    ['off-topic-100k.html', offTopicPage(100 * KB)],
    ['article-100k.html', seedArticlePage(100 * KB)],
    ['article-1m.html', seedArticlePage(1024 * KB)],
    ['article-5m.html', seedArticlePage(5 * 1024 * KB)],
    ['dense-100k.html', denseArticlePage(100 * KB)],
    ['nodes-100k.html', manyNodesPage(10_000)],
    ['live-15k.html', livePage()],
  ];
  for (const [name, html] of generated) writeFileSync(join(dir, name), html);
  const testsServer = await startServer({ root: join(root, 'tests') });
  const generatedServer = await startServer({ root: dir });
  const liveTextLength = () => {
    const { document } = parseHTML(`<!doctype html><html><body>${seedBodies().join('')}</body></html>`);
    return extractText(document as unknown as Document).text.length;
  };
  const textLength = (file: string) => {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    return extractText(document as unknown as Document).text.length;
  };
  const pages: BenchPage[] = [
    ...DEMO_PAGES.map((d) => ({ label: `demo ${d.slice(0, 2)}`, url: `${testsServer.origin}/demo-pages/${d}.html`, textLength: textLength(join(root, 'tests/demo-pages', `${d}.html`)) })),
    { label: 'off-topic (short)', url: `${testsServer.origin}/pages/page-off-topic.html`, textLength: textLength(join(root, 'tests/pages/page-off-topic.html')) },
    ...generated.map(([name]) => ({
      label: name.replace('.html', ''),
      url: `${generatedServer.origin}/${name}`,
      // The live page's article is written by its script: its text is the seed articles'.
      textLength: name.startsWith('live') ? liveTextLength() : textLength(join(dir, name)),
      dwellMs: name.startsWith('live') ? LIVE_DWELL_MS : 0,
    })),
  ];
  // The 100,000-node page: count its nodes as the browser will hold them.
  const { document: nodesDoc } = parseHTML(readFileSync(join(dir, 'nodes-100k.html'), 'utf8'));
  let nodeCount = 0;
  const walker = (nodesDoc as unknown as Document).createTreeWalker((nodesDoc as unknown as Document).body, 0xffffffff);
  while (walker.nextNode()) nodeCount++;

  const profile = mkdtempSync(join(tmpdir(), 'recoupe-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: chromiumArgs(benchBuild), viewport: { width: 1280, height: 900 } });
  const figures: BrowserFigures[] = [];
  try {
    await context.addInitScript({ content: OBSERVE });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Warm up: the service worker's first scan loads the claim database.
    await measurePage(context, worker, pages[0]!.url);
    console.log(`(f) content script in Chromium (${runs} runs per page, medians; main-thread time = sum of the recoupe:* measures)`);
    console.log(`    page                 text KB   main-thread ms   ms/10 KB   steps   longest step   long tasks: ours/all (max ms)   load→highlights ms   highlights`);
    for (const page of pages.filter((p) => only === null || only.includes(p.label))) {
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) results.push(await measurePage(context, worker, page.url, page.dwellMs));
      const textKB = page.textLength / KB;
      const total = median(results.map((r) => r.total));
      const ours = results.flatMap((r) => r.ourLongTasks);
      const all = results.flatMap((r) => r.allLongTasks);
      const shown = results.map((r) => r.loadToHighlights).filter((x): x is number => x !== null);
      const row: BrowserFigures = {
        label: page.label,
        textKB,
        totalMs: total,
        per10KB: total / (textKB / 10),
        longestStepMs: median(results.map((r) => r.longestStep)),
        maxOurLongTaskMs: Math.max(0, ...ours),
        ourLongTasks: ours.length,
        loadToHighlightsMs: median(shown),
        highlights: median(results.map((r) => r.highlights)),
        floorMs: Number.NaN,
      };
      figures.push(row);
      const statuses = [...new Set(results.map((r) => r.status))].join('/');
      console.log(
        `    ${page.label.padEnd(19)} ${textKB.toFixed(1).padStart(8)}   ${fmt(total).padStart(14)}   ${fmt(row.per10KB).padStart(8)}   ` +
          `${String(median(results.map((r) => r.steps))).padStart(5)}   ${fmt(row.longestStepMs).padStart(12)}   ` +
          `${`${ours.length}/${all.length} (${fmt(Math.max(0, ...all))})`.padStart(29)}   ${fmt(row.loadToHighlightsMs).padStart(18)}   ` +
          `${String(median(results.map((r) => r.highlights))).padStart(10)}  ${statuses}`,
      );
      const steps = ['start', 'slice', 'send', 'receive', 'place', 'show', 'watch'].filter((name) => results.some((r) => r.byStep.has(name)));
      const stat = (name: string, key: 'total' | 'max' | 'count') => median(results.map((r) => r.byStep.get(name)?.[key] ?? 0));
      console.log(`${' '.repeat(25)}by step (total/longest ms): ${steps.map((n) => `${n} ${fmt(stat(n, 'total'))}/${fmt(stat(n, 'max'))}${n === 'start' ? '' : ` ×${stat(n, 'count')}`}`).join(', ')}`);
    }
    console.log(`    (nodes-100k has ${nodeCount} DOM nodes in its body; long tasks are per ${runs} runs, "ours" = overlapping a Recoupe step)`);
    await context.close();
    await measureFloors(executablePath, pages, figures, runs);
    if (only === null) printBudgets(figures);
  } finally {
    await context.close();
    await testsServer.close();
    await generatedServer.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/**
 * The floor (scripts/bench-floor.ts) on each page measured, with as many figures as Recoupe showed there, in a browser
 * of its own; fills in each row's floorMs and prints them. The live page is left out: the floor does not watch.
 */
async function measureFloors(executablePath: string, pages: BenchPage[], figures: BrowserFigures[], runs: number): Promise<void> {
  const extension = writeFloorExtension();
  const profile = mkdtempSync(join(tmpdir(), 'recoupe-bench-floor-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: chromiumArgs(extension), viewport: { width: 1280, height: 900 } });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    console.log(`    the floor: a minimal content script doing the least any highlighter does, same pages and figures (${runs} runs, medians)`);
    console.log(`    page                 text KB   floor ms   Recoupe ms   Recoupe beyond the floor, ms per 10 KB (a page under 10 KB counted as 10 KB)`);
    for (const row of figures) {
      const page = pages.find((p) => p.label === row.label)!;
      if (page.dwellMs) continue;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await measureFloor(context, worker, page.url, row.highlights));
      row.floorMs = median(times);
      console.log(
        `    ${row.label.padEnd(19)} ${row.textKB.toFixed(1).padStart(8)}   ${fmt(row.floorMs).padStart(8)}   ${fmt(row.totalMs).padStart(10)}   ` +
          `${fmt(beyondFloor(row)).padStart(8)}`,
      );
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
}

/** What Recoupe costs beyond the floor, per 10 KB of text, a page under 10 KB counted as 10 KB. */
const beyondFloor = (f: BrowserFigures) => (f.totalMs - f.floorMs) / Math.max(1, f.textKB / 10);

/** Least-squares line through the points (x, y): y ≈ intercept + slope × x. */
function fitLine(points: [number, number][]): { intercept: number; slope: number } {
  const n = points.length;
  const mx = points.reduce((sum, [x]) => sum + x, 0) / n;
  const my = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
  const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: my - slope * mx, slope };
}

/** Issue 8's figures to reach, each with what was measured (medians over the runs) and whether it holds. */
function printBudgets(figures: BrowserFigures[]): void {
  const at = (label: string) => figures.find((f) => f.label === label);
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  // Pages past the most figures shown are left out of the fit: beyond that point their text is read but no more of
  // their figures are placed, so their cost per KB is lower than an article's.
  const onTopic = figures.filter((f) => (f.label.startsWith('demo') || f.label.startsWith('article')) && f.highlights < MAX_SHOWN_FIGURES);
  // A page's cost is a fixed part (starting, one message, the first highlight) and a part that grows with its text.
  const { intercept, slope } = fitLine(onTopic.map((f) => [f.textKB / 10, f.totalMs]));
  const large = ['article-100k', 'article-1m', 'article-5m', 'dense-100k', 'nodes-100k'].map(at).filter((f): f is BrowserFigures => f !== undefined);
  const short = figures.filter((f) => f.label.startsWith('demo') && f.highlights > 0);
  const range = (xs: number[]) => `${fmt(Math.min(...xs))} to ${fmt(Math.max(...xs))}`;
  // Judged on what grows with the text: the fitted slope, and on each page of 10 KB or more, what Recoupe spends
  // beyond the floor (on the node-heavy page, the floor's DOM walk alone is over 2 ms per 10 KB).
  const ok = slope <= 2 && large.every((f) => beyondFloor(f) <= 2);
  console.log('    budgets:');
  console.log(
    `      <= 2 ms per 10 KB of topic text: ${mark(ok)} for the text. Cost growing with the text (fit over the demo and article pages ` +
      `under ${MAX_SHOWN_FIGURES} figures): ${fmt(slope)} ms per 10 KB. Beyond the floor, per 10 KB: ` +
      `${large.map((f) => `${f.label} ${fmt(beyondFloor(f))}`).join(', ')}. As measured: ${large.map((f) => `${f.label} ${fmt(f.per10KB)}`).join(', ')}; ` +
      `the floor alone: ${large.map((f) => `${f.label} ${fmt(f.floorMs / (f.textKB / 10))}`).join(', ')}.`,
  );
  if (short.length > 0) {
    console.log(
      `        Not reachable below 10 KB by any script that reads and highlights a page: on the demo pages (${range(short.map((f) => f.textKB))} KB) ` +
        `the floor alone is ${range(short.map((f) => f.floorMs))} ms (${range(short.map((f) => f.floorMs / (f.textKB / 10)))} ms per 10 KB); ` +
        `Recoupe ${range(short.map((f) => f.totalMs))} ms, a fixed part of ${fmt(intercept)} ms per page (fitted).`,
    );
  }
  const offTopic = figures.filter((f) => f.label.startsWith('off-topic'));
  const typical = offTopic.filter((f) => f.textKB <= 10);
  console.log(
    `      <= 0.5 ms on an off-topic page: ${mark(typical.every((f) => f.totalMs <= 0.5))} for pages of up to 10 KB of text. ` +
      `${offTopic.map((f) => `${f.label} ${fmt(f.totalMs)} ms`).join(', ')}`,
  );
  const longest = Math.max(...figures.map((f) => f.longestStepMs));
  const ours = figures.reduce((n, f) => n + f.ourLongTasks, 0);
  const m5 = at('article-5m');
  console.log(
    `      no task > 50 ms: ${mark(longest <= 50 && ours === 0)}. Longest step (median over runs) ${fmt(longest)} ms` +
      `${m5 ? ` (5 MB page ${fmt(m5.longestStepMs)} ms)` : ''}; long tasks overlapping a Recoupe step, all runs of all pages: ${ours}`,
  );
  const live = figures.find((f) => f.label.startsWith('live'));
  if (live) {
    console.log(
      `      (no budget) a page that rebuilds its article every second, watched ${LIVE_DWELL_MS / 1000} s after its first scan: ` +
        `${fmt(live.totalMs)} ms in all, ${fmt(live.totalMs / (LIVE_DWELL_MS / 1000))} ms per second, longest step ${fmt(live.longestStepMs)} ms`,
    );
  }
  const [k100, m1] = [at('article-100k'), at('article-1m')];
  if (k100 && m1 && m5) {
    const ratio = m5.per10KB / m1.per10KB;
    console.log(
      `      linear in page size: ${mark(ratio <= 1.25)}. ms per 10 KB at 100 KB ${fmt(k100.per10KB)}, 1 MB ${fmt(m1.per10KB)}, ` +
        `5 MB ${fmt(m5.per10KB)} (5 MB / 1 MB ratio ${ratio.toFixed(2)})`,
    );
  }
}

// Run alone (not imported by bench.ts).
if (process.argv[1] === import.meta.filename) {
  const runsArg = process.argv.indexOf('--runs');
  await benchBrowser({ runs: runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5, build: !process.argv.includes('--no-build') });
}
