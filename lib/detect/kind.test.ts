import { describe, expect, it } from 'vitest';
import type { Kind, Lang } from '../claims/vocabulary';
import { detectClaims } from './claims';

/** The value and kind of every claim in `text`, in order. */
const kinds = (lang: Lang, text: string) =>
  detectClaims(text, { lang, published: '2025-06-20' }).map((c): [number | null, Kind] => [c.value, c.kind]);

/** Deaths told by a verb or an idiom rather than a noun, attached to the figure they describe. */
const DEATH_WORDS: Array<[string, Lang, string, Array<[number, Kind]>]> = [
  ['"vu mourir"', 'fr', 'Selon Séoul, Pyongyang a vu mourir 2 000 de ses soldats en Russie.', [[2000, 'killed']]],
  ['"víctimas mortales"', 'es', 'El NIS cifra en 4.700 las bajas norcoreanas, de las cuales 600 fueron víctimas mortales.', [[4700, 'casualties'], [600, 'killed']]],
  ['"mortales"', 'es', 'Las bajas norcoreanas llegan a 4.700, y unas 600 de ellas fueron mortales.', [[4700, 'casualties'], [600, 'killed']]],
  ['a relative clause after the noun', 'de', 'Kim Jong Un ehrte zwölf Soldaten, die in Kursk ums Leben gekommen sind.', [[12, 'killed']]],
  ['a relative clause after the noun', 'ru', 'В Курской области находились 600 военных КНДР, которые погибли в боях.', [[600, 'killed']]],
  ['a relative clause after the noun', 'en', 'Kim Jong Un praised 9 North Korean soldiers, who died clearing mines in Kursk.', [[9, 'killed']]],
  ['a relative clause after the noun', 'fr', 'Kim Jong Un a honoré 9 soldats nord-coréens, qui ont perdu la vie à Koursk.', [[9, 'killed']]],
  ['a relative clause about something else', 'en', 'North Korea sent 11,000 soldiers, who are fighting in Kursk, and 300 of them have died.', [[11000, 'troops'], [300, 'killed']]],
];

/** A share taken of a figure: what happened to the share is not said of the whole. */
const SHARES: Array<[Lang, string, Array<[number, Kind]>]> = [
  ['es', 'Más de la mitad de los 11.000 soldados que Pyongyang envió habrían muerto, según Londres.', [[11000, 'troops']]],
  ['en', 'More than half of the 11,000 North Korean troops sent to Kursk have been killed or wounded.', [[11000, 'troops']]],
  ['fr', 'La moitié des 11 000 soldats nord-coréens envoyés à Koursk ont été tués ou blessés.', [[11000, 'troops']]],
  ['de', 'Die Hälfte der 11.000 nordkoreanischen Soldaten wurde getötet oder verwundet.', [[11000, 'troops']]],
  ['ru', 'Половина из 11 тысяч северокорейских военных погибли или ранены.', [[11000, 'troops']]],
  ['es', 'De los 11.000 militares que Pyongyang envió a Rusia, habrían perdido la vida 600.', [[11000, 'troops'], [600, 'killed']]],
  ['es', 'De los 11.000 militares que Pyongyang envió a Rusia habrían perdido la vida unos 600.', [[11000, 'troops'], [600, 'killed']]],
  ['en', 'Of the 11,000 North Korean troops Pyongyang sent, some 600 have lost their lives.', [[11000, 'troops'], [600, 'killed']]],
  ['ru', 'Из 11 тысяч военных КНДР погибли около 600.', [[11000, 'troops'], [600, 'killed']]],
  ['en', 'Of the 300 North Korean soldiers killed in Kursk, 100 were officers.', [[300, 'killed'], [100, 'killed']]],
  ['fr', 'Sur les 11 000 soldats nord-coréens envoyés par Pyongyang, 600 auraient perdu la vie.', [[11000, 'troops'], [600, 'killed']]],
  ['fr', 'Zelensky avait fait état, sur son compte, de plus de 3 000 soldats nord-coréens tués ou blessés, dont 300 morts.', [[3000, 'casualties'], [300, 'killed']]],
];

describe('what a figure counts', () => {
  it.each(DEATH_WORDS)('%s (%s): %s', (_class, lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });

  it.each(SHARES)('the whole of a share (%s): %s', (lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });

  it.each<[Lang, string, Array<[number, Kind]>]>([
    ['en', 'About 10,000 North Korean troops are in Russia, up from the 3,000 the White House had cited.', [[10000, 'troops'], [3000, 'troops']]],
    ['en', 'North Korea in Russia.\n3,000\nreinforcements sent in January', [[3000, 'troops']]],
  ])('a noun left out or named otherwise (%s): %s', (lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });
});
