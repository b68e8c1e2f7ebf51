import type { Lang } from '../claims/vocabulary';
import { onlySpaces, type Token } from './tokens';

/**
 * Quantities said without a figure: "des milliers" (vague, at least the magnitude), "un millier" (about 1 000),
 * "tens of thousands". Each pattern is words separated by spaces, alternatives by "|"; the value is the magnitude
 * unit. "~" marks an approximate figure ("une dizaine de milliers" = about 10 000) rather than a vague one.
 */
const PATTERNS: Record<Lang, string> = {
  fr: `des|plusieurs|quelques dizaines de milliers=10000; des|plusieurs|quelques centaines de milliers=100000;
    une dizaine de milliers=~10000; une douzaine de milliers=~12000; une quinzaine de milliers=~15000;
    une vingtaine de milliers=~20000; une trentaine de milliers=~30000; une centaine de milliers=~100000; un millier=~1000; une centaine=~100;
    une dizaine=~10; une douzaine=~12; une quinzaine=~15; une vingtaine=~20; une trentaine=~30; une quarantaine=~40;
    une cinquantaine=~50; une soixantaine=~60; plusieurs|quelques milliers=1000; plusieurs|quelques centaines=100;
    plusieurs|quelques dizaines=10; plusieurs|quelques millions=1000000; milliers=1000; centaines=100; dizaines=10; millions=1000000`,
  en: `tens of thousands=10000; hundreds of thousands=100000; thousands=1000; hundreds=100; dozens=12;
    millions=1000000; several|many thousand=1000; a few thousand=1000; several|many hundred=100; a few hundred=100;
    a dozen=~12;
    a couple of thousand=1000`,
  de: `zehntausende|zehntausenden=10000; hunderttausende|hunderttausenden=100000; tausende|tausenden=1000;
    hunderte|hunderten=100; dutzende|dutzenden=12; mehrere|einige tausend=1000; ein paar tausend=1000;
    mehrere|einige hundert=100; ein paar hundert=100; ein dutzend=~12; millionen=1000000`,
  es: `decenas de miles=10000; cientos|centenares de miles=100000; miles=1000; cientos|centenares=100; decenas=10;
    millones=1000000; un millar=~1000; una decena de miles=~10000; una quincena de miles=~15000; una veintena de miles=~20000; un centenar=~100; una decena=~10; una veintena=~20; una docena=~12`,
  ru: `десятки|десятков тысяч=10000; сотни|сотен тысяч=100000; несколько|нескольких тысяч=1000;
    несколько|нескольких сотен=100; десяток|десятка тысяч=~10000; полтора|полторы десятка тысяч=~15000; тысячи|тысячах|тысячам|тысячами=1000; сотни|сотен=100; десятки|десятков=10; миллионы=1000000`,
  uk: `десятки|десятків тисяч=10000; сотні|сотень тисяч=100000; кілька|декілька|кількох тисяч=1000;
    кілька|декілька|кількох сотень=100; десяток|десятка тисяч=~10000; півтора десятка тисяч=~15000; тисячі|тисячах|тисячам|тисячами=1000; сотні|сотень=100; десятки|десятків=10; мільйони=1000000`,
  ko: '',
};

interface Pattern {
  words: string[][];
  unit: number;
  approx: boolean;
}

function compile(spec: string): Map<string, Pattern[]> {
  const byFirst = new Map<string, Pattern[]>();
  for (const entry of spec.split(';').map((e) => e.trim()).filter(Boolean)) {
    const [phrase, value] = entry.split('=') as [string, string];
    const words = phrase.trim().split(/\s+/).map((w) => w.split('|'));
    const pattern: Pattern = { words, unit: Number(value.replace('~', '')), approx: value.startsWith('~') };
    for (const first of words[0]!) byFirst.set(first, [...(byFirst.get(first) ?? []), pattern]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const COMPILED: Record<Lang, Map<string, Pattern[]>> = {
  fr: compile(PATTERNS.fr),
  en: compile(PATTERNS.en),
  de: compile(PATTERNS.de),
  es: compile(PATTERNS.es),
  ru: compile(PATTERNS.ru),
  uk: compile(PATTERNS.uk),
  ko: new Map(),
};

/** Korean "수천 명" (thousands), "수만", "수십만": 수 + units. */
const KOREAN_VAGUE: Readonly<Record<string, number>> = { 수십: 10, 수백: 100, 수천: 1000, 수만: 10000, 수십만: 100000 };

export interface VagueQuantity {
  start: number;
  end: number;
  unit: number;
  approx: boolean;
  next: number;
}

/** Reads a figure-less quantity starting at token i; null when none starts there. */
export function scanVague(text: string, tokens: readonly Token[], i: number, lang: Lang): VagueQuantity | null {
  const tok = tokens[i]!;
  if (lang === 'ko') {
    const stem = /^수(십만|십|백|천|만)/.exec(tok.w);
    if (!stem) return null;
    return { start: tok.s, end: tok.s + stem[0].length, unit: KOREAN_VAGUE[stem[0]]!, approx: false, next: i + 1 };
  }
  const candidates = COMPILED[lang].get(tok.w);
  if (!candidates) return null;
  for (const p of candidates) {
    if (i + p.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) {
      const t = tokens[i + k]!;
      ok = p.words[k]!.includes(t.w) && onlySpaces(text, tokens[i + k - 1]!.e, t.s);
    }
    if (ok) {
      const last = tokens[i + p.words.length - 1]!;
      return { start: tok.s, end: last.e, unit: p.unit, approx: p.approx, next: i + p.words.length };
    }
  }
  return null;
}
