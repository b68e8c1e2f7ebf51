import type { Lang, Qualifier } from '../claims/vocabulary';
import { onlySpaces, tokenize, type Token } from './tokens';

type Table = ReadonlyArray<readonly [string[], Qualifier]>;

/** Words before a figure that qualify it, per language; "|" separates alternatives for a word. */
function table(spec: Partial<Record<Qualifier, string>>): Table {
  const rows: Array<readonly [string[], Qualifier]> = [];
  for (const [q, phrases] of Object.entries(spec) as Array<[Qualifier, string]>) {
    // Phrases are cut into words exactly as the text is, so "jusqu'à" is "jusqu'" + "à".
    for (const phrase of phrases.split(',').map((p) => p.trim()).filter(Boolean)) rows.push([tokenize(phrase).map((t) => t.w), q]);
  }
  return rows.sort((a, b) => b[0].length - a[0].length);
}

const BEFORE: Record<Lang, Table> = {
  fr: table({
    approx: `environ, près de, pres de, presque, quasiment, quelque, autour de, approximativement, à peu près, a peu pres,
      aux alentours de, de l'ordre de, grosso modo, un peu moins de, estimé à, plus ou moins`,
    more_than: `plus de, plus d', un peu plus de, bien plus de, largement plus de, au-delà de, davantage que, plus que`,
    at_least: `au moins, pas moins de, pas moins d', au minimum, au bas mot, minimum`,
    up_to: `jusqu'à, jusqu'a, au plus, au maximum, tout au plus, pas plus de, maximum`,
    less_than: `moins de, moins d'`,
  }),
  en: table({
    approx: `about, around, approximately, approx, nearly, almost, roughly, some, an estimated, estimated, close to,
      just under, circa, or so, an approximate, upward of`,
    more_than: `more than, over, upwards of, in excess of, just over, well over, a little over, exceeding, exceed, exceeds,
      surpassed, surpass, topped, beyond`,
    at_least: `at least, no fewer than, no less than, not less than, a minimum of, minimum of`,
    up_to: `up to, as many as, as much as, at most, no more than, a maximum of, maximum of`,
    less_than: `less than, fewer than, under, below`,
  }),
  de: table({
    approx: `etwa, rund, circa, ca, ungefähr, knapp, fast, beinahe, nahezu, annähernd, schätzungsweise, an die, um die, gut`,
    more_than: `mehr als, über, weit über, gut über, knapp über`,
    at_least: `mindestens, wenigstens, nicht weniger als`,
    up_to: `bis zu, höchstens, maximal`,
    less_than: `weniger als, unter, knapp unter`,
  }),
  es: table({
    approx: `unos, unas, alrededor de, cerca de, casi, aproximadamente, en torno a, aproximadamente unos, algo menos de`,
    more_than: `más de, mas de, poco más de, algo más de, por encima de`,
    at_least: `al menos, por lo menos, como mínimo, como minimo, no menos de`,
    up_to: `hasta, como máximo, como maximo, no más de`,
    less_than: `menos de`,
  }),
  ru: table({
    approx: `около, почти, примерно, приблизительно, порядка, где-то, практически, почти что, ориентировочно`,
    more_than: `более, больше, свыше, более чем, больше чем, порядка более, около более`,
    at_least: `не менее, не меньше, по меньшей мере, как минимум, минимум`,
    up_to: `до, не более, не больше, максимум, вплоть до`,
    less_than: `менее, меньше, менее чем`,
  }),
  uk: table({
    approx: `близько, майже, приблизно, приблизительно, орієнтовно, майже що, практично`,
    more_than: `понад, більше, більш ніж, більше ніж, понад як`,
    at_least: `щонайменше, принаймні, не менше, не менш ніж, як мінімум, мінімум`,
    up_to: `до, не більше, не більш ніж, максимум, аж до`,
    less_than: `менше, менш ніж, менше ніж`,
  }),
  ko: table({
    approx: `약, 대략, 무려`,
    at_least: `최소, 적어도, 최소한`,
    up_to: `최대`,
  }),
};

