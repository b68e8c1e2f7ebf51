import { z } from 'zod/mini';
import { IsoDate, Kind, Scope } from '../claims/vocabulary';
import type { Actor, Claim } from '../database/schema';

/** A question asked of the claim store; every field narrows the answer, absent fields do not. */
export const ClaimQuery = z.object({
  kind: z.optional(Kind),
  scope: z.optional(Scope),
  actor: z.optional(z.string()),
  /** With `actor`: also the actors that are part of it (nis and jcs for south-korea). */
  includeParts: z.optional(z.boolean()),
  /** Claims whose interval min..max overlaps valueMin..valueMax (either bound may be left out). */
  valueMin: z.optional(z.number()),
  valueMax: z.optional(z.number()),
  /** Claims whose date..until overlaps dateFrom..dateTo; a month covers all its days. */
  dateFrom: z.optional(IsoDate),
  dateTo: z.optional(IsoDate),
  origin: z.optional(z.enum(['bundled', 'user'])),
});
export type ClaimQuery = z.infer<typeof ClaimQuery>;

/** First day an ISO date or month covers. Day strings compare correctly as plain strings. */
export const dayStart = (date: string): string => (date.length === 7 ? `${date}-01` : date);
/** Last day an ISO date or month covers; "-31" is a safe upper bound for comparison in every month. */
export const dayEnd = (date: string): string => (date.length === 7 ? `${date}-31` : date);

/** The actor ids a query for `actor` covers: itself and, with includeParts, everything partOf it at any depth. */
export function actorFamily(actor: string, actors: readonly Actor[], includeParts: boolean): Set<string> {
  const family = new Set([actor]);
  if (!includeParts) return family;
  const children = new Map<string, string[]>();
  for (const a of actors) {
    if (a.partOf === undefined) continue;
    children.set(a.partOf, [...(children.get(a.partOf) ?? []), a.id]);
  }
  const queue = [actor];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const child of children.get(id) ?? []) {
      if (family.has(child)) continue;
      family.add(child);
      queue.push(child);
    }
  }
  return family;
}

function overlapsValues(claim: Claim, query: ClaimQuery): boolean {
  if (query.valueMin === undefined && query.valueMax === undefined) return true;
  if (!claim.quantity) return false;
  const max = claim.quantity.max ?? Infinity;
  return claim.quantity.min <= (query.valueMax ?? Infinity) && max >= (query.valueMin ?? -Infinity);
}

function overlapsDates(claim: Claim, query: ClaimQuery): boolean {
  if (query.dateFrom !== undefined && dayEnd(claim.until ?? claim.date) < dayStart(query.dateFrom)) return false;
  if (query.dateTo !== undefined && dayStart(claim.date) > dayEnd(query.dateTo)) return false;
  return true;
}

/** Does `claim` answer `query`? `family` is the set of actor ids the query covers (null: any actor). */
export function claimMatches(claim: Claim, query: ClaimQuery, family: ReadonlySet<string> | null): boolean {
  if (query.kind !== undefined && claim.kind !== query.kind) return false;
  if (query.scope !== undefined && claim.scope !== query.scope) return false;
  if (family && !family.has(claim.actor)) return false;
  if (query.origin !== undefined && (claim.user === true) !== (query.origin === 'user')) return false;
  return overlapsValues(claim, query) && overlapsDates(claim, query);
}

/** The claims answering `query`, in the order given. */
export function filterClaims(claims: readonly Claim[], actors: readonly Actor[], query: ClaimQuery): Claim[] {
  const family = query.actor === undefined ? null : actorFamily(query.actor, actors, query.includeParts === true);
  return claims.filter((claim) => claimMatches(claim, query, family));
}

/**
 * Which IndexedDB index narrows `query` best before the exact filter runs: the actor index (one key per actor in
 * the family), then kind, then the lower end of the quantity, then the date. Each plan returns a superset of the
 * answer; `filterClaims` does the rest. null: read every claim.
 */
export type IndexPlan =
  | { index: 'actor'; keys: string[] }
  | { index: 'kind'; keys: string[] }
  | { index: 'min'; upper: number }
  | { index: 'date'; upper: string }
  | null;

export function planIndex(query: ClaimQuery, actors: readonly Actor[]): IndexPlan {
  if (query.actor !== undefined) {
    return { index: 'actor', keys: [...actorFamily(query.actor, actors, query.includeParts === true)] };
  }
  if (query.kind !== undefined) return { index: 'kind', keys: [query.kind] };
  // A claim overlaps only if its min is at most valueMax; claims without a quantity are not in this index.
  if (query.valueMax !== undefined) return { index: 'min', upper: query.valueMax };
  // A claim overlaps only if it starts on or before dateTo (month dates sort before their days).
  if (query.dateTo !== undefined) return { index: 'date', upper: dayEnd(query.dateTo) };
  return null;
}
