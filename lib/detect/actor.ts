import actorsData from '../database/data/actors.json';
import type { Lang } from '../claims/vocabulary';

interface ActorEntry {
  id: string;
  names: Partial<Record<Lang, string[]>>;
  partOf?: string;
  outlet?: true;
}

const ACTORS = actorsData as ActorEntry[];
const PARENT = new Map(ACTORS.filter((a) => a.partOf).map((a) => [a.id, a.partOf!]));

interface AliasMatcher {
  /** All aliases in one alternation, longest first, so one pass over a sentence finds them. */
  re: RegExp;
  idOf: Map<string, string>;
  /** Two-letter acronyms ("AP"), found only in capitals: lowercase they are ordinary words. */
  acronyms: Set<string>;
}

const matcherCache = new Map<Lang, AliasMatcher>();

/** The aliases usable on a page in `lang`: its own names and the English ones. */
function matcherFor(lang: Lang): AliasMatcher {
  let matcher = matcherCache.get(lang);
  if (!matcher) {
    const idOf = new Map<string, string>();
    const acronyms = new Set<string>();
    for (const actor of ACTORS) {
      for (const name of [...(actor.names[lang] ?? []), ...(actor.names.en ?? [])]) {
        const key = fold(name);
        const acronym = /^[A-Z]{2}$/.test(name);
        // Korean names are short ("합참", the Joint Chiefs); Latin and Cyrillic ones need three letters or capitals.
        if ((key.length >= 3 || (key.length === 2 && /[\uac00-\ud7a3]/.test(key)) || acronym) && !idOf.has(key)) {
          idOf.set(key, actor.id);
          if (acronym) acronyms.add(key);
        }
      }
    }
    const alternation = [...idOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    matcher = { re: new RegExp(alternation, 'g'), idOf, acronyms };
    matcherCache.set(lang, matcher);
  }
  return matcher;
}

/** Lowercase with one apostrophe and one hyphen; keeps length so offsets still match the text. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

/**
 * Words that credit a source. Prepositions come before the source ("selon", "according to", "laut", "según",
 * "за даними"); verbs come after it ("le NIS a estimé", "Lee said"), or before it when inverted after a quote or
 * comma ("», a déclaré le porte-parole", "..., said Budanov").
 */
const PREPOSITIONS: Record<Lang, string> = {
  fr: "selon|d'après|citant|de source",
  en: 'according to|citing|cited by',
  de: 'laut|nach angaben|nach einschätzung|unter berufung auf',
  es: 'según|de acuerdo con|citando',
  ru: 'по данным|по словам|по оценкам|по оценке|по информации|согласно|по мнению|со ссылкой на',
  uk: 'за даними|за словами|за оцінками|за оцінкою|за інформацією|згідно з|з посиланням на',
  ko: '',
};
const VERBS: Record<Lang, string> = {
  fr: `(?:a|ont|avait|avaient|aurait|auraient)(?:-t-(?:il|elle|ils))?(?: (?:aussi|déjà|également|encore|ensuite|récemment|notamment|ainsi|pourtant)){0,2} (?:déclaré|affirmé|estimé|indiqué|annoncé|rapporté|précisé|ajouté|assuré|confirmé|révélé|souligné|dit|reconnu|fait savoir|communiqué|démenti|noté|signalé|averti|observé|découvert|présenté|expliqué|évalué|prévenu)|(?:déclar|affirm|estim|indiqu|annon[cç]|rapport|précis|ajout|assur|confirm|révél|soulign|signal|avert|évalu|expliqu)(?:e|es|ent|ait|aient|ant)|dit|dément|démentent|prévoit|prévoyait|reconnaît|(?:a|avait|ont|avaient)(?: (?:en outre|pour sa part|de son côté))? (?:avancé|évoqué|chiffré|signalé|estimé|fait état)|évoqu(?:e|ait|aient|ent)|chiffr(?:e|ait|ent)|table|parl(?:e|ent|ait|aient)`,
  en: 'said|says|told|stated|reported|reports|estimated|estimates|claimed|claims|announced|confirmed|confirms|confirm|acknowledged|acknowledges|admitted|admits|assessed|assesses|believes|added|noted|revealed|reveals|reveal|warned|warns|wrote|denied|observed|found|presented|briefed|explained|believed|tells|say|put|puts|putting|cited|estimate|assessed|gave|speaks of|spoke of|talked of',
  de: 'zufolge|sagte|sagt|sagten|gesagt|erklärte|erklärt|erklärten|teilte|teilt|mitteilte|mitgeteilt|berichtete|berichtet|berichteten|schätzt|schätzte|schätzen|meldet|meldete|hieß es|heißt es|bestätigte|bestätigt|gibt an|gab an|bezifferte|beziffert|warnte|warnt|warnten|gewarnt|angekündigt|kündigte|gesprochen|(?:sprach|spricht|sprechen|sprachen|ging|geht|gingen|gehen)(?: [\\p{L}\\d.„“"-]+){0,5}? von|schätzungen',
  es: 'dijo|dice|dijeron|afirmó|afirma|afirmaron|declaró|declara|informó|informa|informaron|estimó|estima|estiman|aseguró|asegura|señaló|señala|indicó|indica|reportó|confirmó|confirma|reveló|calcula|calculó|explicó|cifró|cifra|(?:habló|habla|hablaba|hablaban|hablaron|hablan)(?: [\\p{L}\\d.]+){0,4}? de|sostiene|sostuvo|reconoce|reconoció|admite|admitió|contabiliza|contabilizó|contabilizan|sitúa|sitúan|situó|situaba|situaban|eleva|elevó|elevan|(?:ha|han|había|habían|habría|habrían) (?:cifrado|estimado|calculado|situado|elevado|informado|dicho|afirmado|asegurado|señalado|indicado|confirmado|revelado)',
  ru: 'заявил|заявила|заявили|сообщил|сообщила|сообщили|сообщает|сказал|сказала|оценил|оценили|оценивает|оценивают|оценивал|оценивала|оценивали|оценивало|считает|считают|подтвердил|подтвердили|утверждает|отметил|рассказал|пишет|оценила|оценило|сообщала|сообщало|сообщал|сообщали|заявлял|заявляла|называет|называют|называли|называл|называла|признал|признала|признали|признаёт|признает|признают|доложил|предупредил|предупредила|предупредили|предупреждал|предупреждала|говорит о|говорил о|говорят о|говорили о',
  uk: 'заявив|заявила|заявили|повідомив|повідомила|повідомили|повідомляє|сказав|сказала|оцінив|оцінили|оцінює|оцінюють|вважає|вважають|підтвердив|підтвердили|стверджує|зазначив|розповів|пише|оцінила|оцінювало|оцінював|оцінювала|оцінювали|повідомляло|повідомляла|повідомляв|повідомляли|заявляв|заявляла|казав|визнає|визнав|визнала|визнали|визнають|називає|називали|називав|називала|попереджав|попереджала|попередив|попередила|попередили|говорить про|говорив про|говорять про',
  ko: '따르면|밝혔|말했|전했|주장했|보고했|추정했|발표했|설명했|파악했|분석했|추산했|확인했|보고',
};

function cueRegex(lang: Lang, words: string): RegExp | null {
  const alt = words.replace(/\s*\n\s*/g, '').trim();
  if (!alt) return null;
  return lang === 'ko' ? new RegExp(`(?:${alt})`, 'g') : new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'gu');
}

