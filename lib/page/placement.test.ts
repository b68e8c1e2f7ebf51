import { describe, expect, it } from 'vitest';
import { placeCard, type Placement, type Rect, type Size } from './placement';

const viewport: Size = { width: 1000, height: 800 };
const card: Size = { width: 320, height: 200 };
const figure = (left: number, top: number, width = 120, height = 20): Rect => ({ left, top, right: left + width, bottom: top + height });

function overlaps(a: Rect, placed: Placement, size: Size): boolean {
  const height = Math.min(size.height, placed.maxHeight);
  return placed.left < a.right && placed.left + size.width > a.left && placed.top < a.bottom && placed.top + height > a.top;
}

describe('placeCard', () => {
  it.each([
    ['a figure high on the page: below it, aligned with its start', figure(100, 100), card, { top: 126, left: 100, side: 'below' }],
    ['a figure near the bottom: above it', figure(100, 700), card, { top: 494, left: 100, side: 'above' }],
    ['a figure near the right edge: slid back inside', figure(900, 100, 90), card, { top: 126, left: 672, side: 'below' }],
    ['a figure near the left edge: kept off the edge', figure(2, 100), card, { top: 126, left: 8, side: 'below' }],
    ['a tall card beside a mid-height figure: right of it', figure(100, 390), { width: 320, height: 500 }, { top: 292, left: 226, side: 'right' }],
    ['a tall card beside a figure near the right: left of it', figure(700, 390), { width: 320, height: 500 }, { top: 292, left: 374, side: 'left' }],
  ] as const)('%s', (_, fig, size, expected) => {
    expect(placeCard(fig, size, viewport)).toMatchObject(expected);
  });

  it('caps a card that fits nowhere to the larger of the rooms below and above', () => {
    const placed = placeCard(figure(300, 500, 400), { width: 900, height: 900 }, viewport);
    expect(placed).toEqual({ top: 8, left: 92, side: 'above', maxHeight: 486 });
  });

  it('never covers the figure and stays inside the viewport, wherever the figure is', () => {
    for (let top = 0; top <= 780; top += 20) {
      for (let left = 0; left <= 880; left += 40) {
        for (const size of [card, { width: 320, height: 500 }, { width: 600, height: 790 }]) {
          const fig = figure(left, top);
          const placed = placeCard(fig, size, viewport);
          const height = Math.min(size.height, placed.maxHeight);
          expect(overlaps(fig, placed, size), JSON.stringify({ fig, size, placed })).toBe(false);
          expect(placed.left).toBeGreaterThanOrEqual(8);
          expect(placed.left + size.width).toBeLessThanOrEqual(992);
          expect(placed.top).toBeGreaterThanOrEqual(8);
          expect(placed.top + height).toBeLessThanOrEqual(792);
        }
      }
    }
  });
});
