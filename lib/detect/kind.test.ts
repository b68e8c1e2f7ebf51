import { describe, expect, it } from 'vitest';
import type { Kind, Lang } from '../claims/vocabulary';
import { tokenize } from '../numbers/tokens';
import { detectClaims } from './claims';
import { labelOf } from './kind';

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
  ['es', 'Según Londres, más de la mitad de los 12.000 soldados que Corea del Norte mandó habrían muerto.', [[12000, 'troops']]],
  ['en', 'More than half of the 11,000 North Korean troops sent to Kursk have been killed or wounded.', [[11000, 'troops']]],
  ['fr', 'La moitié des 11 000 soldats nord-coréens envoyés à Koursk ont été tués ou blessés.', [[11000, 'troops']]],
  ['de', 'Die Hälfte der 11.000 nordkoreanischen Soldaten wurde getötet oder verwundet.', [[11000, 'troops']]],
  ['ru', 'Половина из 11 тысяч северокорейских военных погибли или ранены.', [[11000, 'troops']]],
  ['es', 'De los 12.000 efectivos que Corea del Norte mandó a Kursk, habrían perdido la vida 300.', [[12000, 'troops'], [300, 'killed']]],
  ['es', 'De los 12.000 efectivos que Corea del Norte mandó a Kursk habrían perdido la vida unos 300.', [[12000, 'troops'], [300, 'killed']]],
  ['en', 'Of the 11,000 North Korean troops Pyongyang sent, some 600 have lost their lives.', [[11000, 'troops'], [600, 'killed']]],
  ['ru', 'Из 11 тысяч военных КНДР погибли около 600.', [[11000, 'troops'], [600, 'killed']]],
  ['en', 'Of the 300 North Korean soldiers killed in Kursk, 100 were officers.', [[300, 'killed'], [100, 'killed']]],
  ['fr', 'Sur les 11 000 soldats nord-coréens envoyés par Pyongyang, 600 auraient perdu la vie.', [[11000, 'troops'], [600, 'killed']]],
  ['fr', 'Selon Zelensky, plus de 3 000 soldats nord-coréens ont été tués ou blessés, dont 300 morts.', [[3000, 'casualties'], [300, 'killed']]],
];

describe('what a figure counts', () => {
  it.each(DEATH_WORDS)('%s (%s): %s', (_class, lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });

  it.each(SHARES)('the whole of a share (%s): %s', (lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });

  it.each<[Lang, string, Array<[number, Kind]>]>([
    ['en', 'Some 11,000 North Korean soldiers are now in Russia, up from the 8,000 the State Department had cited.', [[11000, 'troops'], [8000, 'troops']]],
    ['en', 'North Korea in Russia.\n3,000\nreinforcements sent in January', [[3000, 'troops']]],
  ])('a noun left out or named otherwise (%s): %s', (lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });
});

/** The scope of every claim in `text`, in order. */
const scopes = (lang: Lang, text: string) => detectClaims(text, { lang, published: '2025-06-20' }).map((c) => [c.value, c.scope]);

/**
 * Training counts those in training; troops placed somewhere by now, whom the clause then says are trained there,
 * are a count of those there.
 */
const TRAINING: Array<[string, Lang, string, string]> = [
  ['there, and trained there', 'en', 'Lawmakers say the 12,000 North Korean soldiers are already in Russia and are being trained on drones.', 'total'],
  ['there, and trained there', 'fr', 'Selon Séoul, les 10 000 soldats nord-coréens sont déjà en Russie et y sont entraînés au maniement des drones.', 'total'],
  ['there, where they train', 'fr', 'Selon Séoul, les 10 000 soldats nord-coréens déjà en Russie, où ils sont entraînés, rejoindront le front.', 'total'],
  ['there, and trained there', 'de', 'Laut Seoul sind die 10.000 nordkoreanischen Soldaten bereits in Russland und werden dort ausgebildet.', 'total'],
  ['there, and trained there', 'es', 'Según Seúl, los 10.000 soldados norcoreanos ya están en Rusia y reciben entrenamiento con drones.', 'total'],
  ['there, and trained there', 'ru', 'По данным Сеула, 10 тысяч северокорейских военных уже находятся в России и проходят обучение.', 'total'],
  ['there, and trained there', 'uk', 'За даними Сеула, 10 тисяч північнокорейських військових вже перебувають у Росії й проходять навчання.', 'total'],
  ['those in training', 'en', 'Seoul says 3,000 North Korean troops are being trained in the Far East.', 'training'],
  ['those in training', 'en', 'Seoul says 3,000 North Korean troops are currently in training camps in eastern Russia.', 'training'],
  ['those in training', 'fr', "Selon Séoul, 3 000 soldats nord-coréens sont formés dans l'Extrême-Orient russe.", 'training'],
  ['those in training', 'de', 'Laut Seoul werden 3.000 nordkoreanische Soldaten im Fernen Osten Russlands ausgebildet.', 'training'],
  ['those in training', 'es', 'Según Seúl, 3.000 soldados norcoreanos reciben entrenamiento en el Lejano Oriente ruso.', 'training'],
  ['those in training', 'ru', 'По данным Сеула, 3 тысячи северокорейских военных проходят подготовку на Дальнем Востоке.', 'training'],
  ['those in training', 'uk', 'За даними Сеула, 3 тисячі північнокорейських військових проходять навчання на Далекому Сході.', 'training'],
];

