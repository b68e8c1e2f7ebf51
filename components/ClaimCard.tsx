import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { IsoDate } from '@/lib/claims/vocabulary';
import type { FoundClaim } from '@/lib/detect/found-claim';
import type { UiLang } from '@/lib/i18n/format';
import { explain, formatDate } from '@/lib/match/explain';
import type { MatchResult } from '@/lib/match/match-result';
import { SourceList } from './SourceList';
import { VerdictChip } from './VerdictChip';

export interface ClaimCardProps {
  claim: FoundClaim;
  result: MatchResult;
  /** The publication date of the figure's page: its "when" if its own words give no date. */
  published?: IsoDate | null;
  lang: UiLang;
  onClose(): void;
  /** Move focus into the card once shown (opened from the keyboard or the popup). */
  autoFocus?: boolean;
}

const FOCUSABLE = 'a[href], button, [tabindex]:not([tabindex="-1"])';

/** "by 2024-12" → "by December 2024": ISO dates inside a period, in the interface language. */
const formatPeriod = (period: string, lang: UiLang) => period.replace(/\d{4}-\d{2}(?:-\d{2})?/g, (d) => formatDate(d, lang));

/**
 * A figure's "when": its own date, else its page's publication date worded as the page's ("page of 22 Oct 2024"),
 * so that the reader does not take it for the date of the figure; null when neither is known.
 */
export function figureDate(date: IsoDate | null, published: IsoDate | null | undefined, lang: UiLang): string | null {
  if (date) return formatDate(date, lang);
  return published ? i18n.t('common.pageOf', [formatDate(published, lang)]) : null;
}

/** Text around the figure kept in the card's excerpt of its sentence, on each side. */
const CONTEXT_CHARS = 140;

/** The sentence split around the figure, shortened to CONTEXT_CHARS on each side; null when it is not found. */
export function excerpt(sentence: string, figure: string): [string, string, string] | null {
  const at = sentence.indexOf(figure);
  if (at < 0) return null;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + figure.length);
  return [
    before.length > CONTEXT_CHARS ? `…${before.slice(-CONTEXT_CHARS).replace(/^\S*\s/, '')}` : before,
    figure,
    after.length > CONTEXT_CHARS ? `${after.slice(0, CONTEXT_CHARS).replace(/\s\S*$/, '')}…` : after,
  ];
}

/**
 * What Recoupe knows about one figure of the page: the figure as written, what it counts, who the page credits
 * and when, the verdict and why, then the sources that corroborate it and those that conflict with it. Page text
 * is rendered as text nodes only. A dialog: Tab cycles inside it, Escape closes it.
 */
export function ClaimCard({ claim, result, published = null, lang, onClose, autoFocus = false }: ClaimCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) dialog.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  const credited = result.reason.params.credited;
  const actor = claim.actor === null ? null : credited?.id === claim.actor ? credited.name[lang] : claim.actor;
  const when = [figureDate(claim.date, published, lang), claim.period && formatPeriod(claim.period, lang)].filter(Boolean).join(', ');
  const counts = [i18n.t(`card.kind.${claim.kind}`), claim.scope === 'total' ? '' : i18n.t(`card.scope.${claim.scope}`)]
    .filter(Boolean)
    .join(', ');

  const quoted = excerpt(claim.sentence, claim.text);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialog.current.getRootNode() as Document | ShadowRoot).activeElement;
    if (!first || !last) return event.preventDefault();
    if (event.shiftKey && (active === first || active === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div ref={dialog} class="rc-card" role="dialog" aria-label={i18n.t('card.label', [claim.text])} tabIndex={-1} onKeyDown={onKeyDown}>
      <div class="rc-card__head">
        <p class="rc-card__figure">{claim.text}</p>
        <button type="button" class="rc-card__close" aria-label={i18n.t('card.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {quoted ? (
        <p class="rc-card__sentence">
          {quoted[0]}
          <strong>{quoted[1]}</strong>
          {quoted[2]}
        </p>
      ) : null}
      <dl class="rc-card__facts">
        <dt>{i18n.t('card.counts')}</dt>
        <dd>{counts}</dd>
        <dt>{i18n.t('card.credited')}</dt>
        <dd>
          {actor ?? i18n.t('card.nobody')}
          {when ? ` · ${when}` : ''}
        </dd>
      </dl>
      <p class="rc-card__verdict">
        <VerdictChip verdict={result.verdict} /> <span class="rc-card__reason">{explain(result, lang)}</span>
      </p>
      {result.corroborating.length > 0 ? (
        <section class="rc-card__section" data-list="corroborating">
          <h2>{i18n.t('card.corroborating')}</h2>
          <SourceList claims={result.corroborating} lang={lang} />
        </section>
      ) : null}
      {result.conflicting.length > 0 ? (
        <section class="rc-card__section" data-list="conflicting">
          <h2>{i18n.t('card.conflicting')}</h2>
          <SourceList claims={result.conflicting} lang={lang} />
        </section>
      ) : null}
      {result.corroborating.length + result.conflicting.length === 0 ? <p class="rc-card__none">{i18n.t('card.noSources')}</p> : null}
    </div>
  );
}
