import { isDigit, isGroupSpace } from './chars';
import { scanNumeral } from './parse';

/** Korean myriad units: 만 = 10 000, 억 = 10^8; 천, 백, 십 work inside a myriad group. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 천: 1000, 백: 100, 십: 10 };
const BIG_UNITS: Readonly<Record<string, number>> = { 만: 10000, 억: 100000000 };
const SINO_DIGITS: Readonly<Record<string, number>> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };

export interface KoreanNumber {
  start: number;
  end: number;
  value: number;
}

/**
 * Reads a Korean figure mixing digits and units: "1만 1천" (11 000), "4천", "1만2천명" (stops before 명),
 * "2천600", "1만 500". Starts at a digit; returns null when no unit follows (plain digits are scanned elsewhere).
 */
export function scanKoreanUnits(text: string, start: number): KoreanNumber | null {
  let total = 0;
  let group = 0;
  let i = start;
  let end = start;
  let sawUnit = false;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  while (i < text.length) {
    let j = i;
    if (sawUnit && isGroupSpace(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) j++;
    if (!isDigit(text.charCodeAt(j))) break;
    const num = scanNumeral(text, j);
    if (!num || num.fractional) break;
    const unit = text[num.end] ?? '';
    const small = SMALL_UNITS[unit];
    const big = BIG_UNITS[unit];
    if (small !== undefined && small < lastSmall && num.value < 10) {
      group += num.value * small;
      lastSmall = small;
      end = i = num.end + 1;
    } else if (big !== undefined && big < lastBig) {
      total += (group + num.value) * big;
      group = 0;
      lastBig = big;
      lastSmall = Infinity;
      end = i = num.end + 1;
    } else if (sawUnit && num.value < Math.min(lastSmall, lastBig)) {
      group += num.value;
      end = i = num.end;
      break;
    } else break;
    sawUnit = true;
  }
  if (!sawUnit) return null;
  return { start, end, value: total + group };
}

/** Reads a number in Sino-Korean words ("이천육백" = 2 600, "만 천" = 11 000); null when the text is not one. */
export function parseSinoKorean(s: string): number | null {
  let total = 0;
  let group = 0;
  let digit = 0;
  let any = false;
  for (const ch of s.replace(/\s+/g, '')) {
    const d = SINO_DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (d !== undefined) {
      if (digit) return null;
      digit = d;
    } else if (small !== undefined) {
      group += (digit || 1) * small;
      digit = 0;
    } else if (big !== undefined) {
      total += (group + digit || 1) * big;
      group = 0;
      digit = 0;
    } else return null;
    any = true;
  }
  return any ? total + group + digit : null;
}

/** Sino-Korean number words followed by a counter, in running text: "이천 명", "삼백명". */
const SINO_WORD = /[일이삼사오육칠팔구십백천만억]+(?=\s?명)/y;

/** Units that stand alone for one of them before a counter: "만 명" is 10 000, "천 명" 1 000. */
const BARE_UNITS = new Set(['백', '천', '만']);

/**
 * Reads Sino-Korean words at `start` (a word start) when a people counter follows; null otherwise. A single
 * syllable is read only when it is a unit ("만 명"): a lone digit syllable is more often a word ("이 명단").
 */
export function scanSinoKorean(text: string, start: number): KoreanNumber | null {
  SINO_WORD.lastIndex = start;
  const m = SINO_WORD.exec(text);
  if (!m || (m[0].length < 2 && !BARE_UNITS.has(m[0]))) return null;
  const value = parseSinoKorean(m[0]);
  return value ? { start, end: start + m[0].length, value } : null;
}
