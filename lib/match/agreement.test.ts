import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Qualifier, type Quantity } from '../claims/vocabulary';
import { agreement, sumOf, type Agreement } from './agreement';

/** A quantity as the detector and the database write it. */
function q(qualifier: Qualifier, value: number, max?: number | null): Quantity {
  switch (qualifier) {
    case 'more_than':
    case 'at_least':
      return { value, min: value, max: null, qualifier };
    case 'up_to':
    case 'less_than':
      return { value, min: 0, max: value, qualifier };
    case 'range':
      return { value, min: value, max: max ?? null, qualifier };
    case 'vague':
      return { value: null, min: value, max: max ?? null, qualifier };
    default:
      return { value, min: value, max: value, qualifier };
  }
}

const severalThousand = q('vague', 2000, 9999);
const severalHundred = q('vague', 200, 999);

// Every pair of qualifiers, with figures from the timeline and the seeds, one row that holds and one that does not.
const table: [string, Quantity, Quantity, Agreement][] = [
  ['3 000 = 3,000', q('exact', 3000), q('exact', 3000), 'agree'],
  ['3 000 ≠ 11 000', q('exact', 3000), q('exact', 11000), 'disagree'],
  ['11 000 ≠ 12 000', q('exact', 11000), q('exact', 12000), 'disagree'],
  ['11 000 ~ près de 11 000', q('exact', 11000), q('approx', 11000), 'agree'],
  ['first group 2 600 ≠ about 3 000', q('exact', 2600), q('approx', 3000), 'disagree'],
  ['3 000 ~ plus de 3 000', q('exact', 3000), q('more_than', 3000), 'agree'],
  ['4 000 within more than 3 000', q('exact', 4000), q('more_than', 3000), 'agree'],
  ['11 000 is not "more than 3 000"', q('exact', 11000), q('more_than', 3000), 'disagree'],
  ['2 000 is not "more than 3 000"', q('exact', 2000), q('more_than', 3000), 'disagree'],
  ['12 000 ~ pas moins de 12 000', q('exact', 12000), q('at_least', 12000), 'agree'],
  ['11 000 is not "at least 12 000"', q('exact', 11000), q('at_least', 12000), 'disagree'],
  ['8 000 within up to 10 000', q('exact', 8000), q('up_to', 10000), 'agree'],
  ['10 000 is not "up to 8 000"', q('exact', 10000), q('up_to', 8000), 'disagree'],
  ['900 within less than 1 000', q('exact', 900), q('less_than', 1000), 'agree'],
  ['1 200 is not "less than 1 000"', q('exact', 1200), q('less_than', 1000), 'disagree'],
  ['11 500 inside 11 000-12 000', q('exact', 11500), q('range', 11000, 12000), 'agree'],
  ['10 000 outside 11 000-12 000', q('exact', 10000), q('range', 11000, 12000), 'disagree'],
  ['3 000 vs several thousand', q('exact', 3000), severalThousand, 'weak'],
  ['300 vs several thousand', q('exact', 300), severalThousand, 'disagree'],
  ['près de 11 000 ~ environ 11 000', q('approx', 11000), q('approx', 11000), 'agree'],
  ['about 10 000 ~ about 10 500', q('approx', 10000), q('approx', 10500), 'agree'],
  ['about 11 000 ≠ about 13 000', q('approx', 11000), q('approx', 13000), 'disagree'],
  ['about 3 000 ~ more than 3 000', q('approx', 3000), q('more_than', 3000), 'agree'],
  ['about 10 000 ≠ more than 12 000', q('approx', 10000), q('more_than', 12000), 'disagree'],
  ['about 1 100 ~ at least 1 000', q('approx', 1100), q('at_least', 1000), 'agree'],
  ['about 3 000 ≠ at least 6 000', q('approx', 3000), q('at_least', 6000), 'disagree'],
  ['some 8 000 ~ up to 8 000', q('approx', 8000), q('up_to', 8000), 'agree'],
  ['about 11 000 ≠ up to 8 000', q('approx', 11000), q('up_to', 8000), 'disagree'],
  ['about 1 000 ~ less than 1 000', q('approx', 1000), q('less_than', 1000), 'agree'],
  ['about 3 000 ≠ less than 1 000', q('approx', 3000), q('less_than', 1000), 'disagree'],
  ['approximately 11 000 ~ 11 000-12 000', q('approx', 11000), q('range', 11000, 12000), 'agree'],
  ['about 3 000 ≠ 11 000-12 000', q('approx', 3000), q('range', 11000, 12000), 'disagree'],
  ['about 3 000 vs several thousand', q('approx', 3000), severalThousand, 'weak'],
  ['about 300 vs several thousand', q('approx', 300), severalThousand, 'disagree'],
  ['more than 3 000 ~ more than 3 000', q('more_than', 3000), q('more_than', 3000), 'agree'],
  ['more than 3 000 ≠ more than 4 000', q('more_than', 3000), q('more_than', 4000), 'disagree'],
  ['more than 6 000 ~ at least 6 000', q('more_than', 6000), q('at_least', 6000), 'agree'],
  ['more than 1 000 ≠ at least 3 000', q('more_than', 1000), q('at_least', 3000), 'disagree'],
  ['more than 1 000 ~ up to 2 000', q('more_than', 1000), q('up_to', 2000), 'agree'],
  ['more than 30 ≠ as many as 30', q('more_than', 30), q('up_to', 30), 'disagree'],
  ['more than 1 000 ~ less than 1 200', q('more_than', 1000), q('less_than', 1200), 'agree'],
  ['more than 3 000 ≠ less than 3 000', q('more_than', 3000), q('less_than', 3000), 'disagree'],
  ['more than 10 000 ~ 11 000-12 000', q('more_than', 10000), q('range', 11000, 12000), 'agree'],
  ['more than 13 000 ≠ 11 000-12 000', q('more_than', 13000), q('range', 11000, 12000), 'disagree'],
  ['more than 3 000 vs several thousand', q('more_than', 3000), severalThousand, 'weak'],
  ['more than 100 000 vs several thousand', q('more_than', 100000), severalThousand, 'disagree'],
  ['at least 30 ~ at least 30', q('at_least', 30), q('at_least', 30), 'agree'],
  ['at least 600 dead ≠ at least 2 000', q('at_least', 600), q('at_least', 2000), 'disagree'],
  ['at least 30 ~ as many as 30', q('at_least', 30), q('up_to', 30), 'agree'],
  ['at least 3 000 ≠ up to 1 000', q('at_least', 3000), q('up_to', 1000), 'disagree'],
  ['at least 500 ~ less than 1 000', q('at_least', 500), q('less_than', 1000), 'agree'],
  ['at least 1 000 ≠ less than 1 000', q('at_least', 1000), q('less_than', 1000), 'disagree'],
  ['at least 12 000 ~ 11 000-12 000', q('at_least', 12000), q('range', 11000, 12000), 'agree'],
  ['at least 13 000 ≠ 11 000-12 000', q('at_least', 13000), q('range', 11000, 12000), 'disagree'],
  ['at least 300 vs several hundred', q('at_least', 300), severalHundred, 'weak'],
  ['at least 5 000 vs several hundred', q('at_least', 5000), severalHundred, 'disagree'],
  ['up to 8 000 ~ up to 8 000', q('up_to', 8000), q('up_to', 8000), 'agree'],
  ['up to 8 000 ≠ up to 10 000', q('up_to', 8000), q('up_to', 10000), 'disagree'],
  ['up to 1 000 ~ less than 1 000', q('up_to', 1000), q('less_than', 1000), 'agree'],
  ['up to 1 000 ≠ less than 2 000', q('up_to', 1000), q('less_than', 2000), 'disagree'],
  ['up to 12 000 ~ 11 000-12 000', q('up_to', 12000), q('range', 11000, 12000), 'agree'],
  ['up to 10 000 ≠ 11 000-12 000', q('up_to', 10000), q('range', 11000, 12000), 'disagree'],
  ['up to 8 000 vs several thousand', q('up_to', 8000), severalThousand, 'weak'],
  ['up to 100 vs several thousand', q('up_to', 100), severalThousand, 'disagree'],
  ['less than 1 000 ~ less than 1 000', q('less_than', 1000), q('less_than', 1000), 'agree'],
  ['less than 1 000 ≠ less than 5 000', q('less_than', 1000), q('less_than', 5000), 'disagree'],
  ['less than 12 000 ~ 11 000-12 000', q('less_than', 12000), q('range', 11000, 12000), 'agree'],
  ['less than 10 000 ≠ 11 000-12 000', q('less_than', 10000), q('range', 11000, 12000), 'disagree'],
  ['less than 1 000 vs several hundred', q('less_than', 1000), severalHundred, 'weak'],
  ['less than 100 vs several hundred', q('less_than', 100), severalHundred, 'disagree'],
  ['10 000-12 000 ~ 11 000-12 000', q('range', 10000, 12000), q('range', 11000, 12000), 'agree'],
  ['15 000-18 000 ≠ 10 000-12 000', q('range', 15000, 18000), q('range', 10000, 12000), 'disagree'],
  ['2 000-3 000 vs several thousand', q('range', 2000, 3000), severalThousand, 'weak'],
  ['11 000-12 000 vs several hundred', q('range', 11000, 12000), severalHundred, 'disagree'],
  ['several thousand vs thousands', severalThousand, q('vague', 1000), 'weak'],
  ['several hundred vs several thousand', severalHundred, severalThousand, 'disagree'],
];

