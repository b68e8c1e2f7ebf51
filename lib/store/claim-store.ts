import type { Claim, ClaimDatabase } from '../database/schema';
import { type ClaimDb, openClaimDb } from './layout';
import { type ClaimQuery, filterClaims, planIndex } from './query';
import { type ClaimRecords, mergeRecords, referencedRecords } from './records';

export interface StoreStats {
  /** Version of the bundled set in the store, null before the first load. */
  version: string | null;
  claims: { bundled: number; user: number };
  sources: number;
  actors: number;
  /** Claims (bundled and user together) per kind and per actor id. */
  byKind: Record<string, number>;
  byActor: Record<string, number>;
}

export interface StoreSnapshot {
  version: string | null;
  bundled: ClaimRecords;
  user: ClaimRecords;
}

export interface ClaimStore {
  /** Replaces the bundled set with `db`; user records stay as they are. */
  loadBundled(db: ClaimDatabase): Promise<void>;
  /** Loads `db` unless the store already holds that version. Resolves to whether it loaded. */
  ensureBundled(db: ClaimDatabase): Promise<boolean>;
  query(query: ClaimQuery): Promise<Claim[]>;
  /** Bundled and user claims, sources and actors as one set (bundled wins on a shared id). */
  allRecords(): Promise<ClaimRecords>;
  allClaims(): Promise<Claim[]>;
  snapshot(): Promise<StoreSnapshot>;
  /** Adds or replaces user records (as parseImport returns them) in one transaction. */
  importUserClaims(records: ClaimRecords): Promise<{ claims: number; sources: number; actors: number }>;
  /** Removes every user claim, source and actor; the bundled set stays. */
  removeUserClaims(): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): void;
}

const CLAIM_STORES = ['bundledClaims', 'userClaims'] as const;

function count<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Opens the extension's claim store. Only the background opens it: IndexedDB opened from a content script
 * would belong to the web page's origin. `factory` defaults to the global indexedDB (tests pass their own).
 */