/** Figures added by "+" count the same thing, which the words around the whole sum say. */
const SUMS: Array<[Lang, string, Array<[number, Kind, string]>]> = [
  ['de', 'Nordkorea schickt 2.000 + 4.000 Minenräumer und Bauarbeiter nach Kursk.', [[2000, 'troops', 'engineers'], [4000, 'troops', 'engineers']]],
  ['en', 'Pyongyang will send 2,000 + 4,000 North Korean deminers and builders to Kursk.', [[2000, 'troops', 'engineers'], [4000, 'troops', 'engineers']]],
  ['fr', 'Pyongyang enverra 2 000 + 4 000 démineurs et ouvriers nord-coréens à Koursk.', [[2000, 'troops', 'engineers'], [4000, 'troops', 'engineers']]],
  ['es', 'Pyongyang enviará 2.000 + 4.000 zapadores y obreros norcoreanos a Kursk.', [[2000, 'troops', 'engineers'], [4000, 'troops', 'engineers']]],
  ['en', 'North Korea lost 300 + 2,700 soldiers killed and wounded in Kursk.', [[300, 'casualties', 'total'], [2700, 'casualties', 'total']]],
  ['ko', '북한은 공병 1천 + 5천 명을 러시아에 보낸다.', [[1000, 'troops', 'engineers'], [5000, 'troops', 'engineers']]],
  // A plus sign on a figure in thousands: that many more.
  ['en', 'North Korean troops in Russia, by month\nJanuary\t+3,000 troops', [[3000, 'troops', 'batch']]],
];

describe('scopes and sums', () => {
  it.each(TRAINING)('%s (%s): %s', (_class, lang, text, scope) => {
    expect(scopes(lang, text)).toEqual([[expect.any(Number), scope]]);
  });

  it.each(SUMS)('a sum (%s): %s', (lang, text, expected) => {
    expect(detectClaims(text, { lang, published: '2025-06-20' }).map((c) => [c.value, c.kind, c.scope])).toEqual(expected);
  });
});

/** What a table's header or label cell says its figures count. */
const LABELS: Array<[Lang, string, ReturnType<typeof labelOf>]> = [
  ['de', 'Tote', { cat: 'killed', scope: null }],
  ['de', 'Tote und Verwundete', { cat: 'casualties', scope: null }],
  ['de', 'Verluste', { cat: 'casualties', scope: null }],
  ['fr', 'Morts', { cat: 'killed', scope: null }],
  ['fr', 'Soldats à Koursk', { cat: 'personnel', scope: 'kursk' }],
  ['en', 'Killed', { cat: 'killed', scope: null }],
  ['en', 'Troops sent', { cat: 'personnel', scope: null }],
  ['en', 'Troops by region', { cat: 'personnel', scope: null }],
  ['en', 'Casualties this week', { cat: 'casualties', scope: 'period' }],
  ['es', 'Ingenieros', { cat: 'engineers', scope: null }],
  ['ru', 'Погибшие', { cat: 'killed', scope: null }],
  ['uk', 'Поранені', { cat: 'wounded', scope: null }],
  ['ko', '사망자', { cat: 'killed', scope: null }],
  ['en', 'Source', null],
  ['fr', 'Ce qui est compté', null],
  ['de', 'Zahl', null],
];

describe('labels of table cells', () => {
  it.each(LABELS)('%s: %s', (lang, cell, expected) => {
    expect(labelOf(tokenize(cell), 0, cell.length, lang)).toEqual(expected);
  });
});
