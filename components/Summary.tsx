import { i18n } from '#i18n';
import type { Verdict } from '@/lib/match/match-result';

export type VerdictCounts = Record<Verdict, number> & { total: number };

export function countVerdicts(results: ReadonlyArray<{ verdict: Verdict }>): VerdictCounts {
  const counts: VerdictCounts = { total: results.length, corroborated: 0, conflicting: 0, mixed: 0, unverified: 0 };
  for (const r of results) counts[r.verdict] += 1;
  return counts;
}

/**
 * "5 figures: 2 corroborated, 1 conflicting, 2 unverified". Mixed verdicts are rare: that part only appears when
 * there is one.
 */
export function Summary({ counts }: { counts: VerdictCounts }) {
  const parts = [
    i18n.t('popup.summary.corroborated', counts.corroborated),
    i18n.t('popup.summary.conflicting', counts.conflicting),
    ...(counts.mixed ? [i18n.t('popup.summary.mixed', counts.mixed)] : []),
    i18n.t('popup.summary.unverified', counts.unverified),
  ];
  return (
    <p class="summary" data-testid="summary">
      {i18n.t('popup.summary.line', [i18n.t('popup.summary.total', counts.total), parts.join(', ')])}
    </p>
  );
}
