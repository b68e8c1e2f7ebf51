import { describe, expect, it } from 'vitest';
import type { Lang, Qualifier } from '../claims/vocabulary';
import { findNumbers } from './find';

type Row = [Lang, string, string, number | null, number, number | null, Qualifier];

/** [lang, text, surface (qualifier + figure), value, min, max, qualifier]: the first figure of each phrase. */
const ROWS: Row[] = [
  // French: separators, qualifiers, ranges, words, vague quantities.
  ['fr', 'le premier groupe de 2 600 soldats', '2 600', 2600, 2600, 2600, 'exact'],
  ['fr', 'près de 11\u00a0000 soldats nord-coréens', 'près de 11\u00a0000', 11000, 11000, 11000, 'approx'],
  ['fr', 'a estimé environ 3.000, soit le nombre', 'environ 3.000', 3000, 3000, 3000, 'approx'],
  ['fr', 'pas moins de 12.000 soldats', 'pas moins de 12.000', 12000, 12000, null, 'at_least'],
  ['fr', 'plus de 3\u202f000 tués ou blessés', 'plus de 3\u202f000', 3000, 3000, null, 'more_than'],
  ['fr', 'au moins 3 000 personnes', 'au moins 3 000', 3000, 3000, null, 'at_least'],
  ["fr", "jusqu'à 10 000 soldats", "jusqu'à 10 000", 10000, 0, 10000, 'up_to'],
  ['fr', 'jusqu’à 8 000 soldats', 'jusqu’à 8 000', 8000, 0, 8000, 'up_to'],
  ['fr', 'quelque 1 500 hommes', 'quelque 1 500', 1500, 1500, 1500, 'approx'],
  ['fr', "composé d'environ 3 000 soldats", 'environ 3 000', 3000, 3000, 3000, 'approx'],
  ['fr', 'moins de 500 soldats', 'moins de 500', 500, 0, 500, 'less_than'],
  ['fr', 'entre 10 000 et 12 000 soldats', 'entre 10 000 et 12 000', 10000, 10000, 12000, 'range'],
  ['fr', 'de 10 000 à 12 000 soldats', 'de 10 000 à 12 000', 10000, 10000, 12000, 'range'],
  ['fr', '11 000 à 12 000 soldats', '11 000 à 12 000', 11000, 11000, 12000, 'range'],
  ['fr', 'entre 10 et 12 000 soldats', 'entre 10 et 12 000', 10000, 10000, 12000, 'range'],
  ['fr', 'deux mille six cents soldats', 'deux mille six cents', 2600, 2600, 2600, 'exact'],
  ['fr', 'un millier de soldats', 'un millier', 1000, 1000, 1000, 'approx'],
  ['fr', 'une dizaine de milliers de soldats', 'une dizaine de milliers', 10000, 10000, 10000, 'approx'],
  ['fr', 'plusieurs milliers de soldats', 'plusieurs milliers', null, 1000, null, 'vague'],
  ['fr', 'des milliers de soldats', 'milliers', null, 1000, null, 'vague'],
  ['fr', 'des centaines de soldats', 'centaines', null, 100, null, 'vague'],
  ['fr', 'des dizaines de milliers de soldats', 'des dizaines de milliers', null, 10000, null, 'vague'],
  ['fr', 'une centaine de soldats', 'une centaine', 100, 100, 100, 'approx'],
  ['fr', 'une quinzaine de milliers d’hommes', 'une quinzaine de milliers', 15000, 15000, 15000, 'approx'],
  ['fr', 'près d’une vingtaine de milliers de soldats', 'une vingtaine de milliers', 20000, 20000, 20000, 'approx'],
  ['es', 'una decena de miles de soldados', 'una decena de miles', 10000, 10000, 10000, 'approx'],
  ['ru', 'около десятка тысяч военных', 'около десятка тысяч', 10000, 10000, 10000, 'approx'],
  ['uk', 'півтора десятка тисяч військових', 'півтора десятка тисяч', 15000, 15000, 15000, 'approx'],
  ['fr', '1,5 million d’obus', '1,5 million', 1500000, 1500000, 1500000, 'exact'],
  ['fr', 'soit 3 000 environ', '3 000 environ', 3000, 3000, 3000, 'approx'],
  ['fr', '1500 autres soldats', '1500', 1500, 1500, 1500, 'exact'],
  ['fr', 'Plus de 1.\n100 soldats', 'Plus de 1.\n100', 1100, 1100, null, 'more_than'],
  // English.
  ['en', 'over 3,000 North Korean troops', 'over 3,000', 3000, 3000, null, 'more_than'],
  ['en', 'approximately 11,000 infantry', 'approximately 11,000', 11000, 11000, 11000, 'approx'],
  ['en', 'As many as 30 have been', 'As many as 30', 30, 0, 30, 'up_to'],
  ['en', 'some 8,000 North Koreans', 'some 8,000', 8000, 8000, 8000, 'approx'],
  ['en', 'more than 6,000 casualties', 'more than 6,000', 6000, 6000, null, 'more_than'],
  ['en', 'at least 3,000 soldiers', 'at least 3,000', 3000, 3000, null, 'at_least'],
  ['en', 'up to 8,000 troops', 'up to 8,000', 8000, 0, 8000, 'up_to'],
  ['en', 'nearly 3,000 killed', 'nearly 3,000', 3000, 3000, 3000, 'approx'],
  ['en', 'almost 2,000', 'almost 2,000', 2000, 2000, 2000, 'approx'],
  ['en', 'roughly 10,000 troops', 'roughly 10,000', 10000, 10000, 10000, 'approx'],
  ['en', 'around 10,000 troops', 'around 10,000', 10000, 10000, 10000, 'approx'],
  ['en', 'about 1,500 soldiers', 'about 1,500', 1500, 1500, 1500, 'approx'],
  ['en', 'no fewer than 12,000', 'no fewer than 12,000', 12000, 12000, null, 'at_least'],
  ['en', 'fewer than 500 soldiers', 'fewer than 500', 500, 0, 500, 'less_than'],
  ['en', '11,000-12,000 troops', '11,000-12,000', 11000, 11000, 12000, 'range'],
  ['en', '11,000–12,000 troops', '11,000–12,000', 11000, 11000, 12000, 'range'],
  ['ko', '지난 1∼3월 송환', '1∼3', 1, 1, 3, 'range'],
  ['ko', '10〜12월', '10〜12', 10, 10, 12, 'range'],
  ['en', '15,000 to 18,000 soldiers', '15,000 to 18,000', 15000, 15000, 18000, 'range'],
  ['en', 'between 10,000 and 12,000 troops', 'between 10,000 and 12,000', 10000, 10000, 12000, 'range'],
  ['en', 'between 2 and 3 million shells', 'between 2 and 3 million', 2000000, 2000000, 3000000, 'range'],
  ['en', '10k troops', '10k', 10000, 10000, 10000, 'exact'],
  ['en', '1.5 million shells', '1.5 million', 1500000, 1500000, 1500000, 'exact'],
  ['en', 'ten thousand troops', 'ten thousand', 10000, 10000, 10000, 'exact'],
  ['en', 'thousands of troops', 'thousands', null, 1000, null, 'vague'],
  ['en', 'hundreds of soldiers', 'hundreds', null, 100, null, 'vague'],
  ['en', 'several thousand troops', 'several thousand', null, 1000, null, 'vague'],
  ['en', 'tens of thousands of troops', 'tens of thousands', null, 10000, null, 'vague'],
  ['en', "10'000 soldiers", "10'000", 10000, 10000, 10000, 'exact'],
  // German.
  ['de', 'etwa 3.000 Soldaten', 'etwa 3.000', 3000, 3000, 3000, 'approx'],
  ['de', 'rund 12.000 Soldaten', 'rund 12.000', 12000, 12000, 12000, 'approx'],
  ['de', 'fast 11.000 Soldaten', 'fast 11.000', 11000, 11000, 11000, 'approx'],
  ['de', 'mehr als 3000 Soldaten', 'mehr als 3000', 3000, 3000, null, 'more_than'],
  ['de', 'mindestens 500 Offiziere', 'mindestens 500', 500, 500, null, 'at_least'],
  ['de', 'bis zu 10.000 Soldaten', 'bis zu 10.000', 10000, 0, 10000, 'up_to'],
  ['de', 'zwischen 10.000 und 12.000 Soldaten', 'zwischen 10.000 und 12.000', 10000, 10000, 12000, 'range'],
  ['de', 'zwei Tausend Soldaten', 'zwei Tausend', 2000, 2000, 2000, 'exact'],
  ['de', 'Tausende Soldaten', 'Tausende', null, 1000, null, 'vague'],
  ['de', 'mehrere tausend Soldaten', 'mehrere tausend', null, 1000, null, 'vague'],
  // Spanish.
  ['es', 'unos 12.000 soldados', 'unos 12.000', 12000, 12000, 12000, 'approx'],
  ['es', 'cerca de 11.000 soldados', 'cerca de 11.000', 11000, 11000, 11000, 'approx'],
  ['es', 'más de 3.000 soldados', 'más de 3.000', 3000, 3000, null, 'more_than'],
  ['es', 'al menos 600 muertos', 'al menos 600', 600, 600, null, 'at_least'],
  ['es', 'hasta 8.000 soldados', 'hasta 8.000', 8000, 0, 8000, 'up_to'],
  ['es', '12 mil soldados', '12 mil', 12000, 12000, 12000, 'exact'],
  ['es', 'doce mil soldados', 'doce mil', 12000, 12000, 12000, 'exact'],
  ['es', 'miles de soldados', 'miles', null, 1000, null, 'vague'],
  ['es', 'entre 10.000 y 12.000 soldados', 'entre 10.000 y 12.000', 10000, 10000, 12000, 'range'],
  // Russian.
  ['ru', 'около 11 000 военных', 'около 11 000', 11000, 11000, 11000, 'approx'],
  ['ru', 'почти 3 тысячи солдат', 'почти 3 тысячи', 3000, 3000, 3000, 'approx'],
  ['ru', 'более 10 тысяч военнослужащих', 'более 10 тысяч', 10000, 10000, null, 'more_than'],
  ['ru', 'свыше 3000 человек', 'свыше 3000', 3000, 3000, null, 'more_than'],
  ['ru', 'не менее 600 погибших', 'не менее 600', 600, 600, null, 'at_least'],
  ['ru', 'до 8 тыс. военных', 'до 8 тыс', 8000, 0, 8000, 'up_to'],
  ['ru', 'от 10 до 12 тысяч солдат', 'от 10 до 12 тысяч', 10000, 10000, 12000, 'range'],
  ['ru', 'двух тысяч солдат', 'двух тысяч', 2000, 2000, 2000, 'exact'],
  ['ru', 'шести тысяч военных', 'шести тысяч', 6000, 6000, 6000, 'exact'],
  ['ru', 'тысячи солдат', 'тысячи', null, 1000, null, 'vague'],
  ['ru', 'около тысячи солдат', 'около тысячи', 1000, 1000, 1000, 'approx'],
  ['uk', 'близько тисячі військових', 'близько тисячі', 1000, 1000, 1000, 'approx'],
  ['ru', 'несколько тысяч солдат', 'несколько тысяч', null, 1000, null, 'vague'],
  // Ukrainian.
  ['uk', 'близько 11 тисяч військових', 'близько 11 тисяч', 11000, 11000, 11000, 'approx'],
  ['uk', 'майже 3 тисячі солдатів', 'майже 3 тисячі', 3000, 3000, 3000, 'approx'],
  ['uk', 'понад 3 тисячі', 'понад 3 тисячі', 3000, 3000, null, 'more_than'],
  ['uk', 'щонайменше 600 загиблих', 'щонайменше 600', 600, 600, null, 'at_least'],
  ['uk', 'дванадцять тисяч військових', 'дванадцять тисяч', 12000, 12000, 12000, 'exact'],
  ['uk', 'тисячі військових', 'тисячі', null, 1000, null, 'vague'],
  ['uk', 'від 10 до 12 тисяч', 'від 10 до 12 тисяч', 10000, 10000, 12000, 'range'],
  // Korean.
  ['ko', '1만 1천 명', '1만 1천', 11000, 11000, 11000, 'exact'],
  ['ko', '4천 명', '4천', 4000, 4000, 4000, 'exact'],
  ['ko', '1만2천명', '1만2천', 12000, 12000, 12000, 'exact'],
  ['ko', '2천600명', '2천600', 2600, 2600, 2600, 'exact'],
  ['ko', '약 1만 명', '약 1만', 10000, 10000, 10000, 'approx'],
  ['ko', '최소 3천 명', '최소 3천', 3000, 3000, null, 'at_least'],
  ['ko', '3천 명 이상', '3천 명 이상', 3000, 3000, null, 'more_than'],
  ['ko', '3천 명이 넘는', '3천 명이 넘는', 3000, 3000, null, 'more_than'],
  ['ko', '1만여 명', '1만여', 10000, 10000, null, 'more_than'],
  ['ko', '1만 명가량', '1만 명가량', 10000, 10000, 10000, 'approx'],
  ['ko', '수천 명', '수천', null, 1000, null, 'vague'],
  ['ko', '1만1000명', '1만1000', 11000, 11000, 11000, 'exact'],
  ['ko', '3,000명', '3,000', 3000, 3000, 3000, 'exact'],
  // Case forms of scale words, and a preposition between the qualifier and the figure.
  ['ru', 'говорят примерно о 9 тысячах солдат', 'примерно о 9 тысячах', 9000, 9000, 9000, 'approx'],
  ['ru', 'оценили почти в 14 тысяч человек', 'почти в 14 тысяч', 14000, 14000, 14000, 'approx'],
  ['ru', 'более чем в 5 тысяч человек', 'более чем в 5 тысяч', 5000, 5000, null, 'more_than'],
  ['ru', 'речь идёт о 12 тысячах военных', '12 тысячах', 12000, 12000, 12000, 'exact'],
  ['ru', 'по 3 тысячам солдат', '3 тысячам', 3000, 3000, 3000, 'exact'],
  ['uk', 'оцінили майже в 13 тисяч військових', 'майже в 13 тисяч', 13000, 13000, 13000, 'approx'],
  ['uk', 'йдеться приблизно про 7 тисяч', '7 тисяч', 7000, 7000, 7000, 'exact'],
  ['uk', 'близько у 2 тисячах випадків', 'близько у 2 тисячах', 2000, 2000, 2000, 'approx'],
  ['ru', 'о тысячах погибших', 'тысячах', null, 1000, null, 'vague'],
  ['uk', 'про тисячах загиблих', 'тисячах', null, 1000, null, 'vague'],
  // Swiss thousands with a straight or typographic apostrophe.
  ['fr', "quelque 14'000 militaires", "quelque 14'000", 14000, 14000, 14000, 'approx'],
  ['fr', 'environ 15’000 soldats', 'environ 15’000', 15000, 15000, 15000, 'approx'],
  ['de', "zwischen 10'000 und 12'000 Soldaten", "zwischen 10'000 und 12'000", 10000, 10000, 12000, 'range'],
  ['fr', 'entre 9’000 et 11’000 d\u2019entre eux', 'entre 9’000 et 11’000', 9000, 9000, 11000, 'range'],
  // Korean units standing alone before a counter.
  ['ko', '연말까지 만 명 규모', '만', 10000, 10000, 10000, 'exact'],
  ['ko', '천 명가량', '천 명가량', 1000, 1000, 1000, 'approx'],
  ['ko', '백 명 이상', '백 명 이상', 100, 100, null, 'more_than'],
];

