import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DASHES, layoutTimeline, linearScale, MARKER_SHAPES, markerPath, monthTicks, niceTicks, seriesStyle, spreadLabels } from './geometry';
import { dayNumber, type TimelineData } from './series';

describe('seriesStyle', () => {
  it('gives the first 24 series distinct shape and dash pairs', () => {
    const pairs = new Set(Array.from({ length: 24 }, (_, i) => JSON.stringify(seriesStyle(i))));
    expect(pairs.size).toBe(24);
  });

  it('gives neighbouring series different shapes and dashes', () => {
    for (let i = 0; i < 10; i++) {
      expect(seriesStyle(i).shape).not.toBe(seriesStyle(i + 1).shape);
      expect(seriesStyle(i).dash).not.toBe(seriesStyle(i + 1).dash);
    }
    expect(DASHES[0]).toBe('');
  });
});

describe('markerPath', () => {
  it.each(MARKER_SHAPES)('draws a closed %s within its box', (shape) => {
    const path = markerPath(shape, 50, 20, 4);
    expect(path).toMatch(/^M.* Z$/);
    const numbers = (shape === 'circle' ? path.split(' a')[0]! : path).match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    for (const x of xs) expect(Math.abs(x - 50)).toBeLessThanOrEqual(4.8 + 0.01);
    for (const y of ys) expect(Math.abs(y - 20)).toBeLessThanOrEqual(4.8 + 0.01);
  });

  it('draws every shape differently', () => {
    expect(new Set(MARKER_SHAPES.map((s) => markerPath(s, 0, 0, 4))).size).toBe(MARKER_SHAPES.length);
  });
});

describe('linearScale', () => {
  it('maps the ends and the middle', () => {
    const y = linearScale([0, 10000], [200, 10]);
    expect([y(0), y(5000), y(10000)]).toEqual([200, 105, 10]);
  });
  it('maps a zero-width domain to the middle of the range', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('niceTicks', () => {
  it.each([
    [0, 12000, 4, [0, 5000, 10000, 15000]],
    [0, 11000, 4, [0, 5000, 10000, 15000]],
    [0, 11000, 6, [0, 2000, 4000, 6000, 8000, 10000, 12000]],
    [0, 3000, 4, [0, 1000, 2000, 3000]],
    [0, 1, 4, [0, 0.25, 0.5, 0.75, 1]],
    [0, 40, 4, [0, 10, 20, 30, 40]],
  ])('%d..%d (%d) → %j', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  it('always covers the values, from 0, in equal steps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 2, max: 8 }), (max, count) => {
        const ticks = niceTicks(0, max, count);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeLessThanOrEqual(2 * count + 2);
        const step = ticks[1]! - ticks[0]!;
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
      }),
    );
  });
});

describe('monthTicks', () => {
  it('gives the first days of the months in the span', () => {
    expect(monthTicks(dayNumber('2024-10-10'), dayNumber('2025-01-20'), 10)).toEqual(
      ['2024-11-01', '2024-12-01', '2025-01-01'].map(dayNumber),
    );
  });
  it('includes a span that starts on the first', () => {
    expect(monthTicks(dayNumber('2024-10-01'), dayNumber('2024-10-31'), 10)).toEqual([dayNumber('2024-10-01')]);
  });
  it('thins long spans', () => {
    const ticks = monthTicks(dayNumber('2024-01-01'), dayNumber('2025-12-31'), 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]).toBe(dayNumber('2024-01-01'));
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart alone', () => {
    expect(spreadLabels([10, 50, 100], 12, 0, 200)).toEqual([10, 50, 100]);
  });
  it('pushes close labels apart and keeps their order', () => {
    // Centred on their mean, 97.67.
    expect(spreadLabels([100, 95, 98], 12, 0, 200)).toEqual([109.67, 85.67, 97.67]);
  });
  it('keeps labels inside the band when there is room', () => {
    expect(spreadLabels([198, 199], 12, 0, 200)).toEqual([188, 200]);
  });
  it('stays within the band when it can hold them all', () => {
    expect(spreadLabels([0, 0, 0], 10, 0, 100)).toEqual([0, 10, 20]);
  });
  it('never puts two labels closer than the gap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 12 }), (wishes) => {
        const ys = [...spreadLabels(wishes, 12, 0, 200)].sort((a, b) => a - b);
        for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12 - 0.01);
      }),
    );
  });
});

