import actorsData from '../database/data/actors.json';
import type { Lang } from '../claims/vocabulary';

interface ActorEntry {
  id: string;
  names: Partial<Record<Lang, string[]>>;
  partOf?: string;
}

const ACTORS = actorsData as ActorEntry[];
const PARENT = new Map(ACTORS.filter((a) => a.partOf).map((a) => [a.id, a.partOf!]));

interface AliasMatcher {
  /** All aliases in one alternation, longest first, so one pass over a sentence finds them. */
  re: RegExp;
  idOf: Map<string, string>;
}

const matcherCache = new Map<Lang, AliasMatcher>();

/** The aliases usable on a page in `lang`: its own names and the English ones. */
function matcherFor(lang: Lang): AliasMatcher {
  let matcher = matcherCache.get(lang);
  if (!matcher) {
    const idOf = new Map<string, string>();
    for (const actor of ACTORS) {
      for (const name of [...(actor.names[lang] ?? []), ...(actor.names.en ?? [])]) {
        const key = fold(name);
        // Korean names are short ("합참", the Joint Chiefs); Latin and Cyrillic ones need three letters.
        if ((key.length >= 3 || (key.length === 2 && /[\uac00-\ud7a3]/.test(key))) && !idOf.has(key)) idOf.set(key, actor.id);
      }
    }
    const alternation = [...idOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    matcher = { re: new RegExp(alternation, 'g'), idOf };
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
  fr: `(?:a|ont|avait|avaient|aurait|auraient)(?:-t-(?:il|elle|ils))?(?: (?:aussi|déjà|également|encore|ensuite|récemment|notamment|ainsi|pourtant)){0,2} (?:déclaré|affirmé|estimé|indiqué|annoncé|rapporté|précisé|ajouté|assuré|confirmé|révélé|souligné|dit|reconnu|fait savoir|communiqué|démenti|noté|signalé|averti|observé|découvert|présenté|expliqué|évalué|prévenu)|(?:déclar|affirm|estim|indiqu|annon[cç]|rapport|précis|ajout|assur|confirm|révél|soulign|signal|avert|évalu|expliqu)(?:e|es|ent|ait|aient|ant)|dit|dément|démentent|prévoit|prévoyait|reconnaît|(?:a|avait|ont|avaient)(?: (?:en outre|pour sa part|de son côté))? (?:avancé|évoqué|chiffré|signalé|estimé|fait état)|évoqu(?:e|ait|aient|ent)|chiffr(?:e|ait|ent)|table`,
  en: 'said|says|told|stated|reported|reports|estimated|estimates|claimed|claims|announced|confirmed|assessed|assesses|believes|added|noted|revealed|warned|wrote|denied|observed|found|presented|briefed|explained|believed|tells|say|put|puts|putting|cited|estimate|assessed|gave',
  de: 'zufolge|sagte|sagt|sagten|erklärte|erklärt|erklärten|teilte|teilt|mitteilte|berichtete|berichtet|berichteten|schätzt|schätzte|schätzen|meldet|meldete|hieß es|heißt es|bestätigte|bestätigt|gibt an|gab an|bezifferte|beziffert|sprach von|spricht von|ging von|geht von|schätzungen',
  es: 'dijo|dice|dijeron|afirmó|afirma|afirmaron|declaró|declara|informó|informa|informaron|estimó|estima|estiman|aseguró|asegura|señaló|señala|indicó|indica|reportó|confirmó|confirma|reveló|calcula|calculó|explicó|cifró|cifra|habló de|habla de|sostiene|sostuvo',
  ru: 'заявил|заявила|заявили|сообщил|сообщила|сообщили|сообщает|сказал|сказала|оценил|оценили|оценивает|оценивают|считает|считают|подтвердил|подтвердили|утверждает|отметил|рассказал|пишет|оценила|оценило|сообщала|сообщало|заявлял|заявляла|называет|называют|признал|признала|доложил',
  uk: 'заявив|заявила|заявили|повідомив|повідомила|повідомили|повідомляє|сказав|сказала|оцінив|оцінили|оцінює|оцінюють|вважає|вважають|підтвердив|підтвердили|стверджує|зазначив|розповів|пише|оцінила|оцінювало|оцінював|повідомляло|повідомляла|заявляв|заявляла|казав|називає',
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
}

function cuesIn(s: string, lang: Lang): Cue[] {
  const out: Cue[] = [];
  const prep = PREP_RE[lang];
  const verb = VERB_RE[lang];
  if (prep) {
    prep.lastIndex = 0;
    for (let m = prep.exec(s); m; m = prep.exec(s)) out.push({ start: m.index, end: m.index + m[0].length, before: true, after: false });
  }
  if (verb) {
    verb.lastIndex = 0;
    for (let m = verb.exec(s); m; m = verb.exec(s)) {
      const inverted = /[,"»”“:]\s*$/.test(s.slice(Math.max(0, m.index - 4), m.index)) || /-t-/.test(m[0]);
      // After a quote or comma the verb is inverted: its subject follows ("», a déclaré le NIS").
      out.push({ start: m.index, end: m.index + m[0].length, before: inverted, after: !inverted });
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

/**
 * Actor names credited in a sentence: each occurrence near a crediting word, with offsets in the sentence. `surnames`
 * adds the page's family-name references (see surnameAliases).
 */
export function creditedActors(sentence: string, lang: Lang, surnames: ReadonlyMap<string, string> = new Map()): Occurrence[] {
  const s = fold(sentence);
  const cues = cuesIn(s, lang);
  if (cues.length === 0) return [];
  const out: Occurrence[] = [];
  const { re, idOf } = matcherFor(lang);
  const names: Occurrence[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    const end = at + m[0].length;
    if (lang !== 'ko' && (isWordChar(s[at - 1]) || isWordChar(s[end]))) {
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
  // A verb credits only the name right before it, its subject ("Pyongyang's troops ..., the NIS said" → NIS).
  const subjectOf = (c: Cue) => {
    let best: Occurrence | null = null;
    for (const o of names) if (o.end <= c.start && c.start - o.end <= CUE_REACH && (!best || o.end > best.end)) best = o;
    return best;
  };
  const subjects = new Set(cues.filter((c) => c.after).map(subjectOf));
  for (const o of names) {
    const credited =
      subjects.has(o) || cues.some((c) => (c.before && c.end <= o.start && o.start - c.end <= CUE_REACH) || (c.start >= o.start && c.end <= o.end));
    if (credited) out.push(o);
  }
  return out;
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
  for (const actor of ACTORS) {
    for (const name of [...(actor.names[lang] ?? []), ...(actor.names.en ?? [])]) {
      const m = KOREAN_NAME.exec(name);
      if (!m || !text.includes(name)) continue;
      const family = fold(m[1]!);
      const seen = found.get(family);
      found.set(family, seen === undefined || seen === actor.id ? actor.id : null);
    }
  }
  const out = new Map<string, string>();
  for (const [family, id] of found) if (id) out.set(family, id);
  return out;
}

function isPartOf(id: string, ancestor: string): boolean {
  for (let p = PARENT.get(id); p; p = PARENT.get(p)) if (p === ancestor) return true;
  return false;
}

/**
 * The actor a sentence credits for the figure at offset `at` (in the sentence): the credited name nearest to it,
 * or a more specific one named beside it ("le chef du renseignement militaire ukrainien, Kyrylo Boudanov" → gur).
 */
export function actorNear(occurrences: readonly Occurrence[], at: number): string | null {
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

/** true when the sentence credits someone named earlier ("Il a déclaré que près de 11 000 soldats..."). */
export function refersBackToSpeaker(sentence: string): boolean {
  return PRONOUN_SPEAKER.test(sentence);
}
