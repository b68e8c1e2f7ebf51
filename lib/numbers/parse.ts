import { isApostrophe, isDigit, isGroupSpace } from './chars';

/** A figure written with digits, as found in running text. */
export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** Had a decimal part ("1,5", "2.75"): only a count when a scale word follows ("1,5 million"). */
  fractional: boolean;
  /** Digits only, no separator: "2024" may be a year, "2 024" is not. */
  plain: boolean;
}

/** Longer digit runs are identifiers, phone numbers or noise, never a figure the press quotes. */
const MAX_DIGITS = 12;

type Sep = 's' | '.' | ',' | "'";

function sepKind(c: number): Sep | null {
  if (isGroupSpace(c)) return 's';
  if (c === 0x2e) return '.';
  if (c === 0x2c) return ',';
  if (isApostrophe(c)) return "'";
  return null;
}

function digitRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i - from;
}

/**
 * Where a group of exactly three digits starts after a separator at `at` ("2 600", "3.000", "10,000", "10'000"),
 * allowing one line break after the separator ("1.\n100": a figure split by the page's markup); -1 when none.
 */
function groupAfter(text: string, at: number, kind: Sep): number {
  if (sepKind(text.charCodeAt(at)) !== kind) return -1;
  let q = at + 1;
  if (text.charCodeAt(q) === 0x0a) q++;
  return digitRun(text, q) === 3 ? q : -1;
}

/**
 * Reads the numeral starting at `start` (a digit not preceded by a digit), in every thousands style the press uses:
 * spaces (ASCII, U+00A0, U+202F), dots, commas, apostrophes; a decimal part with the other mark. Linear: each
 * character is looked at a bounded number of times. Returns null for runs too long to be a figure.
 */
export function scanNumeral(text: string, start: number): Numeral | null {
  const first = digitRun(text, start);
  if (first === 0 || first > MAX_DIGITS) return null;
  let digits = text.slice(start, start + first);
  let end = start + first;
  let grouping: Sep | null = null;
  if (first <= 3) {
    for (const kind of ['s', '.', ',', "'"] as const) {
      let q = groupAfter(text, end, kind);
      if (q < 0) continue;
      grouping = kind;
      while (q >= 0 && digits.length < MAX_DIGITS) {
        digits += text.slice(q, q + 3);
        end = q + 3;
        q = groupAfter(text, end, kind);
      }
      break;
    }
  }
  let fractional = false;
  let value = Number(digits);
  const mark = text.charCodeAt(end);
  const decimalMark = (mark === 0x2e || mark === 0x2c) && sepKind(mark) !== grouping;
  if (decimalMark) {
    const frac = digitRun(text, end + 1);
    // Without grouping, ".000"/",000" would have been read as thousands: three decimals only after a long run.
    if (frac > 0 && frac <= 6 && (grouping !== null || frac !== 3 || first > 3)) {
      value = Number(`${digits}.${text.slice(end + 1, end + 1 + frac)}`);
      end += 1 + frac;
      fractional = true;
    }
  }
  return { start, end, value, fractional, plain: grouping === null && !fractional };
}

/** The value of a numeral written alone, e.g. "12.000" → 12000, "1,5" → 1.5; null when it is not one. */
export function parseNumeral(s: string): number | null {
  const t = s.trim();
  if (!t || !isDigit(t.charCodeAt(0))) return null;
  const n = scanNumeral(t, 0);
  return n && n.end === t.length ? n.value : null;
}