const PREP_RE = Object.fromEntries(
  (Object.keys(PREPOSITIONS) as Lang[]).map((l) => [l, cueRegex(l, PREPOSITIONS[l])]),
) as Record<Lang, RegExp | null>;
const VERB_RE = Object.fromEntries((Object.keys(VERBS) as Lang[]).map((l) => [l, cueRegex(l, VERBS[l])])) as Record<Lang, RegExp | null>;

interface Cue {
  start: number;
  end: number;
  /** The source comes after this cue (a preposition, or a verb inverted after a quote or comma). */
  before: boolean;
  /** The source may come before this cue (a verb). */
  after: boolean;
  /** After a comma a verb may be inverted ("..., said Budanov") or follow an apposition ("Zelensky, a révélé"). */
  comma: boolean;
  /** A verb of saying or a preposition, which credits anyone; an estimate, plan or finding credits no party. */
  saying: boolean;
}

/**
 * Verbs among VERBS that report an estimate, a plan or a finding rather than a statement: North Korea or Russia
 * doing them ("Pyongyang prévoit d'envoyer", "Moscow has received ..., who were found") is the subject of the
 * action, not a source of the figure.
 */
const NOT_SAYING: Record<Lang, RegExp> = {
  fr: /^(prévoit|prévoyait|table|chiffr|évalu|estim)|(découvert|présenté|estimé|évalué|chiffré|avancé)$/,
  en: /^(found|presented|put|puts|putting|gave|estimate|estimates|estimated|assessed|assesses|believes|believed|observed)$/,
  de: /^(schätz|bezifferte|beziffert|ging|geht|gingen|gehen)(?![\p{L}])/u,
  es: /^(estim|calcul|cifr|contabiliz|sitú|situ)/,
  ru: /^(оцени|оценил|оценива|счита)/,
  uk: /^(оціни|оцінил|оцінюва|вважа)/,
  ko: /^(추정|추산|파악|분석)/,
};

