import { i18n } from '#i18n';
import type { MatchedClaim } from '@/lib/match/match-result';
import type { UiLang } from '@/lib/i18n/format';
import { formatDate, formatQuantity } from '@/lib/match/explain';

/** Only web addresses become links; seed files and anything else are shown as text. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/**
 * Database claims as a list: who said it and when, the figure, where it appeared (a link when it has a web
 * address) and the quote when known. Every string is rendered as text, never as HTML. Styles: components/card.css.
 */
export function SourceList({ claims, lang }: { claims: readonly MatchedClaim[]; lang: UiLang }) {
  return (
    <ul class="rc-sources">
      {claims.map((c) => (
        <li key={c.id} class="rc-source">
          <p class="rc-source__head">
            <strong>{c.actor.name[lang]}</strong>
            {' · '}
            <time dateTime={c.date}>{formatDate(c.date, lang)}</time>
            {' · '}
            <span class="rc-source__figure">{formatQuantity(c.quantity, lang)}</span>
          </p>
          <p class="rc-source__where">
            {isWebAddress(c.source.url) ? (
              <a class="rc-source__outlet" href={c.source.url} target="_blank" rel="noopener noreferrer">
                {c.source.outlet}
              </a>
            ) : (
              <span class="rc-source__outlet">{c.source.outlet}</span>
            )}
            {c.source.published ? ` (${formatDate(c.source.published, lang)})` : ''}
          </p>
          {c.quote ? (
            <blockquote class="rc-source__quote" aria-label={i18n.t('card.quote')}>
              {c.quote}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
