import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { actorNear, creditedActors, gappedSource, labelSource, refersBackToSpeaker } from './actor';

const actorOf = (lang: Lang, sentence: string, figure: string) => actorNear(creditedActors(sentence, lang), sentence.indexOf(figure));

describe('the actor a sentence credits for a figure', () => {
  it.each<[Lang, string, string, string | null]>([
    ['fr', 'Selon le chef du renseignement militaire ukrainien, Kyrylo Boudanov, 2 600 soldats iront à Koursk.', '2 600', 'gur'],
    ['fr', 'Selon Séoul, 3 000 de ces combattants sont en Russie.', '3 000', 'south-korea'],
    ['fr', 'La Corée du Nord a envoyé 1500 soldats, selon la Corée du Sud.', '1500', 'south-korea'],
    ['fr', 'Pyongyang a envoyé 12 000 soldats, a déclaré ce mercredi le NIS.', '12 000', 'nis'],
    ['fr', "Le Pentagone estime qu'il y a 12 000 soldats nord-coréens en Russie.", '12 000', 'pentagon'],
    ['fr', 'La Corée du Nord a envoyé 1 500 soldats en Russie.', '1 500', null],
    ['en', 'Seoul has previously claimed North Korean leader Kim Jong Un has sent more than 10,000 soldiers.', '10,000', 'south-korea'],
    ['en', 'As many as 30 have been killed or wounded, Ukrainian military intelligence said.', '30', 'gur'],
    ['en', 'According to the Pentagon, 10,000 North Korean troops are in eastern Russia.', '10,000', 'pentagon'],
    ['de', 'Laut dem südkoreanischen Geheimdienst sind 3.000 Soldaten in Russland.', '3.000', 'nis'],
    ['es', 'Según Zelenski, 11.000 soldados norcoreanos están en Kursk.', '11.000', 'zelensky'],
    ['ru', 'По данным ГУР, 11 тысяч военных КНДР находятся в Курской области.', '11', 'gur'],
    ['ko', '국가정보원에 따르면 북한군 1만 명이 파병됐다.', '1만', 'nis'],
  ])('%s: %s', (lang, sentence, figure, actor) => {
    expect(actorOf(lang, sentence, figure)).toBe(actor);
  });

  it.each([
    ['Il a déclaré que près de 11 000 soldats se trouvaient en Russie.', true],
    ['He said about 11,000 troops were there.', true],
    ['La Corée du Nord a envoyé 1 500 soldats.', false],
  ] as const)('%s refers back to a speaker: %s', (sentence, expected) => {
    expect(refersBackToSpeaker(sentence)).toBe(expected);
  });
});

