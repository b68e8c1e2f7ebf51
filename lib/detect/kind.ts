import type { Kind, Lang, Scope } from '../claims/vocabulary';
import type { NumberMention } from '../numbers/find';
import { tokenAt, type Token } from '../numbers/tokens';
import {
  ALREADY_THERE, CAPTURED, CASUALTIES, CONTAINERS, DEPLOYED, DESERTED, EACH, ELISION_FOLLOWERS, ENGINEERS, EVENT_PHRASES,
  GENERIC_PEOPLE, GOES_ON, KILLED, LOST, MISSILES, MISSING, NOUN_MODIFIERS, NUMBER_OF, OFFICERS, PEOPLE_PRONOUNS,
  PERSONNEL, PLACE_OPENERS, RELATIVE_PRONOUNS, SCOPE_CUES, SHARE_OF, SHELLS, SPECIAL_FORCES, UNITS, VEHICLES, WEAPONS,
  WHOLE_OPENING, WOUNDED,
} from './kind-words';
import { perLang, type Stems } from './lexicon';

/** What a figure counts. */
export interface KindScope {
  kind: Kind;
  scope: Scope;
  /** End of the noun that names what is counted, when it follows the figure ("11 000 soldats"). */
  nounEnd: number | null;
  /** The noun was left out and taken from the previous claim. */
  carried?: boolean;
  /** What is counted was read in the figure's table (a header or label cell), which names it as a noun would. */
  labelled?: boolean;
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
  /** For the part of a partitive, the whole ("40" in "18 des 40 soldats"). */
  whole?: NumberMention;
  /** What the closest earlier claim counted, when near enough to stand for an elided noun. */
  carried: KindScope | null;
  /** What the page's latest claim counted, however far back: what "the number" alone refers to. */
  previous?: KindScope | null;
  /** The sentence names soldiers somewhere (computed once per sentence). */
  sentenceNamesPersonnel: () => boolean;
  /**
   * Offsets of the stretch whose planning cues are the figure's own, not those of another figure's or another
   * clause's plan ("sont en Russie et Pyongyang pourrait en envoyer d'autres"); the figure's whole clause when absent.
   */
  planning?: readonly [number, number];
  /** Another figure that may be a count follows this one in its sentence. */
  figureFollows?: boolean;
  /**
   * What the figure's table says it counts, for a figure in a table cell whose own words do not: a later cell of its
   * row, its column's header or its row's label cell ("Tote", "Troops sent", "사망자"). See labelOf.
   */
  label?: Label | null;
  /**
   * End of the last figure added to this one by "+" ("1.000 + 5.000 Minenräumer"): the noun after that figure counts
   * this one too.
   */
  joinedEnd?: number;
}