/** Words after a figure that qualify it ("3 000 environ", "3,000 or more"). */
const AFTER: Record<Lang, Table> = {
  fr: table({ approx: 'environ', more_than: 'et plus, ou plus', at_least: 'au moins' }),
  en: table({ approx: 'or so', more_than: 'or more, plus', at_least: 'at least' }),
  de: table({ approx: 'etwa, ungefähr', more_than: 'oder mehr' }),
  es: table({ approx: 'aproximadamente', more_than: 'o más' }),
  ru: table({ more_than: 'с лишним, с небольшим' }),
  uk: table({ more_than: 'з лишком, з гаком' }),
  ko: table({}),
};

/** Korean puts most qualifiers after the figure and its counter: "3천 명 이상", "1만여 명", "1만 명가량". */
const KOREAN_AFTER = /^(여)|^\s?(?:명(?:이|의|은|을|이나)?)?\s?(이상|넘는|넘게|넘어|넘었|넘은|넘을|가량|정도|안팎|내외|쯤|남짓|미만|이하|까지)/;
const KOREAN_QUALIFIER: Readonly<Record<string, Qualifier>> = {
  여: 'more_than', 이상: 'more_than', 넘는: 'more_than', 넘게: 'more_than', 넘어: 'more_than', 넘었: 'more_than',
  넘은: 'more_than', 넘을: 'more_than', 남짓: 'more_than', 가량: 'approx', 정도: 'approx', 안팎: 'approx',
  내외: 'approx', 쯤: 'approx', 미만: 'less_than', 이하: 'up_to', 까지: 'up_to',
};

/** Prepositions that may stand between a qualifier and its figure. */
const CASE_PREPOSITIONS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(),
  en: new Set(),
  de: new Set(),
  es: new Set(),
  ru: new Set(['в', 'во', 'о', 'об', 'на']),
  uk: new Set(['в', 'у', 'о', 'об', 'на']),
  ko: new Set(),
};

export interface FoundQualifier {
  qualifier: Qualifier;
  /** Offset of the qualifier's first (before) or one past its last (after) character. */
  at: number;
}

function matchesAt(text: string, tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[first + k];
    if (!t || words[k] !== t.w) return false;
    if (k > 0 && !onlySpaces(text, tokens[first + k - 1]!.e, t.s)) return false;
  }
  return true;
}

/** The qualifier written right before a figure starting at `start` (tokens[i] is the first token after it). */
export function qualifierBefore(text: string, tokens: readonly Token[], i: number, start: number, lang: Lang): FoundQualifier | null {
  let last = i - 1;
  if (last < 0 || !onlySpaces(text, tokens[last]!.e, start)) return null;
  // Russian and Ukrainian put a preposition the case requires between the qualifier and the figure: "примерно об
  // 11 тысячах", "майже в 11 тисяч", "около на 3 тысячи".
  if (CASE_PREPOSITIONS[lang].has(tokens[last]!.w) && last > 0 && onlySpaces(text, tokens[last - 1]!.e, tokens[last]!.s)) last--;
  for (const [words, qualifier] of BEFORE[lang]) {
    const first = last - words.length + 1;
    if (first >= 0 && matchesAt(text, tokens, first, words)) return { qualifier, at: tokens[first]!.s };
  }
  return null;
}

/**
 * The qualifier written right after a figure ending at `end` (tokens[i] is the first token after it), skipping a
 * Korean counter or an attached Korean particle.
 */
export function qualifierAfter(text: string, tokens: readonly Token[], i: number, end: number, lang: Lang): FoundQualifier | null {
  if (lang === 'ko') {
    const m = KOREAN_AFTER.exec(text.slice(end, end + 16));
    const word = m?.[1] ?? m?.[2];
    return m && word ? { qualifier: KOREAN_QUALIFIER[word]!, at: end + m[0].length } : null;
  }
  const t = tokens[i];
  if (!t || !onlySpaces(text, end, t.s)) return null;
  for (const [words, qualifier] of AFTER[lang]) {
    if (matchesAt(text, tokens, i, words)) return { qualifier, at: tokens[i + words.length - 1]!.e };
  }
  return null;
}
