import type { Lang } from '../claims/vocabulary';

/** The date a figure refers to and the deadline or period it is tied to, as the text says them. */
export interface When {
  date: string | null;
  period: string | null;
}

const MONTH_NAMES: Record<Lang, string[]> = {
  fr: ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'],
  en: ['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sept|sep', 'october|oct', 'november|nov', 'december|dec'],
  de: ['januar|jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  // The dative too: "к декабрю", by December.
  ru: ['январ[ьяею]', 'феврал[ьяею]', 'март[аеу]?', 'апрел[ьяею]', 'ма[йяею]', 'июн[ьяею]', 'июл[ьяею]', 'август[аеу]?', 'сентябр[ьяею]', 'октябр[ьяею]', 'ноябр[ьяею]', 'декабр[ьяею]'],
  uk: ['січ(?:ень|ня|ні)', 'лют(?:ий|ого|ому)', 'берез(?:ень|ня|ні)', 'квіт(?:ень|ня|ні)', 'трав(?:ень|ня|ні)', 'черв(?:ень|ня|ні)', 'лип(?:ень|ня|ні)', 'серп(?:ень|ня|ні)', 'верес(?:ень|ня|ні)', 'жовт(?:ень|ня|ні)', 'листопад(?:а|і)?', 'груд(?:ень|ня|ні)'],
  ko: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
};

const WEEKDAYS: Record<Lang, string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  de: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'сред[ау]', 'четверг', 'пятниц[ау]', 'суббот[ау]'],
  uk: ['неділ[юя]', 'понеділ(?:ок|ка)', 'вівтор(?:ок|ка)', 'серед[ау]', 'четвер', "п['’]ятниц[юя]", 'субот[ау]'],
  ko: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'],
};

/** Words that turn a month or the year's end into a deadline ("d'ici décembre", "by year's end", "к декабрю"). */
const DEADLINE: Record<Lang, string> = {
  fr: "d'ici(?: à)?(?: la)?(?: fin)?(?: de| d')?(?: le)?|avant(?: la)?(?: fin)?(?: de| d')?|jusqu'en|pour",
  en: 'by(?: the end of)?|before(?: the end of)?|until',
  de: 'bis(?: ende| zum)?|bis spätestens',
  es: 'para|antes de(?: finales de| fin de)?|hasta(?: finales de)?',
  ru: 'к(?: концу)?|до(?: конца)?',
  uk: 'до(?: кінця)?',
  ko: '',
};

