/** Character classes used by the scanners, on UTF-16 code units (no regex per character: this runs on every digit). */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter of a script Recoupe reads (Latin with diacritics, Greek, Cyrillic, Hangul). */
export function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f) ||
    isHangul(c)
  );
}

export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

/** Spaces that may separate digit groups: ASCII space, no-break space, narrow no-break space, thin space. */
export function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Apostrophes pages use, including as Swiss thousands separators and in Ukrainian words. */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

export function isSpaceLike(c: number): boolean {
  return isGroupSpace(c) || c === 0x0a || c === 0x09 || c === 0x0d;
}
