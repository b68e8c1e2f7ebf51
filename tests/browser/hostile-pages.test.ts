import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectClaims } from '../../lib/detect/claims';
import { MAX_SHOWN_FIGURES } from '../../lib/page/protocol';
import { extractText } from '../../lib/text/extract';
import { pageLanguage } from '../../lib/text/page-language';
import { publicationDate } from '../../lib/text/publication-date';
import { startServer, type DemoServer } from '../../scripts/demo-server';
import { launch, repoRoot, type Session } from './launch';

/*
 * Pages of the real web that are hard on a content script, each a small page written for the test
 * (tests/pages/hostile/). For each: the page's own behaviour is unchanged, no error reaches the console, the figures
 * highlighted are the ones the detector finds in the page's text (or none, where Recoupe cannot or should not read),
 * and the extension still works on the next page.
 *
 * What the test reads from a page it reads in an isolated world of its own (over CDP), so that a page that breaks
 * its built-ins (prototypes.html) cannot break the test's reading either.
 */

const HOSTILE_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; frame-src 'self' http://localhost:*; require-trusted-types-for 'script'; trusted-types page-policy";

let session: Session;
/** The same tests/ root on a second origin (localhost rather than 127.0.0.1), for the cross-origin frame. */
let otherOrigin: DemoServer;
beforeAll(async () => {
  session = await launch({ headers: (path): Record<string, string> => (path.includes('/hostile/trusted-types') ? { 'content-security-policy': HOSTILE_CSP } : {}) });
  otherOrigin = await startServer({ root: `${repoRoot}/tests` });
});
afterAll(async () => {
  await session?.close();
  await otherOrigin?.close();
});

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Evaluates `expression` in a fresh isolated world of the page's main frame, or in its main world. */
async function inspect<T>(page: Page, expression: string, world: 'isolated' | 'main' = 'isolated'): Promise<T> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const contextId =
      world === 'isolated' ? ((await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-test' })) as { executionContextId: number }).executionContextId : undefined;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(`evaluation failed: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** The text of every range Recoupe highlights, sorted ("" for a range whose text the page removed). */
const highlighted = (page: Page) =>
  inspect<string[]>(
    page,
    `[...CSS.highlights].filter(([name]) => name.startsWith('recoupe-')).flatMap(([, h]) => [...h].map((r) => r.toString().replace(/\\s+/g, ' ').trim())).sort()`,
  );

/** The figures the detector finds in the page's current DOM (its light DOM, as extraction reads it), sorted. */
async function detected(page: Page): Promise<string[]> {
  return (await detectedInOrder(page)).sort();
}

/** The same, in page order. */
async function detectedInOrder(page: Page): Promise<string[]> {
  const html = await inspect<string>(page, 'document.documentElement.outerHTML');
  const { document } = parseHTML(`<!doctype html>${html}`);
  const doc = document as unknown as Document;
  return detectClaims(extractText(doc).text, { lang: pageLanguage(doc) ?? undefined, published: publicationDate(doc) }).map((c) => collapse(c.text));
}

/** Everything the page reports that would tell of a failure: console errors, Recoupe's warnings, uncaught errors, dialogs. */
function listen(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    // The test server has no favicon: the browser's own 404 for it is not the page's nor Recoupe's.
    if (m.type() === 'error' && !(m.location().url.endsWith('/favicon.ico') || /favicon/.test(text))) problems.push(`console error: ${text}`);
    if (text.includes('[Recoupe]')) problems.push(`console ${m.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await session.context.newPage();
  const problems = listen(page);
  await page.goto(`${session.server.origin}/${path}`, { waitUntil: 'load' });
  return { page, problems };
}

/** Hovers the first highlighted figure and waits for its card; returns the card's shadow-root markup. */
async function hoverFirstFigure(page: Page): Promise<string> {
  const point = await inspect<{ x: number; y: number } | null>(
    page,
    `(() => { for (const [name, h] of CSS.highlights) { if (!name.startsWith('recoupe-')) continue;
       for (const r of h) { const rect = r.getClientRects()[0]; if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }; } }
       return null; })()`,
  );
  if (!point) throw new Error('no highlighted figure to hover');
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => inspect<number>(page, `document.querySelector('recoupe-ui')?.shadowRoot?.querySelectorAll('[role="dialog"]').length ?? 0`), { timeout: 5_000 }).toBe(1);
  return inspect<string>(page, `document.querySelector('recoupe-ui').shadowRoot.innerHTML`);
}

/** After a hostile page, the extension still highlights an ordinary article. */
async function expectNextPageWorks(): Promise<void> {
  const { page, problems } = await open('pages/page-csp.html');
  await expect.poll(() => highlighted(page), { timeout: 15_000 }).toEqual(['3 000 soldats', 'près de 11 000 soldats']);
  expect(problems).toEqual([]);
  await page.close();
}

describe('hostile pages', () => {
  it('strict CSP with Trusted Types required: figures highlighted, card shown, the page\'s policy untouched', async () => {
    const { page, problems } = await open('pages/hostile/trusted-types.html');
    expect(await session.scanned(page)).toBe('ready');
    const expected = await detected(page);
    expect(expected.length).toBeGreaterThan(0);
    expect(await highlighted(page)).toEqual(expected);
    await hoverFirstFigure(page);
    expect(await inspect(page, `[document.body.dataset.policy, document.getElementById('status').textContent]`)).toEqual([
      'page-policy',
      // The page's policy escapes markup: its own rule, applied as before.
      'Le script de la page a tourné <b>une fois</b>.',
    ]);
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('same-origin and cross-origin frames: the top page is highlighted, the frames are left alone', async () => {
    const other = `http://localhost:${new URL(otherOrigin.origin).port}`;
    const { page, problems } = await open(`pages/hostile/frames.html?other=${encodeURIComponent(other)}`);
    expect(await session.scanned(page)).toBe('ready');
    expect(await highlighted(page)).toEqual(await detected(page));
    expect(await highlighted(page)).toEqual(['3 000 soldats', 'près de 11 000 soldats']);
    await expect.poll(() => inspect<string | undefined>(page, 'document.body.dataset.frameAnswers')).toBe('other:loaded 1,same:loaded 1');
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.map((f) => new URL(f.url()).host).sort()).toEqual([new URL(other).host, new URL(session.server.origin).host].sort());
    for (const frame of frames) expect(await frame.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('open shadow roots: the light DOM (slotted text included) is highlighted, shadow-root text left alone', async () => {
    const { page, problems } = await open('pages/hostile/shadow.html');
    expect(await session.scanned(page)).toBe('ready');
    expect(await highlighted(page)).toEqual(await detected(page));
    const shown = await highlighted(page);
    expect(shown).toContain('près de 11 000 soldats');
    expect(shown.join()).not.toMatch(/12 000|^3 000/);
    expect(await inspect(page, 'document.body.dataset.quoteRendered')).toBe('1');
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('contenteditable regions: never read nor changed, typing in them works as without Recoupe', async () => {
    const { page, problems } = await open('pages/hostile/editable.html');
    expect(await session.scanned(page)).toBe('ready');
    expect(await highlighted(page)).toEqual(['près de 11 000 soldats']);
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' Et 5 000 soldats de plus.');
    const html = await inspect<string>(page, `document.getElementById('editor').innerHTML`);
    expect(html).toBe('Brouillon : le GUR parle de 3 000 soldats nord-coréens à Koursk. Et 5 000 soldats de plus.');
    expect(await inspect(page, `document.getElementById('mirror').textContent`)).toBe(`26 frappes, ${html.length} caractères`);
    // The typing rescans the page once it settles: still only the article's figure.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await session.scanned(page)).toBe('ready');
    expect(await highlighted(page)).toEqual(['près de 11 000 soldats']);
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('an article re-rendered every second: highlights follow the current text, never the wrong words', async () => {
    const { page, problems } = await open('pages/hostile/rerender.html');
    const allowed = new Set(['', 'près de 11 000 soldats', '3 000 soldats', '3 500 soldats']);
    const seen = new Set<string>();
    const deadline = Date.now() + 6_000;
    while (Date.now() < deadline) {
      for (const text of await highlighted(page)) {
        seen.add(text);
        expect(allowed, `highlighted "${text}"`).toContain(text);
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(seen).toContain('près de 11 000 soldats');
    // The page kept rendering at its own pace (about one render a second).
    expect(Number(await inspect(page, 'document.body.dataset.renders'))).toBeGreaterThanOrEqual(6);
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('an article re-rendered every second with the same text: its figures are highlighted again on the new nodes', async () => {
    const { page, problems } = await open('pages/hostile/rerender.html?same');
    const expected = await detected(page);
    expect(expected).toEqual(['3 000 soldats', 'près de 11 000 soldats']);
    // Each render replaces the nodes under the highlights; within the second before the next, they are back.
    const renders = new Set<string>();
    const deadline = Date.now() + 6_000;
    while (Date.now() < deadline) {
      const render = await inspect<string>(page, 'document.body.dataset.renders');
      const shown = (await highlighted(page)).filter((text) => text !== '');
      if (shown.join('|') === expected.join('|')) renders.add(render);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(renders.size).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('Node, Array and other built-ins patched in the main world, the document\'s stylesheets replaced: Recoupe unaffected, the patches untouched', async () => {
    const { page, problems } = await open('pages/hostile/prototypes.html');
    expect(await session.scanned(page)).toBe('ready');
    expect(await highlighted(page)).toEqual(await detected(page));
    expect(await highlighted(page)).toEqual(['3 000 soldats', 'près de 11 000 soldats']);
    await hoverFirstFigure(page);
    const patches = await inspect<string[]>(
      page,
      `(() => { let map; try { [1].map((x) => x); map = 'map works'; } catch (e) { map = e.message; }
         return [map, document.body.getAttribute('id'), ({}).polluted, String(window.__patchCalls.appendChild)]; })()`,
      'main',
    );
    // Recoupe's own DOM calls (the card's host, its shadow root) never went through the page's patched methods.
    expect(patches).toEqual(['map is forbidden on this page', 'patched', 'yes', '0']);
    // The page set document.adoptedStyleSheets to its own list, twice: the highlights keep their look.
    await expect.poll(() => inspect<number>(page, 'window.__patchCalls.adoptedStyleSheets', 'main')).toBe(2);
    const looks = await inspect<string[]>(
      page,
      `[...CSS.highlights.keys()].filter((name) => name.startsWith('recoupe-')).map((name) => getComputedStyle(document.body, '::highlight(' + name + ')').textDecorationLine)`,
    );
    expect(looks.length).toBeGreaterThan(0);
    expect(looks.every((line) => line === 'underline')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('very long lines (a 400 KB paragraph, a 200 KB pre line, a 100 KB word): the right figures', async () => {
    const { page, problems } = await open('pages/hostile/long-lines.html');
    expect(await session.scanned(page)).toBe('ready');
    const expected = await detected(page);
    expect(expected.length).toBe(10);
    expect(await highlighted(page)).toEqual(expected);
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it(`10,000 figures on one page: the first ${MAX_SHOWN_FIGURES} highlighted (the cap), listed and with their cards`, async () => {
    const { page, problems } = await open('pages/hostile/many-figures.html');
    expect(await session.scanned(page)).toBe('ready');
    const expected = await detectedInOrder(page);
    expect(expected.length).toBeGreaterThanOrEqual(10_000);
    // A page shows at most MAX_SHOWN_FIGURES figures (lib/page/protocol.ts): the first ones, in page order.
    expect(await highlighted(page)).toEqual(expected.slice(0, MAX_SHOWN_FIGURES).sort());
    const list = (await session.sendToTab(page, { type: 'page/list' })) as { figures: { claim: { text: string }; result: { corroborating: unknown[] } }[] };
    expect(list.figures.map((f) => collapse(f.claim.text))).toEqual(expected.slice(0, MAX_SHOWN_FIGURES));
    // Each figure comes with its sources, rebuilt from the reply's table of database claims.
    expect(list.figures.some((f) => f.result.corroborating.length > 0)).toBe(true);
    expect(await hoverFirstFigure(page)).toContain('rc-card');
    expect(await inspect(page, 'document.body.dataset.items')).toBe('10000');
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });

  it('text that looks like script or HTML: read as text, nothing runs, the card shows it as text', async () => {
    const { page, problems } = await open('pages/hostile/script-text.html');
    expect(await session.scanned(page)).toBe('ready');
    const expected = await detected(page);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(await highlighted(page)).toEqual(expected);
    const card = await hoverFirstFigure(page);
    expect(card).not.toMatch(/<script|<img|onerror=|onload=/i);
    expect(await inspect(page, `document.querySelectorAll('img, svg, script:not([src])').length`)).toBe(0);
    expect(await inspect(page, '({}).polluted')).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
    await expectNextPageWorks();
  });
});
