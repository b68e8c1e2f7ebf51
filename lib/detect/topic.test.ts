import { describe, expect, it } from 'vitest';
import { isOnTopic, mentionsNorthKorea } from './topic';

describe('isOnTopic', () => {
  it.each([
    'Des soldats nord-coréens déployés en Russie, selon l’Ukraine',
    'North Korean troops moved to Russia exceed 3,000',
    'Nordkoreanische Soldaten sind laut Kiew in der Region Kursk',
    'Corea del Norte envió tropas a Rusia',
    'КНДР отправила войска в Россию',
    'Північнокорейські військові у Курській області',
    '북한군 1만여 명이 러시아에 파병됐다',
    'Pyongyang’s forces suffered casualties',
  ])('%s', (text) => expect(isOnTopic(text)).toBe(true));

  it.each([
    'La Corée du Nord a tiré un missile balistique dans la mer du Japon.',
    'Russia is reported to have lost 1,050,000 troops killed and wounded.',
    'Le match a réuni 40 000 spectateurs.',
    '',
  ])('not: %s', (text) => expect(isOnTopic(text)).toBe(false));

  // Every way of naming North Korea, in any case: the quick check before the regexes must let each through.
  it.each([
    'NORD-CORÉENS', 'nordcoréen', 'Corée du Nord', 'COREE DU NORD', 'North Korea', 'NORTH-KOREAN', 'N. Korea', 'N.Korea',
    'Pyongyang', 'PYONG YANG', 'DPRK', 'the KPA', 'la RPDC', 'Kim Jong Un', 'Nordkorea', 'Pjöngjang', 'PJONGJANG',
    'Corea del Norte', 'norcoreanos', 'Pionyang', 'Северной Кореи', 'северокорейские', 'КНДР', 'Пхеньян',
    'Північної Кореї', 'північнокорейські', '北朝鮮', '北韓', '북한', '평양', '김정은', '인민군',
  ])('names North Korea: %s (with troops)', (name) => expect(isOnTopic(`${name} troops`)).toBe(true));

  it('recognises North Korea in every language', () => {
    for (const s of ['nord-coréens', 'North Korean', 'Pyongyang', 'DPRK', 'KPA', 'nordkoreanisch', 'norcoreano', 'северокорейских', 'КНДР', 'північнокорейські', '북한', '북한군']) {
      expect(mentionsNorthKorea(`les ${s} ici`)).toBe(true);
    }
    expect(mentionsNorthKorea('la Corée du Sud')).toBe(false);
  });
});
