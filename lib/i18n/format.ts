/** The interface languages. Every other browser language gets English. */
export type UiLang = 'fr' | 'en';

/** The interface language for a browser UI language tag ("fr", "fr-CA", "fr_FR", "en-GB", "de"...). */
export function uiLang(browserLanguage: string | undefined): UiLang {
  return /^fr(?:[-_]|$)/i.test(browserLanguage ?? '') ? 'fr' : 'en';
}

// Formatters are costly to build and a chart formats many figures: one per language and style.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: UiLang, compact: boolean): Intl.NumberFormat {
  const key = `${lang}:${compact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {});
    numberFormats.set(key, format);
  }
  return format;
}

/** 11000 → "11 000" (fr, narrow no-break space) or "11,000" (en). compact: "11 k" / "11K" for chart axes. */
export function formatNumber(n: number, lang: UiLang, options: { compact?: boolean } = {}): string {
  return numberFormat(lang, options.compact ?? false).format(n);
}

/** A short month label for chart axes: "oct. 2024" / "Oct 2024"; with the year only when asked. */
export function formatMonth(utc: number, lang: UiLang, withYear: boolean): string {
  const key = `${lang}:month:${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, withYear ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(utc);
}
