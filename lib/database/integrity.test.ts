import { describe, expect, it } from 'vitest';
import { checkIntegrity } from './integrity';
import type { Claim, ClaimDatabase } from './schema';

/** A small sound database: two NIS figures (one revising the other), a subtotal, and an outlet's distortion. */
function sound(): ClaimDatabase {
  return {
    version: 'test',
    actors: [
      { id: 'south-korea', names: { fr: ['Séoul'], en: ['Seoul'] } },
      { id: 'nis', names: { fr: ['NIS'], en: ['NIS'], ko: ['국정원'] }, partOf: 'south-korea' },
    ],
    sources: [
      { id: 'src-a', outlet: 'KBS World', title: '', url: 'https://a.example/1', lang: 'en', published: '2025-01-13' },
      { id: 'src-b', outlet: 'Other', title: 'x', url: 'https://b.example/2', lang: 'fr', published: '2025-01' },
    ],
    claims: [
      {
        id: 'nis-2024-12-19-killed-total-100',
        actor: 'nis',
        stance: 'figure',
        kind: 'killed',
        scope: 'total',
        quantity: { value: 100, min: 100, max: null, qualifier: 'at_least' },
        date: '2024-12-19',
        summary: 'At least 100 killed.',
        appearances: [{ source: 'src-a' }],
      },
      {
        id: 'nis-2025-01-13-casualties-total-3000',
        actor: 'nis',
        stance: 'figure',
        kind: 'casualties',
        scope: 'total',
        quantity: { value: 3000, min: 3000, max: null, qualifier: 'more_than' },
        date: '2025-01-13',
        summary: 'More than 3,000 killed or wounded.',
        appearances: [{ source: 'src-a', quote: 'more than 3,000', lang: 'en' }],
        relations: [{ type: 'includes', claim: 'nis-2025-01-13-killed-total-300' }],
      },
      {
        id: 'nis-2025-01-13-killed-total-300',
        actor: 'nis',
        stance: 'figure',
        kind: 'killed',
        scope: 'total',
        quantity: { value: 300, min: 300, max: 300, qualifier: 'approx' },
        date: '2025-01-13',
        until: '2025-01',
        summary: 'About 300 killed.',
        appearances: [{ source: 'src-a' }],
        relations: [{ type: 'revises', claim: 'nis-2024-12-19-killed-total-100' }],
      },
      {
        id: 'nis-2025-01-killed-total-3000',
        actor: 'nis',
        stance: 'figure',
        kind: 'killed',
        scope: 'total',
        quantity: { value: 3000, min: 3000, max: 3000, qualifier: 'approx' },
        date: '2025-01',
        summary: 'An outlet restating the 3,000 casualties as deaths.',
        appearances: [{ source: 'src-b' }],
        relations: [{ type: 'misreports', claim: 'nis-2025-01-13-casualties-total-3000' }],
      },
      {
        id: 'south-korea-2025-01-13-troops-total-denied',
        actor: 'south-korea',
        stance: 'denied',
        kind: 'troops',
        scope: 'total',
        date: '2025-01-13',
        by: '2025-12',
        summary: 'No figure.',
        appearances: [{ source: 'src-b' }],
      },
    ],
  };
}

function claim(db: ClaimDatabase, index: number): Claim {
  const found = db.claims[index];
  if (!found) throw new Error(`fixture has no claim ${index}`);
  return found;
}