/** Actors that are parties to the deployment: their deeds are not statements about it. */
const PARTIES = new Set(['north-korea', 'russia']);

function isParty(id: string): boolean {
  if (PARTIES.has(id)) return true;
  for (let p = PARENT.get(id); p; p = PARENT.get(p)) if (PARTIES.has(p)) return true;
  return false;
}

/**
 * News outlets among the actors: one that publishes an estimate ("according to AP", "selon Politico") is its source
 * only when the sentence credits nobody else ("Ukraine's estimate, reported by AP" → Ukraine).
 */
const OUTLETS = new Set(ACTORS.filter((a) => a.outlet).map((a) => a.id));

/** What may stand between a source preposition and a verb it introduces: "según explicó", "selon ce qu'a déclaré". */
const PREPOSITION_THEN_VERB = /^\s*(?:ce qu'|lo que|what|что|що)?\s*$/;

function cuesIn(s: string, lang: Lang): Cue[] {
  const out: Cue[] = [];
  const prep = PREP_RE[lang];
  const verb = VERB_RE[lang];
  let lastPrepEnd = -1;
  if (prep) {
    prep.lastIndex = 0;
    for (let m = prep.exec(s); m; m = prep.exec(s)) {
      out.push({ start: m.index, end: m.index + m[0].length, before: true, after: false, comma: false, saying: true });
    }
  }
  const prepositions = out.length;
  let p = 0;
  if (verb) {
    verb.lastIndex = 0;
    for (let m = verb.exec(s); m; m = verb.exec(s)) {
      const before = s.slice(Math.max(0, m.index - 4), m.index);
      // Prepositions and verbs both come in text order: the last preposition before this verb.
      while (p < prepositions && out[p]!.end <= m.index) lastPrepEnd = out[p++]!.end;
      // A verb right after a source preposition has its subject after it: "según explicó el diputado Lee".
      const afterPreposition = lastPrepEnd >= 0 && m.index - lastPrepEnd <= 10 && PREPOSITION_THEN_VERB.test(s.slice(lastPrepEnd, m.index));
      const inverted = /["»”“:]\s*$/.test(before) || /-t-/.test(m[0]) || afterPreposition;
      const comma = !inverted && /,\s*$/.test(before);
      // After a quote the verb is inverted: its subject follows ("», a déclaré le NIS").
      const saying = !NOT_SAYING[lang].test(m[0].replace(/^(?:a|ont|avait|avaient|aurait|auraient|ha|han|había|habían|habría|habrían)(?: \p{L}+)*? (?=\p{L}+$)/u, ''));
      out.push({ start: m.index, end: m.index + m[0].length, before: inverted || comma, after: !inverted, comma, saying });
    }
  }
  return out;
}

const CUE_REACH = 70;

interface Occurrence {
  id: string;
  start: number;
  end: number;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Every actor name in a sentence (`s` is the sentence folded), with the page's surnames, in order. */
function namesIn(sentence: string, s: string, lang: Lang, surnames: ReadonlyMap<string, string>): Occurrence[] {
  const { re, idOf, acronyms } = matcherFor(lang);
  const names: Occurrence[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    const end = at + m[0].length;
    const lower = acronyms.has(m[0]) && sentence.slice(at, end) !== m[0].toUpperCase();
    if ((lang !== 'ko' && (isWordChar(s[at - 1]) || isWordChar(s[end]))) || lower) {
      re.lastIndex = at + 1;
      continue;
    }
    names.push({ id: idOf.get(m[0])!, start: at, end });
  }
  for (const [name, id] of surnames) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(s[at - 1]) || isWordChar(s[end]) || names.some((o) => o.start <= at && at < o.end)) continue;
      names.push({ id, start: at, end });
    }
  }
  return names.sort((a, b) => a.start - b.start);
}

/** The first actor named in a sentence, credited or not (see reportsPrevious). */
export function firstNamed(sentence: string, lang: Lang, surnames: ReadonlyMap<string, string> = new Map()): string | null {
  const named = namesIn(sentence, fold(sentence), lang, surnames).filter((o) => !OUTLETS.has(o.id));
  return named.length > 0 ? actorNear(named, named[0]!.start) : null;
}

/**
 * The source a table's label cell names ("NIS (South Korea), April", "South Korean JCS", "KCNA (Nordkorea)"), with
 * the page's surnames; null when it names none. A party (Pyongyang, Moscow) only when the cell opens with it: named
 * later it is a place ("Kursk (Russia)").
 */
