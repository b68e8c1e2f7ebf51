import type { Actor, Claim, ClaimDatabase, Source } from '../database/schema';

/** Claims with the sources and actors they lean on: a database without its version. */
export type ClaimRecords = Pick<ClaimDatabase, 'claims' | 'sources' | 'actors'>;

export const emptyRecords = (): ClaimRecords => ({ claims: [], sources: [], actors: [] });

function firstById<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const r of records) if (!byId.has(r.id)) byId.set(r.id, r);
  return byId;
}

function mergeById<T extends { id: string }>(first: readonly T[], second: readonly T[]): T[] {
  const seen = new Set(first.map((r) => r.id));
  return [...first, ...second.filter((r) => !seen.has(r.id))];
}

/**
 * The bundled and user records seen as one set. On an id present in both, the bundled record wins: user data is
 * never deleted for it, only shadowed, and curated data stays consistent with the claims that reference it.
 */
export function mergeRecords(bundled: ClaimRecords, user: ClaimRecords): ClaimRecords {
  return {
    claims: mergeById(bundled.claims, user.claims),
    sources: mergeById(bundled.sources, user.sources),
    actors: mergeById(bundled.actors, user.actors),
  };
}

/**
 * The sources and actors that `claims` and `actors` lean on, found in `pool`: every appearance's source, every
 * claim's actor and every actor's partOf chain. Where the pool holds an id twice, the first record wins. Ids not
 * in the pool are left out (callers check references).
 */
export function referencedRecords(
  claims: readonly Claim[],
  pool: { sources: readonly Source[]; actors: readonly Actor[] },
  actors: readonly Actor[] = [],
): { sources: Source[]; actors: Actor[] } {
  const sourceById = firstById(pool.sources);
  const actorById = firstById(pool.actors);
  const sources = new Map<string, Source>();
  for (const claim of claims) {
    for (const appearance of claim.appearances) {
      const source = sourceById.get(appearance.source);
      if (source) sources.set(source.id, source);
    }
  }
  const found = new Map<string, Actor>();
  const visit = (id: string | undefined) => {
    // partOf chains are short; the `found` check also stops cycles.
    while (id !== undefined && !found.has(id)) {
      const actor = actorById.get(id);
      if (!actor) return;
      found.set(id, actor);
      id = actor.partOf;
    }
  };
  for (const claim of claims) visit(claim.actor);
  for (const actor of actors) visit(actor.partOf);
  return { sources: [...sources.values()], actors: [...found.values()] };
}
