import { toCardinal as de } from 'n2words/de-DE';
import { toCardinal as en } from 'n2words/en-US';
import { toCardinal as es } from 'n2words/es-ES';
import { toCardinal as fr } from 'n2words/fr-FR';
import { toCardinal as ko } from 'n2words/ko-KR';
import { toCardinal as ru } from 'n2words/ru-RU';
import { toCardinal as uk } from 'n2words/uk-UA';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { findNumbers } from './find';
import { parseSinoKorean } from './korean';

/** Values checked against n2words: all of 2-120, a spread up to a million, and the figures the press quotes. */
const VALUES = [
  ...Array.from({ length: 119 }, (_, i) => i + 2),
  ...Array.from({ length: 200 }, (_, k) => ((k * 7919) % 999_000) + 121),
  1000, 1500, 2000, 2600, 3000, 6000, 10000, 11000, 12000, 15000, 21000, 80000, 99999, 100000, 101000, 999999,
];

const ORACLES: Array<[Lang, (n: number) => string]> = [
  ['fr', fr], ['en', en], ['de', de], ['es', es], ['ru', ru], ['uk', uk],
];

/** The single figure read from a whole string of number words, or null. */
function readWords(words: string, lang: Lang): number | null {
  const found = findNumbers(words, lang);
  const only = found.length === 1 ? found[0]! : null;
  return only && only.start === 0 && only.end === words.length ? only.value : null;
}

describe.each(ORACLES)('number words in %s, checked against n2words', (lang, toWords) => {
  it.each(VALUES)('reads %i', (n) => {
    expect(readWords(toWords(n), lang)).toBe(n);
  });
});

describe('Sino-Korean number words, checked against n2words', () => {
  it.each(VALUES)('reads %i', (n) => {
    expect(parseSinoKorean(ko(n))).toBe(n);
  });
});

describe('number words as the press writes them', () => {
  it.each<[Lang, string, number]>([
    ['fr', 'deux mille six cents', 2600],
    ['fr', 'onze mille', 11000],
    ['fr', 'quatre-vingt-dix-neuf', 99],
    ['fr', 'soixante et onze', 71],
    ['fr', 'vingt et un mille', 21000],
    ['fr', 'mille cinq cents', 1500],
    ['fr', 'septante-cinq', 75],
    ['fr', 'nonante', 90],
    ['en', 'ten thousand', 10000],
    ['en', 'twelve thousand', 12000],
    ['en', 'a thousand', 1000],
    ['en', 'a hundred and fifty', 150],
    ['en', 'one hundred and fifty thousand', 150000],
    ['en', 'twenty-six hundred', 2600],
    ['de', 'zwei Tausend', 2000],
    ['de', 'zwölftausend', 12000],
    ['de', 'zweitausendsechshundert', 2600],
    ['de', 'einundzwanzig', 21],
    ['de', 'elftausend', 11000],
    ['es', 'doce mil', 12000],
    ['es', 'once mil', 11000],
    ['es', 'treinta y dos mil', 32000],
    ['es', 'veintiún mil', 21000],
    ['es', 'dos mil seiscientos', 2600],
    ['ru', 'двух тысяч', 2000],
    ['ru', 'шести тысяч', 6000],
    ['ru', 'одиннадцать тысяч', 11000],
    ['ru', 'двенадцати тысяч', 12000],
    ['ru', 'двадцать одна тысяча', 21000],
    ['ru', 'пятисот', 500],
    ['uk', 'дванадцять тисяч', 12000],
    ['uk', "п'ятсот", 500],
    ['uk', 'п’ять тисяч', 5000],
    ['uk', 'двох тисяч', 2000],
    ['uk', 'одинадцяти тисяч', 11000],
  ])('%s: %s = %i', (lang, words, n) => {
    expect(readWords(words, lang)).toBe(n);
  });

  it.each<[Lang, string]>([
    ['fr', 'deux trois'],
    ['en', 'twenty thirty'],
    ['fr', 'mille mille'],
  ])('%s: "%s" is not one number', (lang, words) => {
    expect(readWords(words, lang)).toBeNull();
  });
});
