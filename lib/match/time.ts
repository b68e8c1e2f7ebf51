/** A stretch of days (days since 1970-01-01, inclusive both ends): a day, a month, or a claim's date..until. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Figures at most this many days apart describe the same moment. Deployment estimates moved weekly in Oct-Nov 2024
 * (NIS 1 500 on 18 Oct, 3 000 on 23 Oct; US 3 000 on 23 Oct, 10 000 on 28 Oct), so a wider window would set
 * successive estimates against each other; a narrower one would miss an outlet reporting a briefing a week late.
 */
export const COMPARABLE_DAYS = 10;

/**
 * A page cannot report a figure before it was given, but claim dates are event dates (a briefing leaked the day
 * before, "c." dates, time zones): a claim dated up to this many days after the page still counts as reported by it.
 */
export const LATE_SLACK_DAYS = 3;

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** The span of an ISO date or month (a timestamp's date part is used); null when it is not a date. */
export function spanOf(date: string | null | undefined, until?: string | null): Span | null {
  const from = parse(date);
  if (!from) return null;
  const to = parse(until);
  return to && to.end >= from.start ? { start: from.start, end: to.end } : from;
}

function parse(date: string | null | undefined): Span | null {
  const m = date ? ISO.exec(date) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { start: Date.UTC(year, month - 1, 1) / DAY_MS, end: Date.UTC(year, month, 0) / DAY_MS };
  }
  const day = Number(m[3]);
  const t = Date.UTC(year, month - 1, day);
  if (day < 1 || new Date(t).getUTCMonth() !== month - 1) return null;
  return { start: t / DAY_MS, end: t / DAY_MS };
}

/** Days between two spans, 0 when they overlap. */
export function gapDays(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/**
 * The claim had been made by the page's date, so the page may be reporting it (an undated page: any claim).
 * `page` is the reporting horizon: the later of the page's publication and the figure's own date.
 */
export function couldReport(claim: Span, page: Span | null): boolean {
  return page === null || claim.start <= page.end + LATE_SLACK_DAYS;
}

/**
 * The claim and the page's figure describe the same moment (an undated page: every date). The moment is the
 * figure's date; `horizon` (by default the moment) is how late a claim the page may be reporting: a page of 24 Oct
 * telling what happened between 8 and 13 Oct reports the claim of 18 Oct about it.
 */
export function sameMoment(claim: Span, page: Span | null, horizon: Span | null = page): boolean {
  return page === null || (couldReport(claim, horizon) && gapDays(claim, page) <= COMPARABLE_DAYS);
}

/** Of two spans, the one reaching later (either when the other is null): a reporting horizon. */
export function later(a: Span | null, b: Span | null): Span | null {
  if (a === null || b === null) return a ?? b;
  return b.end > a.end ? b : a;
}
