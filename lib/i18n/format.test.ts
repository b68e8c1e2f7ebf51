import { describe, expect, it } from 'vitest';
import { formatMonth, formatNumber, uiLang } from './format';

describe('uiLang', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr_CA', 'fr'],
    ['FR-be', 'fr'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['fry', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(uiLang(tag)).toBe(lang);
  });
});

describe('formatNumber', () => {
  it.each([
    [11000, 'fr', '11\u202f000'],
    [11000, 'en', '11,000'],
    [1500, 'fr', '1\u202f500'],
    [12.5, 'fr', '12,5'],
    [12.5, 'en', '12.5'],
  ] as const)('%d in %s → %s', (n, lang, text) => {
    expect(formatNumber(n, lang)).toBe(text);
  });

  it('writes compact figures for chart axes', () => {
    expect(formatNumber(15000, 'en', { compact: true })).toBe('15K');
    expect(formatNumber(15000, 'fr', { compact: true })).toBe('15\u00a0k');
  });
});

describe('formatMonth', () => {
  it.each([
    ['fr', false, 'nov.'],
    ['en', false, 'Nov'],
    ['fr', true, 'nov. 2024'],
    ['en', true, 'Nov 2024'],
  ] as const)('%s, year %s → %s', (lang, withYear, text) => {
    expect(formatMonth(Date.UTC(2024, 10, 1), lang, withYear)).toBe(text);
  });
});
