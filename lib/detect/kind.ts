import type { Kind, Lang, Scope } from '../claims/vocabulary';
import type { NumberMention } from '../numbers/find';
import { tokenAt, type Token } from '../numbers/tokens';
import {
  CAPTURED, CASUALTIES, CONTAINERS, DESERTED, EACH, ELISION_FOLLOWERS, ENGINEERS, KILLED, MISSILES, MISSING,
  NOUN_MODIFIERS, OFFICERS, PERSONNEL, SCOPE_CUES, SHELLS, SPECIAL_FORCES, UNITS, VEHICLES, WEAPONS, WOUNDED,
} from './kind-words';
import type { Stems } from './lexicon';

/** What a figure counts. */
export interface KindScope {
  kind: Kind;
  scope: Scope;
  /** End of the noun that names what is counted, when it follows the figure ("11 000 soldats"). */
  nounEnd: number | null;
  /** The noun was left out and taken from the previous claim. */
  carried?: boolean;
}

/** A figure's surroundings: the text, its words, the sentence and the neighbouring figures. */
export interface FigureContext {
  text: string;
  tokens: readonly Token[];
  lang: Lang;
  figure: NumberMention;
  sentenceStart: number;
  sentenceEnd: number;
  /** End of the previous figure in the sentence (or the sentence start). */
  prevEnd: number;
  /** Start of the next figure in the sentence (or the sentence end). */
  nextStart: number;
  /** The figure is the whole of a partitive ("18 des 40 soldats": 40) or the part (18), else null. */
  partitive: 'part' | 'whole' | null;
  /** What the closest earlier claim counted, when near enough to stand for an elided noun. */
  carried: KindScope | null;
  /** The sentence names soldiers somewhere (computed once per sentence). */
  sentenceNamesPersonnel: () => boolean;
}

type Event = 'casualties' | 'killed' | 'wounded' | 'missing' | 'captured' | 'deserted';
type NounCategory = 'personnel' | 'officers' | 'engineers' | 'special' | 'units' | Event | Materiel;
type Materiel = 'containers' | 'shells' | 'missiles' | 'vehicles' | 'weapons';

const EVENTS: ReadonlyArray<readonly [Event, Record<Lang, Stems>]> = [
  ['casualties', CASUALTIES], ['killed', KILLED], ['wounded', WOUNDED], ['missing', MISSING], ['captured', CAPTURED], ['deserted', DESERTED],
];
const NOUNS: ReadonlyArray<readonly [NounCategory, Record<Lang, Stems>]> = [
  ...EVENTS, ['officers', OFFICERS], ['engineers', ENGINEERS], ['units', UNITS], ['personnel', PERSONNEL],
  ['containers', CONTAINERS], ['shells', SHELLS], ['missiles', MISSILES], ['vehicles', VEHICLES], ['weapons', WEAPONS],
];

function nounCategory(word: string, lang: Lang): NounCategory | null {
  for (const [cat, stems] of NOUNS) if (stems[lang].has(word)) return cat;
  return null;
}

/** Verb forms that follow a figure whose noun is left out ("7 000 devraient être envoyés", "3,000 relocated"). */
const VERB_ENDINGS: Record<Lang, RegExp> = {
  fr: /(aient|ent|ont|ait|é|ée|és|ées|ir|er)$/,
  en: /(ed|ing)$/,
  de: /(te|ten|en)$/,
  es: /(aron|ieron|ado|ados|ido|idos|an|en|ían)$/,
  ru: /(ли|ло|ла|ет|ют|ят|ит|ся|сь)$/,
  uk: /(ли|ло|ла|ть|ють|ять|ся|сь)$/,
  ko: /./,
};

/** Punctuation that ends the clause a figure's noun and predicate can be in. */
const CLAUSE_END = /[,;:()\[\]–—•]/;

type Head = { cat: NounCategory; token: Token } | 'elided' | 'unknown';

