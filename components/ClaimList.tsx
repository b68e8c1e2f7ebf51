import { i18n } from '#i18n';
import { useId, useState } from 'preact/hooks';
import type { UiLang } from '@/lib/i18n/format';
import { explain } from '@/lib/match/explain';
import type { PageFigure } from '@/lib/page/protocol';
import { whatItCounts } from './labels';
import { figureDate } from './ClaimCard';
import { SourceList } from './SourceList';
import { VerdictChip } from './VerdictChip';

export interface ClaimListProps {
  figures: readonly PageFigure[];
  lang: UiLang;
  /** Index (in page order) of the figure the timeline shows. */
  selected: number | null;
  onSelect(index: number): void;
  /** A display name for an actor id. */
  actorName(id: string): string;
}

/**
 * Every figure of the page, in page order: the figure as written, what it counts, who the page credits and when,
 * the verdict; its sources on demand. Choosing a figure shows it in the page (and its timeline); the sources
 * button is a disclosure, so the two actions stay separate for keyboard and screen reader users.
 */
export function ClaimList({ figures, lang, selected, onSelect, actorName }: ClaimListProps) {
  const hint = useId();
  return (
    <section class="claims">
      <h2 class="claims__heading">{i18n.t('popup.list.heading')}</h2>
      <p id={hint} class="visually-hidden">
        {i18n.t('popup.list.hint')}
      </p>
      <ol class="claims__list">
        {figures.map((figure, index) => (
          <ClaimItem
            key={`${index}:${figure.claim.start}`}
            figure={figure}
            index={index}
            lang={lang}
            selected={selected === index}
            onSelect={onSelect}
            actorName={actorName}
            hint={hint}
          />
        ))}
      </ol>
    </section>
  );
}

interface ClaimItemProps {
  figure: PageFigure;
  index: number;
  lang: UiLang;
  selected: boolean;
  onSelect(index: number): void;
  actorName(id: string): string;
  hint: string;
}

function ClaimItem({ figure: { claim, result, published }, index, lang, selected, onSelect, actorName, hint }: ClaimItemProps) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  const sources = result.corroborating.length + result.conflicting.length;
  const who = claim.actor === null ? i18n.t('common.notAttributed') : actorName(claim.actor);
  const meta = [whatItCounts(claim.kind, claim.scope), who, figureDate(claim.date, published, lang)].filter(Boolean).join(' · ');

  return (
    <li class={`claim${selected ? ' is-selected' : ''}`} data-index={index} data-verdict={result.verdict}>
      <div class="claim__row">
        <button
          type="button"
          class="claim__main"
          aria-current={selected ? 'true' : undefined}
          aria-describedby={hint}
          onClick={() => onSelect(index)}
        >
          <span class="claim__figure">{claim.text}</span>
          <span class="claim__meta">{meta}</span>
        </button>
        <VerdictChip verdict={result.verdict} />
      </div>
      <button type="button" class="claim__toggle link" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        {open ? i18n.t('popup.list.hideSources') : i18n.t('popup.list.sources', sources)}
      </button>
      <div id={panel} class="claim__sources" hidden={!open}>
        {open && (
          <>
            <p class="claim__why">{explain(result, lang)}</p>
            {result.corroborating.length > 0 && (
              <>
                <h3>{i18n.t('card.corroborating')}</h3>
                <SourceList claims={result.corroborating} lang={lang} />
              </>
            )}
            {result.conflicting.length > 0 && (
              <>
                <h3>{i18n.t('card.conflicting')}</h3>
                <SourceList claims={result.conflicting} lang={lang} />
              </>
            )}
            {sources === 0 && <p class="muted">{i18n.t('card.noSources')}</p>}
          </>
        )}
      </div>
    </li>
  );
}
