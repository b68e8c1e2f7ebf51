import { i18n } from '#i18n';
import type { Verdict } from '@/lib/match/match-result';

/**
 * The verdict as a small label, with a sample of the line the page's highlight uses for it (solid, wavy, double,
 * dotted), so the chip and the highlight can be matched without relying on colour. Styles: components/card.css.
 */
export function VerdictChip({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`rc-chip rc-chip--${verdict}`} data-verdict={verdict}>
      <span class="rc-chip__line" aria-hidden="true" />
      {i18n.t(`verdict.${verdict}`)}
    </span>
  );
}
