import type { IsoDate, Kind, Qualifier, Scope } from '../claims/vocabulary';
import type { Claim } from '../database/schema';

/** One estimate in the database, placed on the timeline. */
export interface TimelinePoint {
  claimId: string;
  date: IsoDate;
  /** Days since 1970-01-01 (UTC); a month alone is placed mid-month. */
  day: number;
  /** The figure to plot: the stated value, or the lower bound when the claim gives none ("more than 3 000"). */
  value: number;
  min: number;
  max: number | null;
  qualifier: Qualifier;
}

/** Every estimate of one actor, oldest first. */
export interface TimelineSeries {
  actor: string;
  points: TimelinePoint[];
}

/**
 * The figure of the page, marked on the chart at the figure's own date or, when its words give none, at the page's
 * publication date (`dated` says which); date and day null, and no `dated`, when neither is known.
 */
export interface PageMark {
  value: number;
  date: IsoDate | null;
  day: number | null;
  dated?: 'figure' | 'page';
}

export interface TimelineData {
  kind: Kind;
  scope: Scope;
  series: TimelineSeries[];
  mark: PageMark | null;
}

/** What the timeline is about: a figure found in the page (FoundClaim has these fields). */
export interface TimelineSubject {
  kind: Kind;
  scope: Scope;
  value: number | null;
  min: number;
  date: IsoDate | null;
}

const DAY_MS = 86_400_000;

/**
 * "2024-10-23" → its day number. A month alone ("2024-10") goes to the 15th: it says "some time that month", and the
 * middle keeps it between the days of that month other sources give.
 */
export function dayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day ?? 15) / DAY_MS;
}

/** The UTC timestamp of a day number, for date formatting. */
export const dayToUtc = (day: number): number => day * DAY_MS;

function toPoint(claim: Claim): TimelinePoint | null {
  if (claim.stance !== 'figure' || !claim.quantity) return null;
  const { value, min, max, qualifier } = claim.quantity;
  return { claimId: claim.id, date: claim.date, day: dayNumber(claim.date), value: value ?? min, min, max, qualifier };
}

/**
 * The database's estimates of the same thing as `subject` (same kind and scope) over time: one series per actor,
 * each sorted by date; series ordered by their first estimate (then actor id, so the order is stable). Claims
 * without a figure (denials, confirmations) have no place on a chart of figures and are left out. The subject's
 * mark is placed at its own date, else at `published`, the date of the page it was found in.
 */
export function buildTimeline(subject: TimelineSubject, claims: readonly Claim[], published: IsoDate | null = null): TimelineData {
  const byActor = new Map<string, TimelinePoint[]>();
  for (const claim of claims) {
    if (claim.kind !== subject.kind || claim.scope !== subject.scope) continue;
    const point = toPoint(claim);
    if (!point) continue;
    byActor.set(claim.actor, [...(byActor.get(claim.actor) ?? []), point]);
  }
  const series = [...byActor].map(([actor, points]) => ({
    actor,
    points: points.sort((a, b) => a.day - b.day || a.value - b.value || a.claimId.localeCompare(b.claimId)),
  }));
  series.sort((a, b) => a.points[0]!.day - b.points[0]!.day || a.actor.localeCompare(b.actor));
  const value = subject.value ?? subject.min;
  const date = subject.date ?? published;
  const mark: PageMark | null = !Number.isFinite(value)
    ? null
    : date === null
      ? { value, date, day: null }
      : { value, date, day: dayNumber(date), dated: subject.date ? 'figure' : 'page' };
  return { kind: subject.kind, scope: subject.scope, series, mark };
}

/**
 * At most `max` series, for a chart that stays readable: the actor the page credits first, then the actors with
 * the most estimates, then the most recent. The shown series keep their order; the others are returned apart
 * (a table can still list them).
 */
export function limitSeries(data: TimelineData, max: number, credited: string | null): { data: TimelineData; hidden: TimelineSeries[] } {
  if (data.series.length <= max) return { data, hidden: [] };
  const last = (s: TimelineSeries) => s.points[s.points.length - 1]!.day;
  const ranked = [...data.series].sort(
    (a, b) =>
      Number(b.actor === credited) - Number(a.actor === credited) ||
      b.points.length - a.points.length ||
      last(b) - last(a) ||
      a.actor.localeCompare(b.actor),
  );
  const shown = new Set(ranked.slice(0, max));
  return { data: { ...data, series: data.series.filter((s) => shown.has(s)) }, hidden: data.series.filter((s) => !shown.has(s)) };
}

/** Number of estimates on the chart (the page's mark not counted). */
export const pointCount = (data: TimelineData): number => data.series.reduce((n, s) => n + s.points.length, 0);