/** What a table's header or label cell names: the category counted, and a scope its words give, if any. */
export interface Label {
  cat: NounCategory;
  scope: Scope | null;
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

/**
 * Categories already looked up, per language: the same words are asked about for every figure near them. Cleared
 * when large, so that a long browsing session does not grow it without bound.
 */
const categoryCache = new Map<Lang, Map<string, NounCategory | null>>();
const CATEGORY_CACHE_MAX = 20_000;

function nounCategory(word: string, lang: Lang): NounCategory | null {
  let cache = categoryCache.get(lang);
  if (!cache) categoryCache.set(lang, (cache = new Map()));
  let cat = cache.get(word);
  if (cat === undefined) {
    cat = lookUpCategory(word, lang);
    if (cache.size >= CATEGORY_CACHE_MAX) cache.clear();
    cache.set(word, cat);
  }
  return cat;
}

function lookUpCategory(word: string, lang: Lang): NounCategory | null {
  for (const [cat, stems] of NOUNS) if (stems[lang].has(word)) return cat;
  return lang === 'de' ? compoundHead(word) : null;
}

/** Whether `word` names something a figure counts (soldiers, casualties, shells...). */
export function isCountedNoun(word: string, lang: Lang): boolean {
  return nounCategory(word, lang) !== null;
}

/** A German compound's category from its longest known head: "Militärbauarbeitern" → engineers. */
function compoundHead(word: string): NounCategory | null {
  for (let i = 3; i <= word.length - 5; i++) {
    const tail = word.slice(i);
    for (const [cat, stems] of NOUNS) if (stems.de.has(tail)) return cat;
  }
  return null;
}

/** Categories that say more than "soldiers": "военных строителей", "military engineers", "militaires du génie". */
const SPECIFIC: ReadonlySet<NounCategory> = new Set(['officers', 'engineers']);

/** Verb forms that follow a figure whose noun is left out ("7 000 devraient être envoyés", "3,000 relocated"). */
const VERB_ENDINGS: Record<Lang, RegExp> = {
  fr: /(aient|ent|ont|ait|é|ée|és|ées|us|ues|is|ir|er|ment)$/,
  en: /(ed|ing|ly)$/,
  de: /(te|ten|en)$/,
  es: /(aron|ieron|ado|ados|ido|idos|an|en|ían|mente)$/,
  ru: /(ли|ло|ла|ет|ют|ят|ит|ся|сь)$/,
  uk: /(ли|ло|ла|ть|ють|ять|ся|сь)$/,
  ko: /./,
};

const PARTITIVE_BEFORE_PRONOUN: ReadonlySet<string> = new Set(['entre', 'von', 'из', 'з', 'із']);

/** Punctuation that ends the clause a figure's noun and predicate can be in. */
const CLAUSE_END = /[,;:()\[\]–—•·|]/;

type Head = { cat: NounCategory; token: Token } | 'elided' | 'unknown';

/** The noun a figure counts, reading at most four words after it, skipping modifiers ("North Korean", "de ces"). */
function headNoun(ctx: FigureContext): Head {
  const { text, tokens, lang } = ctx;
  const limit = Math.min(ctx.nextStart, ctx.sentenceEnd);
  const from = ctx.joinedEnd ?? ctx.figure.spanEnd;
  let prevEnd = from;
  // Korean counts people with the counter 명, often attached: "3천명", "1만 1천 명의".
  const counter = lang === 'ko' ? /^\s?명/.exec(text.slice(prevEnd, prevEnd + 3)) : null;
  if (counter) return { cat: 'personnel', token: { w: '명', s: prevEnd + counter[0].length - 1, e: prevEnd + counter[0].length } };
  let names = 0;
  for (let i = tokenAt(tokens, from), n = 0; i < tokens.length && n < 4; i++, n++) {
    const t = tokens[i]!;
    if (t.s >= limit) return names ? 'unknown' : 'elided';
    const gap = text.slice(prevEnd, t.s);
    // "11 тыс. военнослужащих", "5 Tsd. Soldaten": the stop of an abbreviated scale word is not the sentence's end.
    const abbreviation = n === 0 && /^\.\s{1,2}$/.test(gap) && /\p{L}/u.test(text[prevEnd - 1] ?? '');
    if (!abbreviation && (CLAUSE_END.test(gap) || /[.!?]/.test(gap) || gap.length > 3)) return names ? 'unknown' : 'elided';
    const cat = nounCategory(t.w, lang);
    if (cat) {
      // "военных строителей": an adjective of soldiering before the noun that says which soldiers.
      const next = tokens[i + 1];
      if (cat === 'personnel' && next && next.s < limit && /^\s{1,2}$/.test(text.slice(t.e, next.s))) {
        const more = nounCategory(next.w, lang);
        if (more && SPECIFIC.has(more)) return { cat: more, token: next };
      }
      return { cat, token: t };
    }
    // "8,000 of them", "10 000 d'entre eux", "из них": people named earlier.
    if (n > 0 && PEOPLE_PRONOUNS[lang].has(t.w)) return { cat: 'personnel', token: t };
    // "d'entre eux", "de entre ellos": the preposition before such a pronoun.
    if (n > 0 && PARTITIVE_BEFORE_PRONOUN.has(t.w) && PEOPLE_PRONOUNS[lang].has(tokens[i + 1]?.w ?? '')) {
      prevEnd = t.e;
      continue;
    }
    if (NOUN_MODIFIERS[lang].has(t.w)) {
      prevEnd = t.e;
      continue;
    }
    // A possessor's name after "of": "3,000 of Kim Jong Un's soldiers" (German capitalises every noun).
    if (lang !== 'de' && n > 0 && names < 3 && prevEnd > from && /\p{Lu}/u.test(text[t.s] ?? '')) {
      names++;
      n--;
      prevEnd = t.e;
      continue;
    }
    // "up from the 3,000 the White House had cited": a relative clause without its pronoun, the noun left out.
    if (names) return ELISION_FOLLOWERS[lang].has(t.w) ? 'elided' : 'unknown';
    if (n === 0 && lang === 'ko') return 'elided';
    if (ELISION_FOLLOWERS[lang].has(t.w)) return 'elided';
    // German capitalises nouns: "630 Sitzen" is a noun, not a verb in -en.
    if (VERB_ENDINGS[lang].test(t.w) && !(lang === 'de' && /\p{Lu}/u.test(text[t.s] ?? ''))) return 'elided';
    return 'unknown';
  }
  return names ? 'unknown' : 'elided';
}

/** "a quitté la Corée du Nord", "покинули КНДР": leaving North Korea is a departure, not a desertion. */
function leavesHome(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (/cor[ée]e|korea|pyongyang|кндр|коре|pjöngjang/.test(tokens[k]!.w)) return true;
  return false;
}

const eventsCache = new Map<Lang, Map<string, readonly Event[]>>();
const NO_EVENTS: readonly Event[] = [];

/** The events (in EVENTS order) a word names, cached per language like noun categories. */
function eventsOf(word: string, lang: Lang): readonly Event[] {
  let cache = eventsCache.get(lang);
  if (!cache) eventsCache.set(lang, (cache = new Map()));
  let events = cache.get(word);
  if (events === undefined) {
    const found = EVENTS.filter(([, stems]) => stems[lang].has(word)).map(([event]) => event);
    events = found.length === 0 ? NO_EVENTS : found;
    if (cache.size >= CATEGORY_CACHE_MAX) cache.clear();
    cache.set(word, events);
  }
  return events;
}

/** Killed, wounded, casualties, missing, captured or deserted, as said by the words in tokens[from, to). */
function eventIn(tokens: readonly Token[], from: number, to: number, lang: Lang): Event | null {
  const seen = new Set<Event>();
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.w;
    // A phrase names its event alone: "víctimas mortales" is deaths, not casualties and deaths.
    const phrase = EVENT_PHRASES[lang].find(([, p]) => p[0] === w && p.every((x, k) => i + k < to && tokens[i + k]!.w === x));
    if (phrase) {
      seen.add(phrase[0]);
      i += phrase[1].length - 1;
      continue;
    }
    const events = eventsOf(w, lang);
    for (const event of events) if (!(event === 'deserted' && leavesHome(tokens, i))) seen.add(event);
  }
  if (seen.has('casualties') || (seen.has('killed') && seen.has('wounded'))) return 'casualties';
  for (const e of ['killed', 'wounded', 'missing', 'captured', 'deserted'] as const) if (seen.has(e)) return e;
  return null;
}

