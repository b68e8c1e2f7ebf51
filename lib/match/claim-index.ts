import type { Kind, Quantity } from '../claims/vocabulary';
import type { Claim, ClaimDatabase, Source } from '../database/schema';
import { actorTree, type ActorTree } from './actors';
import { sourceLookup, type SourceLookup } from './page-source';
import { kindKey } from './scope';
import { spanOf, type Span } from './time';

export interface IndexedAppearance {
  source: Source;
  quote?: string;
  lang?: string;
}

/** A figure claim prepared for matching: its time span, resolved appearances and relations. */
export interface IndexedClaim {
  claim: Claim;
  quantity: Quantity;
  span: Span;
  appearances: IndexedAppearance[];
  /** Ids of claims this one is a known distortion of. */
  misreports: string[];
  /** Ids of subtotals this total includes. */
  includes: string[];
  /** Claims linked to this one by 'revises', directly or in a chain: the same figure over time. */
  revisions: ReadonlySet<string>;
}

export interface ClaimIndex {
  actors: ActorTree;
  sources: SourceLookup;
  /** Figure claims by kind (missing/captured/deserted counts under 'other', see kindKey). */
  byKind: ReadonlyMap<Kind, readonly IndexedClaim[]>;
  byId: ReadonlyMap<string, IndexedClaim>;
}

/**
 * Prepares a database for matching, once. Claims without a figure (confirmations, denials) and claims whose date or
 * sources cannot be read are left out: they can neither corroborate nor contradict a figure.
 */
export function indexDatabase(db: ClaimDatabase): ClaimIndex {
  const sourcesById = new Map(db.sources.map((s) => [s.id, s]));
  const revisionLinks = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    for (const [x, y] of [[a, b], [b, a]] as const) revisionLinks.set(x, (revisionLinks.get(x) ?? new Set()).add(y));
  };
  for (const c of db.claims) for (const r of c.relations ?? []) if (r.type === 'revises') link(c.id, r.claim);

  const byKind = new Map<Kind, IndexedClaim[]>();
  const byId = new Map<string, IndexedClaim>();
  for (const claim of db.claims) {
    const span = spanOf(claim.date, claim.until);
    if (claim.stance !== 'figure' || !claim.quantity || !span) continue;
    const appearances: IndexedAppearance[] = [];
    for (const a of claim.appearances) {
      const source = sourcesById.get(a.source);
      if (source) appearances.push({ source, quote: a.quote, lang: a.lang ?? source.lang });
    }
    if (appearances.length === 0) continue;
    const related = (type: string) => (claim.relations ?? []).filter((r) => r.type === type).map((r) => r.claim);
    const entry: IndexedClaim = {
      claim,
      quantity: claim.quantity,
      span,
      appearances,
      misreports: related('misreports'),
      includes: related('includes'),
      revisions: reachable(revisionLinks, claim.id),
    };
    const key = kindKey(claim.kind, claim.scope);
    byKind.set(key, [...(byKind.get(key) ?? []), entry]);
    byId.set(claim.id, entry);
  }
  return { actors: actorTree(db.actors), sources: sourceLookup(db.sources), byKind, byId };
}

function reachable(links: Map<string, Set<string>>, from: string): ReadonlySet<string> {
  const seen = new Set<string>();
  const todo = [...(links.get(from) ?? [])];
  while (todo.length) {
    const id = todo.pop() as string;
    if (id === from || seen.has(id)) continue;
    seen.add(id);
    todo.push(...(links.get(id) ?? []));
  }
  return seen;
}
