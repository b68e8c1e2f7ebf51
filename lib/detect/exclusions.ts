import type { Lang } from '../claims/vocabulary';
import { isDigit, isHangul, isLetter } from '../numbers/chars';
import type { NumberMention } from '../numbers/find';
import { onlySpaces, tokenAt, type Token } from '../numbers/tokens';
import { CASUALTIES, ENGINEERS, KILLED, OFFICERS, PERSONNEL, WOUNDED } from './kind-words';
import { perLang, type Stems } from './lexicon';
import { mentionsNorthKorea } from './topic';

/** Units and nouns after a figure that make it a measure, an amount of money, a time or page furniture. */
const NOT_COUNTS = perLang({
  fr: `% pourcent ans an années année âge heures heure h min mn minutes minute secondes jours jour semaines semaine
    mois km kilomètres kilomètre mètres mètre m mm cm kg kilos tonnes tonne t milles nœuds euros euro € dollars dollar
    francs livres wons won yuans roubles hryvnias commentaires commentaire partages vues réactions likes abonnés
    habitants degrés kilotonnes mégatonnes milliards-d'euros calibre gmt utc points`,
  en: `% percent pc years year yr yrs year-old years-old hours hour hrs min mins minutes minute seconds days day weeks
    week months month km kilometres kilometers kilometre kilometer miles mile metres meters m mm cm kg kilograms tonnes
    tons ton t knots euros dollars dollar usd pounds won yuan rubles roubles hryvnias comments comment shares views likes
    followers inhabitants residents degrees kilotons calibre caliber gmt utc bst points pts`,
  de: `% prozent jahre jahren jahr stunden stunde std min minuten sekunden tage tagen tag wochen woche monate monaten monat
    km kilometer meter m mm cm kg tonnen t euro dollar us-dollar won rubel kommentare kommentar einwohner grad kaliber
    lesezeit uhr gmt utc mez punkte punkten`,
  es: `% años año horas hora h min minutos segundos días día semanas semana meses mes km kilómetros kilómetro
    metros m mm cm kg toneladas euros dólares dólar wones rublos comentarios habitantes grados calibre gmt utc puntos`,
  ru: `% процент* лет год* час* мин минут* секунд* дн* сут* недел* месяц* км километр* метр* м мм см кг тонн* т евро
    доллар* рубл* гривен* вон комментари* жител* градус* калибр* мск gmt utc пункт*`,
  uk: `% відсот* років рок* годин* хв хвилин* секунд* дн* доб* тиж* місяц* км кілометр* метр* м мм см кг тонн* т євро
    долар* рубл* гривень гривні грн вон коментар* мешкан* градус* калібр* gmt utc пункт*`,
  ko: `% 퍼센트 년 개월 월 일 시 시간 분 초 세 살 km 킬로미터 미터 톤 원 달러 유로 댓글 주 포인트`,
});

/** Nouns that make a figure in the range of years a count ("2000 soldats", "2000 blessés"). */
const COUNTED = Object.fromEntries(
  (['fr', 'en', 'de', 'es', 'ru', 'uk', 'ko'] as const).map((l) => [l, [PERSONNEL[l], KILLED[l], WOUNDED[l], CASUALTIES[l], ENGINEERS[l], OFFICERS[l]]]),
) as Record<Lang, Stems[]>;

/** Words before a figure that make it a reference, an age, money or a phone number. */
const NOT_COUNTS_BEFORE = perLang({
  fr: `article art n° no numéro résolution paragraphe alinéa chapitre page p tél tel téléphone âgé âgés âgée âgées code vol`,
  en: `article art no number resolution paragraph section chapter page p tel phone aged age code flight room`,
  de: `artikel art nr nummer resolution absatz kapitel seite s tel telefon alter`,
  es: `artículo art nº número resolución párrafo capítulo página tel teléfono edad`,
  ru: `статья статьи статье ст № номер резолюци* пункт* глава страница тел возраст* возрасте`,
  uk: `стаття статті ст № номер резолюці* пункт* розділ сторінка тел віці віку`,
  ko: `제`,
});

