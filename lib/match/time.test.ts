import { describe, expect, it } from 'vitest';
import { COMPARABLE_DAYS, couldReport, gapDays, later, sameMoment, spanOf } from './time';

const span = (d: string) => spanOf(d) ?? expect.fail(`bad date ${d}`);

describe('spanOf', () => {
  it.each([
    ['2024-10-23', 1, 1],
    ['2024-10', 31, 1],
    ['2025-02', 28, 1],
    ['2024-10-23T09:30:00Z', 1, 1],
  ])('%s covers %i day(s)', (d, days) => {
    const s = span(d);
    expect(s.end - s.start + 1).toBe(days);
  });
  it('covers date..until', () => {
    const s = spanOf('2024-10-17', '2024-10-18');
    expect(s && s.end - s.start).toBe(1);
  });
  it.each(['', 'yesterday', '2024-13-01', '2024-02-30', null, undefined])('rejects %s', (d) => expect(spanOf(d)).toBeNull());
});

describe('comparable time', () => {
  it.each([
    ['NIS 23 Oct vs a page of 24 Oct', '2024-10-23', '2024-10-24', true, true],
    ['NIS 18 Oct vs a page of 23 Oct (the same fast-moving week)', '2024-10-18', '2024-10-23', true, true],
    ['NIS 23 Oct vs a page of 20 Nov', '2024-10-23', '2024-11-20', true, false],
    ['a claim of 23 Oct vs a page of 10 Oct (not yet said)', '2024-10-23', '2024-10-10', false, false],
    ['a claim of 23 Oct vs a page of 21 Oct (event dates are approximate)', '2024-10-23', '2024-10-21', true, true],
    ['a claim dated "Feb 2025" vs a page of 10 Mar 2025', '2025-02', '2025-03-10', true, true],
  ])('%s', (_label, claim, page, reported, now) => {
    expect(couldReport(span(claim), span(page))).toBe(reported);
    expect(sameMoment(span(claim), span(page))).toBe(now);
  });
  it('compares an undated page with every date', () => {
    expect(sameMoment(span('2024-10-23'), null)).toBe(true);
    expect(couldReport(span('2026-02-13'), null)).toBe(true);
  });
  it('measures gaps in days, 0 for overlapping spans', () => {
    expect(gapDays(span('2024-10-18'), span('2024-10-28'))).toBe(COMPARABLE_DAYS);
    expect(gapDays(span('2024-10'), span('2024-10-23'))).toBe(0);
  });
});

describe('reporting horizon', () => {
  it.each([
    ['an event of 13 Oct told on 24 Oct: the claim of 18 Oct about it', '2024-10-18', '2024-10-13', '2024-10-24', true],
    ['the same event with no later publication: the claim had not been made', '2024-10-18', '2024-10-13', null, false],
    ['a claim made after the publication is still out of reach', '2024-11-20', '2024-10-13', '2024-10-24', false],
    ['a claim far from the event is another moment, whatever the horizon', '2024-12-01', '2024-10-13', '2025-01-01', false],
  ])('%s', (_label, claim, moment, published, now) => {
    const horizon = later(span(moment), published ? span(published) : null);
    expect(sameMoment(span(claim), span(moment), horizon)).toBe(now);
  });
  it('takes the later of two spans, either when the other is missing', () => {
    expect(later(span('2024-10-13'), span('2024-10-24'))).toEqual(span('2024-10-24'));
    expect(later(span('2024-10'), span('2024-10-24'))).toEqual(span('2024-10'));
    expect(later(null, span('2024-10-24'))).toEqual(span('2024-10-24'));
    expect(later(null, null)).toBeNull();
  });
});
