import type { Lang } from '../claims/vocabulary';
import { onlySpaces, type Token } from './tokens';

/**
 * Number words per language. Each word has a role in the grammar of cardinals:
 * U unit (1-9), T 10-19, D tens (Spanish "veintiuno" included), H "hundred" that multiplies ("deux cents"),
 * C hundreds that add ("doscientos", "двести", "сто"), S scale (thousand, million), and the joiners in JOINERS.
 */
type Role = 'U' | 'T' | 'D' | 'H' | 'C' | 'S';
type Lexicon = ReadonlyMap<string, readonly [number, Role]>;

function lexicon(spec: Record<Role, string>): Lexicon {
  const map = new Map<string, readonly [number, Role]>();
  for (const role of Object.keys(spec) as Role[]) {
    for (const entry of spec[role].trim().split(/\s+/)) {
      const [forms, value] = entry.split('=');
      for (const form of forms!.split('/')) map.set(form, [Number(value), role]);
    }
  }
  return map;
}

const LEXICONS: Record<Lang, Lexicon> = {
  fr: lexicon({
    U: 'un/une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9',
    T: 'dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16',
    D: 'vingt/vingts=20 trente=30 quarante=40 cinquante=50 soixante=60 septante=70 huitante/octante=80 nonante=90',
    H: 'cent/cents=100',
    C: '',
    S: 'mille/mil=1000 million/millions=1000000 milliard/milliards=1000000000',
  }),
  en: lexicon({
    U: 'one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9',
    T: 'ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19',
    D: 'twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90',
    H: 'hundred=100',
    C: '',
    S: 'thousand=1000 million=1000000 billion=1000000000',
  }),
  de: lexicon({
    U: 'ein/eine/eins=1 zwei/zwo=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9',
    T: 'zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19',
    D: 'zwanzig=20 dreißig/dreissig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90',
    H: 'hundert=100',
    C: '',
    S: 'tausend=1000 million/millionen=1000000 milliarde/milliarden=1000000000',
  }),
  es: lexicon({
    U: 'un/uno/una=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9',
    T: 'diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis/dieciseis=16 diecisiete=17 dieciocho=18 diecinueve=19',
    D: `veinte=20 veintiuno/veintiún/veintiuna/veintiun=21 veintidós/veintidos=22 veintitrés/veintitres=23 veinticuatro=24
      veinticinco=25 veintiséis/veintiseis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40
      cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90`,
    H: '',
    C: `cien/ciento=100 doscientos/doscientas=200 trescientos/trescientas=300 cuatrocientos/cuatrocientas=400
      quinientos/quinientas=500 seiscientos/seiscientas=600 setecientos/setecientas=700 ochocientos/ochocientas=800
      novecientos/novecientas=900`,
    S: 'mil=1000 millón/millon/millones=1000000',
  }),
  ru: lexicon({
    U: `один/одна/одно/одного/одной/одну/одному=1 два/две/двух/двум/двумя=2 три/трех/трёх/трем/тремя=3
      четыре/четырех/четырёх/четырем/четырьмя=4 пять/пяти/пятью=5 шесть/шести/шестью=6 семь/семи/семью=7
      восемь/восьми/восемью=8 девять/девяти/девятью=9`,
    T: `десять/десяти=10 одиннадцать/одиннадцати=11 двенадцать/двенадцати=12 тринадцать/тринадцати=13
      четырнадцать/четырнадцати=14 пятнадцать/пятнадцати=15 шестнадцать/шестнадцати=16 семнадцать/семнадцати=17
      восемнадцать/восемнадцати=18 девятнадцать/девятнадцати=19`,
    D: `двадцать/двадцати=20 тридцать/тридцати=30 сорок/сорока=40 пятьдесят/пятидесяти=50 шестьдесят/шестидесяти=60
      семьдесят/семидесяти=70 восемьдесят/восьмидесяти=80 девяносто/девяноста=90`,
    H: '',
    C: `сто/ста=100 двести/двухсот=200 триста/трехсот/трёхсот=300 четыреста/четырехсот/четырёхсот=400
      пятьсот/пятисот=500 шестьсот/шестисот=600 семьсот/семисот=700 восемьсот/восьмисот=800 девятьсот/девятисот=900`,
    S: `тысяча/тысячи/тысяч/тысячу/тысячей/тысячам/тысячами/тысячах=1000
      миллион/миллиона/миллионов/миллиону/миллионами=1000000 миллиард/миллиарда/миллиардов=1000000000`,
  }),
  uk: lexicon({
    U: `один/одна/одне/одного/одної/одну=1 два/дві/двох/двом=2 три/трьох/трьом=3 чотири/чотирьох=4
      п'ять/п'яти/п'ятьох=5 шість/шести/шістьох=6 сім/семи/сімох=7 вісім/восьми/вісьмох=8 дев'ять/дев'яти=9`,
    T: `десять/десяти=10 одинадцять/одинадцяти=11 дванадцять/дванадцяти=12 тринадцять/тринадцяти=13
      чотирнадцять/чотирнадцяти=14 п'ятнадцять/п'ятнадцяти=15 шістнадцять/шістнадцяти=16 сімнадцять/сімнадцяти=17
      вісімнадцять/вісімнадцяти=18 дев'ятнадцять/дев'ятнадцяти=19`,
    D: `двадцять/двадцяти=20 тридцять/тридцяти=30 сорок/сорока=40 п'ятдесят/п'ятдесяти=50 шістдесят/шістдесяти=60
      сімдесят/сімдесяти=70 вісімдесят/вісімдесяти=80 дев'яносто/дев'яноста=90`,
    H: '',
    C: `сто/ста=100 двісті/двохсот=200 триста/трьохсот=300 чотириста/чотирьохсот=400 п'ятсот/п'ятисот=500
      шістсот/шестисот=600 сімсот/семисот=700 вісімсот/восьмисот=800 дев'ятсот/дев'ятисот=900`,
    S: `тисяча/тисячі/тисяч/тисячу/тисячею/тисячам/тисячами/тисячах=1000 мільйон/мільйона/мільйони/мільйонів=1000000
      мільярд/мільярда/мільярди/мільярдів=1000000000`,
  }),
  ko: new Map(),
};

