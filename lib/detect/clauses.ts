import type { Lang } from '../claims/vocabulary';
import { tokenAt, type Token } from '../numbers/tokens';
import { DEADLINE_OPENERS, SCOPE_CUES } from './kind-words';
import { perLang } from './lexicon';
import { speaksOfFuture } from './when';

/**
 * Words that open a clause about something other than the noun before them: relative pronouns of place and time,
 * subordinating conjunctions ("où l'Ukraine revendique...", "after Ukraine launched...", "где", "де"), and, after a
 * comma, relative pronouns that are also articles or complementisers (", que", ", die"). Matched on lowercase text.
 */
const OPENERS: Record<Lang, RegExp | null> = {
  fr: /(?<![\p{L}'’])(où|dont|qui|lequel|laquelle|lesquels|lesquelles|lorsque|lorsqu|quand|alors que|alors qu|tandis que|tandis qu|depuis que|depuis qu|après que|après qu|parce que|parce qu|puisque|puisqu|bien que|bien qu|, que|, qu)(?![\p{L}])/gu,
  en: /(?<![\p{L}'’])(where|which|who|whose|whom|when|while|whereas|because|although|, that)(?![\p{L}])/gu,
  de: /(?<![\p{L}])(wo|wobei|wohin|nachdem|weil|obwohl|, die|, der|, das|, welche|, welcher|, welches|, als)(?![\p{L}])/gu,
  es: /(?<![\p{L}])(donde|cuando|mientras|porque|aunque|cuyo|cuya|cuyos|cuyas|desde que|después de que|, que|, quien|, quienes|, el cual|, la cual)(?![\p{L}])/gu,
  ru: /(?<![\p{L}])(где|куда|когда|пока|потому что|хотя|после того как|котор\p{L}*)(?![\p{L}])/gu,
  uk: /(?<![\p{L}])(де|куди|коли|поки|тому що|хоча|після того як|як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими))(?![\p{L}])/gu,
  // Korean puts relative clauses before their noun, with endings rather than words: nothing to cut at.
  ko: null,
};

/** Conjunctions that join two clauses ("... are there and their number would reach 12,000"). */
const CONJUNCTIONS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['et', 'mais', 'tandis', 'alors', 'puis']),
  en: new Set(['and', 'but', 'while', 'whereas', 'then']),
  de: new Set(['und', 'aber', 'doch', 'während', 'dann']),
  es: new Set(['y', 'e', 'pero', 'mientras']),
  ru: new Set(['и', 'а', 'но', 'тогда']),
  uk: new Set(['і', 'й', 'та', 'а', 'але']),
  ko: new Set(),
};

/** A clause that another word opens inside a sentence, as offsets in the page text [start, end). */
export type Island = readonly [number, number];

/** The subordinate and relative clauses of the sentence text[start, end): each from its opener to the next , ; ( ) or the end. */
export function subordinateClauses(text: string, start: number, end: number, lang: Lang): Island[] {
  const re = OPENERS[lang];
  if (!re) return [];
  const s = text.slice(start, end).toLowerCase();
  const out: Island[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // ", que": the clause starts at the word, after the comma.
    const from = m.index + (m[0].startsWith(',') ? m[0].indexOf(' ') + 1 : 0);
    const stop = s.slice(m.index + m[0].length).search(/[,;()]/);
    const to = stop < 0 ? s.length : m.index + m[0].length + stop;
    out.push([start + from, start + to]);
    re.lastIndex = to;
  }
  return out;
}

/**
 * Where the clause of one figure ends and that of the next begins: the first clause-joining conjunction between
 * text[from, to) that follows a predicate ("3,000 troops are there | and their number would soon reach 12,000"),
 * or a semicolon. Words of the figure's noun phrase (`inPhrase`: modifiers, counted nouns) and names are not a
 * predicate, so "1 500 soldats nord-coréens et 500 officiers" share one clause. Null when there is no such cut.
 */
export function clauseCut(
  text: string,
  tokens: readonly Token[],
  lang: Lang,
  from: number,
  to: number,
  inPhrase: (word: string) => boolean,
): number | null {
  const semicolon = text.slice(from, to).indexOf(';');
  const limit = semicolon >= 0 ? from + semicolon : to;
  let predicate = false;
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i]!.s < limit; i++) {
    const t = tokens[i]!;
    if (predicate && joinsClauses(tokens, i, lang, inPhrase)) return t.s;
    if (t.w.length >= 3 && !inPhrase(t.w) && !/\p{Lu}/u.test(text[t.s] ?? '')) predicate = true;
  }
  return semicolon >= 0 ? limit : null;
}

