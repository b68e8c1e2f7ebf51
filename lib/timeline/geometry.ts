import type { TimelineData } from './series';

/** Marker shapes, told apart without colour. Every shape is drawn as one path. */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down', 'plus', 'star'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** Line dashes (SVG stroke-dasharray), '' for a solid line. */
export const DASHES = ['', '6 3', '2 3', '9 3 2 3', '1 4', '12 4'] as const;

/**
 * The look of the i-th series. Shape and dash cycle with different periods (8 and 6), so 24 series get distinct
 * pairs; series with the same shape never share a dash until then.
 */
export function seriesStyle(index: number): { shape: MarkerShape; dash: string } {
  return { shape: MARKER_SHAPES[index % MARKER_SHAPES.length]!, dash: DASHES[index % DASHES.length]! };
}

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(points: Array<[number, number]>): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ')} Z`;
}

/** The SVG path of a marker of `shape` centred on (cx, cy), about 2r across. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(cx - r)} ${round(cy)} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'square': {
      const s = r * 0.9;
      return polygon([[cx - s, cy - s], [cx + s, cy - s], [cx + s, cy + s], [cx - s, cy + s]]);
    }
    case 'triangle':
      return polygon([[cx, cy - r * 1.15], [cx + r, cy + r * 0.75], [cx - r, cy + r * 0.75]]);
    case 'triangle-down':
      return polygon([[cx, cy + r * 1.15], [cx + r, cy - r * 0.75], [cx - r, cy - r * 0.75]]);
    case 'diamond':
      return polygon([[cx, cy - r * 1.2], [cx + r, cy], [cx, cy + r * 1.2], [cx - r, cy]]);
    case 'cross':
    case 'plus': {
      // A thick X or +: a 12-point outline, so it fills like the other shapes instead of being a thin stroke.
      const t = r * 0.35;
      const arm: Array<[number, number]> = [
        [-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t],
      ];
      const angle = shape === 'cross' ? Math.PI / 4 : 0;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      return polygon(arm.map(([x, y]) => [cx + x * cos - y * sin, cy + x * sin + y * cos]));
    }
    case 'star': {
      const points: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.2 : r * 0.5;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
      }
      return polygon(points);
    }
  }
}

/** Maps domain [d0, d1] linearly onto range [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Round tick values from 0 (or below min) past max, at most about `count` of them: steps of 1, 2, 2.5 or 5 × 10^k. */
export function niceTicks(min: number, max: number, count: number): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(max, lo + 1);
  const raw = (hi - lo) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v < hi + step; v += step) {
    ticks.push(round(v));
    if (v >= hi) break;
  }
  return ticks;
}

const DAY_MS = 86_400_000;