/** Words that join parts of one cardinal ("vingt et un", "one hundred and five", "treinta y dos"). */
const JOINERS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['et']),
  en: new Set(['and']),
  de: new Set(['und']),
  es: new Set(['y']),
  ru: new Set(),
  uk: new Set(),
  ko: new Set(),
};

/** Scale words written after digits: "1,5 million", "12 mil", "11 тысяч", "10 Tausend", "3 тис.". */
const SCALE_AFTER_DIGITS: Record<Lang, ReadonlyMap<string, number>> = {
  fr: scales('mille=1000 millier/milliers=1000 million/millions=1000000 milliard/milliards=1000000000 md/mds=1000000000'),
  en: scales('thousand=1000 million=1000000 mn=1000000 billion=1000000000 bn=1000000000'),
  de: scales('tausend=1000 million/millionen/mio=1000000 milliarde/milliarden/mrd=1000000000'),
  es: scales('mil=1000 millón/millon/millones=1000000'),
  ru: scales(`тыс/тысяча/тысячи/тысяч/тысячу/тысячей/тысячами/тысячах/тысячам=1000 млн/миллион/миллиона/миллионов=1000000
    млрд/миллиард/миллиарда/миллиардов=1000000000`),
  uk: scales(`тис/тисяча/тисячі/тисяч/тисячу/тисячею/тисячами/тисячах/тисячам=1000 млн/мільйон/мільйона/мільйони/мільйонів=1000000
    млрд/мільярд/мільярда/мільярди/мільярдів=1000000000`),
  ko: scales(''),
};