describe('findNumbers on real phrasings', () => {
  it.each(ROWS)('%s: %j → %j', (lang, text, surface, value, min, max, qualifier) => {
    const m = findNumbers(text, lang)[0];
    expect(m).toBeDefined();
    expect(text.slice(m!.spanStart, m!.spanEnd)).toBe(surface);
    expect({ value: m!.value, min: m!.min, max: m!.max, qualifier: m!.qualifier }).toEqual({ value, min, max, qualifier });
  });

  it.each<[Lang, string]>([
    ['ru', 'о тысячах погибших'],
    ['ru', 'тысячам'],
    ['uk', 'тисяч'],
  ])('%s: a plural scale word alone is never one thousand (%s)', (lang, text) => {
    expect(findNumbers(text, lang).filter((m) => m.value === 1000)).toEqual([]);
  });

  it('reads a lone digit syllable before a counter as no number ("이 명단" is "this list")', () => {
    expect(findNumbers('이 명단에 따르면', 'ko')).toEqual([]);
  });

  it('reads a partitive as two figures', () => {
    expect(findNumbers('18 des 40 soldats', 'fr').map((m) => m.value)).toEqual([18, 40]);
  });

  it('does not join a year and a following figure', () => {
    expect(findNumbers('en 2024 100 soldats', 'fr').map((m) => m.value)).toEqual([2024, 100]);
  });

  // Table rows reach the reader as their cells separated by a tab (lib/text/extract): a figure never spans two cells.
  it.each<[Lang, string, Array<[string, number | null]>]>([
    ['de', '2024\t600\tVerwundete', [['2024', 2024], ['600', 600]]],
    ['fr', '11\t000', [['11', 11], ['000', 0]]],
    ['de', 'GUR (Ukraine), Januar\tetwa 3.000\tVerwundete', [['etwa 3.000', 3000]]],
    ['de', 'Sergej Schoigu, Juni\t1.000 + 5.000\tMinenräumer', [['1.000', 1000], ['5.000', 5000]]],
    ['fr', '19 déc.\tNIS\t100 morts, environ 1\u00a0000 blessés', [['19', 19], ['100', 100], ['environ 1\u00a0000', 1000]]],
    ['fr', 'GUR\t300\t–\t2 700', [['300', 300], ['2 700', 2700]]],
    ['de', 'Verluste\t600\tbis\t700', [['600', 600], ['700', 700]]],
    ['en', 'Pentagon\t3\tmillion shells', [['3', 3], ['million', 1000000]]],
    ['en', 'Troops\tten\tthousand', [['ten', 10], ['thousand', 1000]]],
    ['ru', 'ГУР\t12\tтысяч', [['12', 12]]],
    ['ko', '2024년 10월\t약 1만\t3천 명', [['2024', 2024], ['10', 10], ['약 1만', 10000], ['3천', 3000]]],
    ['en', 'Kursk\t10,000-12,000\ttroops', [['10,000-12,000', 10000]]],
    // A qualifier belongs to the figure in its own cell only.
    ['de', '15.000\tetwa 6.000', [['15.000', 15000], ['etwa 6.000', 6000]]],
    ['fr', 'environ\t3 000', [['3 000', 3000]]],
  ])('%s: the table row %j reads as %j', (lang, text, figures) => {
    expect(findNumbers(text, lang).map((m) => [text.slice(m.spanStart, m.spanEnd), m.value])).toEqual(figures);
  });

  it('keeps offsets in the original text with no-break spaces and line breaks', () => {
    const text = 'Au total,\nplus de 11\u202f000 soldats.';
    const m = findNumbers(text, 'fr')[0]!;
    expect(text.slice(m.start, m.end)).toBe('11\u202f000');
  });
});
