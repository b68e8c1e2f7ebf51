import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { findNumbers } from '../numbers/find';
import { tokenize } from '../numbers/tokens';
import { detectClaims } from './claims';
import { notACount } from './exclusions';

/** Why the figure written `figure` in `text` is not a count (null: it may be one). */
function reason(lang: Lang, text: string, figure: string): string | null {
  const tokens = tokenize(text);
  const m = findNumbers(text, lang, tokens).find((n) => text.slice(n.start, n.end) === figure);
  if (!m) throw new Error(`no figure ${figure} in ${text}`);
  return notACount(text, tokens, m, lang);
}

const values = (lang: Lang, text: string) => detectClaims(text, { lang, published: '2025-06-20' }).map((c) => c.value);

describe('a year after a month or "since" is a date', () => {
  it.each<[Lang, string, string]>([
    ['fr', "Londres estime à 600 000 les pertes russes depuis février 2022.\nBilan nord-coréen", '2022'],
    ['fr', 'Les combats durent depuis 2022. Pertes russes et ukrainiennes', '2022'],
    ['en', 'Russia has been at war since February 2022.\nCasualties by month', '2022'],
    ['en', 'JCS\tMar 2025\t~4,000 in 2024\nCasualties combine the killed and the wounded.', '2024'],
    ['de', 'Seit Februar 2022 führt Russland Krieg.\nVerluste der Truppen', '2022'],
    ['es', 'Rusia combate en Ucrania desde 2022. Bajas norcoreanas', '2022'],
  ])('%s: %s', (lang, text, figure) => {
    expect(reason(lang, text, figure)).toBe('year');
  });

  it.each<[Lang, string, string]>([
    ['fr', 'Entre avril et juin, quelque 2000 blessés seraient rentrés en Corée du Nord.', '2000'],
    ['en', 'About 2000 troops arrived in Kursk last week.', '2000'],
    ['de', 'Rund 2000 Soldaten sind in Kursk gefallen.', '2000'],
    ['es', '2000 soldados norcoreanos llegaron a Kursk.', '2000'],
  ])('stays a count: %s: %s', (lang, text, figure) => {
    expect(reason(lang, text, figure)).toBeNull();
  });
});

describe('market levels in tickers and link boxes', () => {
  it.each<[Lang, string, string]>([
    ['en', 'KOSPI closes at 2,650 as chipmakers rally', '2,650'],
    ['fr', 'Le CAC 40 termine à 7 450 points', '7 450'],
    ['de', 'DAX schließt bei 18.500 Punkten', '18.500'],
    ['ko', '코스피 2,600선 회복…', '2,600'],
    ['ru', 'Индекс Мосбиржи опустился до 2 800 пунктов', '2 800'],
  ])('%s: %s', (lang, text, figure) => {
    expect(reason(lang, text, figure)).not.toBeNull();
  });

  it.each<[Lang, string]>([
    ['ko', '북한군 1만1천 명이 러시아에 있다.\n코스피 2,600선 회복…'],
    ['en', 'North Korea has sent 11,000 troops to Russia.\nMarkets: KOSPI 2,600 · Nikkei 38,100'],
  ])('leaves only the deployment (%s): %s', (lang, text) => {
    expect(values(lang, text)).toEqual([11000]);
  });
});