function scales(spec: string): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const entry of spec.trim().split(/\s+/).filter(Boolean)) {
    const [forms, value] = entry.split('=');
    for (const form of forms!.split('/')) map.set(form, Number(value));
  }
  return map;
}

/** The multiplier a scale word after digits stands for ("millions" → 1e6), or undefined. */
export function scaleWord(word: string, lang: Lang): number | undefined {
  return SCALE_AFTER_DIGITS[lang].get(word) ?? (lang === 'en' ? undefined : SCALE_AFTER_DIGITS.en.get(word));
}

const GERMAN_PARTS = [...LEXICONS.de.keys(), 'und'].sort((a, b) => b.length - a.length);

/** Splits a German compound ("zweitausendsechshundert") into lexicon words; null when it is not one. */
function germanParts(word: string): string[] | null {
  const parts: string[] = [];
  let i = 0;
  while (i < word.length) {
    const part = GERMAN_PARTS.find((p) => word.startsWith(p, i));
    if (!part) return null;
    parts.push(part);
    i += part.length;
  }
  return parts.length > 1 ? parts : null;
}

/** Plural case forms of scale words: alone they are a vague quantity, never 1 × the scale. */
const PLURAL_SCALES: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(),
  en: new Set(),
  de: new Set(),
  es: new Set(),
  ru: new Set(['тысяч', 'тысячам', 'тысячами', 'тысячах', 'миллионов', 'миллионами', 'миллиардов']),
  uk: new Set(['тисяч', 'тисячам', 'тисячами', 'тисячах', 'мільйонів', 'мільярдів']),
  ko: new Set(),
};

/** Adds cardinal words one by one, refusing any that cannot continue the number ("deux trois" is not 5). */
class Cardinal {
  total = 0;
  current = 0;
  last: Role | 'J' | null = null;
  lastScale = Infinity;
  words = 0;

  constructor(private readonly lang: Lang) {}

  copy(): Cardinal {
    const c = new Cardinal(this.lang);
    c.total = this.total;
    c.current = this.current;
    c.last = this.last;
    c.lastScale = this.lastScale;
    c.words = this.words;
    return c;
  }

  get value(): number {
    return this.total + this.current;
  }

  /** Tries one word; returns false (changing nothing) when it cannot continue the number. */
  add(value: number, role: Role): boolean {
    const cur = this.current;
    const sub = cur % 100;
    let next = cur;
    switch (role) {
      case 'U':
        if (sub === 0 && this.last !== 'U' && this.last !== 'T') next = cur + value;
        else if (this.last === 'D' && sub % 10 === 0) next = cur + value;
        else if (this.lang === 'fr' && this.last === 'T' && sub % 10 === 0) next = cur + value; // dix-sept, soixante-dix-neuf
        else if (this.last === 'J' && sub >= 20 && sub % 10 === 0) next = cur + value;
        else return false;
        break;
      case 'T':
        if (sub === 0 && this.last !== 'U' && this.last !== 'T') next = cur + value;
        else if (this.lang === 'fr' && (sub === 60 || sub === 80) && (this.last === 'D' || this.last === 'J')) next = cur + value;
        else return false;
        break;
      case 'D':
        if (sub === 0 && this.last !== 'U' && this.last !== 'T' && this.last !== 'D') next = cur + value;
        else if (this.lang === 'fr' && value === 20 && sub === 4 && this.last === 'U') next = cur + 76;
        else if (this.lang === 'de' && this.last === 'J' && sub > 0 && sub < 10) next = cur + value;
        else return false;
        break;
      case 'H':
        if (cur < 10 && this.last !== 'H' && this.last !== 'J') next = (cur || 1) * 100;
        // English "twenty-six hundred" = 2 600, before any thousand.
        else if (this.lang === 'en' && cur > 10 && cur < 100 && this.total === 0 && this.last !== 'J') next = cur * 100;
        else return false;
        break;
      case 'C':
        if (cur === 0 && this.last !== 'J') next = value;
        else return false;
        break;
      case 'S':
        if (value >= this.lastScale || this.last === 'J') return false;
        this.total += (cur || 1) * value;
        this.current = 0;
        this.lastScale = value;
        this.last = 'S';
        this.words++;
        return true;
    }
    this.current = next;
    this.last = role;
    this.words++;
    return true;
  }

