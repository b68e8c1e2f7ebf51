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
  // Read in order, each only when the ones before declare nothing; the meta tags in the head only, so that a page
  // without them costs no walk over its whole body.
  const head = doc.head ?? doc;
  const declared = [
    () => html?.getAttribute('lang'),
    () => html?.getAttribute('xml:lang'),
    () => metaContent(head, 'meta[property="og:locale"]'),
    () => metaContent(head, 'meta[http-equiv="Content-Language"], meta[http-equiv="content-language"]'),
  ];
  for (const read of declared) {
    const value = read();
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

function metaContent(scope: ParentNode, selector: string): string | null {
  return scope.querySelector(selector)?.getAttribute('content') ?? null;
}
