import type { Lang } from '../claims/vocabulary';
import { tokenAt, type Token } from '../numbers/tokens';

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
    // "morts et blessés": a conjunction between two words of a noun phrase joins nouns, not clauses.
    const joinsNouns = i > 0 && inPhrase(tokens[i - 1]!.w) && inPhrase(tokens[i + 1]?.w ?? '');
    if (predicate && CONJUNCTIONS[lang].has(t.w) && !joinsNouns) return t.s;
    if (t.w.length >= 3 && !inPhrase(t.w) && !/\p{Lu}/u.test(text[t.s] ?? '')) predicate = true;
  }
  return semicolon >= 0 ? limit : null;
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
