// Performance figures: `npm run bench`. Prints
//   (a) figure detection (detectClaims) per 10 KB of on-topic article text, warm, at 10 KB, 100 KB and 1 MB;
//   (b) @microsoft/recognizers-text-number on the same 10 KB, warm, and its ratio to (a) — for comparison only;
//   (c) the cost of an off-topic page (isOnTopic) per 10 KB;
//   (d) DOM text extraction (lib/text) on a generated 1 MB article page in linkedom;
//   (e) the built extension's parts, in bytes and gzip -9 (a production build, `wxt build`);
//   (f) the content script's main-thread time in real Chromium (scripts/bench-browser.ts).
// `npm run bench -- --runs N` sets the browser runs per page (default 5); `--no-browser` stops after (e).
// The on-topic texts are the shared seeds and corpus-dev pages (read at run time, never copied), repeated to size.
// "KB" here is 1024 UTF-16 code units of text. Every time is the median of repeated warm runs.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import recognizers from '@microsoft/recognizers-text-number';
// The linkedom build the scan command uses.
import { parseHTML } from 'linkedom/worker';
import type { Lang } from '../lib/claims/vocabulary';
import { detectClaims } from '../lib/detect/claims';
import { isOnTopic } from '../lib/detect/topic';
import { extractText } from '../lib/text/extract';
import { pageLanguage } from '../lib/text/page-language';
import { benchBrowser } from './bench-browser';

const KB = 1024;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');

interface Timing {
  median: number;
  runs: number;
}

/**
 * Median wall time of `fn` after warming up (at least `warmup` calls and 300 ms, so the JIT has settled); stops
 * early once `budgetMs` is spent.
 */
function measure(fn: () => unknown, { runs, warmup = 3, budgetMs = 5_000 }: { runs: number; warmup?: number; budgetMs?: number }): Timing {
  const warmEnd = performance.now() + 300;
  for (let i = 0; i < warmup || performance.now() < warmEnd; i++) fn();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < runs && (times.length < 3 || performance.now() < deadline)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, runs: times.length };
}

