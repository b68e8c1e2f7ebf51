import { describe, expect, it } from 'vitest';
import type { Actor } from '../database/schema';
import { mergeRecords, referencedRecords } from './records';
import { fixtureDatabase } from './test-fixture';

const db = fixtureDatabase();
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

describe('referencedRecords', () => {
  it('finds appearances’ sources and the actor’s partOf chain', () => {
    const claim = db.claims.find((c) => c.id === 'gur-11000')!;
    const found = referencedRecords([claim], db);
    expect(ids(found.sources)).toEqual(['src-b', 'src-c']);
    expect(ids(found.actors)).toEqual(['gur', 'ukraine']);
  });

  it('follows the parents of the actors given, and the first record of an id', () => {
    const unit: Actor = { id: 'unit', names: { fr: ['U'], en: ['U'] }, partOf: 'nis' };
    const stale: Actor = { id: 'nis', names: { fr: ['old'], en: ['old'] }, partOf: 'gone' };
    const found = referencedRecords([], { sources: [], actors: [...db.actors, stale] }, [unit]);
    expect(ids(found.actors)).toEqual(['nis', 'south-korea']);
  });

  it('leaves out ids the pool lacks', () => {
    const claim = { ...db.claims[0]!, actor: 'ghost', appearances: [{ source: 'nowhere' }] };
    expect(referencedRecords([claim], db)).toEqual({ sources: [], actors: [] });
  });
});

describe('mergeRecords', () => {
  it('lets the bundled record win on a shared id', () => {
    const shadow = { ...db.sources[0]!, outlet: 'Mine' };
    const merged = mergeRecords(db, { claims: [], sources: [shadow, { ...shadow, id: 'own' }], actors: [] });
    expect(merged.sources.find((s) => s.id === shadow.id)?.outlet).toBe('Agence A');
    expect(ids(merged.sources)).toEqual(['own', 'src-a', 'src-b', 'src-c']);
  });
});
