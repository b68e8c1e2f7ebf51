// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { figureAt, rectsContain, type RangeLike, type RectLike } from './hit-test';

const rect = (left: number, top: number, right: number, bottom: number): RectLike => ({ left, top, right, bottom });

describe('rectsContain', () => {
  const rects = [rect(10, 10, 100, 30), rect(0, 30, 40, 50)];
  it.each([
    [50, 20, true],
    [20, 40, true],
    [100.5, 20, true], // within the one-pixel slop
    [60, 40, false], // between the two lines' rects
    [150, 20, false],
  ])('(%d, %d) → %s', (x, y, inside) => {
    expect(rectsContain(rects, x, y)).toBe(inside);
  });
});

describe('figureAt', () => {
  document.body.innerHTML = '<p>Selon Kiev, <b>près de 11 000 soldats</b> sont arrivés, et 3 000 autres.</p>';
  const bold = document.querySelector('b')!.firstChild as Text;
  const tail = bold.parentNode!.nextSibling as Text;
  const first = document.createRange();
  first.selectNodeContents(bold);
  const second = document.createRange();
  second.setStart(tail, tail.data.indexOf('3 000'));
  second.setEnd(tail, tail.data.indexOf(' autres'));
  const placed = (range: Range, rects: RectLike[]): RangeLike => ({
    isPointInRange: (node, offset) => range.isPointInRange(node, offset),
    getClientRects: () => rects,
  });
  const ranges = [placed(first, [rect(100, 0, 260, 20)]), placed(second, [rect(400, 0, 450, 20)])];

  it('finds the figure whose range holds the caret and whose rects hold the pointer', () => {
    expect(figureAt(ranges, 150, 10, { node: bold, offset: 4 })).toBe(0);
    expect(figureAt(ranges, 420, 10, { node: tail, offset: tail.data.indexOf('3 000') + 2 })).toBe(1);
  });

  it('finds nothing when the caret is in a figure but the pointer is off its text (a margin)', () => {
    expect(figureAt(ranges, 150, 300, { node: bold, offset: 4 })).toBe(-1);
  });

  it('finds nothing when the caret is outside every figure', () => {
    expect(figureAt(ranges, 150, 10, { node: tail, offset: 1 })).toBe(-1);
  });

  it('measures every figure when there is no caret', () => {
    expect(figureAt(ranges, 430, 10, null)).toBe(1);
    expect(figureAt(ranges, 330, 10, null)).toBe(-1);
  });

  it('skips a range that throws on a caret from elsewhere', () => {
    const throwing: RangeLike = { isPointInRange: () => { throw new Error('WrongDocumentError'); }, getClientRects: () => [rect(0, 0, 999, 999)] };
    expect(figureAt([throwing, ranges[0]!], 150, 10, { node: bold, offset: 1 })).toBe(1);
  });
});
