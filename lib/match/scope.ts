import type { Kind, Scope } from '../claims/vocabulary';

/**
 * How well two figures are about the same thing.
 * strict: the same count (a different figure for it at the same time is a real disagreement);
 * loose: plausibly the same count as worded in a page (e.g. "1 500 soldats envoyés en Russie" for the 1 500 special
 * forces, "11 000 en Russie" for 11 000 training in eastern Russia), good enough to corroborate, never to conflict.
 */
export type Fit = 'strict' | 'loose';

/** Counts of people present in Russia, however a page words them: one family, loosely interchangeable. */
const PRESENCE = new Set<Scope>(['total', 'planned', 'batch', 'kursk', 'training', 'special_forces', 'remaining', 'engineers']);

/**
 * Scope pairs that count the very same people. Troops "in Russia" and "training in eastern Russia" are the same
 * people at this stage of the war (everyone sent was training there). For losses, "in Kursk" is all of them: the
 * NK troops fought nowhere else.
 */
const STRICT_PAIRS: Partial<Record<Kind, [Scope, Scope][]>> = {
  troops: [['total', 'training']],
  casualties: [['total', 'kursk']],
  killed: [['total', 'kursk']],
  wounded: [['total', 'kursk']],
};

const LOSSES = new Set<Kind>(['casualties', 'killed', 'wounded']);
const PERIODIC = new Set<Scope>(['total', 'kursk', 'period']);

/** Scopes that are the same count whatever kind the text gives it (three missing soldiers: casualties or other). */
const KIND_NEUTRAL = new Set<Scope>(['missing', 'captured', 'deserted']);

/** The kind under which a figure is indexed and compared: missing/captured/deserted counts compare across kinds. */
export function kindKey(kind: Kind, scope: Scope): Kind {
  return KIND_NEUTRAL.has(scope) ? 'other' : kind;
}

/**
 * Scopes that name no particular group: two unit sizes ("two brigades of 6 000", "40 balloon instructors", "four
 * brigades") are the same count only when the number says so, so they corroborate by the same number and never
 * refute each other.
 */
const UNNAMED = new Set<Scope>(['unit']);

/** Whether two scopes of the same kind count the same thing; null = different things. */
export function scopeFit(kind: Kind, a: Scope, b: Scope): Fit | null {
  if (a === b) return UNNAMED.has(a) ? 'loose' : 'strict';
  if (STRICT_PAIRS[kind]?.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return 'strict';
  if (kind === 'troops' && PRESENCE.has(a) && PRESENCE.has(b)) return 'loose';
  // Losses over a stated period (GUR's 30 over 14-15 Dec) are often all a page says, without the period.
  if (LOSSES.has(kind) && PERIODIC.has(a) && PERIODIC.has(b)) return 'loose';
  return null;
}

/** Same thing: the same kind (killed is not casualties) and compatible scopes. */
export function sameThing(a: { kind: Kind; scope: Scope }, b: { kind: Kind; scope: Scope }): Fit | null {
  const kind = kindKey(a.kind, a.scope);
  if (kind !== kindKey(b.kind, b.scope)) return null;
  return scopeFit(kind, a.scope, b.scope);
}
