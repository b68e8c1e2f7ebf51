import { describe, expect, it } from 'vitest';
import type { CheckedClaim } from './checked-claim';
import { fileReport, formatTable } from './report';
import { unverified } from './verdicts';

function claim(over: Partial<CheckedClaim>): CheckedClaim {
  const found = {
    text: 'près de 11 000 soldats', start: 10, end: 32, value: 11000, min: 11000, max: 11000, qualifier: 'approx' as const,
    kind: 'troops' as const, scope: 'total' as const, actor: 'gur', date: '2024-10-17', period: null, lang: 'fr' as const,
    sentence: 'Il a déclaré que près de 11 000 soldats se trouvaient en Russie.', ...over,
  };
  return { ...found, match: unverified(found) };
}

describe('fileReport', () => {
  it('keeps the contract fields, adds the verdict fields and leaves out the sentence', () => {
    const report = fileReport('a.txt', { lang: 'fr', published: null, claims: [claim({})] });
    expect(report).toEqual({
      path: 'a.txt', lang: 'fr', published: null,
      claims: [{
        text: 'près de 11 000 soldats', value: 11000, min: 11000, max: 11000, qualifier: 'approx', kind: 'troops',
        scope: 'total', actor: 'gur', date: '2024-10-17', period: null, verdict: 'unverified', reason: 'no_match',
        explanation: expect.any(String), corroborating: [], conflicting: [], start: 10, end: 32,
      }],
    });
  });
});

describe('formatTable', () => {
  it.each([
    ['a point value', {}, '11000'],
    ['an open-ended value', { value: 3000, min: 3000, max: null, qualifier: 'more_than' as const }, '3000 (3000–∞)'],
    ['a range', { value: 1000, min: 1000, max: 2000, qualifier: 'range' as const }, '1000–2000'],
    ['a vague figure', { value: null, min: 1000, max: null, qualifier: 'vague' as const }, '1000–∞'],
  ])('shows %s', (_name, over: Partial<CheckedClaim>, shown) => {
    const table = formatTable([fileReport('p.html', { lang: 'fr', published: '2024-10-18', claims: [claim(over)] })]);
    const lines = table.split('\n');
    expect(lines[0]).toBe('p.html  (fr, published 2024-10-18)');
    expect(lines[1]).toMatch(/^ {2}text +value +qualifier +kind +scope +actor +date +verdict$/);
    const cells = lines[2]!.trim().split(/ {2,}/);
    expect(cells).toEqual(['près de 11 000 soldats', shown, over.qualifier ?? 'approx', 'troops', 'total', 'gur', '2024-10-17', 'unverified']);
  });

  it('aligns the columns and says when a file has no claims', () => {
    const table = formatTable([
      fileReport('a.txt', { lang: 'en', published: null, claims: [claim({ text: 'over 3,000 troops', actor: null }), claim({})] }),
      fileReport('b.txt', { lang: 'de', published: null, claims: [] }),
    ]);
    const lines = table.split('\n');
    expect(lines[2]!.indexOf('11000')).toBe(lines[3]!.indexOf('11000'));
    expect(lines[2]).toContain('—');
    expect(lines.slice(5, 7)).toEqual(['b.txt  (de)', '  no claims found']);
  });
});
