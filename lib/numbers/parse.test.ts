import { describe, expect, it } from 'vitest';
import { parseNumeral, scanNumeral } from './parse';

describe('parseNumeral: thousands separators and decimals the press uses', () => {
  it.each<[string, number]>([
    ['2 600', 2600],
    ['2\u00a0600', 2600],
    ['2\u202f600', 2600],
    ['2\u2009600', 2600],
    ['3.000', 3000],
    ['12.000', 12000],
    ['1.100', 1100],
    ['10,000', 10000],
    ['1,050,000', 1050000],
    ["10'000", 10000],
    ['10’000', 10000],
    ['1500', 1500],
    ['10 000 000', 10000000],
    ['3.000.000', 3000000],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['2,75', 2.75],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 000,5', 1000.5],
    ['1.\n100', 1100],
    ['2024', 2024],
    ['0', 0],
  ])('%j = %d', (s, n) => {
    expect(parseNumeral(s)).toBe(n);
  });

  it.each(['', 'abc', '12 34', '2024 100', '1234567890123', '1.2.3'])('%j is not one numeral', (s) => {
    expect(parseNumeral(s)).toBeNull();
  });
});

describe('scanNumeral in running text', () => {
  it.each<[string, string, boolean]>([
    ['en 2024 100 soldats', '2024', true],
    ['le 8 et le 13 août', '8', true],
    ['11,000-12,000 troops', '11,000', false],
    ['environ 3.000, soit', '3.000', false],
    ['Exceed 3,000.', '3,000', false],
    ['portée de 40 à 60 km', '40', true],
  ])('in %j reads %j (plain: %s)', (text, figure, plain) => {
    const at = text.search(/\d/);
    const n = scanNumeral(text, at);
    expect(n && text.slice(n.start, n.end)).toBe(figure);
    expect(n?.plain).toBe(plain);
  });

  // Table rows reach the reader as their cells separated by a tab (lib/text/extract): a tab never joins digit groups.
  it.each<[string, string]>([
    ['11\t000', '11'],
    ['2\t600\tsoldats', '2'],
    ['2024\t600\tTote', '2024'],
    ['1.000\t5.000', '1.000'],
    ['10,000\t12,000', '10,000'],
    ['1.\t100', '1'],
  ])('in the table row %j reads only %j', (text, figure) => {
    const n = scanNumeral(text, 0);
    expect(n && text.slice(n.start, n.end)).toBe(figure);
  });

  it('refuses digit runs too long to be a figure', () => {
    expect(scanNumeral('1'.repeat(40), 0)).toBeNull();
  });
});