export function labelSource(cell: string, lang: Lang, surnames: ReadonlyMap<string, string> = new Map()): string | null {
  const named = namesIn(cell, fold(cell), lang, surnames);
  const first = named[0];
  if (!first) return null;
  const id = actorNear(named, first.start);
  return id && isParty(id) && /\p{L}/u.test(cell.slice(0, first.start)) ? null : id;
}

/**
 * Actor names credited in a sentence: each occurrence near a crediting word, with offsets in the sentence. `surnames`
 * adds the page's family-name references (see surnameAliases).
 */
export function creditedActors(sentence: string, lang: Lang, surnames: ReadonlyMap<string, string> = new Map()): Occurrence[] {
  const s = fold(sentence);
  const cues = cuesIn(s, lang);
  const estimates = nationalEstimates(s, lang);
  const headline = HEADLINE_SOURCE.test(s);
  if (cues.length === 0 && estimates.length === 0 && !headline) return [];
  const out: Occurrence[] = [];
  const names = namesIn(sentence, s, lang, surnames);
  // A source follows its cue in the same clause: "eleva las bajas a 4.000; Washington las sitúa" is not inverted.
  const follows = (c: Cue, o: Occurrence) => c.end <= o.start && o.start - c.end <= CUE_REACH && !/[;.!?]/.test(s.slice(c.end, o.start));
  const subjects = new Set<Occurrence | null>();
  // After a comma a verb is inverted when a name follows it ("..., said Budanov"); its subject is a name right
  // before the comma, in apposition ("Le président ukrainien, Volodymyr Zelensky, a révélé"), or before a relative
  // or participial clause set off by commas ("Lloyd Austin, who took part in the talks, said"); else nobody known.
  // A place after a preposition ("in Pjöngjang") is not a speaker, and an inverted verb's subject follows it in its
  // own clause ("Schoigu, angekündigt, Pjöngjang werde ..." is not inverted).
  const isPlace = (o: Occurrence) => PLACE_BEFORE[lang].test(s.slice(Math.max(0, o.start - 8), o.start));
  for (const c of cues) {
    if (!c.comma) continue;
    const inverted = names.some((o) => follows(c, o) && !isPlace(o) && !s.slice(c.end, o.start).includes(','));
    c.before = inverted;
    c.after = !inverted && names.some((o) => o.end <= c.start && /^\s*,\s*$/.test(s.slice(o.end, c.start)));
    if (!inverted && !c.after) {
      const subject = subjectBeforeInsert(s, c.start, names, lang);
      if (subject && (c.saying || !isParty(subject.id))) subjects.add(subject);
    }
  }
  // A verb credits only the name right before it, its subject ("Pyongyang's troops ..., the NIS said" → NIS); a
  // place named after a preposition is not one when another name comes before it ("Schoigu hatte in Pjöngjang
  // angekündigt").
  const subjectOf = (c: Cue) => {
    let best: Occurrence | null = null;
    let nearest: Occurrence | null = null;
    for (const o of names) {
      if (o.end > c.start || c.start - o.end > CUE_REACH) continue;
      if (!nearest || o.end > nearest.end) nearest = o;
      if (!isPlace(o) && (!best || o.end > best.end)) best = o;
    }
    best ??= nearest;
    return best && (c.saying || !isParty(best.id)) ? best : null;
  };
  for (const c of cues) if (c.after) subjects.add(subjectOf(c));
  // A preposition or inverted verb credits the first name after it and the names in apposition to it ("selon le
  // chef du renseignement militaire ukrainien, Kyrylo Boudanov"); a party only as that first name ("selon KCNA").
  const objects = new Set<Occurrence>();
  for (const c of cues) {
    if (!c.before) continue;
    let last: Occurrence | null = null;
    for (const o of names) {
      if (!follows(c, o)) continue;
      if (last === null ? c.saying || !isParty(o.id) : o.start - last.end <= 25 && !isParty(o.id)) objects.add(o);
      else if (last !== null) break;
      last = o;
    }
  }
  for (const o of names) {
    const credited = subjects.has(o) || objects.has(o) || cues.some((c) => c.start >= o.start && c.end <= o.end);
    if (credited) out.push(o);
  }
  // "Washington: Bis zu 10.000 Nordkoreaner...", "국정원 \"북한군 1만1천 명...\"": a headline opening on its source, when
  // it credits no one else. A dateline in capitals ("SEOUL: ...") names a place.
  const first = names[0];
  if (out.length === 0 && headline && first && !isParty(first.id) && /^\s*$/.test(s.slice(0, first.start))) {
    const raw = sentence.slice(first.start, first.end);
    if (HEADLINE_AFTER_NAME.test(s.slice(first.end, first.end + 3)) && !isDateline(raw, first.id, lang)) out.push(first);
  }
  if (estimates.length === 0) return out;
  const own = estimates.filter((e) => !out.some((o) => o.start < e.end && e.start < o.end));
  return [...out, ...own].sort((a, b) => a.start - b.start);
}