describe('cues that credit a source', () => {
  it.each<[string, Lang, string, string, string | null]>([
    ['present-tense verbs of headlines', 'en', 'Moscow now has 3,000 North Korean soldiers, South Korean spies say', '3,000', 'nis'],
    ['present-tense verbs of headlines', 'en', 'Pentagon confirms 12,000 North Korean troops in Russia', '12,000', 'pentagon'],
    ['present-tense verbs of headlines', 'en', 'North Korea has lost 4,000 soldiers, Seoul reveals', '4,000', 'south-korea'],
    ['a subject before a clause set off by commas', 'en', 'Lloyd Austin, who met his South Korean counterpart in Seoul, said about 10,000 troops were in Russia.', '10,000', 'pentagon'],
    ['a subject before a clause set off by commas', 'en', 'Volodymyr Zelensky, speaking in Copenhagen on Tuesday, put the number at 3,000.', '3,000', 'zelensky'],
    ['a subject before a source set off by commas', 'fr', 'Pyongyang, selon des sources, reconnaît 350 morts.', '350', 'north-korea'],
    ['a verb right after a source preposition', 'es', 'Desde que Pyongyang entró en combate han muerto 300, según explicó el diputado Lee Seong-kweun.', '300', 'nis'],
    ['estimating verbs', 'es', 'Seúl eleva a 2.000 los muertos norcoreanos.', '2.000', 'south-korea'],
    ['estimating verbs', 'es', 'Kiev sitúa en 14.000 los soldados enviados a Rusia.', '14.000', 'ukraine'],
    ['estimating verbs', 'es', 'La inteligencia surcoreana había cifrado en 4.700 las bajas norcoreanas.', '4.700', 'nis'],
    ['estimating verbs', 'ru', 'Британская разведка оценивала потери КНДР в 5 тысяч человек.', '5 тысяч', 'uk-mod'],
    ['warning verbs', 'de', 'Budanow warnte, Pjöngjang schicke 6.000 weitere Soldaten.', '6.000', 'gur'],
    ['warning verbs', 'uk', 'Буданов попереджав, що КНДР відправить ще 6 тисяч військових.', '6 тисяч', 'gur'],
    ['German verbs split around the figure', 'de', 'Selenskyj sprach in seiner Rede von 11.000 Soldaten.', '11.000', 'zelensky'],
    ['German verbs split around the figure', 'de', 'Der NIS ging im April von 600 Toten aus.', '600', 'nis'],
    ['German verbs split around the figure', 'de', 'Blinken hatte noch von 8.000 Soldaten gesprochen.', '8.000', 'state-dept'],
    ['a place is not the speaker', 'de', 'Schoigu kündigte bei seinem Besuch in Pjöngjang an, Nordkorea werde 1.000 Pioniere schicken.', '1.000', 'russia-security-council'],
    ['a place is not the speaker', 'de', 'Schoigu hatte in Pjöngjang angekündigt, Nordkorea werde 1.000 Pioniere schicken.', '1.000', 'russia-security-council'],
    ['a party acknowledging its own losses', 'ru', 'Пхеньян признаёт гибель 350 своих военных.', '350', 'north-korea'],
    ["a nation's estimates", 'en', 'According to US estimates, about 1,200 North Korean soldiers were killed or wounded.', '1,200', 'us'],
    ["a nation's estimates", 'fr', 'Selon les estimations américaines, 1 200 soldats ont été tués ou blessés.', '1 200', 'us'],
    ["a nation's estimates", 'es', 'Zelenski habla de 4.000 bajas, mientras que las estimaciones estadounidenses rondan las 1.200.', '1.200', 'us'],
    ["a nation's estimates", 'de', 'Nach US-Schätzungen sind 1.200 Soldaten gefallen.', '1.200', 'us'],
    ["a nation's estimates", 'ru', 'По американским оценкам, погибли или ранены 1200 военных КНДР.', '1200', 'us'],
    ['a headline opening on its source', 'de', 'Washington: 10.000 Nordkoreaner in Kursk', '10.000', 'us'],
    ['a headline opening on its source', 'ko', '국정원 "북한군 1만 명 파병"', '1만', 'nis'],
    ['a dateline is a place', 'en', 'SEOUL: About 300 North Korean soldiers have died in Kursk.', '300', null],
    ['a headline naming a party', 'en', 'Pyongyang: 300 soldiers honoured', '300', null],
  ])('%s (%s): %s', (_class, lang, sentence, figure, actor) => {
    expect(actorOf(lang, sentence, figure)).toBe(actor);
  });
});

describe('a clause that names its source without repeating the verb', () => {
  it.each<[Lang, string, string, string | null]>([
    ['fr', 'Kiev parle de 3 000 morts, Séoul de 1 100.', '1 100', 'south-korea'],
    ['fr', "Kiev évoque plus de 3 000 pertes, et Séoul d'environ 1 100.", 'environ 1 100', 'south-korea'],
    ['de', 'Kiew spricht von 3.000 Toten, Seoul von rund 1.100.', 'rund 1.100', 'south-korea'],
    ['en', 'Kyiv puts the toll at 3,000, Seoul at about 1,100.', 'about 1,100', 'south-korea'],
    ['es', 'Kiev habla de 3.000 bajas, y Seúl de unas 1.100.', 'unas 1.100', 'south-korea'],
    ['ru', 'Киев говорит о 3 тысячах, Сеул — о 1100.', '1100', 'south-korea'],
    ['fr', 'Selon le NIS, Pyongyang a envoyé 12 000 soldats.', '12 000', null],
    ['fr', 'Kiev parle de 3 000 morts, Pyongyang de 300.', '300', null],
    ['en', 'Seoul counts 3,000, Kyiv says 4,000.', '4,000', null],
    ['es', 'Kiev habla de 3.000 bajas, Estados Unidos de unas 1.200.', 'unas 1.200', 'us'],
  ])('%s: %s', (lang, sentence, figure, actor) => {
    expect(gappedSource(sentence, sentence.indexOf(figure), lang)).toBe(actor);
  });
});


describe('the source a table label cell names', () => {
  it.each<[Lang, string, string | null]>([
    ['en', 'NIS (South Korea), April', 'nis'],
    ['en', "South Korea's NIS", 'nis'],
    ['en', 'South Korean JCS', 'jcs'],
    ['de', 'Britisches Verteidigungsministerium, Juni', 'uk-mod'],
    ['de', 'Sergej Schoigu, Juni', 'russia-security-council'],
    ['fr', 'GUR (Ukraine)', 'gur'],
    ['ru', 'НСР Южной Кореи', 'nis'],
    ['ko', '국정원', 'nis'],
    ['en', 'KCNA (North Korea)', 'north-korea'],
    // A party named after something else is a place.
    ['en', 'Kursk (Russia)', null],
    ['fr', '16 déc.', null],
  ])('%s: %s', (lang, cell, expected) => {
    expect(labelSource(cell, lang)).toBe(expected);
  });
});
