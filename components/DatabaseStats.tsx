import { i18n } from '#i18n';
import type { Kind } from '@/lib/claims/vocabulary';
import { formatNumber, type UiLang } from '@/lib/i18n/format';
import type { StoreStats } from '@/lib/store/claim-store';

/** Counts, biggest first; ties in name order so the table does not reshuffle between visits. */
const sortedCounts = (counts: Record<string, number>, label: (key: string) => string) =>
  Object.entries(counts)
    .map(([key, n]) => ({ key, n, label: label(key) }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));

/** The claim database at a glance: its version, how many claims, sources and actors, claims by kind and actor. */
export function DatabaseStats({ stats, lang, actorName }: { stats: StoreStats; lang: UiLang; actorName(id: string): string }) {
  const n = (x: number) => formatNumber(x, lang);
  const total = stats.claims.bundled + stats.claims.user;
  const kinds = sortedCounts(stats.byKind, (kind) => i18n.t(`card.kind.${kind as Kind}`));
  const actors = sortedCounts(stats.byActor, actorName);
  return (
    <div class="db-stats" data-testid="db-stats">
      <dl class="facts">
        <dt>{i18n.t('options.database.version')}</dt>
        <dd data-testid="db-version">{stats.version ?? '—'}</dd>
        <dt>{i18n.t('options.database.claims')}</dt>
        <dd data-testid="db-claims" data-total={total} data-user={stats.claims.user}>
          {i18n.t('options.database.claimsDetail', [n(total), n(stats.claims.bundled), n(stats.claims.user)])}
        </dd>
        <dt>{i18n.t('options.database.sources')}</dt>
        <dd data-testid="db-sources">{n(stats.sources)}</dd>
        <dt>{i18n.t('options.database.actors')}</dt>
        <dd>{n(stats.actors)}</dd>
      </dl>
      <div class="db-stats__tables">
        <table class="stats">
          <caption>{i18n.t('options.database.byKind')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.database.kind')}</th>
              <th scope="col">{i18n.t('options.database.count')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.key}>
                <th scope="row">{k.label}</th>
                <td class="number">{n(k.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table class="stats">
          <caption>{i18n.t('options.database.byActor')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.database.actor')}</th>
              <th scope="col">{i18n.t('options.database.count')}</th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.label}</th>
                <td class="number">{n(a.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
