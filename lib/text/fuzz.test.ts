// @vitest-environment happy-dom
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, segmentAt, startExtraction, type PageText } from './extract';
import { pageLanguage } from './page-language';
import { publicationDate } from './publication-date';
import { rangeAt } from './range';

const segmentList = (page: PageText) => page.segments.node.map((_, i) => segmentAt(page.segments, i));

/*
 * Property tests of the extractor on generated pages: it never throws, its segments map the page text back onto
 * the text nodes exactly, extracting in slices gives the same text as at once, and its time grows linearly with
 * the page.
 */

type Tree = string | { tag: string; attrs: string; children: Tree[] };

const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'br', 'pre', 'li', 'ul', 'td', 'th', 'tr', 'table', 'caption', 'h1', 'article', 'details', 'summary', 'script', 'style', 'template', 'textarea', 'noscript', 'svg', 'recoupe-ui'];
const ATTRS = ['', '', '', ' hidden', ' style="display:none"', ' style="white-space: pre-wrap"', ' style="color:red; visibility:hidden"', ' contenteditable', ' contenteditable="false"', ' aria-hidden="true"', ' open', ' data-recoupe-ui', ' style=";;;   ;white-space :  pre  !important"'];
/** Text made of what page text is made of: words, figures, every kind of white space, markup-looking strings. */
const CHUNKS = ['3 000', 'soldats', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u202f', '11', '<b>', '&amp;', '</p>', 'Kyiv', 'é', '😀', 'x', '\f'];

const text = fc.array(fc.constantFrom(...CHUNKS), { maxLength: 8 }).map((parts) => parts.join(''));
/** White space between the rows and cells of a table, as pages written over many lines have it. */
const TABLE_SPACE = fc.constantFrom(' ', '\n    ', '\n\t');
const { tree } = fc.letrec<{ tree: Tree; element: Tree; table: Tree; row: Tree; cell: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element'), tie('table')),
  element: fc.record({ tag: fc.constantFrom(...TAGS), attrs: fc.constantFrom(...ATTRS), children: fc.array(tie('tree'), { maxLength: 5 }) }),
  // Well-formed tables (the tags above, placed anywhere, are mostly moved or dropped by the HTML parser).
  table: fc
    .record({
      caption: fc.option(fc.array(tie('tree'), { maxLength: 2 }), { nil: undefined }),
      group: fc.constantFrom('', 'thead', 'tbody', 'tfoot'),
      rows: fc.array(fc.oneof(tie('row'), TABLE_SPACE), { maxLength: 4 }),
      attrs: fc.constantFrom(...ATTRS),
    })
    .map(({ caption, group, rows, attrs }): Tree => {
      const body = group === '' ? rows : [{ tag: group, attrs: '', children: rows }];
      return { tag: 'table', attrs, children: caption ? [{ tag: 'caption', attrs: '', children: caption }, ...body] : body };
    }),
  row: fc.record({ tag: fc.constant('tr'), attrs: fc.constantFrom(...ATTRS), children: fc.array(fc.oneof(tie('cell'), TABLE_SPACE), { maxLength: 5 }) }),
  cell: fc.record({ tag: fc.constantFrom('td', 'th'), attrs: fc.constantFrom(...ATTRS), children: fc.array(tie('tree'), { maxLength: 3 }) }),
}));
const page = fc.array(tree, { maxLength: 6 });

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function html(nodes: Tree[]): string {
  return nodes.map((n) => (typeof n === 'string' ? escape(n) : n.tag === 'br' ? '<br>' : `<${n.tag}${n.attrs}>${html(n.children)}</${n.tag}>`)).join('');
}

const isSpace = (c: string) => /[ \t\n\r\f]/.test(c);

/**
 * Every segment is in order, in bounds, and reads in the page text what its node holds (a collapsed space maps to a
 * white-space character); the only characters no segment covers are the line breaks the walk adds and the tabs it
 * writes between two table cells' words, each between two covered characters.
 */
function checkSegments(result: PageText): void {
  let previousEnd = 0;
  const covered: boolean[] = new Array<boolean>(result.text.length).fill(false);
  for (const s of segmentList(result)) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.length).toBeGreaterThan(0);
    expect(s.offset + s.length).toBeLessThanOrEqual(s.data.length);
    expect(s.start + s.length).toBeLessThanOrEqual(result.text.length);
    for (let i = 0; i < s.length; i++) {
      const inText = result.text[s.start + i]!;
      const inNode = s.data[s.offset + i]!;
      if (inText !== inNode) expect(inText === ' ' && isSpace(inNode), `${JSON.stringify(inText)} vs ${JSON.stringify(inNode)}`).toBe(true);
      covered[s.start + i] = true;
    }
    previousEnd = s.start + s.length;
  }
  for (let i = 0; i < result.text.length; i++) {
    if (covered[i]) continue;
    const c = result.text[i];
    if (c === '\t') expect(covered[i - 1] === true && covered[i + 1] === true, `tab at ${i} not between two cells' words`).toBe(true);
    else expect(c, `uncovered character at ${i}`).toBe('\n');
  }
}