/** Whether token i is a conjunction joining clauses, not two words of a noun phrase ("morts et blessés"). */
function joinsClauses(tokens: readonly Token[], i: number, lang: Lang, inPhrase: (word: string) => boolean): boolean {
  if (!CONJUNCTIONS[lang].has(tokens[i]!.w)) return false;
  return !(i > 0 && inPhrase(tokens[i - 1]!.w) && inPhrase(tokens[i + 1]?.w ?? ''));
}

/** Punctuation that parts a sentence between two figures. */
const SEPARATOR = /[,;:()–—]/g;

/** Where the deadlines and planning cues of one figure end, and where those of the next figure begin. */
export interface PlanningCut {
  end: number;
  start: number;
}

/** Words that make the next figure a part of the previous one ("12 000 soldats, dont 500 officiers"). */
const PART_OF = perLang({
  fr: 'dont parmi eux elles',
  en: 'including among them whom',
  de: 'darunter davon',
  es: 'incluidos incluidas incluyendo entre ellos ellas de los las cuales',
  ru: 'в том числе из них',
  uk: 'у в тому числі з із них',
});

/**
 * How two figures with text[from, to) between them share deadlines and planning cues. At the first clause-joining
 * conjunction between them, else their first punctuation, the first figure's stretch ends and the second's begins
 * ("about 3,000 in Russia, and by December about 10,000": the deadline is the second's). With no such separator, the
 * first figure's stretch ends at the second figure ("about 3,000 in Russia about 10,000 by December": a deadline after
 * a figure is never an earlier figure's), and the words between are both figures' ("en una entrevista que Pionyang
 * planeaba mandar 6.000": the plan stays the second's). Null when only words of a noun phrase, conjunctions or words
 * of a part join the two, which then share a deadline ("10 000 soldats et 500 officiers d'ici décembre", "10 000
 * soldats, dont 3 000 forces spéciales, d'ici décembre"), and in Korean, which puts a deadline before its figure and
 * has no conjunction words to cut at.
 */
export function planningCut(
  text: string,
  tokens: readonly Token[],
  lang: Lang,
  from: number,
  to: number,
  inPhrase: (word: string) => boolean,
): PlanningCut | null {
  if (lang === 'ko') return null;
  const between = text.slice(from, to);
  let joined = !between.includes(';');
  let conjunction = -1;
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i]!.s < to; i++) {
    const t = tokens[i]!;
    if (conjunction < 0 && joinsClauses(tokens, i, lang, inPhrase)) conjunction = t.s;
    if (!inPhrase(t.w) && !CONJUNCTIONS[lang].has(t.w) && !PART_OF[lang].has(t.w)) joined = false;
  }
  if (joined) return null;
  SEPARATOR.lastIndex = 0;
  const punctuation = SEPARATOR.exec(between);
  const cut = conjunction >= 0 ? conjunction : punctuation ? from + punctuation.index : -1;
  return cut < 0 ? { end: to, start: from } : { end: cut, start: cut };
}

