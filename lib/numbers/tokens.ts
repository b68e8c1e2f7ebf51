import { isApostrophe, isLetter } from './chars';

/** A word of the text: its lowercased, normalised form and its offsets (end exclusive). */
export interface Token {
  w: string;
  s: number;
  e: number;
}

/** French elided words: "d'environ" is read as "d'" + "environ" so that phrases match on whole words. */
const ELISIONS = new Set(['d', 'l', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'presqu']);

const LONGEST_ELISION = 6;

/** Whether `head` (with `cased` letters that lowercasing may change) is an elided word; lowercases only if needed. */
function isElision(head: string, cased: number): boolean {
  return ELISIONS.has(cased === 0 ? head : head.toLowerCase());
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x52f;
}

/**
 * Normalises a word for lexicon lookups: lowercase, one apostrophe, one hyphen, and Ukrainian і for a Latin i
 * inside a Cyrillic word (pages and tools mix the two).
 */
export function normalizeWord(raw: string): string {
  // The apostrophes and hyphens are replaced before lowercasing (neither changes case): lowercasing a word that
  // still holds a typographic apostrophe takes the slow, locale-aware path.
  let w = raw;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2019 || c === 0x2bc || c === 0x2010 || c === 0x2011) {
      w = '';
      for (let k = 0; k < raw.length; k++) {
        const d = raw.charCodeAt(k);
        w += d === 0x2019 || d === 0x2bc ? "'" : d === 0x2010 || d === 0x2011 ? '-' : raw[k];
      }
      break;
    }
  }
  w = w.toLowerCase();
  if (w.includes('i') && /[\u0400-\u052f]/.test(w)) w = w.replace(/i/g, '\u0456');
  return w;
}

/** Splits text into words in one linear pass. Words keep inner hyphens and apostrophes ("nord-coréens", "п'ять"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let cyr = false;
    let plain = true;
    let latinI = false;
    /** Letters that lowercasing may change, and whether the first letter is one of them. */
    let cased = 0;
    const casedFirst = changesCase(text.charCodeAt(s));
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        if (isCyrillic(c)) cyr = true;
        if (c === 0x69) latinI = true;
        if (changesCase(c)) cased++;
        i++;
      } else if ((isHyphen(c) || isApostrophe(c)) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        if (c !== 0x2d && c !== 0x27) plain = false;
        if (isApostrophe(c) && !cyr && i - s <= LONGEST_ELISION && isElision(text.slice(s, i), cased)) {
          i++;
          break;
        }
        if (changesCase(text.charCodeAt(i + 1))) cased++;
        i += 2;
      } else break;
    }
    // Most words need only lowercasing; the full normalisation runs on the few with odd apostrophes or mixed scripts.
    if (cyr && latinI) plain = false;
    const raw = text.slice(s, i);
    let w: string;
    if (!plain) w = normalizeWord(raw);
    // Lowercasing goes through the slow, locale-aware path on pages with any character beyond Latin-1 (nearly all):
    // it is skipped for words already in lowercase, and done by hand for a capital ASCII initial ("Selon").
    else if (cased === 0) w = raw;
    else if (cased === 1 && casedFirst && text.charCodeAt(s) <= 0x5a) w = String.fromCharCode(text.charCodeAt(s) + 32) + raw.slice(1);
    else w = raw.toLowerCase();
    out.push({ w, s, e: i });
  }
  return out;
}

/**
 * Whether lowercasing may change the letter c: all but a-z and the lowercase Latin-1 letters (ß à-ÿ) are treated
 * as possibly capital.
 */
function changesCase(c: number): boolean {
  return c < 0x61 || (c > 0x7a && c < 0xdf) || c > 0xff;
}

/** Index of the first token starting at or after pos (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * true when text[from, to) holds only white space (the two words are adjacent). A tab is not: in the page text it is
 * where a table row passes from one cell to the next (lib/text/extract.ts), and no phrase spans two cells.
 */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x0a)) return false;
  }
  return true;
}
