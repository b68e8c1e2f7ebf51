import { i18n } from '#i18n';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '@/lib/settings/settings';

/** The highlight styles as radio buttons, each with a sample of how a figure looks in the page. */
export function StyleChoice({ value, onChange }: { value: HighlightStyle; onChange(style: HighlightStyle): void }) {
  return (
    <fieldset class="style-choice">
      <legend>{i18n.t('options.style.heading')}</legend>
      <p class="muted">{i18n.t('options.style.help')}</p>
      {HIGHLIGHT_STYLES.map((style) => (
        <label key={style} class="style-choice__option">
          <input type="radio" name="highlight-style" value={style} checked={value === style} onChange={() => onChange(style)} />{' '}
          {i18n.t(`options.style.${style}`)}{' '}
          <span class={`style-sample style-sample--${style}`} aria-hidden="true">
            {i18n.t('options.style.sample')}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
