import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, ClaimDatabase } from '../database/schema';
import { type ClaimStore, openClaimStore } from './claim-store';
import { DB_NAME, DB_VERSION, V1_STORES } from './layout';
import { type ClaimQuery, filterClaims } from './query';
import { fixtureDatabase } from './test-fixture';

const byId = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();
/** The store returns records in key order. */
const sorted = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

/** A user claim leaning on a source and an actor of its own, and on a bundled actor's parent. */
function userRecords() {
  const claim: Claim = {
    id: 'my-claim',
    actor: 'my-ministry',
    stance: 'figure',
    kind: 'killed',
    scope: 'total',
    quantity: { value: 200, min: 200, max: 200, qualifier: 'exact' },
    date: '2024-12-20',
    summary: 'North Korean soldiers killed',
    appearances: [{ source: 'my-source', quote: '200 tués', lang: 'fr' }, { source: 'src-a' }],
    user: true,
  };
  return {
    claims: [claim],
    sources: [{ id: 'my-source', outlet: 'Mon journal', title: 'Bilan', url: 'https://mine.example/x', lang: 'fr', published: '2024-12-21' }],
    actors: [{ id: 'my-ministry', names: { fr: ['Mon ministère'], en: ['My ministry'] }, partOf: 'ukraine' }],
  };
}

/** The next bundled version: one claim dropped, one revised, one added, source src-a gone. */
function nextBundled(): ClaimDatabase {
  const db = fixtureDatabase();
  const claims = db.claims
    .filter((c) => c.id !== 'kremlin-denial')
    .map((c) => ({ ...c, appearances: c.appearances.map((a) => (a.source === 'src-a' ? { ...a, source: 'src-b' } : a)) }))
    .map((c) => (c.id === 'gur-11000' ? { ...c, summary: 'Revised summary' } : c));
  claims.push({ ...claims[0]!, id: 'new-claim', date: '2025-02-01' });
  return { ...db, version: 'fixture-2', claims, sources: db.sources.filter((s) => s.id !== 'src-a') };
}

let factory: IDBFactory;
let store: ClaimStore;

beforeEach(() => {
  factory = new IDBFactory();
});
afterEach(() => store?.close());

describe('loading the bundled set', () => {
  it('fills an empty store and reports its version and counts', async () => {
    store = await openClaimStore(factory);
    expect((await store.stats()).version).toBeNull();
    await store.loadBundled(fixtureDatabase());
    expect(await store.stats()).toEqual({
      version: 'fixture-1',
      claims: { bundled: 6, user: 0 },
      sources: 3,
      actors: 8,
      byKind: { troops: 5, casualties: 1 },
      byActor: { nis: 2, gur: 1, jcs: 1, zelensky: 1, kremlin: 1 },
    });
    expect(await store.allClaims()).toEqual(sorted(fixtureDatabase().claims));
  });

  it('replaces the previous bundled set and keeps user records', async () => {
    store = await openClaimStore(factory);
    await store.loadBundled(fixtureDatabase());
    await store.importUserClaims(userRecords());

    await store.loadBundled(nextBundled());

    const { version, bundled, user } = await store.snapshot();
    expect(version).toBe('fixture-2');
    expect(bundled.claims).toEqual(sorted(nextBundled().claims));
    expect(byId(bundled.sources)).toEqual(['src-b', 'src-c']);
    expect(user.claims).toEqual(userRecords().claims);
    // src-a left the bundled set but the user claim cites it: it is kept as a user source.
    expect(byId(user.sources)).toEqual(['my-source', 'src-a']);
    expect(byId(user.actors)).toEqual(['my-ministry']);
  });

  it('ensureBundled loads only a version the store does not hold; concurrent calls share one load', async () => {
    store = await openClaimStore(factory);
    const results = await Promise.all([store.ensureBundled(fixtureDatabase()), store.ensureBundled(fixtureDatabase())]);
    expect(results).toEqual([true, true]);
    expect((await store.stats()).claims.bundled).toBe(6);
    expect(await store.ensureBundled(fixtureDatabase())).toBe(false);
    expect(await store.ensureBundled(nextBundled())).toBe(true);
    expect((await store.stats()).version).toBe('fixture-2');
  });

  it('keeps its data across a reopen', async () => {
    store = await openClaimStore(factory);
    await store.loadBundled(fixtureDatabase());
    await store.importUserClaims(userRecords());
    store.close();
    store = await openClaimStore(factory);
    expect((await store.stats()).claims).toEqual({ bundled: 6, user: 1 });
  });
});

