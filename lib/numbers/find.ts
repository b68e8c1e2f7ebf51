import type { Lang, Qualifier, Quantity } from '../claims/vocabulary';
import { isDigit, isHangul, isLetter } from './chars';
import { scanKoreanUnits, scanSinoKorean } from './korean';
import { scanNumeral } from './parse';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import { onlySpaces, tokenAt, tokenize, type Token } from './tokens';
import { scaleWord, scanNumberWords, startsCardinal } from './words';
import { scanVague } from './vague';

/** A figure in the text, with its quantity and how it was written. */
export interface NumberMention extends Quantity {
  /** The figure itself (both ends for a range), without qualifier. */
  start: number;
  end: number;
  /** The figure with its qualifier or range preposition ("près de 11 000", "entre 10 000 et 12 000"). */
  spanStart: number;
  spanEnd: number;
  /** Written in words ("deux mille") or as a figure-less quantity ("des milliers"). */
  words: boolean;
  /** Digits only without separators or scale: "2024" may be a year. */
  plain: boolean;
  /** A decimal without a scale word after it ("1,5"): not a count. */
  fractional: boolean;
}

interface Raw {
  start: number;
  end: number;
  value: number;
  words: boolean;
  plain: boolean;
  fractional: boolean;
  vague: 'no' | 'vague' | 'approx';
  /** Token index right after the figure. */
  next: number;
}

const KOREAN_UNIT = /[만천백억]/;
const ARTICLE_SCALES = new Set(['hundred', 'thousand', 'million']);

function digitFigure(text: string, tokens: readonly Token[], at: number, lang: Lang): Raw | null {
  const num = scanNumeral(text, at);
  if (!num) return null;
  if (KOREAN_UNIT.test(text[num.end] ?? '') && !num.fractional) {
    const ko = scanKoreanUnits(text, at);
    if (ko) return { start: ko.start, end: ko.end, value: ko.value, words: false, plain: false, fractional: false, vague: 'no', next: tokenAt(tokens, ko.end) };
  }
  let { end, value } = num;
  let scaled = false;
  const after = text.charCodeAt(end);
  if ((after === 0x6b || after === 0x4b) && !isLetter(text.charCodeAt(end + 1))) {
    value *= 1000;
    end += 1;
    scaled = true;
  } else {
    const t = tokens[tokenAt(tokens, end)];
    const scale = t && onlySpaces(text, end, t.s) ? scaleWord(t.w, lang) : undefined;
    if (t && scale) {
      value *= scale;
      end = t.e;
      scaled = true;
    }
  }
  return {
    start: at,
    end,
    value: Math.round(value),
    words: false,
    plain: num.plain && !scaled,
    fractional: num.fractional && !scaled,
    vague: 'no',
    next: tokenAt(tokens, end),
  };
}

/** Every figure written with digits, Korean units, words or as a vague quantity, in text order. */
function rawFigures(text: string, tokens: readonly Token[], lang: Lang): Raw[] {
  const out: Raw[] = [];
  let tokenIndex = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const fig = digitFigure(text, tokens, i, lang);
      if (fig) {
        out.push(fig);
        i = fig.end;
      } else while (i < n && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.s < i) tokenIndex++;
    const tok = tokens[tokenIndex];
    if (!tok || tok.s !== i) {
      i++;
      continue;
    }
    const fig = wordFigure(text, tokens, tokenIndex, lang);
    if (fig) {
      out.push(fig);
      i = fig.end;
    } else i = tok.e;
  }
  return out;
}

function wordFigure(text: string, tokens: readonly Token[], k: number, lang: Lang): Raw | null {
  const vague = scanVague(text, tokens, k, lang);
  if (vague) {
    return { start: vague.start, end: vague.end, value: vague.unit, words: true, plain: false, fractional: false, vague: vague.approx ? 'approx' : 'vague', next: vague.next };
  }
  const tok = tokens[k]!;
  if (lang === 'ko') {
    if (!isHangul(tok.w.charCodeAt(0))) return null;
    const sino = scanSinoKorean(text, tok.s);
    return sino ? { start: sino.start, end: sino.end, value: sino.value, words: true, plain: false, fractional: false, vague: 'no', next: k + 1 } : null;
  }
  // English "a thousand", "a hundred and fifty": the article is the 1 that "hundred" and "thousand" multiply.
  const article = lang === 'en' && (tok.w === 'a' || tok.w === 'an') && ARTICLE_SCALES.has(tokens[k + 1]?.w ?? '');
  if (!article && !startsCardinal(tok.w, lang)) return null;
  const w = scanNumberWords(text, tokens, article ? k + 1 : k, lang);
  if (w && article && !onlySpaces(text, tok.e, w.start)) return null;
  return w ? { start: article ? tok.s : w.start, end: w.end, value: w.value, words: true, plain: false, fractional: false, vague: 'no', next: w.next } : null;
}

