import type { Lang } from '../claims/vocabulary';

/** Frequent short words that mark each Latin-script language. */
const STOPWORDS: ReadonlyArray<readonly [Lang, ReadonlySet<string>]> = [
  ['fr', new Set('le la les des du et est une que qui dans pour pas sur au aux avec ce cette sont ont été selon'.split(' '))],
  ['en', new Set('the and of to in is that for was with on are have has been by from it this said were'.split(' '))],
  ['de', new Set('der die das und ist nicht mit den dem von zu auf sich ein eine des im sind wurde nach'.split(' '))],
  ['es', new Set('el la los las de que y en del por con una se para es al lo como su según más'.split(' '))],
];

const SAMPLE = 20000;

/**
 * The language of a text without <html lang>: Hangul → ko; Cyrillic → uk when і ї є ґ outnumber ы э ъ ё, else
 * ru; Latin → the language whose stopwords are most frequent (en when none). Reads at most the first 20 000 chars.
 */
export function detectLanguage(text: string): Lang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let latin = 0;
  let cyrillic = 0;
  let hangul = 0;
  let ukr = 0;
  let rus = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404) ukr++;
      else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451 || c === 0x42b || c === 0x42d) rus++;
    } else if (c >= 0xac00 && c <= 0xd7a3) hangul++;
  }
  if (hangul > 0 && hangul * 3 >= latin + cyrillic) return 'ko';
  if (cyrillic > latin) return ukr > rus ? 'uk' : 'ru';
  const counts = new Map<Lang, number>();
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length > 6) continue;
    for (const [lang, words] of STOPWORDS) if (words.has(word)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: Lang = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) if (count > bestCount) [best, bestCount] = [lang, count];
  return best;
}