describe('user records', () => {
  it('are flagged user, merged with the bundled set, and removed without touching it', async () => {
    store = await openClaimStore(factory);
    await store.loadBundled(fixtureDatabase());
    const { user: _flag, ...unflagged } = userRecords().claims[0]!;
    await store.importUserClaims({ ...userRecords(), claims: [unflagged] });
    expect((await store.query({ origin: 'user' }))[0]?.user).toBe(true);
    expect(byId(await store.allClaims())).toContain('my-claim');

    await store.removeUserClaims();
    const { bundled, user } = await store.snapshot();
    expect(user).toEqual({ claims: [], sources: [], actors: [] });
    expect(bundled.claims).toHaveLength(6);
  });

  it('a user claim with a bundled claim’s id is shadowed, not lost', async () => {
    store = await openClaimStore(factory);
    await store.loadBundled(fixtureDatabase());
    const shadow = { ...fixtureDatabase().claims[0]!, kind: 'killed' as const, user: true };
    await store.importUserClaims({ claims: [shadow], sources: [], actors: [] });
    expect((await store.allClaims()).filter((c) => c.id === shadow.id)).toEqual([fixtureDatabase().claims[0]]);
    expect(await store.query({ kind: 'killed' })).toEqual([]);
    expect(await store.query({ origin: 'user' })).toEqual([shadow]);
  });
});

describe('query', () => {
  beforeEach(async () => {
    store = await openClaimStore(factory);
    await store.loadBundled(fixtureDatabase());
    await store.importUserClaims(userRecords());
  });

  it.each<[ClaimQuery, string[]]>([
    [{ kind: 'killed' }, ['my-claim']],
    [{ actor: 'nis' }, ['nis-1500-oct', 'nis-3000-oct']],
    [{ actor: 'ukraine', includeParts: true }, ['gur-11000', 'my-claim', 'zelensky-casualties']],
    [{ valueMin: 100, valueMax: 1600 }, ['my-claim', 'nis-1500-oct']],
    [{ valueMax: 199 }, []],
    [{ dateFrom: '2024-12', dateTo: '2024-12' }, ['gur-11000', 'my-claim']],
    [{ dateTo: '2024-10-18' }, ['jcs-planned', 'nis-1500-oct']],
    [{ origin: 'user' }, ['my-claim']],
    [{ origin: 'bundled', actor: 'ukraine', includeParts: true }, ['gur-11000', 'zelensky-casualties']],
  ])('%j', async (query, expected) => {
    expect(byId(await store.query(query))).toEqual(expected);
  });

  it('agrees with the pure filter on every query shape', async () => {
    const all = await store.allRecords();
    const queries: ClaimQuery[] = [
      {},
      { kind: 'troops', valueMin: 2000 },
      { actor: 'south-korea', includeParts: true, dateFrom: '2024-10-20' },
      { valueMin: 9000, valueMax: 10000 },
      { dateFrom: '2024-11', dateTo: '2025-01' },
      { scope: 'total', valueMax: 5000 },
    ];
    for (const query of queries) {
      expect(byId(await store.query(query))).toEqual(byId(filterClaims(all.claims, all.actors, query)));
    }
  });
});

