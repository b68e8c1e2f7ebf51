import { describe, expect, it } from 'vitest';
import type { Claim } from '../database/schema';
import { buildTimeline, dayNumber, limitSeries, pointCount, type TimelineSubject } from './series';

function claim(id: string, actor: string, date: string, value: number | null, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    actor,
    stance: 'figure',
    kind: 'troops',
    scope: 'total',
    quantity: { value, min: value ?? 3000, max: value, qualifier: value === null ? 'vague' : 'exact' },
    date,
    summary: 'North Korean troops in Russia',
    appearances: [{ source: 'src' }],
    ...extra,
  };
}

const claims: Claim[] = [
  claim('nis-12000-dec', 'nis', '2024-12-19', 12000),
  claim('nis-1500-oct', 'nis', '2024-10-18', 1500),
  claim('nis-3000-oct', 'nis', '2024-10-23', 3000),
  claim('gur-11000', 'gur', '2024-11', 11000),
  claim('pentagon-10000', 'pentagon', '2024-10-28', 10000),
  claim('kursk-gur', 'gur', '2024-11-04', 8000, { scope: 'kursk' }),
  claim('casualties', 'zelensky', '2025-01-13', 3000, { kind: 'casualties' }),
  claim('kremlin-denial', 'kremlin', '2024-10-24', null, { stance: 'denied', quantity: undefined }),
  claim('us-vague', 'us', '2024-10-30', null),
];

const subject: TimelineSubject = { kind: 'troops', scope: 'total', value: 11000, min: 11000, date: '2024-11-05' };

describe('buildTimeline', () => {
  const timeline = buildTimeline(subject, claims);

  it('keeps only figures of the same kind and scope, one series per actor, series by first estimate', () => {
    expect(timeline.series.map((s) => [s.actor, s.points.map((p) => p.claimId)])).toEqual([
      ['nis', ['nis-1500-oct', 'nis-3000-oct', 'nis-12000-dec']],
      ['pentagon', ['pentagon-10000']],
      ['us', ['us-vague']],
      ['gur', ['gur-11000']],
    ]);
    expect(pointCount(timeline)).toBe(6);
  });

  it('plots the lower bound of a claim that states no value', () => {
    const vague = timeline.series.find((s) => s.actor === 'us')!.points[0]!;
    expect([vague.value, vague.qualifier]).toEqual([3000, 'vague']);
  });

  it('places a month alone at its middle', () => {
    expect(timeline.series.find((s) => s.actor === 'gur')!.points[0]!.day).toBe(dayNumber('2024-11-15'));
  });

  it('marks the page figure at its own date, else at the page\'s publication date, else without a date', () => {
    expect(timeline.mark).toEqual({ value: 11000, date: '2024-11-05', day: dayNumber('2024-11-05'), dated: 'figure' });
    expect(buildTimeline(subject, claims, '2024-10-22').mark).toEqual({ value: 11000, date: '2024-11-05', day: dayNumber('2024-11-05'), dated: 'figure' });
    expect(buildTimeline({ ...subject, date: null }, claims, '2024-10-22').mark).toEqual({
      value: 11000,
      date: '2024-10-22',
      day: dayNumber('2024-10-22'),
      dated: 'page',
    });
    expect(buildTimeline({ ...subject, date: null }, claims).mark).toStrictEqual({ value: 11000, date: null, day: null });
    expect(buildTimeline({ ...subject, value: null, min: 3000 }, claims).mark?.value).toBe(3000);
  });

  it('gives an empty chart for a thing the database has no figure for', () => {
    const empty = buildTimeline({ ...subject, kind: 'materiel', scope: 'shells' }, claims);
    expect(empty.series).toEqual([]);
    expect(pointCount(empty)).toBe(0);
  });
});

describe('limitSeries', () => {
  const timeline = buildTimeline(subject, claims);
  const actors = (series: { actor: string }[]) => series.map((s) => s.actor);

  it('keeps everything when there are few series', () => {
    expect(limitSeries(timeline, 4, null)).toEqual({ data: timeline, hidden: [] });
  });

  it('keeps the credited actor, then the most estimates, then the most recent, in chart order', () => {
    // nis has 3 estimates; gur (2024-11-15), us (2024-10-30), pentagon (2024-10-28) one each.
    const { data, hidden } = limitSeries(timeline, 2, null);
    expect([actors(data.series), actors(hidden)]).toEqual([['nis', 'gur'], ['pentagon', 'us']]);
    const credited = limitSeries(timeline, 2, 'pentagon');
    expect([actors(credited.data.series), actors(credited.hidden)]).toEqual([['nis', 'pentagon'], ['us', 'gur']]);
    expect(credited.data.mark).toEqual(timeline.mark);
  });
});

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-10-23', 20019],
    ['2024-10', 20011],
  ])('%s → %d', (date, day) => {
    expect(dayNumber(date)).toBe(day);
  });
});
