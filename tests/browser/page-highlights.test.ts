import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectClaims } from '../../lib/detect/claims';
import { extractText } from '../../lib/text/extract';
import { pageLanguage } from '../../lib/text/page-language';
import { publicationDate } from '../../lib/text/publication-date';
import { launch, repoRoot, type Session } from './launch';

const VERDICTS = ['corroborated', 'conflicting', 'mixed', 'unverified'];
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The figures the detector finds in a page file, read the way the command-line scan reads it. */
function detectedIn(path: string): string[] {
  const { document } = parseHTML(readFileSync(join(repoRoot, 'tests', path), 'utf8'));
  const lang = pageLanguage(document) ?? undefined;
  return detectClaims(extractText(document).text, { lang, published: publicationDate(document) }).map((c) => collapse(c.text));
}

/** The text of every range Recoupe registered, by highlight name, in page order. */
function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((verdicts) => {
    const out: Record<string, string[]> = {};
    for (const v of verdicts) {
      const h = CSS.highlights.get(`recoupe-${v}`);
      if (h) out[v] = [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  }, VERDICTS);
}
const allHighlighted = async (page: Page) => Object.values(await highlighted(page)).flat().sort();

/** How the page's stylesheets, the browser's and the extension's style the highlight `name`. */
const highlightLook = (page: Page, name: string) =>
  page.evaluate((pseudo) => {
    const style = getComputedStyle(document.body, pseudo);
    return { line: style.textDecorationLine, style: style.textDecorationStyle, color: style.textDecorationColor, background: style.backgroundColor };
  }, `::highlight(${name})`);


const waitReady = (session: Session, page: Page) =>
  expect.poll(async () => ((await session.sendToTab(page, { type: 'page/status' })) as { status: string }).status, { timeout: 15_000 }).toBe('ready');

const cardDialog = (page: Page) => page.locator('recoupe-ui [role="dialog"]');
/** The first card of a page imports the card's module (entrypoints/card) first: more time on a busy machine. */
const FIRST_CARD = { timeout: 5_000 };

/** Moves the pointer to the middle of the first client rect of the highlighted figure `text`. */
async function hoverFigure(page: Page, text: string) {
  const point = await page.evaluate((wanted) => {
    for (const [, h] of CSS.highlights) {
      for (const r of h as unknown as Iterable<Range>) {
        if (r.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not highlighted`);
  await page.mouse.move(point.x, point.y);
}

let session: Session;
const requests: string[] = [];
beforeAll(async () => {
  session = await launch();
  session.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await session?.close();
});

const demoPages = readdirSync(join(repoRoot, 'tests/demo-pages')).filter((f) => /^\d\d-.*\.html$/.test(f));

describe('highlights on the demo news pages', () => {
  it.each(demoPages)('%s: exactly the figures the detector finds are highlighted', async (file) => {
    const page = await session.open(`demo-pages/${file}`);
    await waitReady(session, page);
    expect(await allHighlighted(page)).toEqual(detectedIn(`demo-pages/${file}`).sort());
    await page.close();
  });

  it('highlights the expected figures of the first article and no page furniture', async () => {
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    const all = await allHighlighted(page);
    expect(all).toContain('près de 11 000 soldats');
    expect(all).toContain('2 600 soldats');
    for (const text of all) expect(text).not.toMatch(/commentaires|^2024$|^2025$/);
    await page.close();
  });

  it('uses one highlight name per verdict, all prefixed recoupe-, styled without touching the page\'s stylesheets', async () => {
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(VERDICTS.map((v) => `recoupe-${v}`)).toContain(name);
    // The looks come from the stylesheet the browser injects with the content script: none is added to the document.
    expect(await highlightLook(page, 'recoupe-corroborated')).toEqual({ line: 'underline', style: 'solid', color: 'rgb(42, 157, 75)', background: 'rgba(0, 0, 0, 0)' });
    expect(await highlightLook(page, 'recoupe-mixed')).toMatchObject({ line: 'underline', style: 'double' });
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });

  it('gives the figures shown a tinted background when the user picks that style, and the underline back', async () => {
    const settings = (highlightStyle: string) => ({ settings: { disabledSites: [], highlightStyle } });
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    const before = await allHighlighted(page);
    try {
      await session.worker.evaluate((s) => chrome.storage.local.set(s), settings('background'));
      await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].every((name) => name.endsWith('-background')))).toBe(true);
      const shown = await page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])));
      expect(Object.values(shown).reduce((a, b) => a + b, 0)).toBe(before.length);
      expect((await highlightLook(page, 'recoupe-corroborated-background')).background).toBe('rgba(42, 157, 75, 0.22)');
    } finally {
      await session.worker.evaluate((s) => chrome.storage.local.set(s), settings('underline'));
    }
    await expect.poll(() => allHighlighted(page)).toEqual(before);
    await page.close();
  });

  it('highlights the figures a reader sees and none that a stylesheet hides or makes invisible', async () => {
    const page = await session.open('pages/page-hidden-figures.html');
    await waitReady(session, page);
    // Every figure reaches detection (extraction goes by the markup alone)...
    expect(detectedIn('pages/page-hidden-figures.html')).toEqual(
      expect.arrayContaining(['près de 11 000 soldats', '12 000 soldats', '5 000 soldats', '3 000 soldats', '10 000 soldats', '8 000 soldats']),
    );
    // ...and only the rendered ones are highlighted: visible again inside an invisible paragraph, in a display:
    // contents element (no box of its own, its text shown), but not under display: none or visibility: hidden.
    expect(await allHighlighted(page)).toEqual(['10 000 soldats', '3 000 soldats', 'près de 11 000 soldats']);
    await page.close();
  });
});

describe('the hover card', () => {
  it('opens next to a hovered figure with its sources, stays while the pointer moves in, and closes on Escape', async () => {
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    const list = (await session.sendToTab(page, { type: 'page/list' })) as {
      figures: { claim: { text: string }; result: { verdict: string; corroborating: { source: { outlet: string } }[]; conflicting: { source: { outlet: string } }[] } }[];
    };
    // A figure the database has sources for.
    const figure = list.figures.find((f) => f.result.corroborating.length + f.result.conflicting.length > 0)!;
    expect(figure).toBeDefined();
    const text = figure.claim.text;

    await hoverFigure(page, text);
    const dialog = cardDialog(page);
    await expect.poll(() => dialog.getAttribute('aria-label'), FIRST_CARD).toMatch(new RegExp(`${text}$`));
    await expect.poll(() => dialog.locator('.rc-card__figure').textContent()).toBe(text);
    expect(await dialog.locator('.rc-chip').getAttribute('data-verdict')).toBe(figure.result.verdict);
    // The text does not date this figure: the card says when the page was published (its article:published_time).
    expect(await dialog.textContent()).toContain('page of 22 Oct 2024');
    const outlets = async (list: string) => dialog.locator(`[data-list="${list}"] .rc-source__outlet`).allTextContents();
    expect((await outlets('corroborating')).length + (await outlets('conflicting')).length).toBeGreaterThan(0);
    expect(await outlets('corroborating')).toEqual(figure.result.corroborating.map((c) => c.source.outlet));
    expect(await outlets('conflicting')).toEqual(figure.result.conflicting.map((c) => c.source.outlet));

    // The card is beside the figure, not over it, and inside the viewport.
    const geometry = await page.evaluate((wanted) => {
      const card = document.querySelector('recoupe-ui')!.shadowRoot!.querySelector('.rc-card')!.getBoundingClientRect();
      let fig: DOMRect | null = null;
      for (const [, h] of CSS.highlights) for (const r of h as unknown as Iterable<Range>) if (r.toString() === wanted) fig = r.getBoundingClientRect();
      return { card: card.toJSON(), fig: fig!.toJSON(), vw: innerWidth, vh: innerHeight };
    }, text);
    const { card, fig, vw, vh } = geometry;
    expect(card.left >= 0 && card.right <= vw && card.top >= 0 && card.bottom <= vh).toBe(true);
    expect(card.bottom <= fig.top || card.top >= fig.bottom || card.right <= fig.left || card.left >= fig.right).toBe(true);

    // Into the card: it stays open.
    await page.mouse.move(card.left + 20, card.top + 20, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await dialog.count()).toBe(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it('closes when the pointer moves away', async () => {
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    await hoverFigure(page, 'près de 11 000 soldats');
    await expect.poll(() => cardDialog(page).count(), FIRST_CARD).toBe(1);
    await page.mouse.move(5, 5);
    await expect.poll(() => cardDialog(page).count()).toBe(0);
    await page.close();
  });

  it('shows HTML-looking page text as text', async () => {
    const page = await session.open('pages/page-html-text.html');
    await waitReady(session, page);
    await hoverFigure(page, '3 000 soldats');
    const sentence = cardDialog(page).locator('.rc-card__sentence');
    await expect.poll(() => sentence.textContent(), FIRST_CARD).toContain('<img src=x onerror=alert(1)> 3 000 soldats nord-coréens');
    expect(await page.locator('recoupe-ui img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    await page.close();
  });
});

describe('the keyboard path', () => {
  // Playwright cannot press browser-level command shortcuts in headless Chromium: the test sends the message the
  // background's command relay (lib/page/relay.ts) sends for "next-figure", from the service worker.
  it('walks the figures in page order, moving focus into each card; Escape closes and returns focus', async () => {
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    const list = (await session.sendToTab(page, { type: 'page/list' })) as { figures: { claim: { text: string } }[] };
    const texts = list.figures.map((f) => f.claim.text);
    expect(texts.length).toBeGreaterThan(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    const focusedRole = () => page.evaluate(() => document.querySelector('recoupe-ui')?.shadowRoot?.activeElement?.getAttribute('role') ?? null);

    for (const text of texts.slice(0, 3)) {
      expect(await session.sendToTab(page, { type: 'page/next' })).toEqual({ opened: true });
      await expect.poll(() => cardDialog(page).locator('.rc-card__figure').textContent(), FIRST_CARD).toBe(text);
      await expect.poll(focusedRole).toBe('dialog');
    }
    // Tab stays inside the card.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('recoupe-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardDialog(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('body');
    await page.close();
  });

  it('reveals a figure the popup asks for', async () => {
    const page = await session.open('demo-pages/03-washington-confirme-presence.html');
    await waitReady(session, page);
    const list = (await session.sendToTab(page, { type: 'page/list' })) as { status: string; figures: { claim: { text: string } }[] };
    expect(list.status).toBe('ready');
    const last = list.figures.length - 1;
    expect(await session.sendToTab(page, { type: 'page/reveal', index: last })).toEqual({ opened: true });
    await expect.poll(() => cardDialog(page).locator('.rc-card__figure').textContent(), FIRST_CARD).toBe(list.figures[last]!.claim.text);
    expect(await session.sendToTab(page, { type: 'page/reveal', index: last + 1 })).toEqual({ opened: false });
    await page.close();
  });
});

describe('pages that change, and sites switched off', () => {
  it('highlights a paragraph the page appends later', async () => {
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Le renseignement militaire ukrainien (GUR) affirme que 4 500 soldats nord-coréens sont arrivés dans la région de Koursk.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(() => allHighlighted(page), { timeout: 10_000 }).toContain('4 500 soldats');
    await page.close();
  });

  it('drops a figure whose text the page changes', async () => {
    const page = await session.open('pages/page-csp.html');
    await waitReady(session, page);
    expect(await allHighlighted(page)).toContain('près de 11 000 soldats');
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('11 000'))!;
      p.textContent = 'Ce paragraphe ne dit plus rien de chiffré.';
    });
    await expect.poll(() => allHighlighted(page), { timeout: 10_000 }).toEqual(['3 000 soldats']);
    await page.close();
  });

  it('does nothing on a page that is off the topic', async () => {
    const page = await session.open('pages/page-off-topic.html');
    await expect.poll(async () => ((await session.sendToTab(page, { type: 'page/status' })) as { status: string }).status).toBe('off-topic');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('recoupe-ui').count()).toBe(0);
    await page.close();
  });

  it('shows nothing on a site switched off, and scans again when switched back on', async () => {
    const settings = (disabledSites: string[]) => ({ settings: { disabledSites, highlightStyle: 'underline' } });
    const page = await session.open('demo-pages/01-russie-apaiser-coree-du-sud.html');
    await waitReady(session, page);
    await session.worker.evaluate((s) => chrome.storage.local.set(s), settings(['127.0.0.1']));
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await session.sendToTab(page, { type: 'page/status' })).toEqual({ status: 'off', count: 0, conflicting: 0 });

    const fresh = await session.open('demo-pages/02-soldats-deployes-koursk.html');
    await fresh.waitForTimeout(1500);
    expect(await fresh.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await fresh.locator('recoupe-ui').count()).toBe(0);
    expect(await session.sendToTab(fresh, { type: 'page/list' })).toEqual({ status: 'off', figures: [], host: '127.0.0.1' });
    await fresh.close();

    await session.worker.evaluate((s) => chrome.storage.local.set(s), settings([]));
    await waitReady(session, page);
    expect(await allHighlighted(page)).toContain('près de 11 000 soldats');
    await page.close();
  });

  it('leaves the page\'s DOM as it was, apart from its one host element', async () => {
    const page = await session.context.newPage();
    // Runs in the page before the content script (document_idle): the serialisation as the page built it.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { before: string }).before = document.documentElement.outerHTML;
      });
    });
    await page.goto(`${session.server.origin}/demo-pages/01-russie-apaiser-coree-du-sud.html`);
    await waitReady(session, page);
    await hoverFigure(page, 'près de 11 000 soldats');
    await expect.poll(() => cardDialog(page).count(), FIRST_CARD).toBe(1);
    const { before, after, hosts } = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      const hosts = clone.querySelectorAll('recoupe-ui').length;
      clone.querySelectorAll('recoupe-ui').forEach((el) => el.remove());
      return { before: (window as unknown as { before: string }).before, after: clone.outerHTML, hosts };
    });
    expect(hosts).toBe(1);
    expect(after).toBe(before);
    await page.close();
  });
});

describe('privacy', () => {
  it('sends no request to any host but the test server', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => !url.startsWith(`${session.server.origin}/`) && !url.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
  });
});
