import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { actorNear, creditedActors, refersBackToSpeaker } from './actor';

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
