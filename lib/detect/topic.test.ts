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

  it('is cheap on an unrelated 10 KB page', () => {
    const page = 'La météo sera belle demain à Paris avec 25 degrés et du soleil. '.repeat(160);
    isOnTopic(page);
    const t = performance.now();
    for (let i = 0; i < 100; i++) isOnTopic(page);
    expect((performance.now() - t) / 100).toBeLessThan(0.5);
  });

  it('recognises North Korea in every language', () => {
    for (const s of ['nord-coréens', 'North Korean', 'Pyongyang', 'DPRK', 'KPA', 'nordkoreanisch', 'norcoreano', 'северокорейских', 'КНДР', 'північнокорейські', '북한', '북한군']) {
      expect(mentionsNorthKorea(`les ${s} ici`)).toBe(true);
    }
    expect(mentionsNorthKorea('la Corée du Sud')).toBe(false);
  });
});