/**
 * Where the planning cues and deadlines of a figure end when no other figure follows: at a clause-joining
 * conjunction whose clause has a verb of plan or future of its own while the figure's own words have none ("près de
 * 11 000 soldats sont en Russie et Pyongyang pourrait en envoyer davantage d'ici le 1er novembre": the deadline is the
 * next clause's). When the figure's own words speak of the future, the conjunction joins verbs sharing them ("10 000
 * soldats seront formés et déployés d'ici décembre"); when the words after it have no such verb, it joins places or
 * objects of the same clause ("en Russie et en Biélorussie d'ici décembre"): no cut then. The figure's own words run
 * from the last punctuation before it (after `start`) to the conjunction. Null when there is no cut.
 */
export function futureCut(
  text: string,
  tokens: readonly Token[],
  lang: Lang,
  start: number,
  figure: readonly [number, number],
  end: number,
  inPhrase: (word: string) => boolean,
): number | null {
  const before = text.slice(start, figure[0]);
  SEPARATOR.lastIndex = 0;
  let own = start;
  for (let p = SEPARATOR.exec(before); p; p = SEPARATOR.exec(before)) own = start + p.index + 1;
  const conjunctions: number[] = [];
  for (let i = tokenAt(tokens, figure[1]); i < tokens.length && tokens[i]!.s < end; i++) {
    if (joinsClauses(tokens, i, lang, inPhrase)) conjunctions.push(i);
  }
  for (let k = 0; k < conjunctions.length; k++) {
    const at = tokens[conjunctions[k]!]!.s;
    if (plans(text, tokens, lang, own, at)) return null;
    const next = k + 1 < conjunctions.length ? tokens[conjunctions[k + 1]!]!.s : end;
    if (plans(text, tokens, lang, at, next)) return at;
  }
  return null;
}

/** Whether text[from, to) has a verb or adverb of plan or future ("pourrait", "will", "sollen", "может"), not merely a deadline. */
function plans(text: string, tokens: readonly Token[], lang: Lang, from: number, to: number): boolean {
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i]!.s < to; i++) {
    const w = tokens[i]!.w;
    if (SCOPE_CUES.planned[lang].has(w) && !DEADLINE_OPENERS[lang].has(w)) return true;
  }
  return speaksOfFuture(text.slice(from, to), lang);
}

/** The stretch of a sentence a figure's own words (dates, scope cues) may come from. */
export interface FigureClause {
  /** Offsets in the page text: from the cut after the previous figure (or the sentence start) to the next cut. */
  start: number;
  end: number;
  /** Subordinate clauses about something else, which the figure's clause excludes. */
  islands: readonly Island[];
  /**
   * Start of the sentence's first figure (or its first semicolon, when earlier): words before it frame the whole
   * sentence ("Le 18 octobre, le NIS a annoncé 1 500 soldats et 3 000 autres d'ici décembre").
   */
  frameEnd: number;
}

/** Whether the word at offset `pos` (in the page text) belongs to the figure's clause. */
export function inClause(c: FigureClause, pos: number): boolean {
  if (c.islands.some(([a, b]) => a <= pos && pos < b)) return false;
  return (pos >= c.start && pos < c.end) || pos < c.frameEnd;
}

/**
 * The subordinate clauses that are not the figure's own: those it is not in, unless they open right after its noun
 * phrase ("10 000 soldats dont le déploiement devrait être achevé en décembre", "3,000 troops, who will...").
 */
export function foreignIslands(
  text: string,
  tokens: readonly Token[],
  islands: readonly Island[],
  figureStart: number,
  figureEnd: number,
  inPhrase: (word: string) => boolean,
): Island[] {
  return islands.filter(([a, b]) => {
    if (a <= figureStart && figureStart < b) return false;
    if (a < figureEnd) return true;
    let words = 0;
    for (let i = tokenAt(tokens, figureEnd); i < tokens.length && tokens[i]!.s < a; i++) {
      if (!inPhrase(tokens[i]!.w) || ++words > 4) return true;
    }
    return /[;:]/.test(text.slice(figureEnd, a));
  });
}
