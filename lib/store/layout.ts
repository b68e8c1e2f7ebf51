import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import type { Actor, Claim, Source } from '../database/schema';
import { referencedRecords } from './records';

export const DB_NAME = 'recoupe';
export const DB_VERSION = 2;

type ClaimIndexes = {
  kind: string;
  actor: string;
  date: string;
  /** quantity.min; claims without a quantity are simply absent from this index. */
  min: number;
};

/**
 * Version 2: bundled and user records in separate stores, so that loading a new bundled set is a clear and a
 * write that cannot touch what the user imported.
 */
export interface RecoupeDB extends DBSchema {
  bundledClaims: { key: string; value: Claim; indexes: ClaimIndexes };
  bundledSources: { key: string; value: Source };
  bundledActors: { key: string; value: Actor };
  userClaims: { key: string; value: Claim; indexes: ClaimIndexes };
  userSources: { key: string; value: Source };
  userActors: { key: string; value: Actor };
  /** Bookkeeping (out-of-line keys): "bundledVersion", the version of the bundled set in the bundled stores. */
  meta: { key: string; value: string };
}

/**
 * Version 1: bundled and user records shared the claims, sources and actors stores (keyPath id), user claims told
 * apart by `user: true`; meta was already as in version 2. Nothing has shipped yet, so these two layouts are the
 * whole history the first release starts from, and neither holds the user's settings: they live in
 * browser.storage.local (lib/settings/settings.ts). Development builds that kept them in IndexedDB never reached
 * users, so no migration carries settings over.
 */
export const V1_STORES = { claims: 'claims', sources: 'sources', actors: 'actors' } as const;

export type ClaimDb = IDBPDatabase<RecoupeDB>;
type UpgradeTx = IDBPTransaction<RecoupeDB, StoreNames<RecoupeDB>[], 'versionchange'>;

function createV2Stores(db: ClaimDb): void {
  for (const name of ['bundledClaims', 'userClaims'] as const) {
    const store = db.createObjectStore(name, { keyPath: 'id' });
    store.createIndex('kind', 'kind');
    store.createIndex('actor', 'actor');
    store.createIndex('date', 'date');
    store.createIndex('min', 'quantity.min');
  }
  for (const name of ['bundledSources', 'bundledActors', 'userSources', 'userActors'] as const) {
    db.createObjectStore(name, { keyPath: 'id' });
  }
}

/**
 * Moves a version 1 database into the version 2 stores. User claims go to userClaims; the sources and actors
 * only user claims reference go to the user stores, everything else to the bundled stores (the next bundled load
 * replaces them). meta is kept as it is. Runs inside the upgrade transaction, so it all happens or none.
 */
async function migrateV1(db: ClaimDb, tx: UpgradeTx): Promise<void> {
  // The v1 stores are not in the v2 schema type.
  const old = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  const [claims, sources, actors] = (await Promise.all(Object.values(V1_STORES).map((name) => old.objectStore(name).getAll()))) as [
    Claim[],
    Source[],
    Actor[],
  ];

  const userClaims = claims.filter((c) => c.user === true);
  const bundledClaims = claims.filter((c) => c.user !== true);
  const pool = { sources, actors };
  const bundledRefs = referencedRecords(bundledClaims, pool);
  const userRefs = referencedRecords(userClaims, pool);
  const bundledSourceIds = new Set(bundledRefs.sources.map((s) => s.id));
  const bundledActorIds = new Set(bundledRefs.actors.map((a) => a.id));
  const userSourceIds = new Set(userRefs.sources.filter((s) => !bundledSourceIds.has(s.id)).map((s) => s.id));
  const userActorIds = new Set(userRefs.actors.filter((a) => !bundledActorIds.has(a.id)).map((a) => a.id));

  await Promise.all([
    ...userClaims.map((c) => tx.objectStore('userClaims').put(c)),
    ...bundledClaims.map((c) => tx.objectStore('bundledClaims').put(c)),
    ...sources.map((s) => tx.objectStore(userSourceIds.has(s.id) ? 'userSources' : 'bundledSources').put(s)),
    ...actors.map((a) => tx.objectStore(userActorIds.has(a.id) ? 'userActors' : 'bundledActors').put(a)),
  ]);
  for (const name of Object.values(V1_STORES)) db.deleteObjectStore(name as never);
}

/**
 * Opens (creating or upgrading) the Recoupe database in `factory`. An upgrade that fails leaves the database as
 * it was, and the open rejects with an error that says why.
 */
export function openClaimDb(factory: IDBFactory): Promise<ClaimDb> {
  const request = factory.open(DB_NAME, DB_VERSION);
  let upgradeFailure: Error | null = null;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as ClaimDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // The open request reports the abort below; the transaction's own done promise would be an unhandled rejection.
    tx.done.catch(() => {});
    const run = async () => {
      if (event.oldVersion < 1) db.createObjectStore('meta');
      if (event.oldVersion < 2) createV2Stores(db);
      if (event.oldVersion === 1) await migrateV1(db, tx);
    };
    run().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      upgradeFailure = new Error(`Could not upgrade the IndexedDB database from version ${event.oldVersion}: ${reason}`, { cause: error });
      tx.abort();
    });
  });
  return wrap(request).then(
    (db) => {
      // Another context deleting or upgrading the database must not be blocked by this connection.
      db!.addEventListener('versionchange', () => db!.close());
      return db as unknown as ClaimDb;
    },
    (error: unknown) => {
      throw upgradeFailure ?? error;
    },
  );
}