/** Day numbers of the first days of the months between day0 and day1, thinned to at most `count`. */
export function monthTicks(day0: number, day1: number, count: number): number[] {
  const start = new Date(day0 * DAY_MS);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  const days: number[] = [];
  for (;;) {
    const day = Date.UTC(year, month, 1) / DAY_MS;
    if (day > day1) break;
    days.push(day);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  const every = Math.max(1, Math.ceil(days.length / Math.max(1, count)));
  return days.filter((_, i) => i % every === 0);
}

/**
 * Moves label positions apart so that no two are closer than `gap`, each group of crowded labels centred on the
 * mean of their wishes, all within [lo, hi] when there is room; the labels keep their vertical order. Returns
 * positions in the input order.
 */
export function spreadLabels(wishes: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wishes.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  type Cluster = { start: number; size: number; sum: number };
  const place = (c: Cluster): Cluster => {
    const centred = c.sum / c.size - ((c.size - 1) * gap) / 2;
    // Past the band's top only when the band cannot hold them all: overlapping labels would be worse.
    return { ...c, start: Math.max(lo, Math.min(centred, hi - (c.size - 1) * gap)) };
  };
  const clusters: Cluster[] = [];
  for (const { y } of order) {
    let cluster = place({ start: y, size: 1, sum: y });
    // Merge with the cluster above while they overlap; the merged one may then overlap the next one up.
    while (clusters.length && clusters[clusters.length - 1]!.start + clusters[clusters.length - 1]!.size * gap > cluster.start) {
      const above = clusters.pop()!;
      cluster = place({ start: 0, size: above.size + cluster.size, sum: above.sum + cluster.sum });
    }
    clusters.push(cluster);
  }
  const ys = clusters.flatMap((c) => Array.from({ length: c.size }, (_, k) => c.start + k * gap));
  const result = new Array<number>(wishes.length);
  order.forEach((o, k) => (result[o.i] = round(ys[k]!)));
  return result;
}

export interface ChartSize {
  width: number;
  height: number;
  /** Room on the right for the series labels. */
  labelWidth: number;
}

export interface MarkerLayout {
  claimId: string;
  x: number;
  y: number;
  /** The interval of a range claim (min..max), drawn as a vertical bar; null for a single figure. */
  whisker: { y1: number; y2: number } | null;
}

export interface SeriesLayout {
  actor: string;
  shape: MarkerShape;
  dash: string;
  /** The line through the points; '' for a single point. */
  path: string;
  markers: MarkerLayout[];
  /** Where the direct label goes (text anchored at its start, vertically centred). */
  label: { x: number; y: number };
  /** Where the label's line from the last point ends, when the label had to move. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface TimelineLayout {
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Array<{ x: number; day: number }>;
  yTicks: Array<{ y: number; value: number }>;
  series: SeriesLayout[];
  /** The page's figure: a point when the page says when, otherwise a horizontal line at its value. */
  mark: { type: 'point'; x: number; y: number } | { type: 'line'; y: number; x1: number; x2: number } | null;
  /** The page figure's label, in the label column with the series' labels. */
  markLabel: { x: number; y: number } | null;
}

const MARGIN = { top: 10, bottom: 22, left: 44 };
export const MARKER_RADIUS = 4.5;
const LABEL_GAP = 13;

/** Where everything of the chart goes, in SVG user units. Pure: the component only draws it. */
export function layoutTimeline(data: TimelineData, size: ChartSize): TimelineLayout {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: size.width - size.labelWidth, bottom: size.height - MARGIN.bottom };
  const points = data.series.flatMap((s) => s.points);
  const days = points.map((p) => p.day);
  if (data.mark?.day != null) days.push(data.mark.day);
  let d0 = days.length ? Math.min(...days) : 0;
  let d1 = days.length ? Math.max(...days) : 0;
  // Some room either side so that the first and last markers are not cut by the plot's edge.
  const pad = Math.max(10, (d1 - d0) * 0.05);
  d0 -= pad;
  d1 += pad;
  const values = points.flatMap((p) => [p.value, p.max ?? p.value]);
  if (data.mark) values.push(data.mark.value);
  const yTickValues = niceTicks(Math.min(0, ...values), Math.max(1, ...values), 4);
  const x = linearScale([d0, d1], [plot.left, plot.right]);
  const y = linearScale([yTickValues[0]!, yTickValues[yTickValues.length - 1]!], [plot.bottom, plot.top]);

  const series = data.series.map((s, index) => {
    const markers = s.points.map((p) => ({
      claimId: p.claimId,
      x: round(x(p.day)),
      y: round(y(p.value)),
      // Only stated ranges: "up to 3 000" would draw a bar down to 0 that nobody claimed.
      whisker: p.qualifier === 'range' && p.max !== null && p.max !== p.min ? { y1: round(y(p.min)), y2: round(y(p.max)) } : null,
    }));
    const path = markers.length > 1 ? markers.map((m, i) => `${i === 0 ? 'M' : 'L'}${m.x} ${m.y}`).join(' ') : '';
    return { actor: s.actor, ...seriesStyle(index), path, markers };
  });
  let mark: TimelineLayout['mark'] = null;
  if (data.mark) {
    mark = data.mark.day === null
      ? { type: 'line', y: round(y(data.mark.value)), x1: plot.left, x2: plot.right }
      : { type: 'point', x: round(x(data.mark.day)), y: round(y(data.mark.value)) };
  }
  // The page's label goes last, in the same column, so the spreading keeps it clear of the series' labels.
  const wishes = [...series.map((s) => s.markers[s.markers.length - 1]!.y), ...(mark ? [mark.y] : [])];
  const labelYs = spreadLabels(wishes, LABEL_GAP, plot.top, plot.bottom);
  const labelX = plot.right + 8;

  return {
    plot,
    xTicks: monthTicks(d0, d1, Math.max(2, Math.floor((plot.right - plot.left) / 60))).map((day) => ({ day, x: round(x(day)) })),
    yTicks: yTickValues.map((value) => ({ value, y: round(y(value)) })),
    series: series.map((s, i) => {
      const last = s.markers[s.markers.length - 1]!;
      const labelY = labelYs[i]!;
      const moved = Math.abs(labelY - last.y) > 1;
      return {
        ...s,
        label: { x: labelX + 14, y: labelY },
        leader: moved || last.x < plot.right - 12 ? { x1: last.x + MARKER_RADIUS, y1: last.y, x2: labelX, y2: labelY } : null,
      };
    }),
    mark,
    markLabel: mark ? { x: labelX + 14, y: labelYs[series.length]! } : null,
  };
}