/** A name written in capitals that its actor's names do not write so: "SEOUL", not "NIS". */
function isDateline(raw: string, id: string, lang: Lang): boolean {
  if (!/\p{Lu}/u.test(raw) || raw !== raw.toUpperCase()) return false;
  const actor = ACTORS.find((a) => a.id === id);
  return !actor || ![...(actor.names[lang] ?? []), ...(actor.names.en ?? [])].includes(raw);
}

/** A headline that opens on a name and a colon or a quote: "Washington: ...", "국정원 \"...". */
const HEADLINE_SOURCE = /^\s*[^:"“”«»\n]{2,60}?\s*[:"“«]/;
const HEADLINE_AFTER_NAME = /^\s*[:"“«]/;

/** Prepositions of place before a name: "in Pjöngjang", "à Séoul", "в Сеуле" name a place, not a speaker. */
const PLACE_BEFORE: Record<Lang, RegExp> = {
  fr: /(?:^|\s)(?:à|en|au|aux|dans|depuis|vers)\s+$/,
  en: /(?:^|\s)(?:in|at|from|into|to|toward|towards)\s+$/,
  de: /(?:^|\s)(?:in|im|nach|aus|bei)\s+$/,
  es: /(?:^|\s)(?:en|a|desde|hacia)\s+$/,
  ru: /(?:^|\s)(?:в|во|из|к)\s+$/,
  uk: /(?:^|\s)(?:в|у|з|із|до)\s+$/,
  ko: /$^/,
};

/** Words opening a relative or participial clause set off by commas after a subject ("Austin, who...", "Zelensky, speaking..."). */
const INSERT_OPENERS: Record<Lang, RegExp> = {
  fr: /^\s*(?:qui|lequel|laquelle|\p{L}+ant)(?![\p{L}])/u,
  en: /^\s*(?:who|which|\p{L}+ing)(?![\p{L}])/u,
  de: /^\s*(?:der|die|das|welche[rs]?)(?![\p{L}])/u,
  es: /^\s*(?:que|quien|quienes|\p{L}+ando|\p{L}+iendo)(?![\p{L}])/u,
  ru: /^\s*(?:котор\p{L}*|\p{L}+вш\p{L}*)(?![\p{L}])/u,
  uk: /^\s*(?:як(?:ий|а|е|і)|\p{L}+вш\p{L}*)(?![\p{L}])/u,
  ko: /$^/,
};

/** A source set off by commas between a subject and its verb: "Pyongyang, selon le NIS, reconnaît 350 morts". */
const INSERT_SOURCE = Object.fromEntries(
  (Object.keys(PREPOSITIONS) as Lang[]).map((l) => [l, PREPOSITIONS[l] ? new RegExp(`^\\s*(?:${PREPOSITIONS[l]})(?![\\p{L}])`, 'u') : null]),
) as Record<Lang, RegExp | null>;

/**
 * The subject of a verb after a comma that closes a clause set off after it: "Lloyd Austin, who took part in the talks
 * with South Korea's ministers, said" → Austin; the names inside the clause are not its subject.
 */
function subjectBeforeInsert(s: string, verbAt: number, names: readonly Occurrence[], lang: Lang): Occurrence | null {
  const gap = /,\s*$/.exec(s.slice(Math.max(0, verbAt - 4), verbAt));
  if (!gap) return null;
  const close = verbAt - gap[0].length;
  // Read at most 160 characters back: a verb after each comma of a long sentence must not rescan it.
  const from = Math.max(0, close - 160);
  const open = s.lastIndexOf(',', close - 1);
  if (open < from || /[;:.!?]/.test(s.slice(open, close))) return null;
  const insert = s.slice(open + 1, close);
  if (!INSERT_OPENERS[lang].test(insert) && !INSERT_SOURCE[lang]?.test(insert)) return null;
  for (const o of names) if (o.end <= open && /^\s*$/.test(s.slice(o.end, open))) return o;
  return null;
}

/**
 * Estimates named by a nation's adjective, which credit that nation's authorities: "according to US estimates", "las
 * estimaciones estadounidenses rondan los 1.200", "selon les estimations américaines", "по американским оценкам".
 * Group 1 is the adjective.
 */
const NATIONAL_ESTIMATES: Record<Lang, RegExp | null> = {
  fr: /(?<![\p{L}])(?:estimations?|évaluations?|chiffres|bilans?)\s+(américain|ukrainien|sud-coréen|britannique|occidenta)\p{L}*/gu,
  en: /(?<![\p{L}])(us|u\.s\.|american|ukrainian|south korean|british|western)\s+(?:intelligence\s+)?(?:estimates?|assessments?|figures|tallies)(?![\p{L}])/gu,
  de: /(?<![\p{L}])(us|amerikanisch|ukrainisch|südkoreanisch|britisch|westlich)\p{L}*(?:-|\s+)schätzung\p{L}*/gu,
  es: /(?<![\p{L}])(?:estimaciones?|cálculos?|cifras?)\s+(estadounidense|norteamerican|ucranian|surcorean|británic|occidental)\p{L}*/gu,
  ru: /(?<![\p{L}])(американск|украинск|южнокорейск|британск|западн)\p{L}*\s+(?:оценк|подсч[её]т)\p{L}*/gu,
  uk: /(?<![\p{L}])(американськ|українськ|південнокорейськ|британськ|західн)\p{L}*\s+(?:оцінк|підрахун)\p{L}*/gu,
  ko: null,
};

const ESTIMATING_NATIONS: ReadonlyArray<readonly [RegExp, string]> = (
  [
    [/^(us|u\.s\.|americ|améric|amerik|estadoun|norteam|америк)/, 'us'],
    [/^(ukrain|ucran|украин|україн)/, 'ukraine'],
    [/^(south|sud-|südk|surc|южн|півд)/, 'south-korea'],
    [/^(brit|британ)/, 'uk-mod'],
    [/^(west|occid|запад|захід)/, 'western-officials'],
  ] as const
).filter(([, id]) => ACTORS.some((a) => a.id === id));

function nationalEstimates(s: string, lang: Lang): Occurrence[] {
  const re = NATIONAL_ESTIMATES[lang];
  if (!re) return [];
  const out: Occurrence[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const nation = ESTIMATING_NATIONS.find(([stem]) => stem.test(m![1]!));
    if (nation) out.push({ id: nation[1], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Words that may join a source's name to its figure in a clause that leaves out the verb. */
const GAPPED: Record<Lang, RegExp | null> = {
  fr: /^\s*(?:[:—–-]\s*)?(?:d'|de |à |avec )?\s*$/,
  en: /^\s*(?:[:—–-]\s*)?(?:at |of |with |about )?\s*$/,
  de: /^\s*(?:[:—–-]\s*)?(?:von |auf |mit )?\s*$/,
  es: /^\s*(?:[:—–-]\s*)?(?:de |en |con )?\s*$/,
  ru: /^\s*(?:[:—–-]\s*)?(?:о |об |в |на )?\s*$/,
  uk: /^\s*(?:[:—–-]\s*)?(?:про |в |у |на )?\s*$/,
  ko: null,
};

const GAP_JOINERS = /^\s*(?:(?:et|and|und|y|e|и|а|і|та)\s+)?/;

/**
 * The source a clause names without repeating the verb of the clause before: "Kiev parle de 3 000 pertes, Séoul
 * d'environ 1 100" → Séoul for 1 100; "Kiew spricht von 3.000, Seoul von rund 1.100". `at` is where the figure and
 * its qualifier start in `sentence`. Null when the figure's clause is not that.
 */
export function gappedSource(sentence: string, at: number, lang: Lang, surnames: ReadonlyMap<string, string> = new Map()): string | null {
  const gap = GAPPED[lang];
  if (!gap) return null;
  const before = sentence.slice(Math.max(0, at - 80), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  if (cut < 0) return null;
  const clause = before.slice(cut + 1);
  const folded = fold(clause);
  const lead = GAP_JOINERS.exec(folded)![0].length;
  const name = namesIn(clause, folded, lang, surnames).find((o) => o.start === lead);
  if (!name || isParty(name.id) || OUTLETS.has(name.id) || !gap.test(folded.slice(name.end))) return null;
  return name.id;
}

/** "Lee Seong-kweun", "Park Sun-won": a Korean name, family name first. */
const KOREAN_NAME = /^(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Family names that refer back to a Korean name given in full earlier in the page ("Lee Seong-kweun ... Lee said"),
 * folded, with their actor. A family name two named people share on the page ("Kim Byung-kee", "Kim Jong-un") is
 * left out: it would be a guess.
 */
export function surnameAliases(text: string, lang: Lang): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const { name, family, id } of koreanNamesFor(lang)) {
    if (!text.includes(name)) continue;
    const seen = found.get(family);
    found.set(family, seen === undefined || seen === id ? id : null);
  }
  const out = new Map<string, string>();
  for (const [family, id] of found) if (id) out.set(family, id);
  return out;
}

interface KoreanName {
  name: string;
  /** The family name, folded. */
  family: string;
  id: string;
}

const koreanNamesCache = new Map<Lang, KoreanName[]>();

/** The actors' full Korean names usable on a page in `lang`, in database order (read once per language). */
function koreanNamesFor(lang: Lang): KoreanName[] {
  let names = koreanNamesCache.get(lang);
  if (!names) {
    names = [];
    for (const actor of ACTORS) {
      for (const name of [...(actor.names[lang] ?? []), ...(actor.names.en ?? [])]) {
        const m = KOREAN_NAME.exec(name);
        if (m) names.push({ name, family: fold(m[1]!), id: actor.id });
      }
    }
    koreanNamesCache.set(lang, names);
  }
  return names;
}

function isPartOf(id: string, ancestor: string): boolean {
  for (let p = PARENT.get(id); p; p = PARENT.get(p)) if (p === ancestor) return true;
  return false;
}

/**
 * The actor a sentence credits for the figure at offset `at` (in the sentence): the credited name nearest to it,
 * or a more specific one named beside it ("le chef du renseignement militaire ukrainien, Kyrylo Boudanov" → gur).
 * An outlet counts only when no one else is credited.
 */
export function actorNear(credited: readonly Occurrence[], at: number): string | null {
  const others = credited.filter((o) => !OUTLETS.has(o.id));
  const occurrences = others.length > 0 ? others : credited;
  let best: Occurrence | null = null;
  let bestDistance = Infinity;
  for (const o of occurrences) {
    const d = o.end <= at ? at - o.end : o.start >= at ? o.start - at : 0;
    if (d < bestDistance) [best, bestDistance] = [o, d];
  }
  if (!best) return null;
  let id = best.id;
  for (const o of occurrences) {
    const gap = Math.max(o.start - best.end, best.start - o.end);
    if (gap <= 40 && isPartOf(o.id, id)) id = o.id;
  }
  return id;
}

/** A sentence that opens on a pronoun and a crediting verb ("Il a déclaré que", "He said", "Он заявил"). */
const PRONOUN_SPEAKER =
  /^\s*(il|elle|ils|elles|he|she|they|er|sie|él|ella|ellos|он|она|они|він|вона|вони|그는|그녀는)\s+(\S+\s+){0,3}?(a|ont|avait|said|says|told|added|sagte|erklärte|dijo|afirmó|заявил|сказал|заявив|сказав|밝혔|말했)/i;

/** A pronoun saying something after a quote or comma: "..., it said on Telegram", "», a-t-il déclaré", "sagte er". */
const INVERTED_PRONOUN =
  /[,"»”:]\s*(?:(?:it|he|she|they)\s+(?:said|says|told|added|wrote|reported)|(?:a|ont|avait)-t-(?:il|elle|ils|elles)|(?:sagte|erklärte|teilte|schrieb)\s+(?:er|sie|es)|(?:dijo|afirmó|añadió)\s+(?:él|ella))(?![\p{L}])/iu;

/**
 * A definite institution named by its kind, which refers back to one named earlier: "selon l'agence de
 * renseignement", "the defence ministry said", "laut dem Ministerium", "по данным ведомства". Group 1 is its noun.
 */
const DEFINITE_INSTITUTION =
  /(?:(?:selon|d'après|according to)\s+(?:l'|le |la |les |the )|(?:^|[,"»”]\s*)(?:the |le |la |l')|(?:laut|nach angaben)\s+(?:dem |der |des )|(?:según)\s+(?:el |la )|(?:по данным|по словам|по оценкам|за даними|за словами|за оцінками)\s+)(?:defen[cs]e\s+)?(agen\p{L}*|minist\p{L}*|servic\p{L}*|renseignement\p{L}*|intelligence|behörde|geheimdienst\p{L}*|ведомств\p{L}*|министерств\p{L}*|разведк\p{L}*|відомств\p{L}*|міністерств\p{L}*|розвідк\p{L}*)/iu;

/** true when the sentence credits someone named earlier by a pronoun ("Il a déclaré que...", "..., it said"). */
export function refersBackToSpeaker(sentence: string): boolean {
  return PRONOUN_SPEAKER.test(sentence) || INVERTED_PRONOUN.test(sentence);
}

/**
 * When the sentence credits an institution by its kind ("Selon l'agence de renseignement, 1.500 soldats...", "the
 * defence ministry said"), which actors it may refer back to: those with that noun in one of their names (the NIS
 * for "le service", not the Joint Chiefs named in between). Null when it names none so.
 */
export function institutionReferredTo(sentence: string, lang: Lang): ((id: string) => boolean) | null {
  const m = DEFINITE_INSTITUTION.exec(fold(sentence));
  if (!m) return null;
  const stem = m[1]!.slice(0, 5);
  return (id) => {
    const actor = ACTORS.find((a) => a.id === id);
    return actor !== undefined && [...(actor.names[lang] ?? []), ...(actor.names.en ?? [])].some((n) => fold(n).includes(stem));
  };
}

/**
 * Words after a source preposition that name no one in particular: indefinite or bare plural sources ("selon des
 * sources", "according to reports", "nach Angaben von Militärkreisen", "по данным источников"). A definite one
 * ("selon le renseignement", "according to the agency") refers back to a source named earlier.
 */
const UNKNOWN_SOURCE: Record<Lang, RegExp | null> = {
  fr: /^\s*(des|d'|de|un|une|certain\p{L}*|plusieurs|sources?|médias|informations|rapports|responsables|officiels|analystes|experts)(?![\p{L}])/u,
  en: /^\s*(sources?|reports?|media|some|several|a|an|unnamed|anonymous|officials|analysts|experts|people)(?![\p{L}])/u,
  de: /^\s*(von\s+)?(quellen|berichten|medien\p{L}*|einigen|mehreren|einem|einer|militärkreisen|kreisen|beobachtern|experten|analysten)(?![\p{L}])/u,
  es: /^\s*(fuentes|medios|informes|unos|unas|varios|varias|un|una|analistas|expertos)(?![\p{L}])/u,
  ru: /^\s*(источник\p{L}*|сми|ряда|нескольких|неназванн\p{L}*|анонимн\p{L}*|экспертов|аналитиков|медиа)(?![\p{L}])/u,
  uk: /^\s*(джерел\p{L}*|змі|ряду|кількох|неназван\p{L}*|анонімн\p{L}*|експертів|аналітиків|медіа)(?![\p{L}])/u,
  ko: null,
};

/**
 * true when the sentence credits a source the database does not know ("selon des sources", "nach Angaben von
 * Militärkreisen"): its figures are then that source's, not those of the actor credited in earlier sentences.
 */
export function creditsUnknownSource(sentence: string, lang: Lang): boolean {
  const prep = PREP_RE[lang];
  const unknown = UNKNOWN_SOURCE[lang];
  if (!prep || !unknown) return false;
  const s = fold(sentence);
  prep.lastIndex = 0;
  for (let m = prep.exec(s); m; m = prep.exec(s)) if (unknown.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  return false;
}

/**
 * A sentence that only says who reported what the previous one said: "Das berichtet der Geheimdienst NIS", "C'est
 * ce qu'affirme le NIS", "This was reported by Yonhap", "Об этом сообщила НСР", "Про це повідомило ГУР", "Así lo
 * informó el NIS". Its source is the previous sentence's.
 */
const REPORTS_PREVIOUS: Record<Lang, RegExp | null> = {
  fr: /^\s*(?:c'est|ce sont) (?:en tout cas )?ce qu(?:e |')|^\s*(?:voilà|voici) ce qu(?:e |')/u,
  en: /^\s*(?:this|that|these|the figures?|the estimates?) (?:was|were|is|are|has been|have been) (?:reported|said|stated|announced|revealed|disclosed|confirmed|estimated)|^\s*(?:this|that) (?:is|was) according to|^\s*so (?:says|said)/u,
  de: /^\s*(?:das|dies|so) (?:berichte|melde|sagte|sagt|erklärte|erklärt|teilte|teilt|schreib|gab|gibt|bestätigte|schätz|hieß|heißt)/u,
  es: /^\s*(?:así lo|lo) (?:informó|informa|dijo|dice|afirmó|afirma|aseguró|asegura|reveló|revela|indicó|indica|señaló|señala|confirmó|confirma|estimó|estima)|^\s*(?:eso|esto) (?:es lo que|informó|dijo|afirmó)/u,
  ru: /^\s*об этом(?![\p{L}])/u,
  uk: /^\s*про це(?![\p{L}])/u,
  ko: null,
};

export function reportsPrevious(sentence: string, lang: Lang): boolean {
  return REPORTS_PREVIOUS[lang]?.test(fold(sentence)) ?? false;
}
