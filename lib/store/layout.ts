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
  /** One entry per setting name (out-of-line keys). */
  settings: { key: string; value: unknown };
  /** Bookkeeping: "bundledVersion", the version of the bundled set in the bundled stores. */
  meta: { key: string; value: string };
}

/**
 * Version 1 (the first layout, replaced by version 2): bundled and user records shared the claims, sources and
 * actors stores (keyPath id; the earliest databases had only claims), user claims told apart by `user: true`; the
 * settings store (out-of-line keys) also held "bundledVersion".
 */
export const V1_STORES = { claims: 'claims', sources: 'sources', actors: 'actors', settings: 'settings' } as const;

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
  if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings');
  db.createObjectStore('meta');
}

/**
 * Moves a version 1 database into the version 2 stores. User claims go to userClaims; the sources and actors
 * only user claims reference go to the user stores, everything else to the bundled stores (the next bundled load
 * replaces them). Settings stay where they are. Runs inside the upgrade transaction, so it all happens or none.
 */
async function migrateV1(db: ClaimDb, tx: UpgradeTx): Promise<void> {
  // The v1 stores are not in the v2 schema type. Early v1 databases may lack sources and actors: read what exists.
  const old = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  const v1Stores = [V1_STORES.claims, V1_STORES.sources, V1_STORES.actors].filter((name) => db.objectStoreNames.contains(name as never));
  const readAll = async (name: string) => (v1Stores.includes(name as never) ? old.objectStore(name).getAll() : []);
  const claims = (await readAll(V1_STORES.claims)) as Claim[];
  const sources = (await readAll(V1_STORES.sources)) as Source[];
  const actors = (await readAll(V1_STORES.actors)) as Actor[];
  const bundledVersion = (await old.objectStore(V1_STORES.settings).get('bundledVersion')) as unknown;

  const userClaims = claims.filter((c) => c.user === true);
  const bundledClaims = claims.filter((c) => c.user !== true);
  const pool = { sources, actors };
  const bundledRefs = referencedRecords(bundledClaims, pool);
  const userRefs = referencedRecords(userClaims, pool);
  const bundledSourceIds = new Set(bundledRefs.sources.map((s) => s.id));
  const bundledActorIds = new Set(bundledRefs.actors.map((a) => a.id));
  const userSourceIds = new Set(userRefs.sources.filter((s) => !bundledSourceIds.has(s.id)).map((s) => s.id));
  const userActorIds = new Set(userRefs.actors.filter((a) => !bundledActorIds.has(a.id)).map((a) => a.id));

  const writes: Promise<unknown>[] = [
    ...userClaims.map((c) => tx.objectStore('userClaims').put(c)),
    ...bundledClaims.map((c) => tx.objectStore('bundledClaims').put(c)),
    ...sources.map((s) => tx.objectStore(userSourceIds.has(s.id) ? 'userSources' : 'bundledSources').put(s)),
    ...actors.map((a) => tx.objectStore(userActorIds.has(a.id) ? 'userActors' : 'bundledActors').put(a)),
  ];
  if (typeof bundledVersion === 'string') {
    writes.push(tx.objectStore('meta').put(bundledVersion, 'bundledVersion'));
    writes.push(tx.objectStore('settings').delete('bundledVersion'));
  }
  await Promise.all(writes);
  for (const name of v1Stores) db.deleteObjectStore(name as never);
}

/** Opens (creating or upgrading) the Recoupe database in `factory`. */
export function openClaimDb(factory: IDBFactory): Promise<ClaimDb> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as ClaimDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    const run = async () => {
      if (event.oldVersion < 2) createV2Stores(db);
      if (event.oldVersion === 1) await migrateV1(db, tx);
    };
    // Aborting makes the open fail and leaves the old database as it was.
    run().catch(() => tx.abort());
  });
  return wrap(request).then((db) => {
    // Another context deleting or upgrading the database must not be blocked by this connection.
    db!.addEventListener('versionchange', () => db!.close());
    return db as unknown as ClaimDb;
  });
}
