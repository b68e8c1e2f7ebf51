import { isApostrophe, isLetter } from './chars';

/** A word of the text: its lowercased, normalised form and its offsets (end exclusive). */
export interface Token {
  w: string;
  s: number;
  e: number;
}

/** French elided words: "d'environ" is read as "d'" + "environ" so that phrases match on whole words. */
const ELISIONS = new Set(['d', 'l', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'presqu']);

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
  let w = raw.toLowerCase();
  if (/[\u2019\u02bc\u2010\u2011]/.test(w)) w = w.replace(/[\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
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
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        if (isCyrillic(c)) cyr = true;
        if (c === 0x69) latinI = true;
        i++;
      } else if ((isHyphen(c) || isApostrophe(c)) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        if (c !== 0x2d && c !== 0x27) plain = false;
        if (isApostrophe(c) && !cyr && ELISIONS.has(text.slice(s, i).toLowerCase())) {
          i++;
          break;
        }
        i += 2;
      } else break;
    }
    // Most words need only lowercasing; the full normalisation runs on the few with odd apostrophes or mixed scripts.
    if (cyr && latinI) plain = false;
    const raw = text.slice(s, i);
    const w = plain ? raw.toLowerCase() : normalizeWord(raw);
    out.push({ w, s, e: i });
  }
  return out;
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

/** true when text[from, to) holds only white space (the two words are adjacent). */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x0a || c === 0x09)) return false;
  }
  return true;
}
