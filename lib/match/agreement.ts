import type { Quantity } from '../claims/vocabulary';

/**
 * Whether two stated quantities can be the same figure. 'weak' = consistent, but one side is vague ("several
 * thousand"), so it supports without confirming; a vague figure never contradicts strongly enough to be a conflict
 * on its own (the caller decides that).
 */
export type Agreement = 'agree' | 'weak' | 'disagree';

/** "environ", "près de", "about", "nearly": the figure is within 10% of the stated value, either way. */
export const APPROX_TOLERANCE = 0.1;
/** Two exact figures agree only when equal up to rounding (1 100 vs 1 100, not 1 100 vs 1 200). */
export const EXACT_TOLERANCE = 0.005;
/**
 * How far an open bound reaches: nobody writes "more than 3 000" for 11 000 or "up to 10 000" for 2 000, so
 * "more than v" is read as [v, 1.5 v] and "up to v" as [0.5 v, v].
 */
export const OPEN_BOUND_REACH = 0.5;

type Shape = 'point' | 'approx' | 'lower' | 'upper' | 'range' | 'vague';

interface Fuzzy {
  shape: Shape;
  /** The stated value (for a range, its lower bound). */
  anchor: number;
  lo: number;
  hi: number;
  /** "more than" / "less than": the bound itself is excluded, which only matters against the opposite bound. */
  strict: boolean;
}

function fuzzy(q: Quantity): Fuzzy {
  const v = q.value;
  if (q.qualifier === 'vague' || v === null || !Number.isFinite(v)) {
    return { shape: 'vague', anchor: q.min, lo: q.min, hi: q.max ?? Infinity, strict: false };
  }
  switch (q.qualifier) {
    case 'exact':
      return { shape: 'point', anchor: v, lo: v, hi: v, strict: false };
    case 'approx':
      return { shape: 'approx', anchor: v, lo: v * (1 - APPROX_TOLERANCE), hi: v * (1 + APPROX_TOLERANCE), strict: false };
    case 'more_than':
    case 'at_least':
      return { shape: 'lower', anchor: v, lo: v, hi: v * (1 + OPEN_BOUND_REACH), strict: q.qualifier === 'more_than' };
    case 'up_to':
    case 'less_than':
      return { shape: 'upper', anchor: v, lo: v * (1 - OPEN_BOUND_REACH), hi: v, strict: q.qualifier === 'less_than' };
    case 'range': {
      const lo = Math.min(q.min, v);
      // A range with no upper end ("11 000 and more") is a lower bound.
      if (q.max === null) return { shape: 'lower', anchor: lo, lo, hi: lo * (1 + OPEN_BOUND_REACH), strict: false };
      return { shape: 'range', anchor: lo, lo, hi: Math.max(q.max, lo), strict: false };
    }
  }
}

const within = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

const overlaps = (a: Fuzzy, b: Fuzzy) =>
  a.lo <= b.hi * (1 + EXACT_TOLERANCE) && b.lo <= a.hi * (1 + EXACT_TOLERANCE);

/**
 * The one definition of "the same figure" for two quantities, symmetric:
 * - vague against anything: 'weak' when the intervals overlap;
 * - exact vs exact: equal up to rounding; approx vs approx, lower bound vs lower bound ("plus de 3 000" vs "at least
 *   3,000"), upper vs upper: stated values within APPROX_TOLERANCE of each other;
 * - a lower bound v vs an upper bound w: agree when v <= w (v < w if either excludes its bound: "more than 30"
 *   contradicts "as many as 30", "at least 30" does not);
 * - everything else: the intervals overlap (exact v = [v, v], approx = v ± 10%, more than / at least v = [v, 1.5 v],
 *   up to / less than v = [0.5 v, v], range = [min, max]); so "more than 3 000" agrees with "3 000" and "about
 *   3 000", and a range agrees with any value inside it.
 */
export function agreement(a: Quantity, b: Quantity): Agreement {
  const x = fuzzy(a);
  const y = fuzzy(b);
  if (x.shape === 'vague' || y.shape === 'vague') return overlaps(x, y) ? 'weak' : 'disagree';
  if (x.shape === y.shape) {
    if (x.shape === 'point') return within(x.anchor, y.anchor, EXACT_TOLERANCE) ? 'agree' : 'disagree';
    if (x.shape !== 'range') return within(x.anchor, y.anchor, APPROX_TOLERANCE) ? 'agree' : 'disagree';
  }
  const lower = x.shape === 'lower' ? x : y.shape === 'lower' ? y : null;
  const upper = x.shape === 'upper' ? x : y.shape === 'upper' ? y : null;
  if (lower && upper) {
    const apart = lower.strict || upper.strict ? lower.anchor >= upper.anchor : lower.anchor > upper.anchor;
    if (apart) return 'disagree';
  }
  return overlaps(x, y) ? 'agree' : 'disagree';
}

/** A quantity's best single value, for sums and display (a range's midpoint, a vague figure's lower end). */
export function pointOf(q: Quantity): number {
  if (q.qualifier === 'range' && q.max !== null) return (Math.min(q.min, q.value ?? q.min) + q.max) / 2;
  return q.value ?? q.min;
}

/** total + part, as a figure an outlet would print when it adds a subtotal to the total that already holds it. */
export function sumOf(total: Quantity, part: Quantity): Quantity {
  const value = pointOf(total) + pointOf(part);
  const qualifier = total.qualifier === 'exact' && part.qualifier === 'exact' ? 'exact' : 'approx';
  return { value, min: value, max: value, qualifier };
}
