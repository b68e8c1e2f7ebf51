import { isLang } from '../claims/languages';
import type { Lang } from '../claims/vocabulary';

/** Country codes pages put where a language code belongs. */
const MISTAKEN: Readonly<Record<string, Lang>> = { ua: 'uk', kr: 'ko' };

/**
 * The language the page declares (<html lang>, xml:lang, og:locale or Content-Language), as one of ours; null
 * when it declares none or one Recoupe does not read.
 */
export function pageLanguage(doc: Document): Lang | null {
  const html = doc.documentElement;
  const declared = [
    html?.getAttribute('lang'),
    html?.getAttribute('xml:lang'),
    metaContent(doc, 'meta[property="og:locale"]'),
    metaContent(doc, 'meta[http-equiv="Content-Language"]'),
    metaContent(doc, 'meta[http-equiv="content-language"]'),
  ];
  for (const value of declared) {
    if (!value || !value.trim()) continue;
    return toLang(value);
  }
  return null;
}

/** "fr-FR", "en_GB", "UK" → our Lang; null for other languages. */
export function toLang(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_,;\s]/)[0] ?? '';
  const lang = MISTAKEN[primary] ?? primary;
  return isLang(lang) ? lang : null;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content') ?? null;
}
