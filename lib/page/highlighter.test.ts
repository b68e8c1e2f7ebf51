// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_STYLES } from '../settings/settings';
import { VERDICTS, highlightName, lookOf } from './highlight-style';
import { registryHighlighter, wrappingHighlighter } from './highlighter';

/** A range over `text` inside the element matching `selector` (which may span child elements). */
function rangeOf(selector: string, text: string): Range {
  const el = document.querySelector(selector)!;
  const walker = document.createTreeWalker(el, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const full = nodes.map((n) => n.data).join('');
  const at = full.indexOf(text);
  if (at < 0) throw new Error(`"${text}" not in ${selector}`);
  const locate = (offset: number, isEnd: boolean) => {
    let seen = 0;
    for (const node of nodes) {
      if (offset < seen + node.length || (isEnd && offset === seen + node.length)) return [node, offset - seen] as const;
      seen += node.length;
    }
    throw new Error('offset out of range');
  };
  const range = document.createRange();
  range.setStart(...locate(at, false));
  range.setEnd(...locate(at + text.length, true));
  return range;
}

const textNodeCount = (el: Element) => {
  const walker = document.createTreeWalker(el, 4);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
};

describe('wrappingHighlighter (no Custom Highlight API)', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<p id="a">Selon Kiev, près de 11 000 soldats sont arrivés, puis 3 000 autres.</p>' +
      '<p id="b">Le NIS parle de <em>plus de 3 000</em> tués ou blessés.</p>';
  });

  it.each([
    ['one figure inside a text node', [['#a', 'près de 11 000 soldats', 'corroborated']]],
    ['two figures in the same text node', [['#a', 'près de 11 000 soldats', 'mixed'], ['#a', '3 000 autres', 'conflicting']]],
    ['a figure spanning an element edge', [['#b', 'plus de 3 000 tués ou blessés', 'unverified']]],
    ['a figure that is a whole text node', [['#b', 'plus de 3 000', 'conflicting']]],
  ] as const)('wraps %s and restores the DOM exactly', (_, figures) => {
    const before = document.body.innerHTML;
    const counts = [...document.querySelectorAll('p')].map(textNodeCount);
    const highlighter = wrappingHighlighter(document, 'underline');
    const ranges = highlighter.show(figures.map(([sel, text, verdict]) => ({ range: rangeOf(sel, text), verdict })));

    const marks = [...document.querySelectorAll('mark[data-recoupe-mark]')];
    expect(marks.map((m) => m.getAttribute('data-recoupe-mark'))).toEqual(
      expect.arrayContaining(figures.map(([, , verdict]) => verdict)),
    );
    expect(ranges.map((r) => r.toString())).toEqual(figures.map(([, text]) => text));
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(before, 'text/html').body.textContent);

    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect([...document.querySelectorAll('p')].map(textNodeCount)).toEqual(counts);
  });

  it('replaces what it showed on a second show()', () => {
    const highlighter = wrappingHighlighter(document, 'underline');
    highlighter.show([{ range: rangeOf('#a', '3 000 autres'), verdict: 'mixed' }]);
    highlighter.clear();
    highlighter.show([{ range: rangeOf('#b', 'plus de 3 000'), verdict: 'conflicting' }]);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['plus de 3 000']);
  });

  it('adds figures after those shown, and clear() restores the DOM exactly', () => {
    const before = document.body.innerHTML;
    const highlighter = wrappingHighlighter(document, 'underline');
    highlighter.show([{ range: rangeOf('#a', '3 000 autres'), verdict: 'mixed' }]);
    const [added] = highlighter.add([{ range: rangeOf('#b', 'plus de 3 000 tués'), verdict: 'conflicting' }]);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['3 000 autres', 'plus de 3 000', ' tués']);
    expect(added!.toString()).toBe('plus de 3 000 tués');
    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('restyles the marks shown, and marks added later, with the new look', () => {
    const before = document.body.innerHTML;
    const highlighter = wrappingHighlighter(document, 'underline');
    highlighter.show([{ range: rangeOf('#a', '3 000 autres'), verdict: 'mixed' }]);
    highlighter.restyle('background');
    highlighter.add([{ range: rangeOf('#b', 'plus de 3 000'), verdict: 'conflicting' }]);
    expect([...document.querySelectorAll('mark')].map((m) => m.getAttribute('data-recoupe-mark'))).toEqual(['mixed-background', 'conflicting-background']);
    highlighter.restyle('underline');
    expect([...document.querySelectorAll('mark')].map((m) => m.getAttribute('data-recoupe-mark'))).toEqual(['mixed', 'conflicting']);
    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('leaves adjacent text nodes it did not split alone', () => {
    const p = document.querySelector('#a')!;
    p.appendChild(document.createTextNode(' Suite.'));
    const highlighter = wrappingHighlighter(document, 'underline');
    highlighter.show([{ range: rangeOf('#a', '3 000 autres'), verdict: 'mixed' }]);
    highlighter.clear();
    expect(textNodeCount(p)).toBe(2);
  });
});

describe('registryHighlighter (Custom Highlight API)', () => {
  class FakeHighlight {
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    add(range: Range) {
      this.ranges.push(range);
    }
  }

  it('adds figures to the highlights it shows, keeping those shown', () => {
    document.body.innerHTML = '<p id="a">Selon Kiev, près de 11 000 soldats sont arrivés, puis 3 000 autres.</p>';
    const registry = new Map<string, unknown>();
    const highlighter = registryHighlighter(registry, FakeHighlight, 'underline');
    const a = rangeOf('#a', 'près de 11 000 soldats');
    const b = rangeOf('#a', '3 000 autres');
    highlighter.show([{ range: a, verdict: 'corroborated' }]);
    const shown = registry.get('recoupe-corroborated');
    expect(highlighter.add([{ range: b, verdict: 'corroborated' }, { range: a, verdict: 'mixed' }])).toEqual([b, a]);
    expect(registry.get('recoupe-corroborated')).toBe(shown);
    expect((shown as FakeHighlight).ranges).toEqual([a, b]);
    expect((registry.get('recoupe-mixed') as FakeHighlight).ranges).toEqual([a]);
    highlighter.show([]);
    expect([...registry.keys()]).toEqual([]);
  });

  it('registers one recoupe- highlight per verdict and deletes only its own entries', () => {
    document.body.innerHTML = '<p id="a">Selon Kiev, près de 11 000 soldats sont arrivés, puis 3 000 autres.</p>';
    const registry = new Map<string, unknown>([['page-own', 'theirs']]);
    const highlighter = registryHighlighter(registry, FakeHighlight, 'underline');
    const a = rangeOf('#a', 'près de 11 000 soldats');
    const b = rangeOf('#a', '3 000 autres');
    highlighter.show([{ range: a, verdict: 'corroborated' }, { range: b, verdict: 'conflicting' }]);
    expect([...registry.keys()].sort()).toEqual(['page-own', 'recoupe-conflicting', 'recoupe-corroborated']);
    expect((registry.get('recoupe-corroborated') as FakeHighlight).ranges).toEqual([a]);

    // A page script that took over one of our names keeps it.
    registry.set('recoupe-conflicting', 'page took it');
    highlighter.clear();
    expect([...registry.entries()]).toEqual([['page-own', 'theirs'], ['recoupe-conflicting', 'page took it']]);
  });

  it('moves its highlights to the names of the new look on restyle, leaving a name the page took', () => {
    document.body.innerHTML = '<p id="a">Selon Kiev, près de 11 000 soldats sont arrivés, puis 3 000 autres.</p>';
    const registry = new Map<string, unknown>();
    const highlighter = registryHighlighter(registry, FakeHighlight, 'underline');
    const a = rangeOf('#a', 'près de 11 000 soldats');
    const b = rangeOf('#a', '3 000 autres');
    highlighter.show([{ range: a, verdict: 'corroborated' }, { range: b, verdict: 'conflicting' }]);
    registry.set('recoupe-conflicting', 'page took it');
    highlighter.restyle('background');
    expect([...registry.keys()].sort()).toEqual(['recoupe-conflicting', 'recoupe-corroborated-background']);
    expect((registry.get('recoupe-corroborated-background') as FakeHighlight).ranges).toEqual([a]);
    highlighter.add([{ range: b, verdict: 'corroborated' }]);
    expect((registry.get('recoupe-corroborated-background') as FakeHighlight).ranges).toEqual([a, b]);
    highlighter.clear();
    expect([...registry.keys()]).toEqual(['recoupe-conflicting']);
  });

  it('leaves the DOM untouched', () => {
    document.body.innerHTML = '<p id="a">près de 11 000 soldats</p>';
    const before = document.body.innerHTML;
    registryHighlighter(new Map(), FakeHighlight, 'underline').show([{ range: rangeOf('#a', '11 000'), verdict: 'mixed' }]);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('highlights.css, the looks the content script injects', () => {
  const css = readFileSync(join(import.meta.dirname, '../../entrypoints/content/highlights.css'), 'utf8');
  /** The declarations of every rule whose selector list names `selector`, joined. */
  const declarationsFor = (selector: string) =>
    [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)]
      .filter(([, selectors]) => selectors!.split(',').some((s) => s.trim() === selector))
      .map(([, , declarations]) => declarations)
      .join(';');
  const cases = VERDICTS.flatMap((verdict) => HIGHLIGHT_STYLES.map((style) => [verdict, style] as const));
  const lines = { corroborated: 'solid', conflicting: 'wavy', mixed: 'double', unverified: 'dotted' };

  it.each(cases)('styles the %s figures in the %s style, highlighted or wrapped', (verdict, style) => {
    const look = lookOf(verdict, style);
    for (const selector of [`::highlight(${highlightName(look)})`, `mark[data-recoupe-mark='${look}']`]) {
      const declarations = declarationsFor(selector);
      expect(declarations).toMatch(new RegExp(`text-decoration: underline ${lines[verdict]} #`));
      expect(declarations.includes('background-color')).toBe(style === 'background');
    }
  });
});
