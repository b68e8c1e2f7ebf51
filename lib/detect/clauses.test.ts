import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { tokenize } from '../numbers/tokens';
import { clauseCut, subordinateClauses } from './clauses';

const inPhrase = (w: string) => ['soldats', 'nord-coréens', 'troops', 'north', 'korean', 'officers', 'officiers'].includes(w);

describe('clauseCut: where one figure’s clause ends and the next one’s begins', () => {
  it.each<[Lang, string, string, string, string | null]>([
    ['en', '3,000 North Korean troops are there and their number would reach 12,000', '3,000', '12,000', 'and their'],
    ['fr', '3 000 soldats se trouvent en Russie et 7 000 devraient y être envoyés', '3 000', '7 000', 'et 7 000'],
    ['fr', '1 500 soldats nord-coréens et 500 officiers', '1 500', '500 officiers', null],
    ['en', '1,500 troops; 500 officers', '1,500', '500', '; 500'],
  ])('%s: %s', (lang, s, a, b, cutAt) => {
    const from = s.indexOf(a) + a.length;
    const to = s.lastIndexOf(b);
    const cut = clauseCut(s, tokenize(s), lang, from, to, inPhrase);
    expect(cut === null ? null : s.slice(cut, cut + (cutAt?.length ?? 0))).toBe(cutAt);
  });
});

describe('subordinateClauses: clauses a relative or subordinating word opens', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', "2 600 soldats iront à Koursk, où l'Ukraine a lancé son incursion en août.", ["où l'Ukraine a lancé son incursion en août."]],
    ['en', '2,600 soldiers will go to Kursk, where Ukraine attacked in August, officials said.', ['where Ukraine attacked in August']],
    ['de', '2.600 Soldaten gehen nach Kursk, wo die Ukraine im August einmarschierte.', ['wo die Ukraine im August einmarschierte.']],
    ['es', '2.600 soldados irán a Kursk, donde Ucrania atacó en agosto.', ['donde Ucrania atacó en agosto.']],
    ['ru', '2600 военных отправят в Курскую область, где Украина наступала в августе.', ['где Украина наступала в августе.']],
    ['uk', '2600 військових відправлять до Курщини, де Україна наступала в серпні.', ['де Україна наступала в серпні.']],
    ['fr', "Il a déclaré que 11 000 soldats sont en Russie.", []],
    ['ko', '북한군 3천 명이 쿠르스크에 있다.', []],
  ])('%s: %s', (lang, s, clauses) => {
    expect(subordinateClauses(s, 0, s.length, lang).map(([a, b]) => s.slice(a, b))).toEqual(clauses);
  });
});
