// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { rangeAt } from './range';

beforeEach(() => {
  document.body.innerHTML = '';
});

function pageWith(html: string) {
  document.body.innerHTML = html;
  return extractText(document);
}

describe('rangeAt', () => {
  it.each([
    ['a figure split by <b>', '<p>Il y aurait environ 3 <b>000</b> soldats.</p>', '3 000'],
    ['a figure split across three nodes', '<p>près de <span>11</span>\u00a0<b>000</b> soldats</p>', '11\u00a0000'],
    ['a claim across a collapsed run', '<p>over\n   3,000 <em>North   Korean</em> troops</p>', '3,000 North Korean troops'],
    ['a figure inside a deep inline nest', '<div><p>Selon <a href="#"><strong><em>10 000</em></strong></a> hommes</p></div>', '10 000'],
    ['a figure after skipped content', '<p>a<script>x</script> <b>2 600</b></p>', '2 600'],
  ])('covers exactly %s', (_name, html, figure) => {
    const page = pageWith(html);
    const start = page.text.indexOf(figure);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeAt(page, start, start + figure.length, document);
    expect(range).not.toBeNull();
    expect(range!.toString().replace(/[ \t\n\r\f]+/g, ' ')).toBe(figure);
  });

  it('spans two blocks, leaving out nothing but the added line break', () => {
    const page = pageWith('<p>first 1 500</p><p>then 3 000</p>');
    const range = rangeAt(page, page.text.indexOf('1 500'), page.text.indexOf('then') + 4);
    expect(range!.toString()).toBe('1 500then');
  });

  it('returns null when a text node under the span changed', () => {
    const page = pageWith('<p>environ 3 <b id="b">000</b> soldats</p>');
    const start = page.text.indexOf('3 000');
    document.getElementById('b')!.firstChild!.textContent = '500';
    expect(rangeAt(page, start, start + 5)).toBeNull();
  });

  it('returns null when a text node under the span was removed', () => {
    const page = pageWith('<p id="p">près de <b>11 000</b> soldats</p><p>autre</p>');
    const start = page.text.indexOf('11 000');
    document.getElementById('p')!.remove();
    expect(rangeAt(page, start, start + 6)).toBeNull();
    const other = page.text.indexOf('autre');
    expect(rangeAt(page, other, other + 5)!.toString()).toBe('autre');
  });

  it('ignores changes outside the span', () => {
    const page = pageWith('<p><i id="i">Selon Séoul,</i> 1 500 soldats</p>');
    document.getElementById('i')!.firstChild!.textContent = 'Changed';
    const start = page.text.indexOf('1 500');
    expect(rangeAt(page, start, start + 5)!.toString()).toBe('1 500');
  });

  it.each([
    ['empty', 3, 3],
    ['reversed', 5, 2],
    ['negative', -1, 2],
    ['past the end', 0, 1000],
  ])('returns null for a %s span', (_name, start, end) => {
    const page = pageWith('<p>3 000 troops</p>');
    expect(rangeAt(page, start, end)).toBeNull();
  });

  it('returns null for a span covering only an added line break', () => {
    const page = pageWith('<p>a</p><p>b</p>');
    expect(page.text).toBe('a\nb');
    expect(rangeAt(page, 1, 2)).toBeNull();
  });
});
