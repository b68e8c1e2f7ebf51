import { i18n } from '#i18n';
import { useId } from 'preact/hooks';
import { formatMonth, formatNumber, type UiLang } from '@/lib/i18n/format';
import { formatDate, formatQuantity } from '@/lib/match/explain';
import { layoutTimeline, MARKER_RADIUS, markerPath } from '@/lib/timeline/geometry';
import { dayToUtc, limitSeries, pointCount, type TimelineData } from '@/lib/timeline/series';
import { shorten } from './labels';

export interface TimelineProps {
  data: TimelineData;
  lang: UiLang;
  actorName(id: string): string;
  /** What the figures count, e.g. "troops, Kursk region". */
  what: string;
  /** The page's figure as written, e.g. "près de 11 000 soldats". */
  figure: string;
  /** The actor the page credits: its series is always drawn. */
  credited: string | null;
}

const SIZE = { width: 360, height: 190, labelWidth: 100 };
const LABEL_CHARS = 15;
/** More series than this and the chart stops being readable in a popup: the rest are in the table only. */
export const MAX_SERIES = 6;

const MARK_DESCRIPTION = { figure: 'timeline.descDated', page: 'timeline.descPageDated', none: 'timeline.descUndated' } as const;

const yearOf = (day: number) => new Date(dayToUtc(day)).getUTCFullYear();

/**
 * The database's estimates of the same thing over time: one series per actor, told apart by marker shape, line
 * dash and a label at its end (colour only adds to these); the page's figure as a ring at its date or, lacking one,
 * its page's publication date (a dashed line when neither is known). The SVG is one image for assistive technology, named by its title and description; the
 * figures themselves are in a table below it.
 */
export function Timeline({ data: all, lang, actorName, what, figure, credited }: TimelineProps) {
  const id = useId();
  const count = pointCount(all);
  const heading = <h2>{i18n.t('timeline.heading', [what])}</h2>;
  if (count === 0) {
    return (
      <section class="timeline" data-testid="timeline">
        {heading}
        <p class="timeline__empty">{i18n.t('timeline.empty')}</p>
      </section>
    );
  }

  const { data, hidden } = limitSeries(all, MAX_SERIES, credited);
  const layout = layoutTimeline(data, SIZE);
  const names = data.series.map((s) => actorName(s.actor));
  const more = hidden.length ? i18n.t('timeline.more', hidden.length) : '';
  const description = [
    i18n.t('timeline.desc', count, [count, figure, all.series.map((s) => actorName(s.actor)).join(', ')]),
    data.mark ? i18n.t(MARK_DESCRIPTION[data.mark.dated ?? 'none']) : '',
    more,
  ]
    .filter(Boolean)
    .join(' ');
  const rows = all.series
    .flatMap((s) => s.points.map((p) => ({ ...p, who: actorName(s.actor) })))
    .sort((a, b) => a.day - b.day || a.who.localeCompare(b.who));
  const { plot } = layout;

  return (
    <section class="timeline" data-testid="timeline">
      {heading}
      <figure>
        <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{i18n.t('timeline.title', [what])}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {layout.yTicks.map((t) => (
            <g key={`y${t.value}`}>
              <line class="grid" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
              <text x={plot.left - 4} y={t.y} text-anchor="end" dominant-baseline="middle">
                {formatNumber(t.value, lang, { compact: true })}
              </text>
            </g>
          ))}
          <line class="axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {layout.xTicks.map((t, i, ticks) => (
            <g key={`x${t.day}`}>
              <line class="axis" x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 3} />
              <text x={t.x} y={plot.bottom + 13} text-anchor="middle">
                {formatMonth(dayToUtc(t.day), lang, i === 0 || yearOf(t.day) !== yearOf(ticks[i - 1]!.day))}
              </text>
            </g>
          ))}
          {layout.series.map((s, i) => (
            <g key={s.actor} class="series" data-actor={s.actor} style={{ color: `var(--series-${i % 8})` }}>
              {s.path && <path class="series-line" d={s.path} stroke="currentColor" stroke-dasharray={s.dash || undefined} />}
              {s.markers.map((m) =>
                m.whisker ? <line key={`w${m.claimId}`} class="whisker" x1={m.x} x2={m.x} y1={m.whisker.y1} y2={m.whisker.y2} stroke="currentColor" /> : null,
              )}
              {s.markers.map((m) => (
                <path key={m.claimId} class="timeline-marker" data-claim={m.claimId} d={markerPath(s.shape, m.x, m.y, MARKER_RADIUS)} fill="currentColor" />
              ))}
              {s.leader && <line class="leader" x1={s.leader.x1} y1={s.leader.y1} x2={s.leader.x2} y2={s.leader.y2} />}
              <path d={markerPath(s.shape, s.label.x - 8, s.label.y, 3.5)} fill="currentColor" />
              <text class="timeline-label" x={s.label.x} y={s.label.y} dominant-baseline="middle">
                {shorten(names[i]!, LABEL_CHARS)}
              </text>
            </g>
          ))}
          {layout.mark && layout.markLabel && (
            <g class="timeline-page" data-testid="page-mark">
              {layout.mark.type === 'point' ? (
                <circle class="page-mark" cx={layout.mark.x} cy={layout.mark.y} r={MARKER_RADIUS + 4} />
              ) : (
                <line class="page-mark-line" x1={layout.mark.x1} x2={layout.mark.x2} y1={layout.mark.y} y2={layout.mark.y} />
              )}
              {layout.mark.type === 'point' ? (
                <circle class="page-mark" cx={layout.markLabel.x - 8} cy={layout.markLabel.y} r={4} />
              ) : (
                <line class="page-mark-line" x1={layout.markLabel.x - 13} x2={layout.markLabel.x - 3} y1={layout.markLabel.y} y2={layout.markLabel.y} />
              )}
              <text class="page-mark-label" x={layout.markLabel.x} y={layout.markLabel.y} dominant-baseline="middle">
                {i18n.t('timeline.thisPage')}
              </text>
            </g>
          )}
        </svg>
      </figure>
      {more && <p class="timeline__more">{more}</p>}
      <details>
        <summary>{i18n.t('timeline.table.show')}</summary>
        <table>
          <caption>{i18n.t('timeline.table.caption', [what])}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('timeline.table.date')}</th>
              <th scope="col">{i18n.t('timeline.table.who')}</th>
              <th scope="col">{i18n.t('timeline.table.figure')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.claimId}>
                <td>
                  <time dateTime={r.date}>{formatDate(r.date, lang)}</time>
                </td>
                <td>{r.who}</td>
                <td class="number">{formatQuantity(r, lang)}</td>
              </tr>
            ))}
            {data.mark && (
              <tr class="this-page">
                <td>{data.mark.date ? <time dateTime={data.mark.date}>{formatDate(data.mark.date, lang)}</time> : i18n.t('common.undated')}</td>
                <td>{i18n.t('timeline.thisPage')}</td>
                <td class="number">{figure}</td>
              </tr>
            )}
          </tbody>
        </table>
      </details>
    </section>
  );
}
