import { describe, expect, it } from 'vitest';
import { type ClaimRecords, emptyRecords } from '../store/records';
import { fixtureDatabase } from '../store/test-fixture';
import { bundledDatabase } from './bundled';
import { exportFileName, exportText, type ExportFormat, recordsToExport } from './export';
import { parseImport } from './import';
import type { Claim, ClaimDatabase } from './schema';

const formats: ExportFormat[] = ['json', 'claimreview'];
const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const asUser = (claims: readonly Claim[]) => claims.map((c) => ({ ...c, user: true }));

/** User records leaning on the fixture's bundled actors and sources, plus one source of their own. */
function userRecords(): ClaimRecords {
  return {
    claims: [
      {
        id: 'mine-1',
        actor: 'nis',
        stance: 'figure',
        kind: 'wounded',
        scope: 'total',
        quantity: { value: 500, min: 500, max: null, qualifier: 'at_least' },
        date: '2025-01',
        summary: 'North Korean soldiers wounded',
        appearances: [{ source: 'my-src', quote: 'au moins 500 blessés', lang: 'fr' }, { source: 'src-b' }],
        relations: [{ type: 'revises', claim: 'nis-3000-oct' }],
        user: true,
      },
    ],
    sources: [{ id: 'my-src', outlet: 'Mon journal', title: 'Blessés', url: 'https://mine.example/1', lang: 'fr', published: '2025-01-20' }],
    actors: [],
  };
}

describe.each<[string, () => ClaimDatabase]>([
  ['the fixture', fixtureDatabase],
  ['the bundled database', () => bundledDatabase],
])('round trip of %s', (_name, database) => {
  it.each(formats)('everything as %s, into an empty store, comes back deep-equal', (format) => {
    const db = database();
    const text = exportText(recordsToExport(db, emptyRecords(), 'all'), format, db.version);
    const result = parseImport(text, { bundled: emptyRecords(), user: emptyRecords() });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.records.claims).toEqual(asUser(db.claims));
    expect(byId(result.records.sources)).toEqual(byId(db.sources));
    expect(byId(result.records.actors)).toEqual(byId(db.actors));
  });

  it.each(formats)('everything as %s, into the store it came from, changes nothing', (format) => {
    const db = database();
    const result = parseImport(exportText(db, format, db.version), { bundled: db, user: emptyRecords() });
    expect(result.ok && result.records).toEqual(emptyRecords());
    expect(result.ok && result.preview.claims.unchanged).toBe(db.claims.length);
  });
});

describe('exporting user claims', () => {
  const bundled = fixtureDatabase();
  const user = userRecords();

  it('holds the user claims with the bundled records they lean on', () => {
    const records = recordsToExport(bundled, user, 'user');
    expect(records.claims).toEqual(user.claims);
    expect(byId(records.sources).map((s) => s.id)).toEqual(['my-src', 'src-b']);
    expect(records.actors.map((a) => a.id)).toEqual(['nis', 'south-korea']);
  });

  it.each(formats)('as %s, imports on an install without those bundled records', (format) => {
    const text = exportText(recordsToExport(bundled, user, 'user'), format, bundled.version);
    // Only the claim it revises is needed from elsewhere.
    const elsewhere = { bundled: { ...emptyRecords(), claims: bundled.claims.filter((c) => c.id === 'nis-3000-oct') }, user: emptyRecords() };
    const result = parseImport(text, elsewhere);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.records.claims).toEqual(user.claims);
    expect(result.ok && byId(result.records.sources).map((s) => s.id)).toEqual(['my-src', 'src-b']);
  });

  it.each(formats)('as %s, re-imported where it came from, writes only what is the user’s own', (format) => {
    const text = exportText(recordsToExport(bundled, user, 'user'), format, bundled.version);
    const result = parseImport(text, { bundled, user: emptyRecords() });
    expect(result.ok && result.records).toEqual({ claims: user.claims, sources: user.sources, actors: [] });
  });

  it('exports all as bundled and user records together, the user flag kept in our JSON', () => {
    const db = JSON.parse(exportText(recordsToExport(bundled, user, 'all'), 'json', 'fixture-1')) as ClaimDatabase;
    expect(db.version).toBe('fixture-1');
    expect(db.claims.map((c) => c.id)).toEqual([...bundled.claims.map((c) => c.id), 'mine-1']);
    expect(db.claims.at(-1)?.user).toBe(true);
    expect(db.sources).toHaveLength(bundled.sources.length + 1);
  });
});

describe('exportFileName', () => {
  it.each([
    ['user', 'json', 'recoupe-user-2025-01-31.json'],
    ['all', 'claimreview', 'recoupe-all-2025-01-31.jsonld'],
  ] as const)('%s as %s', (scope, format, name) => {
    expect(exportFileName(scope, format, '2025-01-31')).toBe(name);
  });
});
