import { describe, expect, it } from 'vitest';
import type { Kind, Scope } from '../claims/vocabulary';
import { kindKey, sameThing, type Fit } from './scope';

const t = (kind: Kind, scope: Scope) => ({ kind, scope });

describe('sameThing', () => {
  it.each<[string, { kind: Kind; scope: Scope }, { kind: Kind; scope: Scope }, Fit | null]>([
    ['troops in Russia vs troops in Russia', t('troops', 'total'), t('troops', 'total'), 'strict'],
    ['"près de 11 000 en Russie" vs Budanov’s 11 000 training in eastern Russia', t('troops', 'total'), t('troops', 'training'), 'strict'],
    ['"1 500 soldats envoyés en Russie" vs NIS 1 500 special forces', t('troops', 'total'), t('troops', 'special_forces'), 'loose'],
    ['"10 000 d’ici décembre" vs 3 000 now', t('troops', 'planned'), t('troops', 'total'), 'loose'],
    ['"1 500 autres soldats" vs a second batch', t('troops', 'batch'), t('troops', 'batch'), 'strict'],
    ['first group of 2 600 to Kursk vs a batch', t('troops', 'kursk'), t('troops', 'batch'), 'loose'],
    ['500 officers vs 12 000 in Russia', t('troops', 'officers'), t('troops', 'total'), null],
    ['killed vs casualties', t('killed', 'total'), t('casualties', 'total'), null],
    ['killed vs wounded', t('killed', 'total'), t('wounded', 'total'), null],
    ['casualties vs casualties in Kursk', t('casualties', 'total'), t('casualties', 'kursk'), 'strict'],
    ['casualties over a weekend vs casualties so far (pages drop the period)', t('casualties', 'period'), t('casualties', 'total'), 'loose'],
    ['troops over a period vs troops so far', t('troops', 'period'), t('troops', 'total'), null],
    ['"four brigades" vs "40 instructors" (unit sizes of different groups)', t('troops', 'unit'), t('troops', 'unit'), 'loose'],
    ['troops vs materiel', t('troops', 'total'), t('materiel', 'containers'), null],
    ['3 missing (other) vs 3 missing (casualties)', t('other', 'missing'), t('casualties', 'missing'), 'strict'],
    ['13 000 containers vs 13 000 containers', t('materiel', 'containers'), t('materiel', 'containers'), 'strict'],
    ['containers vs shells', t('materiel', 'containers'), t('materiel', 'shells'), null],
  ])('%s', (_label, a, b, fit) => {
    expect(sameThing(a, b)).toBe(fit);
    expect(sameThing(b, a)).toBe(fit);
  });

  it('indexes missing/captured/deserted counts under one kind', () => {
    expect(kindKey('casualties', 'missing')).toBe('other');
    expect(kindKey('casualties', 'total')).toBe('casualties');
  });
});
