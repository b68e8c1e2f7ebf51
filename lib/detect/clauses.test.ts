import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { tokenize } from '../numbers/tokens';
import { clauseCut, futureCut, planningCut, subordinateClauses } from './clauses';

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

describe('planningCut: where one figure’s deadlines end and the next one’s begin', () => {
  // [end, start]: the text from where the first figure's stretch ends and from where the second's begins.
  it.each<[Lang, string, string, string, [string, string] | null]>([
    // At the first clause-joining conjunction, else the first punctuation: a deadline after it is the next figure's.
    ['en', 'About 3,000 troops are in Russia, and by December about 10,000.', '3,000', 'about 10,000', ['and by', 'and by']],
    ['fr', "Environ 3 000 soldats sont en Russie et, d'ici décembre, ils seront 10 000.", '3 000', '10 000', ['et, d', 'et, d']],
    ['de', '3.000 Soldaten sind in Russland, bis Dezember sollen es 10.000 werden.', '3.000', '10.000', [', bis', ', bis']],
    ['en', 'NIS: about 3,000 in Russia, about 10,000 by December', '3,000', 'about 10,000', [', abo', ', abo']],
    ['ru', 'Около 3 тысяч уже в России, а к декабрю будет 10 тысяч.', '3 тысяч', '10 тысяч', ['а к', 'а к']],
    // No separator: the first figure's stretch ends at the second, whose stretch takes the words between too.
    ['es', 'Pionyang envió 1.500 soldados antes de mandar 10.000 más.', '1.500', '10.000', ['10.000', ' soldados antes']],
    // One noun phrase, or a part of the first figure: they share a deadline.
    ['en', 'North Korea will send 10,000 troops and 500 officers by December.', '10,000', '500', null],
    ['fr', "Pyongyang prévoit d'envoyer 10 000 soldats, dont 3 000 membres des forces spéciales, d'ici décembre.", '10 000', '3 000', null],
    ['ko', '북한군 3천 명이 러시아에 있고, 12월까지 1만 명', '3천', '1만', null],
  ])('%s: %s', (lang, s, a, b, expected) => {
    const from = s.indexOf(a) + a.length;
    const to = s.lastIndexOf(b);
    const cut = planningCut(s, tokenize(s), lang, from, to, inPhrase);
    const [end, start] = expected ?? ['', ''];
    expect(cut && [s.slice(cut.end, cut.end + end.length), s.slice(cut.start, cut.start + start.length)]).toEqual(expected);
  });
});

describe('futureCut: a later clause’s plan is not the figure’s', () => {
  it.each<[Lang, string, string, string | null]>([
    // A conjunction opening a clause with a plan of its own, after a figure whose own words state a fact.
    ['fr', "Près de 11 000 soldats nord-coréens sont en Russie, et Pyongyang pourrait en envoyer davantage d'ici le 1er novembre.", '11 000', 'et Pyongyang'],
    ['fr', "Il a affirmé que 11 000 soldats nord-coréens étaient en Russie et qu'ils seraient prêts à combattre d'ici le 1er novembre.", '11 000', "et qu'ils"],
    ['en', 'About 11,000 North Korean troops are now in Russia and more will follow by December.', '11,000', 'and more'],
    ['de', 'Rund 11.000 nordkoreanische Soldaten sind bereits in Russland, und bis Dezember sollen weitere folgen.', '11.000', 'und bis'],
    ['es', 'Unos 11.000 soldados norcoreanos están ya en Rusia, y Pyongyang podría enviar más para diciembre.', '11.000', 'y Pyongyang'],
    ['ru', 'Около 11 тысяч северокорейских военных уже находятся в России, и к декабрю Пхеньян может отправить ещё.', '11 тысяч', 'и к декабрю'],
    ['uk', 'Близько 11 тисяч військових КНДР уже в Росії, і до грудня Пхеньян може відправити ще.', '11 тисяч', 'і до грудня'],
    // The figure's own words speak of the future: the conjunction joins verbs that share them.
    ['fr', "10 000 soldats nord-coréens seront acheminés et déployés d'ici décembre.", '10 000', null],
    ['en', '10,000 North Korean troops will be shipped and deployed by December.', '10,000', null],
    ['ru', '10 тысяч военных будут переброшены в Россию и размещены там к декабрю.', '10 тысяч', null],
    // No plan after the conjunction: it joins places of the same clause.
    ['fr', "10 000 soldats nord-coréens en Russie et en Biélorussie d'ici décembre.", '10 000', null],
    ['en', '10,000 North Korean troops to Russia and Belarus by December.', '10,000', null],
  ])('%s: %s', (lang, s, figure, cutAt) => {
    const at = s.indexOf(figure);
    const cut = futureCut(s, tokenize(s), lang, 0, [at, at + figure.length], s.length, inPhrase);
    expect(cut === null ? null : s.slice(cut, cut + (cutAt?.length ?? 0))).toBe(cutAt);
  });
});
