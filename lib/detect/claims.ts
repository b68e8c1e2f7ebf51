import type { Kind, Lang } from '../claims/vocabulary';
import { findNumbers, type NumberMention } from '../numbers/find';
import { tokenAt, tokenize, type Token } from '../numbers/tokens';
import { actorNear, creditedActors, creditsUnknownSource, gappedSource, institutionReferredTo, labelSource, refersBackToSpeaker, firstNamed, reportsPrevious, surnameAliases } from './actor';
import { notACount, otherArmy } from './exclusions';
import type { FoundClaim } from './found-claim';
import { clauseCut, foreignIslands, futureCut, inClause, planningCut, subordinateClauses, type Island, type PlanningCut } from './clauses';
import { classify, isCountedNoun, labelOf, type KindScope, type Label } from './kind';
import { CASUALTIES, FOREIGN_FORCES, KILLED, LAUNCH, MOBILISE, NOUN_MODIFIERS, PERSONNEL, VEHICLES, WEAPONS, WOUNDED } from './kind-words';
import { perLang, type Stems } from './lexicon';
import { detectLanguage } from './language';
import { sentenceAt, splitSentences, type Sentence } from './sentences';
import { cellIndex, Tables, type Cell, type TablePlace } from './table';
import { isOnTopic, mentionsNorthKorea } from './topic';
import { datesIn, whenAt, type SentenceDates } from './when';

export interface DetectOptions {
  /** The page's language when known (from <html lang>); detected from the text otherwise. */
  lang?: Lang;
  /** The page's publication date when known (ISO), used when the text gives no date for a figure. */
  published?: string | null;
}

/** Every figure in `text` that states something about North Korea's military involvement with Russia. */
export function detectClaims(text: string, options: DetectOptions = {}): FoundClaim[] {
  if (typeof text !== 'string' || !isOnTopic(text)) return [];
  try {
    return new Detection(text, options.lang ?? detectLanguage(text), options.published ?? null).run();
  } catch {
    // A bug on one odd page must not break the page it runs in: report nothing rather than throw.
    return [];
  }
}

/** Personnel figures above this are Russia's or Ukraine's own forces and losses, never North Korea's deployment. */
const MAX_PERSONNEL = 200_000;
const PERSONNEL_KINDS: ReadonlySet<Kind> = new Set(['troops', 'casualties', 'killed', 'wounded']);