describe('layoutTimeline', () => {
  const data: TimelineData = {
    kind: 'troops',
    scope: 'total',
    series: [
      {
        actor: 'nis',
        points: [
          { claimId: 'a', date: '2024-10-18', day: dayNumber('2024-10-18'), value: 1500, min: 1500, max: 1500, qualifier: 'exact' },
          { claimId: 'b', date: '2024-12-19', day: dayNumber('2024-12-19'), value: 12000, min: 10000, max: 12000, qualifier: 'range' },
        ],
      },
      { actor: 'gur', points: [{ claimId: 'c', date: '2024-11', day: dayNumber('2024-11'), value: 11000, min: 11000, max: null, qualifier: 'more_than' }] },
    ],
    mark: { value: 3000, date: '2024-11-05', day: dayNumber('2024-11-05') },
  };
  const size = { width: 340, height: 180, labelWidth: 90 };
  const layout = layoutTimeline(data, size);

  it('places one marker per estimate inside the plot, later dates further right and bigger figures higher', () => {
    const markers = layout.series.flatMap((s) => s.markers);
    expect(markers.map((m) => m.claimId)).toEqual(['a', 'b', 'c']);
    for (const m of markers) {
      expect(m.x).toBeGreaterThan(layout.plot.left);
      expect(m.x).toBeLessThan(layout.plot.right);
      expect(m.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(m.y).toBeLessThan(layout.plot.bottom);
    }
    const [a, b, c] = markers;
    expect(a!.x < c!.x && c!.x < b!.x).toBe(true);
    expect(a!.y > c!.y && c!.y > b!.y).toBe(true);
  });

  it('draws a line through a series of several points only, and a bar for a range', () => {
    expect(layout.series[0]!.path).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
    expect(layout.series[1]!.path).toBe('');
    expect(layout.series[0]!.markers[1]!.whisker).not.toBeNull();
    expect(layout.series[0]!.markers[0]!.whisker).toBeNull();
    expect(layout.series[1]!.markers[0]!.whisker).toBeNull();
    const upTo = layoutTimeline({ ...data, series: [{ actor: 'x', points: [{ ...data.series[0]!.points[0]!, min: 0, max: 1500, qualifier: 'up_to' }] }] }, size);
    expect(upTo.series[0]!.markers[0]!.whisker).toBeNull();
  });

  it('gives each series its own style and a label right of the plot', () => {
    expect(layout.series.map((s) => s.shape)).toEqual(['circle', 'square']);
    expect(layout.series[0]!.dash).not.toBe(layout.series[1]!.dash);
    for (const s of layout.series) expect(s.label.x).toBeGreaterThan(layout.plot.right);
  });

  it('marks the page figure as a point, or as a line when it has no date, labelled in the label column', () => {
    expect(layout.mark).toMatchObject({ type: 'point' });
    expect(layout.markLabel!.x).toBe(layout.series[0]!.label.x);
    for (const s of layout.series) expect(Math.abs(s.label.y - layout.markLabel!.y)).toBeGreaterThanOrEqual(12);
    const undated = layoutTimeline({ ...data, mark: { value: 3000, date: null, day: null } }, size);
    expect(undated.mark).toEqual({ type: 'line', y: expect.any(Number), x1: undated.plot.left, x2: undated.plot.right });
  });

  it('has a y axis from 0 past the biggest figure, and month ticks inside the plot', () => {
    expect(layout.yTicks[0]!.value).toBe(0);
    expect(layout.yTicks[layout.yTicks.length - 1]!.value).toBeGreaterThanOrEqual(12000);
    expect(layout.xTicks.map((t) => t.day)).toEqual(['2024-11-01', '2024-12-01'].map(dayNumber));
    for (const t of layout.xTicks) expect(t.x).toBeGreaterThanOrEqual(layout.plot.left);
  });

  it('lays out a chart with only the page figure', () => {
    const alone = layoutTimeline({ ...data, series: [] }, size);
    expect(alone.series).toEqual([]);
    expect(alone.mark).toMatchObject({ type: 'point' });
  });
});