/** The noun a figure counts, reading at most four words after it, skipping modifiers ("North Korean", "de ces"). */
function headNoun(ctx: FigureContext): Head {
  const { text, tokens, lang, figure } = ctx;
  const limit = Math.min(ctx.nextStart, ctx.sentenceEnd);
  let prevEnd = figure.spanEnd;
  // Korean counts people with the counter 명, often attached: "3천명", "1만 1천 명의".
  const counter = lang === 'ko' ? /^\s?명/.exec(text.slice(prevEnd, prevEnd + 3)) : null;
  if (counter) return { cat: 'personnel', token: { w: '명', s: prevEnd + counter[0].length - 1, e: prevEnd + counter[0].length } };
  for (let i = tokenAt(tokens, figure.spanEnd), n = 0; i < tokens.length && n < 4; i++, n++) {
    const t = tokens[i]!;
    if (t.s >= limit) return 'elided';
    const gap = text.slice(prevEnd, t.s);
    if (CLAUSE_END.test(gap) || /[.!?]/.test(gap) || gap.length > 3) return 'elided';
    const cat = nounCategory(t.w, lang);
    if (cat) return { cat, token: t };
    if (NOUN_MODIFIERS[lang].has(t.w)) {
      prevEnd = t.e;
      continue;
    }
    if (n === 0 && lang === 'ko') return 'elided';
    if (ELISION_FOLLOWERS[lang].has(t.w) || VERB_ENDINGS[lang].test(t.w)) return 'elided';
    return 'unknown';
  }
  return 'elided';
}

/** Killed, wounded, casualties, missing, captured or deserted, as said by the words in tokens[from, to). */
function eventIn(tokens: readonly Token[], from: number, to: number, lang: Lang): Event | null {
  const seen = new Set<Event>();
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.w;
    for (const [event, stems] of EVENTS) if (stems[lang].has(w)) seen.add(event);
  }
  if (seen.has('casualties') || (seen.has('killed') && seen.has('wounded'))) return 'casualties';
  for (const e of ['killed', 'wounded', 'missing', 'captured', 'deserted'] as const) if (seen.has(e)) return e;
  return null;
}

/** Token range of the words after position `from` up to the end of the clause, the next figure or 100 characters. */
function clauseAfter(ctx: FigureContext, from: number): [number, number] {
  const { text, tokens } = ctx;
  let end = Math.min(ctx.nextStart, ctx.sentenceEnd, from + 100);
  const cut = text.slice(from, end).search(CLAUSE_END);
  if (cut >= 0) end = from + cut;
  return [tokenAt(tokens, from), tokenAt(tokens, end)];
}

/** Token range of the words before the figure back to the start of its clause, the previous figure or 80 chars. */
function clauseBefore(ctx: FigureContext): [number, number] {
  const { text, tokens, figure } = ctx;
  let start = Math.max(ctx.prevEnd, ctx.sentenceStart, figure.spanStart - 80);
  const chunk = text.slice(start, figure.spanStart);
  for (let i = chunk.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(chunk[i]!)) {
      start += i + 1;
      break;
    }
  }
  return [tokenAt(tokens, start), tokenAt(tokens, figure.spanStart)];
}

function anyIn(tokens: readonly Token[], [from, to]: [number, number], stems: Stems): boolean {
  for (let i = from; i < to; i++) if (stems.has(tokens[i]!.w)) return true;
  return false;
}

const EVENT_KIND: Record<Event, Kind> = {
  casualties: 'casualties', killed: 'killed', wounded: 'wounded', missing: 'other', captured: 'other', deserted: 'other',
};
const EVENT_SCOPE: Record<Event, Scope> = {
  casualties: 'total', killed: 'total', wounded: 'total', missing: 'missing', captured: 'captured', deserted: 'deserted',
};

function troopScope(ctx: FigureContext, cat: NounCategory | null, near: [number, number], clause: [number, number]): Scope {
  const { tokens, lang } = ctx;
  if (cat === 'officers') return 'officers';
  if (cat === 'engineers') return 'engineers';
  if (cat === 'units' || ctx.partitive === 'whole' || anyIn(tokens, near, EACH[lang])) return 'unit';
  if (anyIn(tokens, near, SPECIAL_FORCES[lang])) return 'special_forces';
  if (anyIn(tokens, near, SCOPE_CUES.batch[lang])) return 'batch';
  if (anyIn(tokens, clause, SCOPE_CUES.returned[lang])) return 'returned';
  if (anyIn(tokens, clause, SCOPE_CUES.kursk[lang])) return 'kursk';
  if (anyIn(tokens, clause, SCOPE_CUES.training[lang])) return 'training';
  if (anyIn(tokens, clause, SCOPE_CUES.planned[lang])) return 'planned';
  if (anyIn(tokens, clause, SCOPE_CUES.remaining[lang])) return 'remaining';
  return 'total';
}