const MONTHS = perLang({
  fr: `janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr
    avr juil sept oct nov déc`,
  en: `january february march april may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec`,
  de: `januar jänner februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul
    aug sep okt nov dez`,
  es: `enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre`,
  ru: `январ* феврал* марта март апрел* мая май июн* июл* августа август сентябр* октябр* ноябр* декабр*`,
  uk: `січ* лют* берез* квіт* травн* травень черв* лип* серп* верес* жовт* листопад* груд*`,
});

/** Page furniture that precedes its count: "Comments (12)", "댓글 57", "Комментарии: 42". */
const FURNITURE_BEFORE = perLang({
  fr: 'commentaires commentaire réactions partages vues',
  en: 'comments comment shares views likes replies',
  de: 'kommentare kommentar postings leserkommentare',
  es: 'comentarios comentario compartidos',
  ru: 'комментарии комментариев комментарий просмотры просмотров',
  uk: 'коментарі коментарів коментар перегляди переглядів',
  ko: '댓글 조회 조회수 공감 추천',
});

/**
 * Words that, joined to a figure by a hyphen, make it a duration, an age or a measure: "a 120-day mission",
 * "120-tägigen Einsatz", "a 40-year-old", "30-km". "a 3,000-strong force" stays a count.
 */
const HYPHEN_MEASURES = perLang({
  fr: 'jours jour ans an heures mois semaines km kilomètres mètres mm tonnes',
  en: 'day days year years year-old hour hours week weeks month months km kilometre kilometer mile miles metre meter mm ton tonne',
  de: 'tägig* jährig* stündig* wöchig* monatig* minütig* km kilometer meter mm tonnen tonner',
  es: 'días año años horas meses km',
  ru: 'дневн* летн* часов* месячн* недельн* км километров* мм',
  uk: 'денн* річн* годинн* місячн* тижнев* км кілометров* мм',
});

/**
 * Words after which a year is a date even when a counted noun or a qualifier follows ("depuis février 2022", "since
 * 2022"). Russian "с" and Ukrainian "з" also mean "with" ("с 2000 солдатами"): there a year needs its usual test.
 */
const SINCE = perLang({ fr: 'depuis dès', en: 'since', de: 'seit', es: 'desde' });

/**
 * Stock indices and prices, whose level a related-links box or a ticker gives ("KOSPI 2,600", "코스피 2,600선",
 * "Dow Jones 42.000", "CAC 40 à 7 500", "Brent 80").
 */
const MARKET_NAMES = perLang({
  fr: 'kospi kosdaq nikkei dax cac ftse nasdaq stoxx dow jones seng brent wti bourse',
  en: 'kospi kosdaq nikkei dax cac ftse nasdaq stoxx dow jones seng brent wti',
  de: 'kospi kosdaq nikkei dax mdax cac ftse nasdaq stoxx dow jones seng brent wti',
  es: 'kospi kosdaq nikkei ibex dax cac ftse nasdaq stoxx dow jones seng brent wti',
  ru: 'kospi kosdaq nikkei dax nasdaq dow jones мосбирж* ртс ммвб brent wti',
  uk: 'kospi kosdaq nikkei dax nasdaq dow jones brent wti',
  ko: '코스피 코스닥 니케이 다우 나스닥 kospi kosdaq',
});

/** More than this between two words of a phrase (figures, tabs, spaces) and they are not one phrase. */
const MAX_WORD_GAP = 40;

/** Whether a market name comes among the three words before `pos`, on its line and in its sentence. */
function afterMarketName(text: string, tokens: readonly Token[], pos: number, lang: Lang): boolean {
  const at = tokenAt(tokens, pos);
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const t = tokens[i]!;
    const end = i === at - 1 ? pos : tokens[i + 1]!.s;
    // A long gap without words (a row of figures) is no label either, and is not read: each figure reads a few words.
    if (end - t.e > MAX_WORD_GAP || /[\n.;!?]/.test(text.slice(t.e, end))) return false;
    if (MARKET_NAMES[lang].has(t.w)) return true;
  }
  return false;
}