/**
 * The event named in the two words before a figure; a death or a wound there that is the second of a pair
 * ("убитыми и ранеными составляют около 6 000") counts both: casualties, never the wounded alone.
 */
function eventBefore(tokens: readonly Token[], clauseStart: number, figureToken: number, lang: Lang): Event | null {
  const near = eventIn(tokens, Math.max(clauseStart, figureToken - 2), figureToken, lang);
  if (near !== 'killed' && near !== 'wounded') return near;
  return eventIn(tokens, Math.max(clauseStart, figureToken - 5), figureToken, lang) === 'casualties' ? 'casualties' : near;
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
  if (lang === 'ko') {
    // Korean names the group before the figure: "장교가 500명", "공병 1천 명", "3차 파병 병력 6천 명".
    const at = tokenAt(tokens, ctx.figure.spanStart);
    const prev = tokens[at - 1];
    if (prev && OFFICERS.ko.has(prev.w)) return 'officers';
    if (prev && ENGINEERS.ko.has(prev.w)) return 'engineers';
    const from = tokens[Math.max(near[0], at - 3)]?.s ?? ctx.figure.spanStart;
    if (/\d\s?차/.test(ctx.text.slice(Math.max(0, from - 4), ctx.figure.spanStart))) return 'batch';
  }
  if (cat === 'officers') return 'officers';
  if (cat === 'engineers') return 'engineers';
  if (cat === 'units' || ctx.partitive === 'whole' || anyIn(tokens, near, EACH[lang])) return 'unit';
  if (anyIn(tokens, near, SPECIAL_FORCES[lang])) return 'special_forces';
  // "+3,000 in January": that many more.
  if (anyIn(tokens, near, SCOPE_CUES.batch[lang]) || ctx.text[ctx.figure.spanStart - 1] === '+') return 'batch';
  if (anyIn(tokens, clause, SCOPE_CUES.returned[lang])) return 'returned';
  if (anyIn(tokens, clause, SCOPE_CUES.kursk[lang])) return 'kursk';
  if (anyIn(tokens, clause, SCOPE_CUES.training[lang]) && !trainedWhereTheyAre(tokens, clause, lang)) return 'training';
  if (anyIn(tokens, plannable(ctx, clause), SCOPE_CUES.planned[lang])) return 'planned';
  if (anyIn(tokens, clause, SCOPE_CUES.remaining[lang])) return 'remaining';
  return 'total';
}