/** `text` repeated (line by line) to exactly `size` code units. */
function repeatTo(text: string, size: number): string {
  const copies = Math.ceil((size + 1) / (text.length + 1));
  return Array.from({ length: copies }, () => text).join('\n').slice(0, size);
}

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : x < 10 ? 2 : 1)} ms`;

/** The on-topic texts by language: seeds (plain text) and corpus-dev pages (extracted as the scan does). */
function onTopicTexts(): Map<Lang, string> {
  const byLang = new Map<Lang, string[]>();
  const add = (lang: Lang, text: string) => byLang.set(lang, [...(byLang.get(lang) ?? []), text]);
  const gold = JSON.parse(readFileSync(join(shared, 'corpus-dev', 'gold.json'), 'utf8')) as Record<string, { figures: unknown[] }>;
  const hasFigures = (key: string) => (gold[key]?.figures.length ?? 0) > 0;
  for (const name of readdirSync(join(shared, 'seeds')).sort()) {
    if (name.endsWith('.txt') && hasFigures(`seeds/${name}`)) add('fr', readFileSync(join(shared, 'seeds', name), 'utf8'));
  }
  for (const name of readdirSync(join(shared, 'corpus-dev')).sort()) {
    if (!name.endsWith('.html') || !hasFigures(`corpus-dev/${name}`)) continue;
    const { document } = parseHTML(readFileSync(join(shared, 'corpus-dev', name), 'utf8'));
    const doc = document as unknown as Document;
    const lang = pageLanguage(doc);
    if (lang) add(lang, extractText(doc).text);
  }
  return new Map([...byLang].map(([lang, texts]) => [lang, texts.join('\n')]));
}

/** Ordinary news with numbers in it, none about the subject (written for this benchmark). */
const OFF_TOPIC = [
  'Le conseil municipal a voté mardi un budget de 12 millions d’euros pour rénover les 3 écoles du quartier nord.',
  'Près de 45 000 spectateurs ont assisté samedi à la finale, remportée 2 à 1 après prolongation.',
  'La SNCF prévoit 1 200 trains supplémentaires cet été, soit environ 8 % de plus que l’an dernier.',
  'Météo : jusqu’à 30 mm de pluie attendus dans la nuit sur le littoral, vigilance orange dans 6 départements.',
  'The city council approved a $4.5 million plan on Tuesday to add 300 bike racks and 12 kilometres of lanes.',
  'More than 20,000 runners took part in Sunday’s marathon, which raised about £2 million for local charities.',
  'Shares rose 3.2% after the company reported quarterly revenue of $1.8 billion, up from $1.5 billion a year ago.',
  'The museum will reopen in March after a two-year renovation that cost roughly 60 million euros.',
].join('\n');

/** A 1 MB article page: navigation, long article with inline markup and split figures, asides, scripts. */
function articlePage(size: number): string {
  const paragraph = (i: number) =>
    `<p>Selon le <a href="/nis">service de renseignement</a>, environ <b>${1 + (i % 12)}</b>&nbsp;<b>000</b> soldats ` +
    `auraient été <em>déployés</em> dans la région, dont ${i % 900} officiers.<br>Les chiffres de Kyiv diffèrent ` +
    `<span class="note">(voir <i>notre encadré</i>)</span>.</p>\n`;
  const aside = '<aside><h3>À lire aussi</h3><ul><li><a href="#">Un lien</a></li><li><a href="#">Un autre lien</a></li></ul></aside>\n';
  const hidden = '<div hidden>Abonnez-vous</div><script>window.x = 12345;</script>\n';
  const parts: string[] = ['<!doctype html><html lang="fr"><head><title>Article</title></head><body><header><nav>Accueil · Monde</nav></header><main><article>'];
  let length = parts[0]!.length;
  for (let i = 0; length < size; i++) {
    const chunk = paragraph(i) + (i % 10 === 0 ? aside : '') + (i % 25 === 0 ? hidden : '');
    parts.push(chunk);
    length += chunk.length;
  }
  parts.push('</article></main><footer>© 2024</footer></body></html>');
  return parts.join('');
}

function benchDetection(texts: Map<Lang, string>): Map<Lang, number> {
  console.log('(a) detectClaims per 10 KB of on-topic text (warm median)');
  const per10kAt10k = new Map<Lang, number>();
  for (const [lang, text] of texts) {
    const cells: string[] = [];
    for (const size of [10 * KB, 100 * KB, 1024 * KB]) {
      const input = repeatTo(text, size);
      const claims = detectClaims(input, { lang }).length;
      const large = size > 100 * KB;
      const t = measure(() => detectClaims(input, { lang }), { runs: size <= 10 * KB ? 200 : large ? 7 : 30, warmup: large ? 1 : 3 });
      const per10k = t.median / (size / (10 * KB));
      if (size === 10 * KB) per10kAt10k.set(lang, per10k);
      cells.push(`${String(size / KB).padStart(5)} KB: ${ms(per10k).padStart(9)} /10 KB (${ms(t.median)} total, ${claims} claims, ${t.runs} runs)`);
    }
    console.log(`  ${lang} (${text.length} chars of source text)`);
    for (const cell of cells) console.log(`    ${cell}`);
  }
  return per10kAt10k;
}

function benchRecognizers(texts: Map<Lang, string>, ours: Map<Lang, number>): void {
  console.log('(b) @microsoft/recognizers-text-number on the same 10 KB (comparison only)');
  const cultures: Partial<Record<Lang, string>> = { fr: recognizers.Culture.French, en: recognizers.Culture.English, de: recognizers.Culture.German };
  for (const [lang, text] of texts) {
    const culture = cultures[lang];
    if (!culture) continue;
    const input = repeatTo(text, 10 * KB);
    const t0 = performance.now();
    const model = new recognizers.NumberRecognizer(culture).getNumberModel();
    // Its regexes compile lazily over the first calls: warm up until a call is fast, and report that cost apart.
    for (let i = 0; i < 5; i++) model.parse(input);
    const cold = performance.now() - t0;
    const numbers = model.parse(input).length;
    const t = measure(() => model.parse(input), { runs: 20, warmup: 1, budgetMs: 10_000 });
    const ratio = t.median / (ours.get(lang) ?? Number.NaN);
    console.log(`  ${lang}: ${ms(t.median).padStart(9)} /10 KB warm (${numbers} numbers, ${t.runs} runs; setup + first 5 calls ${ms(cold)}); ${ratio.toFixed(1)}× detectClaims`);
  }
}

function benchOffTopic(): void {
  console.log('(c) off-topic page: isOnTopic per 10 KB (warm median)');
  for (const size of [10 * KB, 100 * KB]) {
    const input = repeatTo(OFF_TOPIC, size);
    const verdict = isOnTopic(input);
    const t = measure(() => isOnTopic(input), { runs: size <= 10 * KB ? 200 : 30 });
    const claims = detectClaims(input, { lang: 'fr' }).length;
    console.log(`  ${String(size / KB).padStart(4)} KB: ${ms(t.median / (size / (10 * KB))).padStart(9)} /10 KB (isOnTopic → ${verdict}; detectClaims finds ${claims} claims)`);
  }
}

function benchExtraction(): void {
  console.log('(d) DOM text extraction (lib/text) of a generated 1 MB article page in linkedom');
  const html = articlePage(1024 * KB);
  const tParse = measure(() => parseHTML(html), { runs: 5, warmup: 1 });
  const doc = parseHTML(html).document as unknown as Document;
  const page = extractText(doc);
  const t = measure(() => extractText(doc), { runs: 15 });
  console.log(
    `  ${ms(t.median)} per extraction (${(html.length / KB).toFixed(0)} KB of HTML → ${(page.text.length / KB).toFixed(0)} KB of text, ` +
      `${page.segments.node.length} segments, ${t.runs} runs); linkedom parse alone ${ms(tParse.median)}`,
  );
}

/** The files an extension page or script loads: its HTML's scripts and stylesheets, and their static imports. */
function filesOf(dir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]!)
      : file.endsWith('.js')
        ? [...text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!)
        : [];
    for (const ref of refs) visit(ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(file), ref));
  };
  visit(entry);
  return [...seen].filter((f) => !f.endsWith('.html'));
}

function benchBundles(): void {
  console.log('(e) bundle sizes of the production build (.output/chrome-mv3), bytes and gzip -9');
  if (spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) {
    console.log('  the build failed: no sizes');
    return;
  }
  const dir = join(root, '.output/chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    background: { service_worker: string };
    action: { default_popup: string };
    options_ui: { page: string };
    web_accessible_resources: { resources: string[] }[];
  };
  const parts: [string, string[]][] = [
    ['content script', manifest.content_scripts.flatMap((c) => c.js)],
    ['card module (first card)', manifest.web_accessible_resources.flatMap((r) => r.resources).flatMap((f) => filesOf(dir, f))],
    ['background', filesOf(dir, manifest.background.service_worker)],
    ['popup', filesOf(dir, manifest.action.default_popup)],
    ['options', filesOf(dir, manifest.options_ui.page)],
  ];
  for (const [label, files] of parts) {
    const bytes = files.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0);
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    console.log(`  ${label.padEnd(25)} ${String(bytes).padStart(8)} B, gzip ${String(gzip).padStart(7)} B (${(gzip / 1024).toFixed(1)} KB)  ${files.join(', ')}`);
  }
}

const runsArg = process.argv.indexOf('--runs');
const texts = onTopicTexts();
const ours = benchDetection(texts);
benchRecognizers(texts, ours);
benchOffTopic();
benchExtraction();
benchBundles();
if (!process.argv.includes('--no-browser')) await benchBrowser({ runs: runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5 });