describe('agreement', () => {
  it.each(table)('%s', (_label, a, b, expected) => {
    expect(agreement(a, b)).toBe(expected);
    expect(agreement(b, a)).toBe(expected);
  });

  it('covers every pair of qualifiers with a row that holds and a row that does not', () => {
    const holds = new Set<string>();
    const fails = new Set<string>();
    for (const [, a, b, expected] of table) {
      const key = [a.qualifier, b.qualifier].sort().join('|');
      (expected === 'disagree' ? fails : holds).add(key);
    }
    const missing: string[] = [];
    Qualifier.options.forEach((x, i) =>
      Qualifier.options.slice(i).forEach((y) => {
        const key = [x, y].sort().join('|');
        if (!holds.has(key)) missing.push(`${key} holds`);
        if (!fails.has(key)) missing.push(`${key} fails`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('never says "agree" when a side is vague', () => {
    const anyQuantity = fc
      .record({ qualifier: fc.constantFrom(...Qualifier.options), value: fc.integer({ min: 1, max: 100000 }), span: fc.integer({ min: 0, max: 5000 }) })
      .map(({ qualifier, value, span }) => q(qualifier, value, value + span));
    fc.assert(
      fc.property(anyQuantity, anyQuantity, (a, b) => {
        const r = agreement(a, b);
        expect(agreement(b, a)).toBe(r);
        if (a.qualifier === 'vague' || b.qualifier === 'vague') expect(r).not.toBe('agree');
      }),
    );
  });
});

describe('sumOf', () => {
  it('adds a subtotal to its total the way a distorting outlet does (600 dead + 4 700 = 5 300)', () => {
    expect(sumOf(q('approx', 4700), q('at_least', 600))).toEqual({ value: 5300, min: 5300, max: 5300, qualifier: 'approx' });
    expect(sumOf(q('exact', 12000), q('exact', 500)).qualifier).toBe('exact');
  });
});