/** Connectors between two figures that make a range, and the word that must come before the first one, if any. */
const RANGE: Record<Lang, ReadonlyArray<readonly [string, string | null]>> = {
  fr: [['à', null], ['a', null], ['et', 'entre']],
  en: [['to', null], ['and', 'between']],
  de: [['bis', null], ['und', 'zwischen']],
  es: [['a', null], ['y', 'entre']],
  ru: [['до', 'от'], ['и', 'между']],
  uk: [['до', 'від'], ['і', 'між'], ['й', 'між'], ['та', 'між']],
  ko: [['에서', null], ['내지', null]],
};
const RANGE_OPENERS = new Set(['entre', 'between', 'zwischen', 'между', 'між', 'from', 'de', "d'", 'von', 'от', 'від', 'desde']);
const DASHES = /^\s*[-–—~∼〜]\s*$/;

/** "entre 10 et 12 000" means 10 000 to 12 000: give the low end the scale of the high end. */
function shareScale(lo: number, hi: number): number {
  if (lo >= hi || lo >= 1000) return lo;
  for (const s of [1e9, 1e6, 1e3]) {
    if (hi % s === 0 && lo * s < hi && lo * s * 10 >= hi) return lo * s;
  }
  return lo;
}

function rangeOf(text: string, tokens: readonly Token[], a: Raw, b: Raw, lang: Lang): { lo: number; opener: number } | null {
  if (a.vague !== 'no' || b.vague !== 'no' || b.start - a.end > 12) return null;
  const gap = text.slice(a.end, b.start);
  // A tab separates table cells: "300\t–\t2 700" is two cells' figures around an empty "–" cell, not a range.
  if (gap.includes('\t')) return null;
  const before = tokens[tokenAt(tokens, a.start) - 1];
  const opener = before && RANGE_OPENERS.has(before.w) && onlySpaces(text, before.e, a.start) ? before : null;
  let ok = DASHES.test(gap) && !a.words && !b.words;
  if (!ok) {
    const word = gap.trim().toLowerCase();
    ok = RANGE[lang].some(([connector, needs]) => connector === word && (needs === null || opener?.w === needs));
  }
  if (!ok) return null;
  const lo = shareScale(a.value, b.value);
  return lo < b.value ? { lo, opener: opener && opener.w !== 'de' && opener.w !== "d'" ? opener.s : opener ? opener.s : a.start } : null;
}

function quantity(value: number, qualifier: Qualifier): Quantity {
  switch (qualifier) {
    case 'more_than':
    case 'at_least':
      return { value, min: value, max: null, qualifier };
    case 'up_to':
    case 'less_than':
      return { value, min: 0, max: value, qualifier };
    case 'vague':
      return { value: null, min: value, max: null, qualifier };
    default:
      return { value, min: value, max: value, qualifier };
  }
}

/** Ukrainian/Russian "тисячі"/"тысячи" after a qualifier is the singular ("близько тисячі" = about 1 000). */
const SINGULAR_THOUSAND = new Set(['тысячи', 'тисячі']);

/**
 * Every figure in the text: digits in all press formats, Korean units, number words, vague quantities, ranges and
 * their qualifiers. Linear in the text length.
 */
export function findNumbers(text: string, lang: Lang, tokens: readonly Token[] = tokenize(text)): NumberMention[] {
  const raws = rawFigures(text, tokens, lang);
  const out: NumberMention[] = [];
  for (let k = 0; k < raws.length; k++) {
    const a = raws[k]!;
    const b = raws[k + 1];
    const range = b ? rangeOf(text, tokens, a, b, lang) : null;
    if (range && b) {
      out.push({
        value: range.lo,
        min: range.lo,
        max: b.value,
        qualifier: 'range',
        start: a.start,
        end: b.end,
        spanStart: range.opener,
        spanEnd: b.end,
        words: a.words || b.words,
        plain: a.plain && b.plain,
        fractional: a.fractional || b.fractional,
      });
      k++;
      continue;
    }
    const first = tokenAt(tokens, a.start);
    const before = qualifierBefore(text, tokens, first, a.start, lang);
    const after = before ? null : qualifierAfter(text, tokens, a.next, a.end, lang);
    let qualifier: Qualifier = a.vague === 'vague' ? 'vague' : a.vague === 'approx' ? 'approx' : 'exact';
    if (a.vague === 'vague' && before && SINGULAR_THOUSAND.has(tokens[first]?.w ?? '')) qualifier = before.qualifier;
    else if (a.vague !== 'vague') qualifier = before?.qualifier ?? after?.qualifier ?? qualifier;
    const q = quantity(a.value, qualifier);
    out.push({
      value: q.value,
      min: q.min,
      max: q.max,
      qualifier: q.qualifier,
      start: a.start,
      end: a.end,
      spanStart: before && (a.vague !== 'vague' || qualifier !== 'vague') ? before.at : a.start,
      spanEnd: after ? after.at : a.end,
      words: a.words,
      plain: a.plain,
      fractional: a.fractional,
    });
  }
  return out;
}
