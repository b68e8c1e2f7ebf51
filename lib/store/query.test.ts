import { describe, expect, it } from 'vitest';
import { actorFamily, type ClaimQuery, dayEnd, dayStart, filterClaims, planIndex } from './query';
import { fixtureDatabase } from './test-fixture';

const db = fixtureDatabase();
const ids = (query: ClaimQuery) => filterClaims(db.claims, db.actors, query).map((c) => c.id);

describe('actorFamily', () => {
  it.each([
    ['south-korea', false, ['south-korea']],
    ['south-korea', true, ['jcs', 'nis', 'south-korea']],
    ['ukraine', true, ['gur', 'ukraine', 'zelensky']],
    ['nis', true, ['nis']],
    ['unknown', true, ['unknown']],
  ])('%s (includeParts %s)', (actor, includeParts, expected) => {
    expect([...actorFamily(actor, db.actors, includeParts)].sort()).toEqual(expected);
  });

  it('stops on a partOf cycle', () => {
    const actors = [
      { id: 'a', names: { fr: ['A'], en: ['A'] }, partOf: 'b' },
      { id: 'b', names: { fr: ['B'], en: ['B'] }, partOf: 'a' },
    ];
    expect([...actorFamily('a', actors, true)].sort()).toEqual(['a', 'b']);
  });
});

describe('day bounds', () => {
  it.each([
    ['2024-10', '2024-10-01', '2024-10-31'],
    ['2024-10-23', '2024-10-23', '2024-10-23'],
  ])('%s covers %s..%s', (date, start, end) => {
    expect([dayStart(date), dayEnd(date)]).toEqual([start, end]);
  });
});

describe('filterClaims', () => {
  it.each<[string, ClaimQuery, string[]]>([
    ['no criteria', {}, db.claims.map((c) => c.id)],
    ['kind', { kind: 'casualties' }, ['zelensky-casualties']],
    ['scope', { kind: 'troops', scope: 'kursk' }, ['gur-11000']],
    ['actor alone', { actor: 'south-korea' }, []],
    ['actor with parts', { actor: 'south-korea', includeParts: true }, ['nis-1500-oct', 'nis-3000-oct', 'jcs-planned']],
    ['actor, parts two levels', { actor: 'ukraine', includeParts: true }, ['gur-11000', 'zelensky-casualties']],
    // 1500 exact; 3000..∞ open; 10000..12000; 3000..∞ vague. 2000..2999 touches none of them.
    ['value range inside no interval', { valueMin: 2000, valueMax: 2999 }, []],
    ['value range touching an exact figure', { valueMin: 1000, valueMax: 1500 }, ['nis-1500-oct']],
    ['open-ended claims overlap any high range', { valueMin: 50000 }, ['nis-3000-oct', 'zelensky-casualties']],
    ['range overlaps a range claim at its edge', { valueMin: 12000, valueMax: 20000 }, ['nis-3000-oct', 'gur-11000', 'jcs-planned', 'zelensky-casualties']],
    ['upper bound only', { valueMax: 1499 }, []],
    ['claims without a figure are left out of value queries', { kind: 'troops', valueMin: 0 }, ['nis-1500-oct', 'nis-3000-oct', 'gur-11000', 'jcs-planned']],
    ['date range, one day', { dateFrom: '2024-10-23', dateTo: '2024-10-23' }, ['nis-3000-oct', 'jcs-planned']],
    ['month query covers day claims', { dateFrom: '2024-10', dateTo: '2024-10' }, ['nis-1500-oct', 'nis-3000-oct', 'jcs-planned', 'kremlin-denial']],
    ['until extends a claim into the query', { dateFrom: '2024-12-10' }, ['gur-11000', 'zelensky-casualties']],
    ['after until', { dateFrom: '2024-12-16', dateTo: '2024-12-31' }, []],
    ['dateTo only', { dateTo: '2024-10-20' }, ['nis-1500-oct', 'jcs-planned']],
    ['combined', { kind: 'troops', actor: 'nis', valueMin: 2000, dateFrom: '2024-10-20' }, ['nis-3000-oct']],
    ['origin bundled', { origin: 'bundled' }, db.claims.map((c) => c.id)],
    ['origin user', { origin: 'user' }, []],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('tells user claims apart by their flag', () => {
    const claims = [...db.claims, { ...db.claims[0]!, id: 'mine', user: true }];
    expect(filterClaims(claims, db.actors, { origin: 'user' }).map((c) => c.id)).toEqual(['mine']);
  });
});

describe('planIndex', () => {
  it.each<[ClaimQuery, ReturnType<typeof planIndex>]>([
    [{ actor: 'ukraine', includeParts: true, kind: 'troops' }, { index: 'actor', keys: ['ukraine', 'gur', 'zelensky'] }],
    [{ kind: 'killed', valueMax: 10 }, { index: 'kind', keys: ['killed'] }],
    [{ valueMin: 5, valueMax: 10 }, { index: 'min', upper: 10 }],
    [{ valueMin: 5, dateTo: '2024-11' }, { index: 'date', upper: '2024-11-31' }],
    [{ valueMin: 5, dateFrom: '2024-11' }, null],
  ])('%j', (query, plan) => {
    expect(planIndex(query, db.actors)).toEqual(plan);
  });

  it('never narrows away a claim the filter keeps', () => {
    const queries: ClaimQuery[] = [{ valueMax: 1500 }, { dateTo: '2024-10' }, { dateTo: '2024-10-18' }, { kind: 'troops' }];
    for (const query of queries) {
      const plan = planIndex(query, db.actors);
      const candidates = db.claims.filter((c) => {
        if (plan?.index === 'min') return c.quantity !== undefined && c.quantity.min <= plan.upper;
        if (plan?.index === 'date') return c.date <= plan.upper;
        if (plan?.index === 'kind') return plan.keys.includes(c.kind);
        return true;
      });
      expect(candidates.map((c) => c.id)).toEqual(expect.arrayContaining(ids(query)));
    }
  });
});
