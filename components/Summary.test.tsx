// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from './i18n-fixture';
import { countVerdicts, Summary } from './Summary';

afterEach(cleanup);

const results = (...verdicts: Array<'corroborated' | 'conflicting' | 'mixed' | 'unverified'>) => verdicts.map((verdict) => ({ verdict }));

describe('countVerdicts', () => {
  it('counts each verdict and the total', () => {
    expect(countVerdicts(results('corroborated', 'conflicting', 'corroborated', 'unverified'))).toEqual({
      total: 4,
      corroborated: 2,
      conflicting: 1,
      mixed: 0,
      unverified: 1,
    });
  });
});

describe('Summary', () => {
  it.each([
    ['en', results('corroborated', 'conflicting', 'corroborated', 'unverified'), '4 figures: 2 corroborated, 1 conflicting, 1 unverified'],
    ['fr', results('corroborated', 'conflicting', 'corroborated', 'unverified'), '4 chiffres\u00a0: 2 corroborés, 1 contredit, 1 non vérifié'],
    ['en', results('mixed'), '1 figure: 0 corroborated, 0 conflicting, 1 mixed, 0 unverified'],
    ['fr', results('conflicting', 'conflicting', 'mixed'), '3 chiffres\u00a0: 0 corroboré, 2 contredits, 1 partagé, 0 non vérifié'],
  ] as const)('%s: %j', async (lang, verdicts, text) => {
    await useLocale(lang);
    const { getByTestId } = render(<Summary counts={countVerdicts(verdicts)} />);
    expect(getByTestId('summary').textContent).toBe(text);
  });
});