/**
 * The clause places the troops somewhere by now, then goes on to say they train there: "the 10,000 already in Russia,
 * where they are being trained", "sind bereits in Russland und werden ausgebildet". They are a count of those there;
 * "3,000 are being trained in the Far East" counts those in training.
 */
function trainedWhereTheyAre(tokens: readonly Token[], [from, to]: [number, number], lang: Lang): boolean {
  let present = false;
  let goesOn = false;
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.w;
    if (SCOPE_CUES.training[lang].has(w)) return present && goesOn;
    // "already in", or with a verb between: "ya están en", "уже находятся в".
    if (!present) present = ALREADY_THERE[lang].has(w) && [i + 1, i + 2].some((k) => k < to && PLACE_OPENERS[lang].has(tokens[k]!.w));
    else goesOn ||= GOES_ON[lang].has(w);
  }
  return false;
}

/** The part of the figure's clause (a token range) where a planning cue is its own. */
function plannable(ctx: FigureContext, [from, to]: [number, number]): [number, number] {
  if (!ctx.planning) return [from, to];
  const [start, end] = ctx.planning;
  return [Math.max(from, tokenAt(ctx.tokens, start)), Math.min(to, tokenAt(ctx.tokens, end))];
}

function eventResult(ctx: FigureContext, event: Event, nounEnd: number | null, clause: [number, number]): KindScope {
  const kind = EVENT_KIND[event];
  const period = kind !== 'other' && anyIn(ctx.tokens, clause, SCOPE_CUES.period[ctx.lang]);
  return { kind, scope: period ? 'period' : EVENT_SCOPE[event], nounEnd };
}

/** Words right before a figure that compare it with another estimate. */
const COMPARED_BEFORE: Record<Lang, RegExp> = {
  fr: /(?:^|\s)(contre|par rapport aux?|comparé à)\s+$/i,
  en: /(?:^|\s)(up from|down from|compared with|compared to)\s+(the\s+)?$/i,
  de: /(?:^|\s)(gegenüber|nach zuvor|statt|verglichen mit)\s+(den\s+)?$/i,
  es: /(?:^|\s)(frente a|comparado con|en comparación con)\s+(los\s+)?$/i,
  ru: /(?:^|\s)(против|по сравнению с)\s+$/i,
  uk: /(?:^|\s)(проти|порівняно з)\s+$/i,
  ko: /$^/,
};