/** Other countries' armies on a page about North Korea's: never its deployment. */
const OTHER_ARMIES: Array<[string, Lang, string, number[]]> = [
  ['troops stationed in South Korea', 'en', 'North Korea has sent about 11,000 troops to Russia.\nWashington keeps some 28,000 troops in South Korea to deter the North.', [11000]],
  ['the nation in the noun phrase', 'de', 'Nordkorea hat 11.000 Soldaten nach Russland geschickt.\nIn Südkorea sind weiterhin 28.500 US-Soldaten stationiert.', [11000]],
  ['the nation in the noun phrase', 'de', 'Nordkorea hat 11.000 Soldaten nach Russland geschickt.\nAn der Übung nehmen 3.000 Soldaten der Bundeswehr teil.', [11000]],
  ['the nation in the noun phrase', 'fr', 'La Corée du Nord a envoyé 11 000 soldats en Russie.\nLes États-Unis maintiennent 28 500 soldats américains dans la péninsule.', [11000]],
  ['the nation in the noun phrase', 'es', 'Corea del Norte envió 11.000 soldados a Rusia.\nWashington mantiene 28.500 soldados estadounidenses en la península.', [11000]],
  ['the nation in the noun phrase', 'ru', 'КНДР отправила в Россию 11 тысяч военных.\nВ Южной Корее размещены 28,5 тысячи военных США.', [11000]],
  ['an army named before the figure', 'de', 'Nordkorea hat 11.000 Soldaten nach Russland geschickt.\nZum Vergleich: Die Bundeswehr hat derzeit etwa 180.000 Soldaten.', [11000]],
  ['an army named before the figure', 'en', 'North Korea has sent 11,000 troops to Russia. The German army has about 180,000 soldiers.', [11000]],
  ['an army named before the figure', 'ko', '북한군 1만1천 명이 러시아에 있다.\n한반도에는 주한미군 2만8천500명이 주둔하고 있다.', [11000]],
  ["Ukraine's losses", 'ru', 'КНДР отправила войска в Россию.\nПо словам Герасимова, ВСУ потеряли в Курской области более 70 тысяч человек.', []],
  ["Ukraine's losses", 'ru', 'КНДР отправила войска в Россию.\nГерасимов заявил, что потери ВСУ составили 70 тысяч человек.', []],
  ["Ukraine's losses", 'uk', 'КНДР відправила війська до Росії.\nЗа словами Герасимова, втрати ЗСУ склали 70 тисяч осіб.', []],
];

/** Armies that are the source of a figure about North Korea's soldiers, or North Korea's own soldiers. */
const STILL_CLAIMS: Array<[string, Lang, string, number[]]> = [
  ['an army as the source', 'en', "North Korean troops in Russia.\nThe South Korean military said about 4,000 North Korean soldiers were killed or wounded.", [4000]],
  ['an army as the source', 'en', "North Korean troops in Russia.\nSouth Korea's military estimates that about 4,000 have been killed or wounded.", [4000]],
  ['a nation as the source', 'en', 'US officials say 10,000 North Korean troops are in Russia.', [10000]],
  ['North Korea in the noun phrase', 'fr', 'Selon les renseignements américains, 10 000 soldats nord-coréens sont en Russie.', [10000]],
  ['North Korea between the army and the figure', 'en', 'Unlike the German army, North Korea has sent 11,000 soldiers to fight.', [11000]],
];

describe("other countries' armies", () => {
  it.each(OTHER_ARMIES)('%s (%s): %s', (_class, lang, text, expected) => {
    expect(values(lang, text)).toEqual(expected);
  });

  it.each(STILL_CLAIMS)('not when %s (%s): %s', (_class, lang, text, expected) => {
    expect(values(lang, text)).toEqual(expected);
  });
});

describe('a plus sign', () => {
  it.each<[Lang, string, string, string | null]>([
    ['de', 'Schoigu nannte 1.000 + 5.000 Minenräumer und Bauarbeiter.', '5.000', null],
    ['en', 'about 1,000 + 5,000 deminers and builders', '5,000', null],
    ['ko', '공병 1천 + 5천 명', '5천', null],
    ['en', 'South Korean JCS\tMarch\t+3,000 in January', '3,000', null],
    ['fr', 'Appelez le +33 1 45 67 89 00 pour vous abonner.', '33', 'money or reference'],
    ['ru', 'Телефон редакции: +7 495 123 45 67.', '7 495 123', 'money or reference'],
    ['en', 'Score: +12 after the match.', '12', 'money or reference'],
    ['en', 'Shares closed at 2,000, +150 on the day.', '150', 'money or reference'],
  ])('%s: %s', (lang, text, figure, expected) => {
    expect(reason(lang, text, figure)).toBe(expected);
  });
});