/** "18 des 40 soldats", "300 of the 11,000": the first figure is part of the second. */
const PARTITIVE = /^\s*(des|de ces|d'entre les|parmi les|of the|of|of these|von|der|de los|de las|de|из|с|з|із)\s*$/i;

/** Russia or Ukraine named as a nation (subject or place) in a sentence. */
const FOREIGN_NATION = /(russ|rusia|росс|росі|ukrain|ucrani|украин|україн|kyiv|kiev|kyjiw|kiew|moscou|moscow|moskau|moscú|москв)/giu;

/**
 * A loss attributed to Russia or Ukraine themselves or their armies: "Russia has lost 600,000", "la Russie a perdu",
 * "Россия потеряла", "ВСУ потеряли" (a letter look-ahead ends the verb: \b knows only ASCII letters).
 */
const OWN_LOSSES =
  /(russia|russie|russland|rusia|росси[яи]|росі[яї]|ukraine|ucrania|украин[аы]|україн[аи]|(?<![\p{L}])(?:всу|зсу))\S*\s+(\S+\s+){0,3}(lost|losses|loses|losing|perdu|pertes|perd|perdent|verloren|verluste|verliert|verlieren|perdió|pierde|pierden|pérdidas|потерял\S*|потер[иь]|теря\S*|втратил\S*|втрат[иа]|втрача\S*)(?!\p{L})/iu;

/**
 * Losses named as Russia's, Ukraine's or the enemy's, heading a tally ("Russian losses over the past day:", "les
 * pertes russes", "Втрати ворога за добу:", "потери российских войск", "потери ВСУ"): the figures after it are never
 * North Korea's.
 */
const FOREIGN_LOSSES =
  /(?<![\p{L}])(?:(?:russian|enemy|russia's|ukrainian|ukraine's|russlands|ukraines|russische[n]?|feindliche[n]?)\s+(?:losses|verluste)|(?:losses|pertes|verluste|pérdidas|bajas|потери|потерь|втрати|втрат)\s+(?:de la |of the |of |der |de |des |du )?(?:russ\S*|ukrain\S*|всу|зсу|ennemi\S*|enemy|feind\S*|enemig\S*|rusas|rusia|росси\S*|российск\S*|противника|врага|оккупант\S*|україн\S*|росі\S*|російськ\S*|ворога|окупант\S*|супротивника))(?![\p{L}])/iu;

/** A rate: Russia's or Ukraine's daily losses, never a count of North Korea's deployment or losses. */
const PER_DAY =
  /^\s{0,2}(\S+\s+){0,4}?(par jour|chaque jour|per day|a day|each day|every day|pro tag|am tag|täglich|al día|por día|cada día|в сутки|за сутки|в день|ежедневно|на добу|за добу|щодня|щоденно)(?![\p{L}])/iu;

/** North Koreans who fled to the South: defectors are not soldiers sent to Russia. */
const DEFECTORS =
  /transfuge|défecteur|defector|überläufer|перебежчик|перебіжчик|탈북|(arrivé\S*|arrived|gelangt\S*|llegaron|llegado\S*|прибыл\S*|прибул\S*)\s+(au|in the|im|in den|al|на|в|до)\s+(sud|south|süden|sur|юг|південь)\b/iu;

/** What ties a figure counting mere people ("80 hommes", "236 Nord-Coréens") to the war rather than to other news. */
const WAR_TIE =
  /send|envo|enví|envia|entsend|dépêch|dispatch|achemin|russ|rusia|росс|росі|러시아|kursk|koursk|курск|курськ|курщин|쿠르스크|ukrain|ucrani|украин|україн|우크라|guerre|\bwar\b|krieg|guerra|войн|війн|전쟁|front|combat|kämpf|fight|luch|бо[йеи]|бій|전투|deploy|déplo|entsandt|desplieg|развер|розгорн|파병|envoy|\bsent\b|geschickt|enviad|отправ|направ|відправ|engag|pertes|tués|morts|blessés|killed|dead|wounded|casualt|verlust|getötet|verwundet|bajas|muert|herid|потер|погиб|ранен|втрат|загин|поранен|사상|사망|부상|moscou|moscow|moskau|moscú|москв|kreml|кремл|putin|poutine|путин|путін|mercena|söldner|наемн|найман/iu;

/** People counted without saying they are soldiers: "hommes", "people", "Nord-Coréens". */
const MERE_PEOPLE = perLang({
  fr: 'hommes personnes individus nord-coréens nord-coreens coréens',
  en: 'men people persons individuals koreans',
  de: 'menschen personen mann nordkoreaner',
  es: 'personas hombres individuos norcoreanos',
  ru: 'человек людей северокорейцев корейцев',
  uk: 'осіб людей чоловік північнокорейців корейців',
});

/** Prepositions after a figure's noun that open a place ("on Russian territory"), not the soldiers' nation. */
const PLACE_PREPOSITIONS = perLang({
  fr: 'en sur à au aux dans pour avec contre vers',
  en: 'on in into to at for with against inside toward towards',
  de: 'auf in im an am nach für mit gegen aus zur zum',
  es: 'en a al para con contra sobre hacia',
  ru: 'на в во для с против к по',
  uk: 'на в у для з проти до по',
});

const NOUN_JOINERS: ReadonlySet<string> = new Set(['et', 'ou', 'and', 'or', 'und', 'oder', 'y', 'o', 'и', 'или', 'і', 'й', 'та', 'або']);

/** A live-blog entry or ticker item opens with its time: "23h41", "11:30 ·", "10.05 GMT". */
const TIMESTAMP = /^\d{1,2}[:.hH]\d{2}(?!\d)\s?(GMT|BST|CET|CEST|UTC|ET|MSK|KST|Uhr|h)?(\s*[·•|–—-]|\s*$)/;

/** Implicit figures (no North Korea named near them) smaller than this are too often other news. */
const MIN_IMPLICIT = 100;

/** A table cell longer than this is prose, not a label naming a source. */
const MAX_LABEL = 80;

/** The latest claim: what it counts, its sentence, and its table cell's start (-1 outside tables). */
interface Last {
  ks: KindScope;
  si: number;
  cell: number;
}

/** Figures added to one another: "1.000 + 5.000", "1,000 + 5,000". */
const ADDED = /^[ \u00a0]+\+[ \u00a0]+$/;

/** Index of the first value at or after `pos` in a sorted list (binary search); the list's length when none. */
function firstAtOrAfter(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Detection {
  private readonly tokens: Token[];
  private readonly sentences: Sentence[];
  /** Per-sentence facts, computed at most once and only for sentences near a figure. */
  private readonly northKorea = new Map<number, boolean>();
  private readonly credited = new Map<number, ReturnType<typeof creditedActors>>();
  private readonly dates = new Map<number, SentenceDates>();
  private readonly named = new Map<string, boolean>();
  private readonly foreignAt = new Map<number, number>();
  private readonly lossesEnd = new Map<number, number>();
  private readonly islands = new Map<number, Island[]>();
  private readonly unknownSource = new Map<number, boolean>();
  /** Per sentence: who it names when it only reports the previous one ("Das berichtet der NIS"), else null. */
  private readonly reporter = new Map<number, string | null>();
  private readonly institution = new Map<number, ReturnType<typeof institutionReferredTo>>();
  private readonly backToSpeaker = new Map<number, boolean>();
  /** Per sentence: the sentence that opens its live-blog entry (a timestamped block), -1 outside any entry. */
  private readonly entryOf: number[];
  private readonly entryNK = new Map<number, boolean>();
  private readonly tableRow = new Map<number, boolean>();
  private readonly tableNK = new Map<number, boolean>();
  /** Family names standing for a Korean name given in full in the page ("Lee" for "Lee Seong-kweun"). */
  private readonly surnames: Map<string, string>;
  /** The page's tables, found once its figures are known (see run). */
  private tables: Tables | null = null;
  /** Per table cell (by its start): what it says its column's or row's figures count, and the source it names. */
  private readonly cellLabels = new Map<number, Label | null>();
  private readonly cellSources = new Map<number, string | null>();
  /** Per table cell holding figures (by its start): the label its figures take (see tableLabel). */
  private readonly figureLabels = new Map<number, Label | null>();
  /** Per table row (by its start): the first label cell naming a source, and that source. */
  private readonly rowSources = new Map<number, { at: number; id: string | null }>();
  /** Whether text[from, to) holds a figure that may be a count (set in run). */
  private holdsFigure: (from: number, to: number) => boolean = () => false;

  constructor(
    private readonly text: string,
    private readonly lang: Lang,
    private readonly published: string | null,
  ) {
    this.tokens = tokenize(text);
    this.sentences = splitSentences(text);
    this.surnames = surnameAliases(text, lang);
    let entry = -1;
    this.entryOf = this.sentences.map((s, i) => {
      if ((i === 0 || this.sentences[i - 1]!.block !== s.block) && TIMESTAMP.test(text.slice(s.start, Math.min(s.end, s.start + 24)))) entry = i;
      return entry;
    });
  }

  /** Whether North Korea is named in the live-blog entry of sentence si, up to it (true outside any entry). */
  private entryNamesNorthKorea(si: number): boolean {
    const from = this.entryOf[si]!;
    if (from < 0) return true;
    let v = this.entryNK.get(si);
    if (v === undefined) {
      v = this.namesNorthKorea(si) || (si > from && this.entryNamesNorthKorea(si - 1));
      this.entryNK.set(si, v);
    }
    return v;
  }

  private body(i: number): string {
    const s = this.sentences[i]!;
    return this.text.slice(s.start, s.end);
  }

  private namesNorthKorea(i: number): boolean {
    let v = this.northKorea.get(i);
    if (v === undefined) this.northKorea.set(i, (v = mentionsNorthKorea(this.body(i))));
    return v;
  }

  private datesOf(i: number): SentenceDates {
    let v = this.dates.get(i);
    if (v === undefined) this.dates.set(i, (v = datesIn(this.body(i), this.lang, this.published)));
    return v;
  }

  private islandsOf(i: number): Island[] {
    let v = this.islands.get(i);
    if (v === undefined) {
      const s = this.sentences[i]!;
      this.islands.set(i, (v = subordinateClauses(this.text, s.start, s.end, this.lang)));
    }
    return v;
  }

  /** A word of a figure's noun phrase: a modifier or a noun for what is counted ("soldats nord-coréens"). */
  private readonly inPhrase = (w: string) => NOUN_MODIFIERS[this.lang].has(w) || isCountedNoun(w, this.lang);

  /** The last cut computed: the cut after one figure is the cut before the next, so each is read once. */
  private lastCut: { a: NumberMention; b: NumberMention; at: number | null } | null = null;

  /** Where the clause of figure `a` ends and that of the next figure `b` begins, null when they share one. */
  private cutBetween(a: NumberMention | undefined, b: NumberMention | undefined): number | null {
    if (!a || !b) return null;
    const last = this.lastCut;
    if (last && last.a === a && last.b === b) return last.at;
    const at = clauseCut(this.text, this.tokens, this.lang, a.spanEnd, b.spanStart, this.inPhrase);
    this.lastCut = { a, b, at };
    return at;
  }

  /** Whether sentence i holds a word of `stems` (cached per sentence and word list). */
  private sentenceHas(i: number, key: string, stems: Record<Lang, Stems>): boolean {
    const k = `${key}:${i}`;
    let v = this.named.get(k);
    if (v === undefined) {
      const s = this.sentences[i]!;
      v = false;
      for (let t = tokenAt(this.tokens, s.start); t < this.tokens.length && this.tokens[t]!.s < s.end && !v; t++) {
        v = stems[this.lang].has(this.tokens[t]!.w);
      }
      this.named.set(k, v);
    }
    return v;
  }

  /** Whether sentence i matches `re` (cached per sentence and key). */
  private sentenceMatches(i: number, key: string, re: RegExp): boolean {
    const k = `${key}:${i}`;
    let v = this.named.get(k);
    if (v === undefined) this.named.set(k, (v = re.test(this.body(i))));
    return v;
  }

  /** `read` applied to the body of sentence i, computed once per sentence: several figures ask the same. */
  private onceFor<T>(cache: Map<number, T>, i: number, read: (body: string) => T): T {
    if (cache.has(i)) return cache.get(i)!;
    const v = read(this.body(i));
    cache.set(i, v);
    return v;
  }

  /** Whether sentence i credits a source the database does not know (cached per sentence). */
  private unknownSourceIn(i: number): boolean {
    let v = this.unknownSource.get(i);
    if (v === undefined) this.unknownSource.set(i, (v = creditsUnknownSource(this.body(i), this.lang)));
    return v;
  }

  private creditedIn(i: number): ReturnType<typeof creditedActors> {
    let v = this.credited.get(i);
    if (v === undefined) this.credited.set(i, (v = creditedActors(this.body(i), this.lang, this.surnames)));
    return v;
  }

  /**
   * North Korea named in the sentence, the two before it or the next one in the same block. A live-blog entry is its
   * own context, and a small figure (a toll in other news) takes it only from its own block.
   */
  private northKoreanContext(si: number, amount: number, kind: Kind): boolean {
    const { block } = this.sentences[si]!;
    // Goods are counted in every kind of news (ports, budgets): only North Korea named in their own block makes them its.
    const ownBlock = amount < MIN_IMPLICIT || kind === 'materiel';
    for (let k = si; k >= Math.max(0, si - 2); k--) {
      if (this.sentences[k]!.block !== block && (ownBlock || this.entryOf[k] !== this.entryOf[si])) break;
      if (this.namesNorthKorea(k)) return true;
    }
    const next = this.sentences[si + 1];
    if (next !== undefined && next.block === this.sentences[si]!.block && this.namesNorthKorea(si + 1)) return true;
    return this.tableNamesNorthKorea(si);
  }

  /**
   * A table row (cells joined by tabs) takes North Korea from the rows above it and the caption or heading line
   * right above the table ("Pertes nord-coréennes : qui dit quoi" over "16 déc.\tGUR\tau moins 30\ttués ou blessés").
   */
  private tableNamesNorthKorea(si: number): boolean {
    if (!this.isTableRow(si)) return false;
    const known = this.tableNK.get(si);
    if (known !== undefined) return known;
    // Up the rows to the caption or to a row already answered, then down again: each row is read once per page.
    let k = si - 1;
    let v = false;
    for (; k >= 0; k--) {
      const answered = this.tableNK.get(k);
      if (answered !== undefined || this.namesNorthKorea(k) || !this.isTableRow(k)) {
        v = answered === true || this.namesNorthKorea(k);
        break;
      }
    }
    for (let r = Math.max(k + 1, 0); r <= si; r++) {
      v ||= r > 0 && this.namesNorthKorea(r - 1);
      this.tableNK.set(r, v);
    }
    return v;
  }

  private isTableRow(si: number): boolean {
    let v = this.tableRow.get(si);
    if (v === undefined) this.tableRow.set(si, (v = this.body(si).includes('\t')));
    return v;
  }

  /** What a table cell without figures says is counted ("Tote", "Troops sent"); computed once per cell. */
  private cellLabel(cell: Cell): Label | null {
    let v = this.cellLabels.get(cell.start);
    if (v === undefined) this.cellLabels.set(cell.start, (v = this.holdsFigure(cell.start, cell.end) ? null : labelOf(this.tokens, cell.start, cell.end, this.lang)));
    return v;
  }

  /**
   * What a figure in a table cell counts when its own words do not say: a later cell of its row up to the next cell
   * holding figures ("über 6.000\tTote und Verwundete"), else its column's header ("Casualties"), else its row's
   * first cell ("Killed\t600\t1,100"). Never another row's: each row is its own statement.
   */
  private tableLabel(place: TablePlace): Label | null {
    const { row, column, headers } = place;
    const own = row.cells[column]!;
    let v = this.figureLabels.get(own.start);
    if (v !== undefined) return v;
    v = null;
    for (let c = column + 1; c < row.cells.length && !v; c++) {
      const cell = row.cells[c]!;
      if (this.holdsFigure(cell.start, cell.end)) break;
      v = this.cellLabel(cell);
    }
    for (let h = 0; h < headers.length && !v; h++) {
      const header = headers[h]!.cells[column];
      if (header) v = this.cellLabel(header);
    }
    if (!v && column > 0) v = this.cellLabel(row.cells[0]!);
    this.figureLabels.set(own.start, v);
    return v;
  }

  /**
   * The source a table row names in a label cell before the figure ("NIS (South Korea), April\tabout 600\tdead",
   * "16 déc.\tGUR (Ukraine)\tau moins 30"): its first cell that names one and says nothing of what is counted. A
   * later cell is what is counted or a note.
   */
  private rowSource(place: TablePlace): string | null {
    const { row, column } = place;
    let v = this.rowSources.get(row.start);
    if (v === undefined) {
      v = { at: -1, id: null };
      for (let c = 0; c < row.cells.length; c++) {
        const cell = row.cells[c]!;
        if (this.holdsFigure(cell.start, cell.end) || this.cellLabel(cell)) continue;
        const id = this.cellSource(cell);
        if (id) {
          v = { at: c, id };
          break;
        }
      }
      this.rowSources.set(row.start, v);
    }
    return v.at >= 0 && v.at < column ? v.id : null;
  }

  /** Whether `pos` falls in a cell of the figure's row, other than its own, that holds figures. */
  private inOtherFigureCell(place: TablePlace, pos: number): boolean {
    const { row, column } = place;
    if (pos < row.start || pos >= row.end) return false;
    const c = cellIndex(row, pos);
    const cell = row.cells[c]!;
    return c !== column && this.holdsFigure(cell.start, cell.end);
  }

  private headerSource(place: TablePlace): string | null {
    for (const header of place.headers) {
      const cell = header.cells[place.column];
      const id = cell && !this.cellLabel(cell) ? this.cellSource(cell) : null;
      if (id) return id;
    }
    return null;
  }

  private cellSource(cell: Cell): string | null {
    let v = this.cellSources.get(cell.start);
    if (v === undefined) this.cellSources.set(cell.start, (v = cell.end - cell.start > MAX_LABEL ? null : labelSource(this.text.slice(cell.start, cell.end), this.lang, this.surnames)));
    return v;
  }

  /**
   * Credited actor: the source its own clause names without a verb ("..., Séoul d'environ 1 100"), else the nearest
   * in the sentence, else the last credited in earlier sentences of the same block. `spanStart` is where the figure's
   * qualifier starts, `at` the figure.
   */
  private actorFor(si: number, spanStart: number, at: number): string | null {
    const s = this.sentences[si]!;
    const body = this.body(si);
    const gapped = gappedSource(body, spanStart - s.start, this.lang, this.surnames);
    if (gapped) return gapped;
    // A source credited in the figure's own part of the sentence (between semicolons) before one in another part:
    // "Zelenski eleva las bajas a unas 4.000; Washington las sitúa en torno a 1.200".
    const credited = this.creditedIn(si);
    const from = body.lastIndexOf(';', at - s.start) + 1;
    const semicolon = body.indexOf(';', at - s.start);
    const to = semicolon < 0 ? body.length : semicolon;
    const inPart = credited.filter((o) => o.start >= from && o.end <= to);
    const own = actorNear(inPart.length > 0 ? inPart : credited, at - s.start);
    if (own) return own;
    // A table row is read on its own: its source is the one its label cells or its column's header name ("NIS\tGUR"
    // over "Killed\t600\t1,200"), else one its own cell names in another sentence, never the row above's.
    const place = this.tables?.placeOf(at);
    const cell = place ? place.row.cells[place.column]! : null;
    if (place) {
      const id = this.rowSource(place) ?? this.headerSource(place);
      if (id) return id;
    }
    const inCell = (k: number) => !cell || (this.sentences[k]!.end > cell.start && this.sentences[k]!.start < cell.end);
    // A source the database does not know ("selon des sources") is the figure's, not an earlier sentence's actor.
    if (this.unknownSourceIn(si)) return null;
    // "... 12.000 Soldaten ... . Das berichtet der Geheimdienst NIS.": the next sentence names who said it, in the
    // same paragraph or opening the next one.
    const next = this.sentences[si + 1];
    if (next && next.block - s.block <= 1 && this.entryOf[si + 1] === this.entryOf[si] && inCell(si + 1)) {
      const id = this.onceFor(this.reporter, si + 1, (body) => (reportsPrevious(body, this.lang) ? firstNamed(body, this.lang, this.surnames) : null));
      if (id) return id;
    }
    // Earlier sentences of the paragraph; a pronoun subject ("Il a déclaré") or an institution named by its kind
    // ("the defence ministry said": only an actor of that name) may reach a few sentences further back.
    const fits = this.onceFor(this.institution, si, (body) => institutionReferredTo(body, this.lang));
    const reach = fits || this.onceFor(this.backToSpeaker, si, refersBackToSpeaker) ? 3 : 0;
    for (let k = si - 1; k >= 0; k--) {
      const prev = this.sentences[k]!;
      if ((prev.block !== s.block && si - k > reach) || !inCell(k)) break;
      const id = actorNear(this.creditedIn(k), prev.end - prev.start);
      if (id && (prev.block === s.block || !fits || fits(id))) return id;
      if (this.unknownSourceIn(k)) return null;
    }
    return null;
  }

  /** The figure's own noun phrase names Russian or Ukrainian forces, or its clause reports their own losses. */
  private foreignFigure(m: NumberMention, ks: KindScope, sentence: Sentence): boolean {
    const { tokens, lang } = this;
    const from = tokenAt(tokens, m.spanEnd);
    const afterNoun = tokenAt(tokens, ks.nounEnd ?? m.spanEnd);
    let to = Math.min(tokens.length, afterNoun + 2);
    let foreign = false;
    for (let i = from; i < to && tokens[i]!.s < sentence.end; i++) {
      const w = tokens[i]!.w;
      if (FOREIGN_FORCES[lang].has(w)) foreign = true;
      else if (this.inPhrase(w) && /cor|kor|кор|кндр|북한|dprk|kpa/.test(w)) return false;
      // "troops on Russian territory", "Nordkoreaner auf russischer Seite": a place, not whose soldiers they are.
      else if (i >= afterNoun && PLACE_PREPOSITIONS[lang].has(w)) break;
      // "вбитих і поранених російських військових": nouns joined into one phrase.
      else if (NOUN_JOINERS.has(w) && this.inPhrase(tokens[i + 1]?.w ?? '') && to < afterNoun + 6) to = Math.min(tokens.length, to + 2);
    }
    if (foreign) return true;
    const before = this.text.slice(Math.max(sentence.start, m.spanStart - 60), m.spanStart);
    return OWN_LOSSES.test(before) && !mentionsNorthKorea(before);
  }

  private surface(m: NumberMention, ks: KindScope): [number, number] {
    const end = m.spanEnd;
    if (ks.nounEnd === null || ks.nounEnd <= end) return [m.spanStart, end];
    const between = this.text.slice(end, this.tokens[tokenAt(this.tokens, end)]?.s ?? end);
    const nounStart = this.tokens[tokenAt(this.tokens, ks.nounEnd) - 1]?.s ?? ks.nounEnd;
    const gap = this.text.slice(end, nounStart);
    const adjacent = /^\s{0,2}$/.test(gap) || /^\s(de|d'|d’|of)\s?$/i.test(gap);
    return adjacent && between.length <= 2 ? [m.spanStart, ks.nounEnd] : [m.spanStart, end];
  }

  run(): FoundClaim[] {
    const { text, tokens, lang, sentences } = this;
    const mentions = findNumbers(text, lang, tokens);
    const counts = mentions.map((m) => !notACount(text, tokens, m, lang));
    // The neighbouring figures that may be counts, in the same sentence: clauses are cut between them.
    const sentenceOf = mentions.map((m) => sentenceAt(sentences, m.start));
    const countIndexNear = (k: number, step: 1 | -1): number => {
      for (let j = k + step; j >= 0 && j < mentions.length && sentenceOf[j] === sentenceOf[k]; j += step) if (counts[j]) return j;
      return -1;
    };
    const countNear = (k: number, step: 1 | -1): NumberMention | undefined => mentions[countIndexNear(k, step)];
    // Per figure j, how it and the next figure of its sentence share deadlines (undefined: no next figure).
    const planningCuts = new Map<number, PlanningCut | null>();
    const planningAfter = (j: number): PlanningCut | null | undefined => {
      const n = countIndexNear(j, 1);
      if (n < 0) return undefined;
      if (!planningCuts.has(j)) planningCuts.set(j, planningCut(text, tokens, lang, mentions[j]!.spanEnd, mentions[n]!.spanStart, this.inPhrase));
      return planningCuts.get(j);
    };
    /** The stretch of figure k's sentence whose deadlines and planning cues are its own: see planningCut, futureCut. */
    const planningOf = (k: number, sentence: Sentence): [number, number] => {
      let start = sentence.start;
      for (let j = countIndexNear(k, -1); j >= 0; j = countIndexNear(j, -1)) {
        const cut = planningAfter(j);
        if (cut) {
          start = cut.start;
          break;
        }
      }
      let end = sentence.end;
      for (let j = k, cut = planningAfter(j); cut !== undefined; j = countIndexNear(j, 1), cut = planningAfter(j)) {
        if (cut) {
          end = cut.end;
          break;
        }
      }
      const m = mentions[k]!;
      return [start, futureCut(text, tokens, lang, start, [m.spanStart, m.spanEnd], end, this.inPhrase) ?? end];
    };
    const firstCount = new Map<number, number>();
    mentions.forEach((m, k) => {
      if (counts[k] && !firstCount.has(sentenceOf[k]!)) firstCount.set(sentenceOf[k]!, m.spanStart);
    });
    const countStarts = mentions.filter((_, k) => counts[k]).map((m) => m.start);
    this.holdsFigure = (from, to) => {
      const i = firstAtOrAfter(countStarts, from);
      return i < countStarts.length && countStarts[i]! < to;
    };
    this.tables = new Tables(text, this.holdsFigure);
    // "1.000 + 5.000 Minenräumer", "공병 1천 + 5천 명": figures added by "+" count the same thing, read around the
    // whole sum. Each figure but the last keeps the index of the last; each but the first is marked as added.
    const addedTo = new Map<number, number>();
    const addedToPrevious = new Set<number>();
    for (let k = mentions.length - 1; k >= 0; k--) {
      const n = counts[k] ? countIndexNear(k, 1) : -1;
      if (n >= 0 && mentions[n]!.spanStart - mentions[k]!.spanEnd <= 5 && ADDED.test(text.slice(mentions[k]!.spanEnd, mentions[n]!.spanStart))) {
        addedTo.set(k, addedTo.get(n) ?? n);
        addedToPrevious.add(n);
      }
    }
    /** Per sum (by the index of its last figure): what its first figure counts, which the others count too. */
    const sumKinds = new Map<number, KindScope>();
    const claims: FoundClaim[] = [];
    /** Figures with no noun in a heading, which may restate a claim of the paragraph below ("Zelensky: 3,000 now"). */
    const headings: number[] = [];
    /**
     * The latest claim outside tables, and the latest in a table cell: a figure takes an elided noun only from its
     * own kind of place, and in a table only from its own cell (each row is its own statement; its column says the
     * rest).
     */
    let lastProse: Last | null = null;
    let lastInCell: Last | null = null;
    /** The sentence of the latest claim, wherever it is: its subject is that of the figures after it in the sentence. */
    let latestSentence = -1;
    let wholeIndex = -1;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const si = sentenceOf[k]!;
      if (si < 0) continue;
      const sentence = sentences[si]!;
      const prev = mentions[k - 1];
      const next = mentions[k + 1];
      const nextInSentence = next && next.start < sentence.end ? next : undefined;
      const isPart = nextInSentence !== undefined && PARTITIVE.test(text.slice(m.spanEnd, nextInSentence.spanStart));
      const partitive = isPart ? 'part' : wholeIndex === k ? 'whole' : null;
      if (isPart) wholeIndex = k + 1;
      if (!counts[k]) continue;
      const cutBefore = this.cutBetween(countNear(k, -1), m);
      const cutAfter = this.cutBetween(m, countNear(k, 1));
      const place = this.tables.placeOf(m.start);
      const cell = place ? place.row.cells[place.column]! : null;
      const last: Last | null = cell ? (lastInCell?.cell === cell.start ? lastInCell : null) : lastProse;
      // The figures added to this one end at `added`: what follows that one is theirs.
      const added = addedTo.get(k);
      const afterAdded = added === undefined ? undefined : countNear(added, 1);
      // An elided noun is taken from a recent claim only for figures large enough to be troop counts.
      // From an earlier block only for figures too large to be other news, and never from another live-blog entry.
      const lastSentence = last === null ? -1 : last.si;
      const sameBlock = lastSentence >= 0 && sentence.block === sentences[lastSentence]!.block;
      const amount = m.value ?? m.min;
      const planning = planningOf(k, sentence);
      const near =
        last !== null &&
        si - last.si <= 2 &&
        amount >= 50 &&
        (sameBlock || (sentence.block - sentences[last.si]!.block <= 1 && amount >= MIN_IMPLICIT && this.entryOf[last.si] === this.entryOf[si]));
      const sum = added ?? k;
      const ks = (addedToPrevious.has(k) ? sumKinds.get(sum) : undefined) ?? classify({
        text,
        tokens,
        lang,
        figure: m,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
        prevEnd: Math.max(prev && prev.end > sentence.start ? prev.end : sentence.start, cutBefore ?? 0, cell?.start ?? 0),
        nextStart:
          added === undefined
            ? Math.min(countNear(k, 1)?.spanStart ?? sentence.end, cutAfter ?? Infinity)
            : Math.min(afterAdded?.spanStart ?? sentence.end, this.cutBetween(mentions[added], afterAdded) ?? Infinity),
        partitive,
        whole: isPart ? nextInSentence : undefined,
        carried: near ? last!.ks : null,
        previous: last?.ks ?? null,
        sentenceNamesPersonnel: () => this.sentenceHas(si, 'personnel', PERSONNEL),
        planning,
        figureFollows: countIndexNear(k, 1) >= 0,
        label: place ? this.tableLabel(place) : null,
        joinedEnd: added === undefined ? undefined : mentions[added]!.spanEnd,
      });
      if (ks && added !== undefined && !addedToPrevious.has(k)) sumKinds.set(sum, ks);
      if (!ks) {
        // A table row is no heading over the rows below it.
        if (!place && this.isHeading(si) && amount >= MIN_IMPLICIT && !m.words) headings.push(k);
        continue;
      }
      // A number word without its noun is too often not a count ("l'un des dix plus grands").
      if (m.words && (amount < 2 || (ks.nounEnd === null && m.qualifier !== 'vague' && amount < 1000))) continue;
      // People of any kind (captured, missing... too) are never counted in millions.
      if (ks.kind !== 'materiel' && amount > MAX_PERSONNEL) continue;
      if (ks.scope === 'missiles' && this.sentenceHas(si, 'launch', LAUNCH)) continue;
      if (this.foreignFigure(m, ks, sentence) || this.foreignTally(k, mentions, sentenceOf) || (ks.kind === 'materiel' && this.foreignMateriel(m, si))) continue;
      if (PERSONNEL_KINDS.has(ks.kind) && (this.ownForces(m, si) || this.rate(m, ks, sentence) || this.notTheWar(ks, si) || this.otherArmyFigure(m, ks, si, cutBefore))) continue;
      // A figure in the same sentence as a claim shares its subject ("12 000, dont 500 officiers").
      const sameSentence = latestSentence === si;
      if (!ks.carried && !sameSentence && !this.northKoreanContext(si, amount, ks.kind) && !this.implicitlyNorthKorean(m, ks, si)) continue;
      const [start, end] = this.surface(m, ks);
      const semicolon = text.slice(sentence.start, sentence.end).indexOf(';');
      const clause = {
        start: cutBefore ?? sentence.start,
        end: cutAfter ?? sentence.end,
        islands: foreignIslands(text, tokens, this.islandsOf(si), m.spanStart, end, this.inPhrase),
        frameEnd: Math.min(firstCount.get(si) ?? sentence.end, semicolon < 0 ? Infinity : sentence.start + semicolon),
      };
      // In a table row, what another figure's cell says (its date, its plan) is that figure's.
      const own = (at: number) => inClause(clause, sentence.start + at) && !(place && this.inOtherFigureCell(place, sentence.start + at));
      // A deadline must also be in the figure's planning stretch, unless it frames the whole sentence.
      const ownPlan = (at: number) => {
        const pos = sentence.start + at;
        return own(at) && (pos < clause.frameEnd || (pos >= planning[0] && pos < planning[1]));
      };
      let when = whenAt(this.datesOf(si), m.start - sentence.start, own, ownPlan);
      // In a table row, a date of the figure's own cell ("sent in Jan") before the row's date cell ("Mar 2025").
      if (cell && when.date !== null) {
        const inCell = whenAt(this.datesOf(si), m.start - sentence.start, (at) => own(at) && sentence.start + at >= cell.start && sentence.start + at < cell.end);
        if (inCell.date !== null) when = { date: inCell.date, period: when.period };
      }
      claims.push({
        value: m.value,
        min: m.min,
        max: m.max,
        qualifier: m.qualifier,
        text: text.slice(start, end),
        start,
        end,
        kind: ks.kind,
        scope: ks.scope,
        actor: this.actorFor(si, m.spanStart, m.start),
        date: when.date,
        period: when.period,
        lang,
        sentence: text.slice(sentence.start, sentence.end),
      });
      const latest: Last = { ks: { kind: ks.kind, scope: ks.scope, nounEnd: null }, si, cell: cell?.start ?? -1 };
      if (cell) lastInCell = latest;
      else lastProse = latest;
      latestSentence = si;
    }
    return headings.length === 0 ? claims : this.withHeadings(claims, headings.map((k) => mentions[k]!));
  }

  /** A block of one short sentence with no final stop: a heading, a card title, a fact-box line. */
  private isHeading(si: number): boolean {
    const s = this.sentences[si]!;
    const prev = this.sentences[si - 1];
    const next = this.sentences[si + 1];
    return (
      s.end - s.start <= 80 &&
      (!prev || prev.block !== s.block) &&
      (!next || next.block !== s.block) &&
      !/[.!?…]$/.test(this.text.slice(s.start, s.end))
    );
  }

  /**
   * A heading's figure without a noun counts what the same figure counts in the first sentences of the next block
   * ("Около 10 тысяч на границе" over "Около 10 000 военных КНДР несут службу..."), with its source and date.
   */
  private withHeadings(claims: FoundClaim[], figures: NumberMention[]): FoundClaim[] {
    const { sentences, text } = this;
    const out = [...claims];
    // Claims by sentence, so that each heading looks only at the two sentences below it: linear in the page.
    const bySentence = new Map<number, FoundClaim[]>();
    for (const c of claims) {
      const ci = sentenceAt(sentences, c.start);
      bySentence.set(ci, [...(bySentence.get(ci) ?? []), c]);
    }
    for (const m of figures) {
      const si = sentenceAt(sentences, m.start);
      const block = sentences[si]!.block;
      let below: FoundClaim | undefined;
      for (let ci = si + 1; ci <= si + 2 && !below && sentences[ci]?.block === block + 1; ci++) below = bySentence.get(ci)?.find((c) => c.value === m.value);
      if (!below) continue;
      const s = sentences[si]!;
      out.push({ ...below, value: m.value, min: m.min, max: m.max, qualifier: m.qualifier, text: text.slice(m.spanStart, m.spanEnd), start: m.spanStart, end: m.spanEnd, sentence: text.slice(s.start, s.end) });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * On a page about North Korea's troops, "1.500 soldats sont déjà arrivés en Russie" with no nation named is
   * theirs: an explicit troop noun, and no Russian or Ukrainian subject before the figure in its sentence.
   */
  private implicitlyNorthKorean(m: NumberMention, ks: KindScope, si: number): boolean {
    if (!PERSONNEL_KINDS.has(ks.kind) || (m.value ?? m.min) < MIN_IMPLICIT) return false;
    // A toll whose figure stands alone, with no soldier named ("la cifra de muertos ... asciende a 217"), is as
    // often other news (a flood, a crash) as North Korea's: only its own noun or a soldier named makes it theirs.
    if (ks.kind !== 'troops' && ks.nounEnd === null && !ks.labelled && !this.eventAfter(m, si) && !this.sentenceHas(si, 'personnel', PERSONNEL)) return false;
    return this.foreignNationAt(si) >= m.spanStart && this.entryNamesNorthKorea(si);
  }

  /**
   * A daily tally of Russia's losses as Ukraine publishes it: a figure after a heading of foreign or enemy losses in
   * its sentence or the heading line above, or one of a list of counts of soldiers and of weapons or vehicles
   * ("870 военнослужащих, 2 танка и 41 артиллерийскую систему") in a sentence that does not name North Korea.
   */
  private foreignTally(k: number, mentions: readonly NumberMention[], sentenceOf: readonly number[]): boolean {
    const m = mentions[k]!;
    const si = sentenceOf[k]!;
    const s = this.sentences[si]!;
    if (this.foreignLossesEnd(si) <= m.spanStart && !mentionsNorthKorea(this.text.slice(s.start, m.spanStart))) return true;
    const above = this.sentences[si - 1];
    if (above && this.isHeading(si - 1) && above.block === s.block - 1 && this.foreignLossesEnd(si - 1) < Infinity) return true;
    return !this.namesNorthKorea(si) && this.tallyOfArms(k, mentions, sentenceOf);
  }

  /** Where the first heading of Russian or enemy losses in sentence si ends; Infinity when there is none. */
  private foreignLossesEnd(si: number): number {
    let v = this.lossesEnd.get(si);
    if (v === undefined) {
      // The word for losses first: a cheap, cached look-up that spares most sentences the pattern.
      const found = this.sentenceHas(si, 'losses', CASUALTIES) ? FOREIGN_LOSSES.exec(this.body(si)) : null;
      this.lossesEnd.set(si, (v = found ? this.sentences[si]!.start + found.index + found[0].length : Infinity));
    }
    return v;
  }

  /** Sentence si lists counts of both soldiers and arms or vehicles: a tally of losses, not a deployment. */
  private tallyOfArms(k: number, mentions: readonly NumberMention[], sentenceOf: readonly number[]): boolean {
    const si = sentenceOf[k]!;
    const key = `tally:${si}`;
    let v = this.named.get(key);
    if (v === undefined) {
      const { lang, tokens } = this;
      let people = false;
      let arms = false;
      let first = k;
      while (first > 0 && sentenceOf[first - 1] === si) first--;
      for (let j = first; j < mentions.length && sentenceOf[j] === si; j++) {
        const noun = tokens[tokenAt(tokens, mentions[j]!.spanEnd)];
        if (!noun || noun.s - mentions[j]!.spanEnd > 2) continue;
        people ||= PERSONNEL[lang].has(noun.w);
        arms ||= VEHICLES[lang].has(noun.w) || WEAPONS[lang].has(noun.w);
      }
      this.named.set(key, (v = people && arms));
    }
    return v;
  }

  /** Goods a clause credits to Russia or Ukraine without naming North Korea: "Ukraine produced a million drones". */
  private foreignMateriel(m: NumberMention, si: number): boolean {
    const s = this.sentences[si]!;
    const body = this.body(si);
    const at = m.spanStart - s.start;
    const from = body.lastIndexOf(';', at) + 1;
    const semicolon = body.indexOf(';', at);
    if (mentionsNorthKorea(body.slice(from, semicolon < 0 ? body.length : semicolon))) return false;
    const nation = this.foreignNationAt(si);
    return nation >= s.start + from && nation < m.spanStart;
  }

  /** Another country's soldiers: see otherArmy. An army credited as the sentence's source is not counted. */
  private otherArmyFigure(m: NumberMention, ks: KindScope, si: number, cutBefore: number | null): boolean {
    const s = this.sentences[si]!;
    const sources = this.creditedIn(si);
    const isSource = (from: number, to: number) => sources.some((o) => s.start + o.start < to && from < s.start + o.end);
    return otherArmy(this.text, this.tokens, m, ks.nounEnd, Math.max(s.start, cutBefore ?? 0), this.lang, isSource);
  }

  /** A death or wound told by the words after the figure: "around 1,000 had been killed", "un millier auraient été tués". */
  private eventAfter(m: NumberMention, si: number): boolean {
    const { tokens, lang } = this;
    const end = this.sentences[si]!.end;
    for (let t = tokenAt(tokens, m.spanEnd), n = 0; t < tokens.length && tokens[t]!.s < end && n < 6; t++, n++) {
      const w = tokens[t]!.w;
      if (KILLED[lang].has(w) || WOUNDED[lang].has(w) || CASUALTIES[lang].has(w)) return true;
    }
    return false;
  }

  /** "plus de 1 000 hommes par jour": a daily rate, unless North Korea is named before it in its clause. */
  private rate(m: NumberMention, ks: KindScope, sentence: Sentence): boolean {
    const after = Math.max(m.spanEnd, ks.nounEnd ?? 0);
    if (!PER_DAY.test(this.text.slice(after, Math.min(sentence.end, after + 40)))) return false;
    return !mentionsNorthKorea(this.text.slice(sentence.start, m.spanStart));
  }

  /**
   * Figures about North Koreans that are not the deployment: defectors reaching the South, or mere people ("80
   * hommes") in a sentence and block that say nothing of Russia, the war or its losses.
   */
  private notTheWar(ks: KindScope, si: number): boolean {
    if (ks.kind === 'troops' && this.sentenceMatches(si, 'defectors', DEFECTORS)) return true;
    if (ks.nounEnd === null) return false;
    const noun = this.tokens[tokenAt(this.tokens, ks.nounEnd) - 1];
    if (!noun || !MERE_PEOPLE[this.lang].has(noun.w)) return false;
    const block = this.sentences[si]!.block;
    for (let k = Math.max(0, si - 2); k < this.sentences.length && k <= si + 1; k++) {
      if (this.sentences[k]!.block === block && this.sentenceMatches(k, 'war', WAR_TIE)) return false;
    }
    return true;
  }

  /**
   * Offset of the first Russia or Ukraine named in sentence si other than inside a credited source ("selon le
   * renseignement ukrainien" names a source, not a subject); Infinity when none.
   */
  private foreignNationAt(si: number): number {
    let at = this.foreignAt.get(si);
    if (at === undefined) {
      at = Infinity;
      const body = this.body(si);
      const sources = this.creditedIn(si);
      FOREIGN_NATION.lastIndex = 0;
      for (let f = FOREIGN_NATION.exec(body); f; f = FOREIGN_NATION.exec(body)) {
        const i = f.index;
        if (!sources.some((o) => o.start <= i && i < o.end)) {
          at = this.sentences[si]!.start + i;
          break;
        }
      }
      this.foreignAt.set(si, at);
    }
    return at;
  }

  /**
   * A country's own call-up: the clause before the figure mobilises or recruits and names Russia or Ukraine, not
   * North Korea ("Ukraine plans to mobilise another 160,000 people"). A Russian or Ukrainian subject alone is not
   * enough: it is often the source of a figure ("Украинская сторона называет почти 14 тысяч").
   */
  private ownForces(m: NumberMention, si: number): boolean {
    const { tokens, text } = this;
    const s = this.sentences[si]!;
    let from = Math.max(s.start, m.spanStart - 120);
    const cut = text.slice(from, m.spanStart).search(/[;:.!?][^;:.!?]*$/);
    if (cut >= 0) from += cut + 1;
    let mobilises = false;
    for (let t = tokenAt(tokens, from); t < tokens.length && tokens[t]!.s < m.spanStart && !mobilises; t++) mobilises = MOBILISE[this.lang].has(tokens[t]!.w);
    if (!mobilises) return false;
    const clause = text.slice(from, m.spanStart);
    return !mentionsNorthKorea(clause) && (this.foreignNationAt(si) < m.spanStart || !this.namesNorthKorea(si));
  }
}