function comparedWith(ctx: FigureContext): boolean {
  const { text, figure } = ctx;
  if (ctx.lang === 'ko') return /^\s?명?\s?['"’”]?\s?보다/.test(text.slice(figure.spanEnd, figure.spanEnd + 8));
  return COMPARED_BEFORE[ctx.lang].test(text.slice(Math.max(ctx.sentenceStart, figure.spanStart - 25), figure.spanStart));
}

/**
 * The noun governed by "the number of" / "le nombre de" / "численность" earlier in the sentence (after the previous
 * figure), which a figure with no noun of its own counts; null when there is none.
 */
function governedNoun(ctx: FigureContext, figureToken: number): NounCategory | null {
  const { tokens, lang } = ctx;
  const from = tokenAt(tokens, Math.max(ctx.prevEnd, ctx.sentenceStart));
  for (let i = figureToken - 1; i >= from; i--) {
    if (!NUMBER_OF[lang].has(tokens[i]!.w)) continue;
    for (let k = i + 1; k < Math.min(figureToken, i + 6); k++) {
      const cat = nounCategory(tokens[k]!.w, lang);
      if (cat) return cat;
    }
    return null;
  }
  return null;
}

/** "deployment of", "contingent de", "Kontingent von", "волна из": a noun for a deployment right before the figure. */
function deploymentOf(ctx: FigureContext, figureToken: number): boolean {
  const { tokens, lang } = ctx;
  const from = tokenAt(ctx.tokens, Math.max(ctx.prevEnd, ctx.sentenceStart));
  const of = tokens[figureToken - 1];
  const noun = tokens[figureToken - 2];
  return figureToken - 2 >= from && !!of && !!noun && OF[lang].has(of.w) && DEPLOYMENTS[lang].has(noun.w);
}

const OF = perLang({ fr: "de d'", en: 'of', de: 'von', es: 'de', ru: 'из в', uk: 'з із у в' });

const DEPLOYMENTS = perLang({
  fr: 'contingent* déploiement* vague* renfort* détachement*',
  en: 'deployment* contingent* wave* batch* rotation* detachment* reinforcement*',
  de: 'kontingent* welle* entsendung* verstärkung*',
  es: 'contingente* oleada* despliegue* refuerzo*',
  ru: 'контингент* волн* партия партии',
  uk: 'контингент* хвил* партія партії',
});

/** Words after "number" that make it govern a noun ("the number of", "die Zahl der"): then it is not anaphoric. */
const GOVERNING = new Set(['of', 'de', "d'", 'des', 'du', 'von', 'der', 'del', 'из', 'з', 'із']);

/** "the number" / "ce nombre" / "die Zahl" / "la cifra" / "число" alone in the clause before the figure. */
function anaphoricNumber(ctx: FigureContext, [from, to]: [number, number]): boolean {
  const { tokens, lang } = ctx;
  for (let i = from; i < to; i++) {
    if (!NUMBER_OF[lang].has(tokens[i]!.w)) continue;
    const next = tokens[i + 1];
    return !!next && !GOVERNING.has(next.w) && !isCountedNoun(next.w, lang);
  }
  return false;
}

/**
 * Participles that follow their noun ("soldiers killed", "soldats tués", "soldados muertos"); German, Russian and
 * Ukrainian put them before it, and a word after the noun there is the predicate ("военных погибли").
 */
const POSTNOMINAL_PARTICIPLE: Record<Lang, RegExp> = {
  fr: /(?:é|ée|és|ées|morts?|mortes?)$/,
  en: /(?:ed|dead|slain|wounded)$/,
  es: /(?:os|as)$/,
  de: /$^/,
  ru: /$^/,
  uk: /$^/,
  ko: /$^/,
};

/**
 * Whether the figure is the whole a share or a later figure is taken of ("la mitad de los 11.000 militares ...
 * habrían perdido la vida", "De los 11.000 militares ... habrían perdido la vida unos 600"): the predicate is the
 * part's, and the whole counts the troops.
 */
function isWholeOfShare(ctx: FigureContext): boolean {
  const { text, lang, figure } = ctx;
  const from = Math.max(ctx.sentenceStart, figure.spanStart - 40);
  const before = text.slice(from, figure.spanStart);
  if (SHARE_OF[lang]?.test(before)) return true;
  // Read from the sentence start when it is near, else from a letter that no clause start matches.
  return !!ctx.figureFollows && !!WHOLE_OPENING[lang]?.test(from === ctx.sentenceStart ? before : `x${before}`);
}

/**
 * A death or wound told by a relative clause after the figure's noun, set off by a comma ("neun Soldaten gewürdigt,
 * die bei einem Einsatz ums Leben gekommen sind", "600 военных КНДР, которые погибли"); German may put its
 * participle before the comma. Only to the clause's end or the next figure: the clause describes this figure's noun.
 */
function relativeEvent(ctx: FigureContext, noun: Token): Event | null {
  const { text, tokens, lang } = ctx;
  const limit = Math.min(ctx.nextStart, ctx.sentenceEnd);
  let i = tokenAt(tokens, noun.e);
  for (let words = 0, prevEnd = noun.e; ; prevEnd = tokens[i]!.e, i++, words++) {
    const t = tokens[i];
    if (!t || t.s >= limit) return null;
    const gap = text.slice(prevEnd, t.s);
    if (/^\s?,\s{1,2}$/.test(gap)) break;
    if (/[^\s]/.test(gap) || words >= 2) return null;
  }
  if (!RELATIVE_PRONOUNS[lang].has(tokens[i]!.w)) return null;
  let end = limit;
  const cut = text.slice(tokens[i]!.e, limit).search(/[,;:()–—]/);
  if (cut >= 0) end = tokens[i]!.e + cut;
  const event = eventIn(tokens, i + 1, tokenAt(tokens, end), lang);
  return event === 'killed' || event === 'wounded' || event === 'casualties' ? event : null;
}

function governedEvent(ctx: FigureContext, figureToken: number): Event | null {
  const cat = governedNoun(ctx, figureToken);
  return cat !== null && cat in EVENT_KIND ? (cat as Event) : null;
}

function fromCategory(ctx: FigureContext, cat: NounCategory, near: [number, number], clause: [number, number]): KindScope {
  if (cat === 'containers' || cat === 'shells' || cat === 'missiles' || cat === 'vehicles' || cat === 'weapons') {
    return { kind: 'materiel', scope: cat, nounEnd: null };
  }
  if (cat in EVENT_KIND) return eventResult(ctx, cat as Event, null, clause);
  return { kind: 'troops', scope: troopScope(ctx, cat, near, clause), nounEnd: null };
}

/** What a figure counts as its table's label says, with the scope its own clause gives, else the label's. */
function fromLabel(ctx: FigureContext, label: Label, near: [number, number], clause: [number, number]): KindScope {
  const ks = fromCategory(ctx, label.cat, near, clause);
  return { ...ks, scope: ks.scope === 'total' && label.scope ? label.scope : ks.scope, labelled: true };
}

/**
 * What a table's header or label cell text[from, to) says its figures count: "Tote" (killed), "Killed or wounded"
 * (casualties), "Troops sent", "Soldats à Koursk", "사망자". Null for a cell that names none ("Source", "Figure").
 */
export function labelOf(tokens: readonly Token[], from: number, to: number, lang: Lang): Label | null {
  const range: [number, number] = [tokenAt(tokens, from), tokenAt(tokens, to)];
  const event = eventIn(tokens, range[0], range[1], lang);
  if (event) return { cat: event, scope: EVENT_KIND[event] !== 'other' && anyIn(tokens, range, SCOPE_CUES.period[lang]) ? 'period' : null };
  for (let i = range[0]; i < range[1]; i++) {
    const cat = nounCategory(tokens[i]!.w, lang);
    if (cat) return { cat, scope: cat === 'personnel' ? labelScope(tokens, range, lang) : null };
  }
  return null;
}

/** The scope a label's words give troops ("Troops in Kursk", "Renforts", "Soldats à l'entraînement"), if any. */
function labelScope(tokens: readonly Token[], range: [number, number], lang: Lang): Scope | null {
  if (anyIn(tokens, range, SPECIAL_FORCES[lang])) return 'special_forces';
  // Not a plan: "by" in "Troops by region" is no deadline.
  for (const scope of ['batch', 'returned', 'kursk', 'training', 'remaining'] as const) {
    if (anyIn(tokens, range, SCOPE_CUES[scope][lang])) return scope;
  }
  return null;
}

/**
 * What a figure counts (kind and scope), from the noun after it, the predicate of its clause ("ont été tués ou
 * blessés"), the words before it ("casualties ... have surpassed 3,000"), or, when the noun is left out, the
 * previous claim ("3 000 de ces combattants ... et 7 000 devraient"). Null when the figure counts something else.
 */
export function classify(ctx: FigureContext): KindScope | null {
  const { tokens, lang, figure } = ctx;
  const head = headNoun(ctx);
  // "4,700 incl. ~600 dead" under a "Casualties" header: a note after the figure, which its table says what counts.
  if (head === 'unknown' && !ctx.label) return null;
  // "169 of 343 seats": the part counts what the whole counts, and seats are not soldiers.
  if (ctx.partitive === 'part' && ctx.whole && headNoun({ ...ctx, figure: ctx.whole, nextStart: ctx.sentenceEnd }) === 'unknown') return null;
  // "up from 600", "contre 8 000", "'최소 600명'보다": the figure an estimate is compared with counts the same thing.
  if (ctx.carried && head !== 'unknown' && (head === 'elided' || GENERIC_PEOPLE[lang].has(head.token.w)) && comparedWith(ctx)) {
    return { kind: ctx.carried.kind, scope: ctx.carried.scope, nounEnd: head === 'elided' ? null : head.token.e, carried: true };
  }
  const nounEnd = head === 'elided' || head === 'unknown' ? null : head.token.e;
  const share = isWholeOfShare(ctx);
  const after = clauseAfter(ctx, nounEnd ?? ctx.joinedEnd ?? figure.spanEnd);
  const before = clauseBefore(ctx);
  const clause: [number, number] = [before[0], after[1]];
  const nearFrom = tokenAt(tokens, figure.spanStart);
  const near: [number, number] = [Math.max(before[0], nearFrom - 2), Math.min(after[1], (nounEnd === null ? nearFrom : tokenAt(tokens, nounEnd)) + 3)];
  const sentenceRest: [number, number] = [tokenAt(tokens, figure.end), tokenAt(tokens, Math.min(ctx.sentenceEnd, figure.end + 250))];

  if (head === 'unknown') return fromLabel(ctx, ctx.label!, near, clause);
  if (ctx.partitive === 'part') {
    const event = eventIn(tokens, sentenceRest[0], sentenceRest[1], lang);
    if (event) return eventResult(ctx, event, nounEnd, clause);
  }
  if (head !== 'elided') {
    const cat = head.cat;
    // "потери ... в 5 тысяч человек", "losses put at 3,000 people": a noun for mere people takes the clause's event.
    const generic = cat === 'personnel' && GENERIC_PEOPLE[lang].has(head.token.w);
    if (cat === 'containers' || cat === 'shells' || cat === 'missiles' || cat === 'vehicles' || cat === 'weapons') {
      return { kind: 'materiel', scope: cat, nounEnd };
    }
    if (cat === 'casualties' || cat === 'killed' || cat === 'wounded' || cat === 'missing' || cat === 'captured' || cat === 'deserted') {
      const event = eventIn(tokens, tokenAt(tokens, head.token.s), after[1], lang) ?? cat;
      return eventResult(ctx, event, nounEnd, clause);
    }
    const justBefore = eventBefore(tokens, before[0], nearFrom, lang);
    // Korean names what is counted before the figure: "사상자는 약 4천700명으로 이 가운데 사망자는 600명".
    // The whole of a share keeps only a participle right after its noun: "Of the 300 soldiers killed, 100 were officers".
    const participle = share && after[0] < after[1] && POSTNOMINAL_PARTICIPLE[lang].test(tokens[after[0]]!.w);
    const ownParticiple = participle ? eventIn(tokens, after[0], after[0] + 1, lang) : null;
    const event =
      ctx.partitive === 'whole' || share
        ? ownParticiple
        : ((lang === 'ko' ? justBefore : null) ??
          eventIn(tokens, after[0], after[1], lang) ??
          justBefore ??
          (generic ? (eventIn(tokens, before[0], before[1], lang) ?? governedEvent(ctx, nearFrom)) : null) ??
          relativeEvent(ctx, head.token));
    if (event) return eventResult(ctx, event, nounEnd, clause);
    // "약 2천 명" under a "사망자" header: people counted, whom the table says what happened to.
    if (generic && ctx.label) return { ...fromLabel(ctx, ctx.label, near, clause), nounEnd };
    // "a perdu 3 000 soldats", "6.000 Soldaten verloren": soldiers lost are killed or wounded.
    if (ctx.partitive !== 'whole' && !share && (anyIn(tokens, after, LOST[lang]) || anyIn(tokens, [Math.max(before[0], nearFrom - 3), nearFrom], LOST[lang]))) {
      return eventResult(ctx, 'casualties', nounEnd, clause);
    }
    return { kind: 'troops', scope: troopScope(ctx, cat, near, clause), nounEnd };
  }
  if (share && ctx.carried?.kind !== 'materiel') return { kind: 'troops', scope: troopScope(ctx, null, near, clause), nounEnd: null };
  const event = eventIn(tokens, after[0], after[1], lang) ?? eventIn(tokens, before[0], before[1], lang);
  if (event) return eventResult(ctx, event, null, clause);
  if (ctx.label) return fromLabel(ctx, ctx.label, near, clause);
  // "the number of North Korean troops ... at 11,000", "чисельність піхоти ... майже в 11 тисяч".
  const governed = governedNoun(ctx, nearFrom);
  if (governed) return fromCategory(ctx, governed, near, clause);
  // "a third deployment of about 6,000", "un contingent de 1 500": the size of a deployment counts troops.
  if (deploymentOf(ctx, nearFrom)) return { kind: 'troops', scope: troopScope(ctx, null, near, clause), nounEnd: null };
  // "sur les 11 000 déployés", "about 1,000 had already arrived": a deployment counts troops.
  if ((!ctx.carried || ctx.carried.kind !== 'materiel') && anyIn(tokens, after, DEPLOYED[lang])) {
    return { kind: 'troops', scope: troopScope(ctx, null, near, clause), nounEnd: null };
  }
  // "les pertes, tués et blessés confondus, à environ 3 500": the nearest event word earlier in the clause.
  const earlier = eventIn(tokens, tokenAt(tokens, Math.max(ctx.prevEnd, ctx.sentenceStart)), nearFrom, lang);
  if (earlier) return eventResult(ctx, earlier, null, clause);
  if (ctx.carried) {
    const scope = ctx.carried.kind === 'troops' ? troopScope(ctx, null, near, clause) : ctx.carried.scope;
    return { kind: ctx.carried.kind, scope, nounEnd: null, carried: true };
  }
  // "the number could soon reach 12,000": "the number" alone stands for what the page's latest claim counted.
  if (ctx.previous && anaphoricNumber(ctx, before)) {
    const scope = ctx.previous.kind === 'troops' ? troopScope(ctx, null, near, clause) : ctx.previous.scope;
    return { kind: ctx.previous.kind, scope, nounEnd: null };
  }
  // A figure standing alone in a sentence about soldiers counts them ("a estimé environ 3.000, soit le nombre de
  // soldats"); small figures and figures in words need their own noun.
  const wide = !figure.words && (figure.value ?? 0) >= 100 && ctx.sentenceNamesPersonnel();
  if (anyIn(tokens, before, PERSONNEL[lang]) || anyIn(tokens, after, PERSONNEL[lang]) || wide) {
    return { kind: 'troops', scope: troopScope(ctx, null, near, clause), nounEnd: null };
  }
  return null;
}