const YEAR_END: Record<Lang, RegExp> = {
  fr: /(d'ici|avant) (à )?la fin (de l'année|de cette année|d'année)|d'ici la fin de l'an/,
  en: /by (the )?(year'?s end|end of (the|this) year|year-end|the end of 20\d\d)/,
  de: /bis (zum )?jahresende|bis ende des jahres/,
  es: /(para|antes de) (el )?fin(ales)? de(l)? año/,
  ru: /(к|до) концу? года/,
  uk: /до кінця року/,
  ko: /연말까지|올해 말까지/,
};

/**
 * Words of a clause about the future: future and conditional verbs, "is expected to", "sollen", "будут". Matched on
 * lowercased text; a month in such a clause is the coming one.
 */
const FUTURE: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(sera|seront|serait|seraient|devr\p{L}*|pourr\p{L}*|va|vont|doit|doivent|prévu\p{L}*|prévoi\p{L}*|\p{L}{2,}(?:eront|eraient|erait|iront|iraient|irait|dront|draient|drait))(?![\p{L}])/u,
  en: /(?<![\p{L}])(will|would|'ll|shall|expected|expects?|plans?|planned|set to|going to)(?![\p{L}])/u,
  de: /(?<![\p{L}])(wird|werden|würde|würden|soll|sollen|sollte|sollten|geplant|voraussichtlich|erwartet)(?![\p{L}])/u,
  es: /(?<![\p{L}])(va a|van a|deber\p{L}*|prevé|prevén|previst\p{L}*|\p{L}{2,}(?:rá|rán|ría|rían))(?![\p{L}])/u,
  ru: /(?<![\p{L}])(будут|будет|планиру\p{L}*|должн\p{L}*|собира\p{L}*|намерен\p{L}*|ожида\p{L}*)(?![\p{L}])/u,
  uk: /(?<![\p{L}])(будуть|буде|\p{L}{2,}(?:тимуть|тиме)|планує\p{L}*|мають|має|повинн\p{L}*|очіку\p{L}*)(?![\p{L}])/u,
  ko: /예정|계획|전망|것으로 보|할 것/u,
};

/** Whether `text` has a future or conditional verb ("will", "pourrait", "sollen", "будут"). */
export function speaksOfFuture(text: string, lang: Lang): boolean {
  return FUTURE[lang].test(text.toLowerCase().replace(/\u2019/g, "'"));
}

/** The clause around s[from, to): back to the previous and on to the next punctuation, at most 80 characters. */
function clauseAround(s: string, from: number, to: number): string {
  let a = Math.max(0, from - 80);
  const cut = s.slice(a, from).search(/[,;:.!?][^,;:.!?]*$/);
  if (cut >= 0) a += cut + 1;
  const rest = s.slice(to, to + 80);
  const end = rest.search(/[,;:.!?]/);
  return s.slice(a, from) + ' ' + (end >= 0 ? rest.slice(0, end) : rest);
}

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';

interface Patterns {
  dayMonth: RegExp;
  monthDay: RegExp | null;
  deadline: RegExp;
  weekday: RegExp;
  month: RegExp;
  /**
   * A table's date cell holding a month and its year ("May 2025\t14,000"). Elsewhere a month without a preposition
   * is often the start of a period ("since October 2024"), not the figure's date.
   */
  monthYear: RegExp | null;
}

function monthGroup(lang: Lang): string {
  return MONTH_NAMES[lang].map((m) => `(${m})`).join('|');
}

const cache = new Map<Lang, Patterns>();

function patterns(lang: Lang): Patterns {
  let p = cache.get(lang);
  if (p) return p;
  const months = monthGroup(lang);
  if (lang === 'ko') {
    p = {
      dayMonth: /(?:(\d{4})년\s?)?(\d{1,2})월\s?(\d{1,2})일/gu,
      monthDay: null,
      deadline: /(\d{1,2})월(?:말)?까지/gu,
      weekday: new RegExp(WEEKDAYS.ko.map((w) => `(${w})`).join('|'), 'gu'),
      month: /(?:(\d{4})년\s?)?(\d{1,2})월/gu,
      monthYear: null,
    };
  } else {
    const sepDay = lang === 'de' ? '\\.\\s?' : lang === 'es' ? '\\s(?:de\\s)?' : '(?:er|st|nd|rd|th)?\\s';
    const year = lang === 'es' ? '(?:\\s(?:de\\s)?(\\d{4}))?' : '(?:,?\\s(\\d{4}))?';
    p = {
      // A day is one or two digits standing alone: "May 2025" holds no 20 May, "2025 mai" no 25 mai.
      dayMonth: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})${sepDay}(?:${months})${R}${year}`, 'gu'),
      monthDay: lang === 'en' ? new RegExp(`${L}(?:${months})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])(?:,?\\s(\\d{4}))?`, 'gu') : null,
      deadline: new RegExp(`${L}(?:${DEADLINE[lang]})\\s(?:(?:${months})|(?:le\\s)?(\\d{1,2})(?:er)?\\s(?:${months}))${R}`, 'gu'),
      weekday: new RegExp(`${L}(?:${WEEKDAYS[lang].map((w) => `(${w})`).join('|')})${R}`, 'gu'),
      month: new RegExp(`${L}(?:en|in|im|в|у|au mois de|en el mes de)\\s(?:${months})${R}(?:\\s(?:de\\s)?(\\d{4}))?`, 'gu'),
      monthYear: new RegExp(`(?<=^|\\t)(?:${months})\\.?,?\\s(?:de\\s)?(\\d{4})(?=\\t|$)`, 'gu'),
    };
  }
  cache.set(lang, p);
  return p;
}

/** Index (1-12) of the month whose alternative matched, from the capture groups of a month alternation. */
function monthOf(m: RegExpExecArray, firstGroup: number): number {
  for (let k = 0; k < 12; k++) if (m[firstGroup + k] !== undefined) return k + 1;
  return 0;
}

interface Published {
  y: number;
  m: number;
  d: number | null;
}

function parsePublished(published: string | null | undefined): Published | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : null };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d?: number | null) => (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`);

/** The year of a past month/day: the publication's, or the year before when that would be after publication. */
function pastYear(pub: Published, month: number, day: number | null): number {
  const later = month > pub.m || (month === pub.m && day !== null && pub.d !== null && day > pub.d + 7);
  return later ? pub.y - 1 : pub.y;
}

/** The year of a deadline month: the publication's, or the next when the month has passed. */
function futureYear(pub: Published, month: number): number {
  return month < pub.m ? pub.y + 1 : pub.y;
}

interface Hit {
  at: number;
  /** End of the matched words (deadlines only, to keep their dates out of the event dates). */
  end?: number;
  date: string | null;
  period: string | null;
}

function nearest(hits: readonly Hit[], at: number, applies: (offset: number) => boolean): Hit | null {
  let best: Hit | null = null;
  for (const h of hits) if (applies(h.at) && (!best || Math.abs(h.at - at) < Math.abs(best.at - at))) best = h;
  return best;
}

