import { describe, expect, it } from 'vitest';
import type { ClaimDatabase } from '../database/schema';
import type { FoundClaim } from '../detect/found-claim';
import { unverified, withVerdicts } from './verdicts';

const found: FoundClaim = {
  text: 'about 3,000 North Korean soldiers', start: 0, end: 33, value: 3000, min: 3000, max: 3000, qualifier: 'approx',
  kind: 'troops', scope: 'total', actor: 'nis', date: '2024-10-23', period: null, lang: 'en',
  sentence: 'The NIS said about 3,000 North Korean soldiers had been moved to Russia.',
};

/** A one-claim database: the NIS's 3,000 of 23 October 2024. */
const database: ClaimDatabase = {
  version: 'test',
  actors: [{ id: 'nis', names: { fr: ['le NIS'], en: ['the NIS'] } }],
  sources: [{ id: 'yonhap-1023', outlet: 'Yonhap', title: 'NIS: 3,000 troops', url: 'https://example.org/nis-3000', lang: 'en', published: '2024-10-23' }],
  claims: [{
    id: 'nis-3000-1023', actor: 'nis', stance: 'figure', kind: 'troops', scope: 'total',
    quantity: { value: 3000, min: 3000, max: 3000, qualifier: 'approx' }, date: '2024-10-23',
    summary: 'North Korean troops in Russia', appearances: [{ source: 'yonhap-1023' }],
  }],
};

describe('withVerdicts', () => {
  it('leaves every figure unverified without a database', () => {
    const [checked] = withVerdicts([found]);
    expect(checked).toEqual({ ...found, match: unverified(found) });
    expect(checked!.match.verdict).toBe('unverified');
  });

  it('matches against the database when given one, in order', () => {
    const other = { ...found, text: '77,777 troops', value: 77777, min: 77777, max: 77777, actor: null };
    const checked = withVerdicts([found, other], { database, page: { url: 'https://example.org/elsewhere', published: '2024-10-24' } });
    expect(checked.map((c) => c.text)).toEqual([found.text, other.text]);
    expect(checked[0]!.match.verdict).toBe('corroborated');
    expect(checked[0]!.match.corroborating.map((c) => c.id)).toEqual(['nis-3000-1023']);
    expect(checked[1]!.match.verdict).not.toBe('corroborated');
  });

  it('does not let a page corroborate itself', () => {
    const [checked] = withVerdicts([found], { database, page: { url: 'https://example.org/nis-3000', published: '2024-10-23' } });
    expect(checked!.match.verdict).toBe('unverified');
  });
});