function eventResult(ctx: FigureContext, event: Event, nounEnd: number | null, clause: [number, number]): KindScope {
  const kind = EVENT_KIND[event];
  const period = kind !== 'other' && anyIn(ctx.tokens, clause, SCOPE_CUES.period[ctx.lang]);
  return { kind, scope: period ? 'period' : EVENT_SCOPE[event], nounEnd };
}

/**
 * What a figure counts (kind and scope), from the noun after it, the predicate of its clause ("ont été tués ou
 * blessés"), the words before it ("casualties ... have surpassed 3,000"), or, when the noun is left out, the
 * previous claim ("3 000 de ces combattants ... et 7 000 devraient"). Null when the figure counts something else.
 */
export function classify(ctx: FigureContext): KindScope | null {
  const { tokens, lang, figure } = ctx;
  const head = headNoun(ctx);
  if (head === 'unknown') return null;
  const nounEnd = head === 'elided' ? null : head.token.e;
  const after = clauseAfter(ctx, nounEnd ?? figure.spanEnd);
  const before = clauseBefore(ctx);
  const clause: [number, number] = [before[0], after[1]];
  const nearFrom = tokenAt(tokens, figure.spanStart);
  const near: [number, number] = [Math.max(before[0], nearFrom - 2), Math.min(after[1], (head === 'elided' ? nearFrom : tokenAt(tokens, nounEnd!)) + 3)];
  const sentenceRest: [number, number] = [tokenAt(tokens, figure.end), tokenAt(tokens, Math.min(ctx.sentenceEnd, figure.end + 250))];

  if (ctx.partitive === 'part') {
    const event = eventIn(tokens, sentenceRest[0], sentenceRest[1], lang);
    if (event) return eventResult(ctx, event, nounEnd, clause);
  }
  if (head !== 'elided') {
    const cat = head.cat;
    if (cat === 'containers' || cat === 'shells' || cat === 'missiles' || cat === 'vehicles' || cat === 'weapons') {
      return { kind: 'materiel', scope: cat, nounEnd };
    }
    if (cat === 'casualties' || cat === 'killed' || cat === 'wounded' || cat === 'missing' || cat === 'captured' || cat === 'deserted') {
      const event = eventIn(tokens, tokenAt(tokens, head.token.s), after[1], lang) ?? cat;
      return eventResult(ctx, event, nounEnd, clause);
    }
    const event = ctx.partitive === 'whole' ? null : eventIn(tokens, after[0], after[1], lang) ?? eventIn(tokens, Math.max(before[0], nearFrom - 2), nearFrom, lang);
    if (event) return eventResult(ctx, event, nounEnd, clause);
    return { kind: 'troops', scope: troopScope(ctx, cat, near, clause), nounEnd };
  }
  const event = eventIn(tokens, after[0], after[1], lang) ?? eventIn(tokens, before[0], before[1], lang);
  if (event) return eventResult(ctx, event, null, clause);
  if (ctx.carried) {
    const scope = ctx.carried.kind === 'troops' ? troopScope(ctx, null, near, clause) : ctx.carried.scope;
    return { kind: ctx.carried.kind, scope, nounEnd: null, carried: true };
  }
  // A figure standing alone in a sentence about soldiers counts them ("a estimé environ 3.000, soit le nombre de
  // soldats"); small figures and figures in words need their own noun.
  const wide = !figure.words && (figure.value ?? 0) >= 100 && ctx.sentenceNamesPersonnel();
  if (anyIn(tokens, before, PERSONNEL[lang]) || anyIn(tokens, after, PERSONNEL[lang]) || wide) {
    return { kind: 'troops', scope: troopScope(ctx, null, near, clause), nounEnd: null };
  }
  return null;
}