export async function openClaimStore(factory: IDBFactory = indexedDB): Promise<ClaimStore> {
  const db: ClaimDb = await openClaimDb(factory);
  let loading: Promise<boolean> | null = null;

  async function readRecords(which: 'bundled' | 'user'): Promise<ClaimRecords> {
    const tx = db.transaction([`${which}Claims`, `${which}Sources`, `${which}Actors`]);
    const [claims, sources, actors] = await Promise.all([
      tx.objectStore(`${which}Claims`).getAll(),
      tx.objectStore(`${which}Sources`).getAll(),
      tx.objectStore(`${which}Actors`).getAll(),
    ]);
    return { claims, sources, actors };
  }

  async function snapshot(): Promise<StoreSnapshot> {
    const [version, bundled, user] = await Promise.all([db.get('meta', 'bundledVersion'), readRecords('bundled'), readRecords('user')]);
    return { version: version ?? null, bundled, user };
  }

  async function allRecords(): Promise<ClaimRecords> {
    const { bundled, user } = await snapshot();
    return mergeRecords(bundled, user);
  }

  async function loadBundled(bundled: ClaimDatabase): Promise<void> {
    const tx = db.transaction(
      ['bundledClaims', 'bundledSources', 'bundledActors', 'userClaims', 'userSources', 'userActors', 'meta'],
      'readwrite',
    );
    const [oldSources, oldActors, userClaims, userSources, userActors] = await Promise.all([
      tx.objectStore('bundledSources').getAll(),
      tx.objectStore('bundledActors').getAll(),
      tx.objectStore('userClaims').getAll(),
      tx.objectStore('userSources').getAll(),
      tx.objectStore('userActors').getAll(),
    ]);
    // User claims may lean on bundled sources or actors the new set no longer has: keep those as user records.
    // The pool is ordered so that the new bundled records, then the user's, win over the old bundled ones.
    const pool = {
      sources: [...bundled.sources, ...userSources, ...oldSources],
      actors: [...bundled.actors, ...userActors, ...oldActors],
    };
    const kept = {
      sources: new Set([...bundled.sources, ...userSources].map((s) => s.id)),
      actors: new Set([...bundled.actors, ...userActors].map((a) => a.id)),
    };
    const needed = referencedRecords(userClaims, pool, userActors);
    const rescuedSources = needed.sources.filter((s) => !kept.sources.has(s.id));
    const rescuedActors = needed.actors.filter((a) => !kept.actors.has(a.id));

    await Promise.all([
      tx.objectStore('bundledClaims').clear(),
      tx.objectStore('bundledSources').clear(),
      tx.objectStore('bundledActors').clear(),
    ]);
    await Promise.all([
      ...rescuedSources.map((s) => tx.objectStore('userSources').put(s)),
      ...rescuedActors.map((a) => tx.objectStore('userActors').put(a)),
      ...bundled.claims.map((c) => tx.objectStore('bundledClaims').put(c)),
      ...bundled.sources.map((s) => tx.objectStore('bundledSources').put(s)),
      ...bundled.actors.map((a) => tx.objectStore('bundledActors').put(a)),
      tx.objectStore('meta').put(bundled.version, 'bundledVersion'),
    ]);
    await tx.done;
  }

  async function ensureBundled(bundled: ClaimDatabase): Promise<boolean> {
    // One check at a time: concurrent first messages must not each start a load.
    loading ??= (async () => {
      if ((await db.get('meta', 'bundledVersion')) === bundled.version) return false;
      await loadBundled(bundled);
      return true;
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  async function query(q: ClaimQuery): Promise<Claim[]> {
    const tx = db.transaction(['bundledActors', 'userActors', ...CLAIM_STORES]);
    const actors = (await Promise.all([tx.objectStore('bundledActors').getAll(), tx.objectStore('userActors').getAll()])).flat();
    const plan = planIndex(q, actors);
    const read = async (name: (typeof CLAIM_STORES)[number]): Promise<Claim[]> => {
      const store = tx.objectStore(name);
      if (plan === null) return store.getAll();
      if (plan.index === 'min') return store.index('min').getAll(IDBKeyRange.upperBound(plan.upper));
      if (plan.index === 'date') return store.index('date').getAll(IDBKeyRange.upperBound(plan.upper));
      const index = store.index(plan.index);
      return (await Promise.all(plan.keys.map((key) => index.getAll(key)))).flat();
    };
    const [bundled, user, bundledIds] = await Promise.all([
      q.origin === 'user' ? [] : read('bundledClaims'),
      q.origin === 'bundled' ? [] : read('userClaims'),
      q.origin === 'user' ? [] : tx.objectStore('bundledClaims').getAllKeys(),
    ]);
    // A user claim shadowed by a bundled claim with its id stays hidden, as in allClaims().
    const shadowed = new Set(bundledIds);
    return filterClaims([...bundled, ...user.filter((c) => !shadowed.has(c.id))], actors, q);
  }

  async function importUserClaims(records: ClaimRecords) {
    const tx = db.transaction(['userClaims', 'userSources', 'userActors'], 'readwrite');
    await Promise.all([
      ...records.claims.map((c) => tx.objectStore('userClaims').put({ ...c, user: true })),
      ...records.sources.map((s) => tx.objectStore('userSources').put(s)),
      ...records.actors.map((a) => tx.objectStore('userActors').put(a)),
    ]);
    await tx.done;
    return { claims: records.claims.length, sources: records.sources.length, actors: records.actors.length };
  }

  async function removeUserClaims(): Promise<void> {
    const tx = db.transaction(['userClaims', 'userSources', 'userActors'], 'readwrite');
    await Promise.all([tx.objectStore('userClaims').clear(), tx.objectStore('userSources').clear(), tx.objectStore('userActors').clear()]);
    await tx.done;
  }

  async function stats(): Promise<StoreStats> {
    const { version, bundled, user } = await snapshot();
    const all = mergeRecords(bundled, user);
    return {
      version,
      claims: { bundled: bundled.claims.length, user: user.claims.length },
      sources: all.sources.length,
      actors: all.actors.length,
      byKind: count(all.claims, (c) => c.kind),
      byActor: count(all.claims, (c) => c.actor),
    };
  }

  return {
    loadBundled,
    ensureBundled,
    query,
    allRecords,
    allClaims: async () => (await allRecords()).claims,
    snapshot,
    importUserClaims,
    removeUserClaims,
    stats,
    close: () => db.close(),
  };
}