/**
 * When the figure at offset `at` of `sentence` applies: an explicit date ("le 18 octobre", "Monday (Jan 13)"), a
 * weekday resolved against the publication date ("ce mercredi"), a deadline ("d'ici décembre", "seront déployés en
 * décembre" → period "by 2024-12"). Years come from the text or the publication date; without either, nothing is
 * guessed. A figure the sentence does not date gets no date: the page's publication date is the matcher's fallback.
 */
export function whenOf(sentence: string, at: number, lang: Lang, published?: string | null): When {
  return whenAt(datesIn(sentence, lang, published), at);
}

/** The dates and deadlines a sentence states, each with its offset, to pick the nearest for each figure. */
export interface SentenceDates {
  dates: readonly Hit[];
  periods: readonly Hit[];
}

/**
 * The date and deadline nearest to offset `at` among those of a sentence that `applies` accepts (by offset: the
 * ones in the figure's own clause), null when there is none. Deadlines may be held to a narrower stretch than dates
 * (`periodApplies`): another clause's plan is not the figure's, while a date may frame the whole sentence.
 */
export function whenAt(
  found: SentenceDates,
  at: number,
  applies: (offset: number) => boolean = () => true,
  periodApplies: (offset: number) => boolean = applies,
): When {
  return { date: nearest(found.dates, at, applies)?.date ?? null, period: nearest(found.periods, at, periodApplies)?.period ?? null };
}

/** Reads every date, weekday, month and deadline in a sentence once. */
export function datesIn(sentence: string, lang: Lang, published?: string | null): SentenceDates {
  const pub = parsePublished(published);
  const s = sentence.toLowerCase().replace(/[\u2019]/g, "'");
  const p = patterns(lang);
  const dates: Hit[] = [];
  const periods: Hit[] = [];
  const scan = (re: RegExp, f: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      // A date inside a deadline ("d'ici le 1er novembre") is the deadline, not the date of the figure.
      if (!periods.some((p) => p.end !== undefined && m!.index >= p.at && m!.index < p.end)) f(m);
    }
  };
  // A month or day in a clause about the future is a deadline in the coming months, not a past date.
  const push = (m: RegExpExecArray, year: string | undefined, month: number, day: number | null) => {
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return;
    const future = FUTURE[lang].test(clauseAround(s, m.index, m.index + m[0].length));
    const y = year ? Number(year) : !pub ? null : future ? futureYear(pub, month) : pastYear(pub, month, day);
    if (y === null) return;
    if (future) periods.push({ at: m.index, date: null, period: `by ${iso(y, month, day)}` });
    else dates.push({ at: m.index, date: iso(y, month, day), period: null });
  };
  if (lang === 'ko') {
    scan(p.deadline, (m) => {
      if (pub) periods.push({ at: m.index, end: m.index + m[0].length, date: null, period: `by ${iso(futureYear(pub, Number(m[1])), Number(m[1]))}` });
    });
    scan(p.dayMonth, (m) => push(m, m[1], Number(m[2]), Number(m[3])));
  } else {
    scan(p.deadline, (m) => {
      const first = monthOf(m, 1);
      const second = monthOf(m, 14);
      const month = first || second;
      if (!pub || !month) return;
      const y = futureYear(pub, month);
      periods.push({ at: m.index, end: m.index + m[0].length, date: null, period: `by ${iso(y, month, first ? null : Number(m[13]))}` });
    });
    scan(p.dayMonth, (m) => push(m, m[14], monthOf(m, 2), Number(m[1])));
    if (p.monthDay) scan(p.monthDay, (m) => push(m, m[14], monthOf(m, 1), Number(m[13])));
  }
  const yearEnd = YEAR_END[lang].exec(s);
  if (yearEnd && pub) periods.push({ at: yearEnd.index, date: null, period: `by ${pub.y}-12` });
  if (dates.length === 0 && pub?.d) {
    scan(p.weekday, (m) => {
      const weekday = m.slice(1, 8).findIndex((g) => g !== undefined);
      const base = new Date(Date.UTC(pub.y, pub.m - 1, pub.d!));
      const back = (base.getUTCDay() - weekday + 7) % 7;
      const d = new Date(base.getTime() - back * 86400000);
      dates.push({ at: m.index, date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), period: null });
    });
  }
  if (dates.length === 0 && pub) {
    scan(p.month, (m) => (lang === 'ko' ? push(m, m[1], Number(m[2]), null) : push(m, m[13], monthOf(m, 1), null)));
  }
  // Last, so that it never hides a date of the figure's own cell: the figure takes the nearest of its own.
  if (p.monthYear) scan(p.monthYear, (m) => push(m, m[13], monthOf(m, 1), null));
  return { dates, periods };
}