describe('upgrade from the version 1 layout', () => {
  interface V1Contents {
    claims: unknown[];
    sources: unknown[];
    actors: unknown[];
    bundledVersion?: string;
  }

  /** Writes a version 1 database with raw IndexedDB, as version 1 laid it out. */
  async function createV1(f: IDBFactory, contents: V1Contents): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const request = f.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        const tx = request.transaction!;
        for (const name of Object.values(V1_STORES)) db.createObjectStore(name, { keyPath: 'id' });
        db.createObjectStore('meta');
        for (const c of contents.claims) tx.objectStore(V1_STORES.claims).put(c);
        for (const s of contents.sources) tx.objectStore(V1_STORES.sources).put(s);
        for (const a of contents.actors) tx.objectStore(V1_STORES.actors).put(a);
        if (contents.bundledVersion) tx.objectStore('meta').put(contents.bundledVersion, 'bundledVersion');
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  }

  /** Opens the database at whatever version it has, without upgrading it. */
  function openRaw(f: IDBFactory): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      const request = f.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  /** The fixture's bundled records and the user's, mixed in the shared version 1 stores. */
  function v1Contents(): V1Contents {
    const bundled = fixtureDatabase();
    const mine = userRecords();
    return {
      claims: [...bundled.claims, ...mine.claims],
      sources: [...bundled.sources, ...mine.sources],
      actors: [...bundled.actors, ...mine.actors],
      bundledVersion: bundled.version,
    };
  }

  it('moves every record to the version 2 stores and loses nothing the user made', async () => {
    const bundled = fixtureDatabase();
    const mine = userRecords();
    await createV1(factory, v1Contents());

    store = await openClaimStore(factory);
    const snap = await store.snapshot();
    expect(snap.version).toBe('fixture-1');
    expect(snap.user).toEqual(mine);
    // src-a is cited by the user claim and by bundled claims: it stays bundled, and the next load rescues it.
    expect(snap.bundled).toEqual({ claims: sorted(bundled.claims), sources: sorted(bundled.sources), actors: sorted(bundled.actors) });
    expect(await store.ensureBundled(bundled)).toBe(false);

    // The next bundled load replaces the bundled set and still keeps the user's records, references intact.
    await store.loadBundled(nextBundled());
    const after = await store.snapshot();
    expect(after.user.claims).toEqual(mine.claims);
    const sources = new Set([...after.bundled.sources, ...after.user.sources].map((s) => s.id));
    expect(mine.claims[0]!.appearances.every((a) => sources.has(a.source))).toBe(true);
    store.close();

    const raw = await openRaw(factory);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(
      ['bundledActors', 'bundledClaims', 'bundledSources', 'meta', 'userActors', 'userClaims', 'userSources'],
    );
    raw.close();
  });

  it('upgrades a database that never finished a bundled load, then loads the bundled set', async () => {
    const mine = userRecords();
    await createV1(factory, { ...mine });
    store = await openClaimStore(factory);
    expect(await store.snapshot()).toEqual({ version: null, bundled: { claims: [], sources: [], actors: [] }, user: mine });
    expect(await store.ensureBundled(fixtureDatabase())).toBe(true);
    expect((await store.snapshot()).user).toEqual(mine);
  });

  it('leaves the version 1 database as it was when the move fails', async () => {
    const contents = v1Contents();
    // A user claim without appearances cannot be sorted into user and bundled references.
    const broken = { ...contents, claims: [...contents.claims, { id: 'broken', user: true }] };
    await createV1(factory, broken);

    await expect(openClaimStore(factory)).rejects.toThrow(/^Could not upgrade the IndexedDB database from version 1: /);

    const raw = await openRaw(factory);
    expect(raw.version).toBe(1);
    const tx = raw.transaction([...Object.values(V1_STORES), 'meta']);
    const getAll = (name: string) =>
      new Promise<unknown[]>((resolve) => {
        tx.objectStore(name).getAll().onsuccess = (event) => resolve((event.target as IDBRequest<unknown[]>).result);
      });
    const [claims, sources, actors] = await Promise.all(Object.values(V1_STORES).map(getAll));
    expect(claims).toHaveLength(broken.claims.length);
    expect(sources).toHaveLength(broken.sources.length);
    expect(actors).toHaveLength(broken.actors.length);
    raw.close();
  });
});