  join(): boolean {
    if (this.last === null || this.last === 'J') return false;
    this.last = 'J';
    return true;
  }
}

/** A number written in words, with its offsets in the text. */
export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** Index of the token after the last word read. */
  next: number;
}

function entriesOf(word: string, lang: Lang): Array<readonly [number, Role] | 'J'> | null {
  const lex = LEXICONS[lang];
  const direct = lex.get(word);
  if (direct) return [direct];
  if (JOINERS[lang].has(word)) return ['J'];
  const pieces = word.includes('-') ? word.split('-') : lang === 'de' ? germanParts(word) : null;
  if (!pieces) return null;
  const out: Array<readonly [number, Role] | 'J'> = [];
  for (const piece of pieces) {
    const e = lex.get(piece) ?? (JOINERS[lang].has(piece) ? 'J' : null);
    if (!e) return null;
    out.push(e);
  }
  return out;
}

function addAll(card: Cardinal, entries: Array<readonly [number, Role] | 'J'>): boolean {
  for (const e of entries) if (!(e === 'J' ? card.join() : card.add(e[0], e[1]))) return false;
  return true;
}

/** German compounds start with one of these ("zweitausend", "einhundert"); a cheap filter before segmenting. */
const GERMAN_STARTS = new Set(['ein', 'zwe', 'zwo', 'dre', 'vie', 'fün', 'sec', 'sie', 'ach', 'neu', 'zeh', 'elf', 'zwö', 'hun', 'tau']);

/** true when the token can start a cardinal in this language (cheap pre-check for the scanner). */
export function startsCardinal(word: string, lang: Lang): boolean {
  const lex = LEXICONS[lang];
  if (lex.has(word)) return true;
  const dash = word.indexOf('-');
  if (dash > 0 ? !lex.has(word.slice(0, dash)) : lang !== 'de' || !GERMAN_STARTS.has(word.slice(0, 3))) return false;
  const e = entriesOf(word, lang);
  return e !== null && e[0] !== 'J';
}

/**
 * Reads the longest cardinal in words starting at token i ("deux mille six cents", "twenty-one thousand",
 * "zweitausend", "двух тысяч"). Words must be adjacent (white space or hyphen between). Null when none.
 */
export function scanNumberWords(text: string, tokens: readonly Token[], i: number, lang: Lang): WordNumber | null {
  let card = new Cardinal(lang);
  let j = i;
  let lastGood = -1;
  while (j < tokens.length) {
    const tok = tokens[j]!;
    if (j > i && !onlySpaces(text, tokens[j - 1]!.e, tok.s)) break;
    const entries = entriesOf(tok.w, lang);
    if (!entries) break;
    const trial = card.copy();
    if (!addAll(trial, entries)) break;
    card = trial;
    if (card.last !== 'J') lastGood = j;
    j++;
  }
  if (lastGood < 0) return null;
  // A plural case of a scale word alone ("о тысячах", "тисяч") means "thousands", not one thousand.
  if (lastGood === i && PLURAL_SCALES[lang].has(tokens[i]!.w)) return null;
  // Recompute without a trailing joiner ("deux mille et" stops before "et").
  const exact = new Cardinal(lang);
  for (let k = i; k <= lastGood; k++) addAll(exact, entriesOf(tokens[k]!.w, lang)!);
  if (exact.value <= 0) return null;
  return { start: tokens[i]!.s, end: tokens[lastGood]!.e, value: exact.value, next: lastGood + 1 };
}