describe('text extraction on generated pages', () => {
  it('never throws, and its segments map the text back onto the nodes', () => {
    fc.assert(
      fc.property(page, (nodes) => {
        document.body.innerHTML = html(nodes);
        const result = extractText(document);
        checkSegments(result);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same text and segments in slices of any size as at once', () => {
    fc.assert(
      fc.property(page, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 }), (nodes, budgets) => {
        document.body.innerHTML = html(nodes);
        const whole = extractText(document);
        const sliced = startExtraction(document);
        for (let i = 0; !sliced.advance(budgets[i % budgets.length]!); i++) {
          // A snapshot between slices is a prefix of the final text.
          expect(whole.text.startsWith(sliced.result().text.trimEnd())).toBe(true);
        }
        const result = sliced.result();
        expect(result.text).toBe(whole.text);
        expect(result.segments).toEqual(whole.segments);
      }),
      { numRuns: 300 },
    );
  });

  it('maps any span inside one text node back to exactly that text (rangeAt)', () => {
    fc.assert(
      fc.property(page, fc.nat(), fc.nat(), fc.nat(), (nodes, pick, a, b) => {
        document.body.innerHTML = html(nodes);
        const result = extractText(document);
        const count = result.segments.node.length;
        if (count === 0) return;
        const s = segmentAt(result.segments, pick % count);
        const from = a % s.length;
        const to = from + 1 + (b % (s.length - from));
        const range = rangeAt(result, s.start + from, s.start + to, document);
        expect(range).not.toBeNull();
        expect(range!.toString()).toBe(s.data.slice(s.offset + from, s.offset + to));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary markup and attribute values, nor do the language and date readers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (body, lang, date) => {
        const { document: doc } = parseHTML(
          `<html lang="${escape(lang).replace(/"/g, '&quot;')}"><head><meta property="article:published_time" content="${escape(date).replace(/"/g, '&quot;')}">` +
            `<script type="application/ld+json">${body}</script></head><body>${body}</body></html>`,
        );
        const d = doc as unknown as Document;
        checkSegments(extractText(d));
        pageLanguage(d);
        const published = publicationDate(d);
        if (published !== null) expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 400 },
    );
  });
});

describe('extraction time grows linearly with the page', () => {
  /**
   * Fastest of several timed extractions of `markup` repeated `copies` times (in linkedom, as the command-line scan
   * does), after a warm-up: the minimum is the figure least disturbed by garbage collection and other processes.
   */
  function timeOf(markup: string, copies: number): number {
    const doc = parseHTML(`<html><body>${markup.repeat(copies)}</body></html>`).document as unknown as Document;
    extractText(doc);
    let best = Infinity;
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      extractText(doc);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  }

  // Shapes that would make a careless walker quadratic: deep nesting closed at once, long runs of white space,
  // very long lines, many adjacent text nodes, long style attributes read by the layout checks.
  it.each([
    ['deep nesting', (n: number) => `${'<span><div>'.repeat(n)}3 000 soldats${'</div></span>'.repeat(n)}`, 2000],
    ['white-space runs', (n: number) => `<p>${'a \t \n '.repeat(n)}</p>`, 20_000],
    ['one very long line', (n: number) => `<p>${'11 000 soldats, '.repeat(n)}</p>`, 20_000],
    ['adjacent inline elements', (n: number) => `<p>${'<b>1</b><i> </i>'.repeat(n)}</p>`, 5000],
    ['long style attributes', (n: number) => `<p style="${'; '.repeat(n)}color: red">x</p>`, 20_000],
    ['pre with long lines', (n: number) => `<pre>${'a  b\n'.repeat(n)}</pre>`, 20_000],
    ['table rows', (n: number) => `<table>${'<tr>\n <td>NIS</td> <td><b>3 000</b></td> <td></td></tr>'.repeat(n)}</table>`, 2000],
  ])('%s', (_name, shape, n) => {
    const small = timeOf(shape(n), 1);
    const large = timeOf(shape(n), 8);
    // 8× the input: linear work takes ~8× the time, quadratic ~64×. The margin absorbs a shared, noisy machine.
    expect(large / Math.max(small, 0.05)).toBeLessThan(24);
  });
});

describe('the walk skips exactly what the markup hides', () => {
  /** The per-element definition the walk's fast paths (attributes read only when present, <details> as walk state) must agree with. */
  function skippedByMarkup(el: Element): boolean {
    const tag = el.localName;
    if (['script', 'style', 'template', 'textarea', 'noscript', 'svg', 'recoupe-ui'].includes(tag)) return true;
    if (el.hasAttribute('hidden') || el.hasAttribute('data-recoupe-ui') || el.getAttribute('aria-hidden') === 'true') return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
    if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:;|$|!)/i.test(el.getAttribute('style') ?? '')) return true;
    const parent = el.parentElement;
    return parent !== null && parent.localName === 'details' && tag !== 'summary' && !parent.hasAttribute('open');
  }

  it('asks isHidden about every element, and only those, whose ancestors and itself the markup leaves shown', () => {
    fc.assert(
      fc.property(page, (nodes) => {
        document.body.innerHTML = html(nodes);
        const asked: Element[] = [];
        extractText(document, { isHidden: (el) => (asked.push(el), false) });
        const expected = [...document.body.querySelectorAll('*')].filter((el) => {
          for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) if (skippedByMarkup(e)) return false;
          return true;
        });
        expect(asked).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