/** "le 8", "du 13", "am 23.": a day of the month, not a count. */
const DAY_ARTICLES = perLang({ fr: 'le du au dès', de: 'am vom zum', es: 'el del' });

/**
 * Scale words after a figure and "de"/"of": the figure counts millions or billions of something, always money or
 * goods in this domain ("des centaines de milliards d'euros", "hundreds of billions of dollars", "Hunderte Milliarden").
 */
const SCALE_AFTER = perLang({
  fr: 'millions milliards billions',
  en: 'millions billions billion trillions',
  de: 'millionen milliarden',
  es: 'millones',
  ru: 'миллионов миллиардов миллионы миллиарды',
  uk: 'мільйонів мільярдів мільйони мільярди',
});

/** Articles and prepositions before a German ordinal ("der 47. Brigade", "am 3. Tag", "zum 2. Mal"). */
const GERMAN_ORDINAL_BEFORE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'seiner', 'ihrer', 'seinem', 'ihrem']);

/** Words joining the two days of a date range ("Oct. 8 and 13", "du 8 au 13 octobre", "8. bis 13. Oktober"). */
const DAY_RANGE_JOINERS = new Set(['and', 'to', 'through', 'et', 'au', 'à', 'und', 'bis', 'y', 'al', 'и', 'по', 'і', 'та', 'до']);

/** "pour cent", "per cent", "por ciento". */
const PERCENT = /^\s(pour|per|por) (cent|ciento)\b/i;

/** Words after a figure on its own line: the figure opens a sentence there, not a count under a label. */
const LINE_GOES_ON = /^[^\n]*?\p{L}/u;