describe('checkIntegrity', () => {
  it('finds nothing wrong with a sound database', () => {
    expect(checkIntegrity(sound())).toEqual([]);
  });

  it.each<[string, (db: ClaimDatabase) => void, RegExp]>([
    ['an actor id reused by a source', (db) => db.sources.push({ ...db.sources[0]!, id: 'nis' }), /duplicate id "nis" \(actor and source\)/],
    ['a claim id used twice', (db) => db.claims.push({ ...claim(db, 0) }), /duplicate id "nis-2024-12-19-killed-total-100" \(claim and claim\)/],
    ['a claim by an unknown actor', (db) => (claim(db, 0).actor = 'gur'), /unknown actor "gur"/],
    ['an appearance in an unknown source', (db) => claim(db, 0).appearances.push({ source: 'src-z' }), /unknown source "src-z"/],
    ['a relation to an unknown claim', (db) => (claim(db, 1).relations = [{ type: 'includes', claim: 'nope' }]), /includes unknown claim "nope"/],
    ['partOf an unknown actor', (db) => (db.actors[1]!.partOf = 'korea'), /partOf unknown actor "korea"/],
    ['partOf itself', (db) => (db.actors[1]!.partOf = 'nis'), /"nis": partOf itself/],
    ['a partOf loop', (db) => (db.actors[0]!.partOf = 'nis'), /partOf chain loops/],
    ['a claim without appearances', (db) => (claim(db, 0).appearances = []), /has no appearance/],
    ['until before date', (db) => (claim(db, 0).until = '2024-12-18'), /until 2024-12-18 is before date 2024-12-19/],
    ['until a month before the date', (db) => (claim(db, 0).until = '2024-11'), /until 2024-11 is before date/],
    ['by before date', (db) => (claim(db, 0).by = '2024-11'), /by 2024-11 is before date 2024-12-19/],
    ['a date that is not a calendar day', (db) => (claim(db, 0).date = '2025-02-30'), /date 2025-02-30 is not a calendar date/],
    ['a published date that is not a calendar day', (db) => (db.sources[0]!.published = '2024-04-31'), /published 2024-04-31/],
    ['value below min', (db) => (claim(db, 2).quantity = { value: 300, min: 400, max: 300, qualifier: 'approx' }), /value is outside \[min, max\]/],
    ['max below min', (db) => (claim(db, 2).quantity = { value: 300, min: 300, max: 200, qualifier: 'range' }), /max is below min/],
    ['a negative min', (db) => (claim(db, 2).quantity = { value: -5, min: -5, max: -5, qualifier: 'exact' }), /min is negative/],
    ['exact with an interval', (db) => (claim(db, 2).quantity = { value: 300, min: 300, max: 400, qualifier: 'exact' }), /exact needs min = max = value/],
    ['approx with an open max', (db) => (claim(db, 2).quantity = { value: 300, min: 300, max: null, qualifier: 'approx' }), /approx needs min = max = value/],
    ['more_than with a max', (db) => (claim(db, 1).quantity = { value: 3000, min: 3000, max: 4000, qualifier: 'more_than' }), /more_than needs min = value and max null/],
    ['at_least with a max', (db) => (claim(db, 0).quantity = { value: 100, min: 100, max: 100, qualifier: 'at_least' }), /at_least needs min = value and max null/],
    ['up_to open-ended', (db) => (claim(db, 2).quantity = { value: 8000, min: 0, max: null, qualifier: 'up_to' }), /up_to needs max = value/],
    ['range without a width', (db) => (claim(db, 2).quantity = { value: 300, min: 300, max: 300, qualifier: 'range' }), /range needs min = value and max > min/],
    ['range open-ended', (db) => (claim(db, 2).quantity = { value: 300, min: 300, max: null, qualifier: 'range' }), /range needs min = value and max > min/],
    ['vague with a value', (db) => (claim(db, 2).quantity = { value: 300, min: 100, max: null, qualifier: 'vague' }), /vague needs value null/],
    ['a precise quantity without a value', (db) => (claim(db, 2).quantity = { value: null, min: 300, max: 300, qualifier: 'approx' }), /value is missing/],
    ['a figure without a quantity', (db) => delete claim(db, 2).quantity, /stance "figure" needs a quantity/],
    ['a denial with a quantity', (db) => (claim(db, 4).quantity = { value: 1, min: 1, max: 1, qualifier: 'exact' }), /stance "denied" must not have a quantity/],
    ['an actor without a French name', (db) => (db.actors[0]!.names.fr = []), /"south-korea": needs a fr name/],
    ['an actor with a blank English name', (db) => (db.actors[0]!.names.en = ['  ']), /"south-korea": needs a en name/],
    ['a relation to itself', (db) => (claim(db, 2).relations = [{ type: 'revises', claim: claim(db, 2).id }]), /revises itself/],
    ['a misreport in the source of the original', (db) => claim(db, 3).appearances.push({ source: 'src-a' }), /misreports "nis-2025-01-13-casualties-total-3000" but shares its source "src-a"/],
    ['a revision of another actor\'s claim', (db) => (claim(db, 0).actor = 'south-korea'), /revises "nis-2024-12-19-killed-total-100" of another actor/],
    ['a revision of a later claim', (db) => (claim(db, 0).date = '2025-02'), /which is later \(2025-02 after 2025-01-13\)/],
  ])('reports %s', (_, breakIt, expected) => {
    const db = sound();
    breakIt(db);
    const problems = checkIntegrity(db);
    expect(problems).toContainEqual(expect.stringMatching(expected));
  });

  it('reports every problem, not only the first', () => {
    const db = sound();
    claim(db, 0).actor = 'gur';
    claim(db, 4).appearances.push({ source: 'src-z' });
    expect(checkIntegrity(db)).toHaveLength(3); // unknown actor, unknown source, and the revision now crossing actors
  });
});
