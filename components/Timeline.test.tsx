// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/database/schema';
import { buildTimeline } from '@/lib/timeline/series';
import { useLocale } from './i18n-fixture';
import { Timeline } from './Timeline';

afterEach(cleanup);

function claim(id: string, actor: string, date: string, value: number, max = value): Claim {
  return {
    id,
    actor,
    stance: 'figure',
    kind: 'troops',
    scope: 'total',
    quantity: { value, min: value, max, qualifier: max === value ? 'exact' : 'range' },
    date,
    summary: 'North Korean troops in Russia',
    appearances: [{ source: 'src' }],
  };
}

const claims = [
  claim('nis-1500', 'nis', '2024-10-18', 1500),
  claim('nis-3000', 'nis', '2024-10-23', 3000),
  claim('nis-12000', 'nis', '2024-12-19', 10000, 12000),
  claim('pentagon-10000', 'pentagon', '2024-10-28', 10000),
  claim('gur-11000', 'gur', '2024-11', 11000),
];
const names: Record<string, string> = { nis: 'NIS', pentagon: 'Pentagone', gur: 'GUR' };
const subject = { kind: 'troops', scope: 'total', value: 3000, min: 3000, date: '2024-10-25' } as const;

function renderTimeline(lang: 'fr' | 'en', data = buildTimeline(subject, claims)) {
  return render(<Timeline data={data} lang={lang} actorName={(id) => names[id] ?? id} what="soldats nord-coréens" figure="3 000 soldats" credited="nis" />);
}

describe('Timeline', () => {
  it('draws one marker per estimate and one labelled series per actor, told apart by shape and dash', async () => {
    await useLocale('fr');
    const { container } = renderTimeline('fr');
    expect(container.querySelectorAll('.timeline-marker')).toHaveLength(5);
    const series = [...container.querySelectorAll('g.series')];
    expect(series.map((g) => g.getAttribute('data-actor'))).toEqual(['nis', 'pentagon', 'gur']);
    expect(series.map((g) => g.querySelector('.timeline-label')!.textContent)).toEqual(['NIS', 'Pentagone', 'GUR']);
    // The marker shapes differ between series (same outline within one).
    const shapes = series.map((g) => {
      const d = g.querySelector('.timeline-marker')!.getAttribute('d')!;
      return d.replace(/-?\d+(\.\d+)?/g, '#');
    });
    expect(new Set(shapes).size).toBe(3);
    // Only the NIS has a line (three points); its dash is the first (solid).
    expect(container.querySelectorAll('.series-line')).toHaveLength(1);
    // The 10 000–12 000 range has its bar.
    expect(container.querySelectorAll('.whisker')).toHaveLength(1);
    expect(container.querySelector('.timeline__more')).toBeNull();
  });

  it('draws at most six series, the credited actor’s first, and leaves the others to the table', async () => {
    await useLocale('en');
    const many = [...claims, ...['a', 'b', 'c', 'd', 'e'].map((actor, i) => claim(`${actor}-1`, actor, `2025-0${i + 1}-01`, 5000))];
    const { container } = render(
      <Timeline data={buildTimeline(subject, many)} lang="en" actorName={(id) => names[id] ?? id} what="troops" figure="3,000" credited="gur" />,
    );
    const drawn = [...container.querySelectorAll('g.series')].map((g) => g.getAttribute('data-actor'));
    expect(drawn).toHaveLength(6);
    expect(drawn).toContain('gur');
    expect(drawn).toContain('nis');
    expect(container.querySelector('.timeline__more')!.textContent).toBe('2 more actors are in the table only.');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(many.length + 1);
    expect(container.querySelector('desc')!.textContent).toContain('2 more actors are in the table only.');
  });

  it('marks the page figure and names the chart for assistive technology', async () => {
    await useLocale('fr');
    const { container, getByRole } = renderTimeline('fr');
    // The ring on the chart and its sample next to the label.
    expect(container.querySelectorAll('[data-testid="page-mark"] circle.page-mark')).toHaveLength(2);
    expect(container.querySelector('.page-mark-label')!.textContent).toBe('cette page');
    const svg = getByRole('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(container.querySelector(`[id="${titleId}"]`)!.textContent).toBe('soldats nord-coréens\u00a0: les estimations dans le temps');
    expect(container.querySelector(`[id="${descId}"]`)!.textContent).toBe(
      '5 estimations dans la base, de NIS, Pentagone, GUR\u00a0; cette page indique 3 000 soldats. Le chiffre de cette page est marqué d’un anneau à sa date.',
    );
  });

  it('gives the same figures as a table, in date order, with the page last', async () => {
    await useLocale('en');
    const { container } = renderTimeline('en');
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['18 Oct 2024', 'NIS', '1,500'],
      ['23 Oct 2024', 'NIS', '3,000'],
      ['28 Oct 2024', 'Pentagone', '10,000'],
      ['November 2024', 'GUR', '11,000'],
      ['19 Dec 2024', 'NIS', '10,000 to 12,000'],
      ['25 Oct 2024', 'this page', '3 000 soldats'],
    ]);
    expect(container.querySelector('caption')!.textContent).toBe('Estimates of soldats nord-coréens');
  });

  it('draws an undated page figure as a line across the chart', async () => {
    await useLocale('en');
    const { container } = renderTimeline('en', buildTimeline({ ...subject, date: null }, claims));
    expect(container.querySelectorAll('line.page-mark-line')).toHaveLength(2);
    expect(container.querySelectorAll('circle.page-mark')).toHaveLength(0);
    expect(container.querySelector('desc')!.textContent).toContain('no date');
  });

  it('marks a figure without a date of its own at its page\'s publication date, and says it is the page\'s', async () => {
    await useLocale('en');
    const { container } = renderTimeline('en', buildTimeline({ ...subject, date: null }, claims, '2024-10-22'));
    expect(container.querySelectorAll('circle.page-mark')).toHaveLength(2);
    expect(container.querySelectorAll('line.page-mark-line')).toHaveLength(0);
    expect(container.querySelector('desc')!.textContent).toContain("at the page's publication date");
    expect(container.querySelector('tr.this-page time')!.getAttribute('datetime')).toBe('2024-10-22');
  });

  it('says so when the database has nothing to compare with', async () => {
    await useLocale('en');
    const { container, getByTestId } = renderTimeline('en', buildTimeline({ ...subject, kind: 'materiel', scope: 'shells' }, claims));
    expect(container.querySelector('svg')).toBeNull();
    expect(getByTestId('timeline').textContent).toContain('The database has no figure for the same thing');
  });
});