const SYMBOLS_BEFORE = /[$€£¥₩₽₴+#№]\s?$/;
/** A plus sign on a figure in thousands, "+3,000 in January": that many more, no phone number ("+33 1 ..."). */
const INCREASE = /(?:^|[\s(])\+$/;
/** A "+" between two figures adds them ("1.000 + 5.000 Minenräumer"): it is no sign or reference. */
const ADDED_TO_FIGURE = /(?:\d|[십백천만억])[ \u00a0]{1,2}\+[ \u00a0]$/;
/** An icon before a figure is page furniture: "👁 48 312" views, "💬 57" comments. */
const ICON_BEFORE = /\p{Extended_Pictographic}\uFE0F?\s?$/u;
/** A digit group starting with 0 next to the figure: the figure is a piece of a phone number ("0330 100 0000"). */
const ZERO_GROUP_BEFORE = /(?:^|[^\d.,])0\d*[ \u00a0]$/;
const ZERO_GROUP_AFTER = /^[ \u00a0]0\d/;
/** "Putin (72)", "Kim Jong Un (40)": an age in brackets after a name. */
const NAME_THEN_BRACKET = /\p{Lu}[\p{L}-]*\s?\($/u;

/**
 * "les 14 et 15 décembre", "at 17 or 18 years", "am 8. und 9. Mai": a small figure joined to a second one that a
 * month or a unit follows is a day or a measure like it.
 */
const PAIRED_SMALL = /^\.?\s(?:et|ou|à|au|and|or|to|through|und|oder|bis|y|o|a|al|и|или|по|до|і|й|та|або)\s(\d{1,2})\.?\s/;
const SYMBOLS_AFTER = /^\s?(%|‰|€|\$|£|°|₩|₽|₴|¥|km\b)/;

/**
 * Hangul words attached to a figure that make it a date, time, age, measure or price; "선" alone is a level or a
 * line ("코스피 2,600선", "38선"), not a word it starts ("선박", "선원").
 */
const KOREAN_NOT_COUNT = /^(?:여\s?)?(년|개월|월|일|시|분|초|세|살|킬로|미터|톤|원|달러|유로|퍼센트|차|번째|위|선(?![\uac00-\ud7a3]))/;

/** Whether the text before `pos` ends with a day of a month: "Oct. 8", "8 octobre", "23. Oktober", "le 8". */
function endsDayOfMonth(text: string, tokens: readonly Token[], pos: number, lang: Lang): boolean {
  const m = /(\d{1,2})\.?\s*$/.exec(text.slice(Math.max(0, pos - 4), pos));
  if (!m || Number(m[1]) > 31) return false;
  const at = pos - m[0].length;
  const before = prevToken(tokens, at);
  if (before && /^[\s.]{0,3}$/.test(text.slice(before.e, at)) && (MONTHS[lang].has(before.w) || MONTHS.en.has(before.w) || DAY_ARTICLES[lang].has(before.w))) return true;
  return false;
}

/** The text of the line before `pos`, at most 80 characters of it (a look-up per figure must stay short). */
function lineBefore(text: string, pos: number): string {
  const chunk = text.slice(Math.max(0, pos - 80), pos);
  return chunk.slice(chunk.lastIndexOf('\n') + 1);
}

function prevToken(tokens: readonly Token[], pos: number): Token | undefined {
  return tokens[tokenAt(tokens, pos) - 1];
}

/**
 * Why a figure is not a count of anything (a date, year, time, money, percentage, measure, reference, page
 * furniture...), or null when it may be one. Looks only at a few characters and words around the figure.
 */
export function notACount(text: string, tokens: readonly Token[], m: NumberMention, lang: Lang): string | null {
  if (m.fractional) return 'decimal';
  const before = text.charCodeAt(m.start - 1);
  const after = text.charCodeAt(m.end);
  // Codes and ordinals: F-16, KN-23, 1er, 38e, 2nd, 05H55, 170mm.
  if (!m.words) {
    if (isLetter(before) || (before === 0x2d && isLetter(text.charCodeAt(m.start - 2)))) return 'code';
    if (after === 0x2d && isLetter(text.charCodeAt(m.end + 1))) {
      const word = tokens[tokenAt(tokens, m.end + 1)];
      if (word && word.s === m.end + 1 && HYPHEN_MEASURES[lang].has(word.w.split('-')[0]!)) return 'duration or measure';
    }
    if (isLetter(after) && !isHangul(after)) return 'attached letters';
    if (KOREAN_NOT_COUNT.test(text.slice(m.end, m.end + 5))) return 'korean unit';
    if ((after === 0x3a || after === 0x2f) && isDigit(text.charCodeAt(m.end + 1))) return 'time or date';
    if ((before === 0x3a || before === 0x2f) && isDigit(text.charCodeAt(m.start - 2))) return 'time or date';
    if (before === 0x2e && isDigit(text.charCodeAt(m.start - 2))) return 'date';
  }
  const before4 = text.slice(Math.max(0, m.spanStart - 4), m.spanStart);
  const increase = INCREASE.test(before4) && (m.value ?? 0) >= 1000 && !m.words && !/^[ \u00a0]\d/.test(text.slice(m.end, m.end + 2));
  if (SYMBOLS_BEFORE.test(before4) && !ADDED_TO_FIGURE.test(before4) && !increase) {
    return 'money or reference';
  }
  if (!m.words) {
    // Counts never start with 0: "0330 GMT", "040 000 24 24", "No. 01234567".
    if (text.charCodeAt(m.start) === 0x30 && isDigit(text.charCodeAt(m.start + 1))) return 'code, time or phone number';
    if (ZERO_GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) || ZERO_GROUP_AFTER.test(text.slice(m.end, m.end + 3))) return 'phone number';
    if (ICON_BEFORE.test(text.slice(Math.max(0, m.spanStart - 4), m.spanStart))) return 'page furniture';
    if (m.value !== null && m.value < 120 && text.charCodeAt(m.end) === 0x29 && NAME_THEN_BRACKET.test(text.slice(Math.max(0, m.start - 30), m.start))) return 'age';
  }
  if (SYMBOLS_AFTER.test(text.slice(m.end, m.end + 5))) return 'unit symbol';
  if (PERCENT.test(text.slice(m.end, m.end + 14))) return 'percentage';
  const nextIndex = tokenAt(tokens, m.end);
  let next = tokens[nextIndex];
  if (next && (next.w === "d'" || next.w === 'de' || next.w === 'of') && tokens[nextIndex + 1]) {
    const unit = tokens[nextIndex + 1]!;
    if (onlySpaces(text, m.end, next.s) && NOT_COUNTS[lang].has(unit.w) && /^(euros?|dollars?|wons?|yuans?|roubles?|rubles?|usd)$/.test(unit.w)) return 'money';
  }
  const scale = next && (next.w === "d'" || next.w === 'de' || next.w === 'of') ? tokens[nextIndex + 1] : next;
  if (scale && onlySpaces(text, m.end, next!.s) && SCALE_AFTER[lang].has(scale.w)) return 'scale of an amount';
  // "der 47. Mechanisierten Brigade": a German ordinal, which the sentence splitter keeps inside the sentence.
  if (lang === 'de' && m.plain && text.charCodeAt(m.end) === 0x2e && / \p{L}/u.test(text.slice(m.end + 1, m.end + 3))) {
    const before = prevToken(tokens, m.spanStart);
    if (before && onlySpaces(text, before.e, m.spanStart) && GERMAN_ORDINAL_BEFORE.has(before.w)) return 'ordinal';
  }
  const gapAfter = next ? text.slice(m.end, next.s) : '';
  if (next && /^[\s.]{0,3}$/.test(gapAfter)) {
    if (NOT_COUNTS[lang].has(next.w)) return 'measure, money or time';
    if (m.value !== null && m.value <= 31 && MONTHS[lang].has(next.w)) return 'date';
    if (lang === 'es' && next.w === 'de' && MONTHS.es.has(tokens[nextIndex + 1]?.w ?? '')) return 'date';
  } else next = undefined;
  if (m.value !== null && m.value <= 31 && !m.words) {
    const paired = PAIRED_SMALL.exec(text.slice(m.end, m.end + 14));
    const at = paired && Number(paired[1]) <= 31 ? tokenAt(tokens, m.end + paired[0].length) : -1;
    const then = tokens[at];
    // Spanish puts "de" before the month: "del 8 al 13 de octubre".
    const month = then && then.w === 'de' ? tokens[at + 1] : then;
    if (then && month && then.s === m.end + paired![0].length && (MONTHS[lang].has(month.w) || NOT_COUNTS[lang].has(then.w))) return 'day or measure';
  }
  if (!m.words && afterMarketName(text, tokens, m.spanStart, lang)) return 'stock index or price';
  const prev = prevToken(tokens, m.spanStart);
  // "206 comments" ending the byline is not the label of the figure opening the next line's sentence.
  if (prev && FURNITURE_BEFORE[lang].has(prev.w)) {
    const gap = text.slice(prev.e, m.spanStart);
    if (/^[\s.:(]{0,3}$/.test(gap) && (!gap.includes('\n') || !LINE_GOES_ON.test(text.slice(m.end, m.end + 40)))) return 'page furniture';
  }
  if (prev && /^[\s.]{0,3}$/.test(text.slice(prev.e, m.spanStart))) {
    if (NOT_COUNTS_BEFORE[lang].has(prev.w)) return 'reference or age';
    if (m.value !== null && m.value <= 31 && (MONTHS[lang].has(prev.w) || MONTHS.en.has(prev.w))) return 'date';
    if (m.value !== null && m.value <= 31 && m.qualifier !== 'range' && DAY_ARTICLES[lang].has(prev.w) && !m.words) return 'day of month';
    if (m.value !== null && m.value <= 31 && !m.words && DAY_RANGE_JOINERS.has(prev.w) && endsDayOfMonth(text, tokens, prev.s, lang)) return 'day of month';
  }
  // "2000 soldats" is a count; "en 2024", "© 2024", "(1950-1953)" are years.
  // "Kim Jong Un, 40, ..." is an age.
  if (m.value !== null && m.value < 120 && /^\s?,/.test(text.slice(m.end, m.end + 2)) && /\p{Lu}[\p{L}-]*\s?,\s?$/u.test(text.slice(Math.max(0, m.spanStart - 30), m.spanStart))) return 'age';
  if (m.plain && m.value !== null && m.value >= 1800 && m.value <= 2100) {
    // "depuis février 2022", "since 2022": a date whatever follows; not "entre janvier et mars, quelque 2000 blessés".
    const word = prevToken(tokens, m.start);
    const dated = word && /^[ \u00a0]{1,2}$/.test(text.slice(word.e, m.start)) && (MONTHS[lang].has(word.w) || MONTHS.en.has(word.w) || SINCE[lang].has(word.w));
    if (dated) return 'year';
    // "quelque 2000 blessés", "about 2000 troops": a qualifier or a counted noun makes it a count; not a noun after a
    // stop ("... depuis 2022.\nPertes"), nor one on the next line when the year ends a line of text ("... in 2024\nCasualties").
    const qualified = m.qualifier === 'approx' || m.qualifier === 'more_than' || m.qualifier === 'at_least';
    const ownNoun = next && !gapAfter.includes('.') && !(gapAfter.includes('\n') && /\p{L}/u.test(lineBefore(text, m.spanStart)));
    if (!qualified && !(ownNoun && COUNTED[lang].some((s) => s.has(next!.w)))) return 'year';
  }
  return null;
}

/**
 * Adjectives of the nations whose armies news about the deployment compares it with: the United States (its troops
 * in South Korea), South Korea itself, Germany, Britain, France, Japan, China. In a figure's noun phrase they make
 * it that army's ("28,500 US troops", "soldats américains", "военных США"). English "South Korean" and "U.S." are
 * two words each.
 */
const OTHER_NATIONS = perLang({
  fr: `américain américains américaine américaines états-unien* sud-coréen* sud-coreen* allemand allemands britannique*
    français japonais chinois états-unis`,
  en: 'american americans us german british french japanese chinese',
  de: 'amerikanisch* us-amerikanisch* us-* usa südkoreanisch* deutsch* britisch* französisch* japanisch* chinesisch* bundeswehr',
  es: `estadounidense estadounidenses norteamericano* surcoreano* alemán alemanes británico* francés franceses japonés
    japoneses chinos`,
  ru: 'американск* южнокорейск* немецк* германск* британск* французск* японск* китайск* сша',
  uk: 'американськ* південнокорейськ* німецьк* британськ* французьк* японськ* китайськ* сша',
});

const SOUTH_KOREA_NOUN = /^kor/;

/**
 * Armies other than North Korea's, named before a figure: the Bundeswehr, the US forces in Korea, South Korea's
 * own army, or a noun for troops with one of OTHER_NATIONS ("Die Bundeswehr zählt 181.000", "주한미군 약 2만8천500명",
 * "American troops number 28,500"). Russia's and Ukraine's armies are left to the loss rules: they are often the
 * source of a figure about North Korea's soldiers.
 */
const OTHER_ARMIES: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:bundeswehr|tsahal|usfk|(?:armée|armées|forces|troupes|soldats|militaires)\s+(?:américain|états-unien|sud-coréen|allemand|britannique|français|japonais)\p{L}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:bundeswehr|usfk|(?:us|u\.s\.|american|south korean|south korea's|south korea’s|german|british|french|japanese)\s+(?:army|armed forces|forces|troops|military|soldiers|marines))(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:bundeswehr|usfk|us-(?:armee|truppen|streitkräfte|soldaten|militär)|(?:amerikanisch|südkoreanisch|deutsch|britisch|französisch)\p{L}*\s+(?:armee|truppen|streitkräfte|soldaten|militär))/iu,
  es: /(?<![\p{L}])(?:bundeswehr|usfk|(?:ejército|ejércitos|fuerzas|tropas|soldados|militares)\s+(?:estadounidense|norteamerican|surcoreano|surcoreana|alem|británic|frances|japones)\p{L}*)/iu,
  ru: /(?<![\p{L}])(?:бундесвер\p{L}*|(?:американск|южнокорейск|немецк|британск|французск)\p{L}*\s+(?:арми|войск|военн|солдат|сил|контингент)\p{L}*)/iu,
  uk: /(?<![\p{L}])(?:бундесвер\p{L}*|(?:американськ|південнокорейськ|німецьк|британськ|французьк)\p{L}*\s+(?:армі|військ|солдат|сил|контингент)\p{L}*)/iu,
  ko: /주한\s?미군|미군|한국군|국군|우리\s?군|자위대/,
};

/** Troops placed in South Korea, where North Korea's never are ("28,500 troops in South Korea"). */
const IN_SOUTH_KOREA =
  /^[^,;:.!?()\n]{0,40}?(?<![\p{L}])(?:in|en|im|в|у|на)\s+(?:south korea|corée du sud|südkorea|corea del sur|южной корее|південній кореї)/iu;

/** Punctuation that ends a figure's noun phrase. */
const PHRASE_END = /[,;:.!?()\n–—]/;

/**
 * Whether a figure counts the armed forces of a country other than North Korea, Russia and Ukraine: its noun phrase
 * names their nation ("28,500 US troops", "28 500 soldats américains") or places them in South Korea ("The United
 * States keeps 28,500 troops in South Korea"), or its clause (from `clauseStart`) names such an army before it with
 * no North Korea in between ("Die Bundeswehr zählt derzeit rund 181.000 Soldaten", "주한미군 약 2만8천500명"). An army
 * the sentence credits as a source (`isSource`: "the South Korean military said 3,000 had died") does not count.
 */
export function otherArmy(
  text: string,
  tokens: readonly Token[],
  m: NumberMention,
  nounEnd: number | null,
  clauseStart: number,
  lang: Lang,
  isSource: (from: number, to: number) => boolean,
): boolean {
  const phraseEnd = Math.max(m.spanEnd, nounEnd ?? m.spanEnd);
  // The noun phrase: the words up to the noun and two after it, up to punctuation.
  let after = 0;
  for (let i = tokenAt(tokens, m.spanEnd); i < tokens.length && after < 2; i++) {
    const t = tokens[i]!;
    const prevEnd = i === 0 ? m.spanEnd : Math.max(m.spanEnd, tokens[i - 1]!.e);
    if (t.s - prevEnd > MAX_WORD_GAP || PHRASE_END.test(text.slice(prevEnd, t.s))) break;
    if (t.s >= phraseEnd) after++;
    const next = tokens[i + 1]?.w ?? '';
    // "North Korean", "nord-coréens", "северокорейских": North Korea's own soldiers.
    if (/cor|kor|кор|кндр|dprk|kpa|북한/.test(t.w) && !/^(sud|süd|sur|южн|півд)/.test(t.w) && !(lang === 'en' && tokens[i - 1]?.w === 'south')) return false;
    // English "us" is the nation only in capitals ("28,500 US troops", not "sent us").
    const nation = OTHER_NATIONS[lang].has(t.w) && !(t.w === 'us' && text.slice(t.s, t.e) !== 'US');
    if (nation || (lang === 'en' && ((t.w === 'south' && SOUTH_KOREA_NOUN.test(next)) || (t.w === 'u' && next === 's')))) return true;
  }
  if (IN_SOUTH_KOREA.test(text.slice(phraseEnd, phraseEnd + 80))) return true;
  const from = Math.max(clauseStart, m.spanStart - 120);
  const before = text.slice(from, m.spanStart);
  const army = OTHER_ARMIES[lang].exec(before);
  if (!army) return false;
  const armyEnd = from + army.index + army[0].length;
  return !isSource(from + army.index, armyEnd) && !mentionsNorthKorea(text.slice(armyEnd, phraseEnd));
}
