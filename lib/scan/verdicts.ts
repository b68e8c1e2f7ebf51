import type { ClaimDatabase } from '../database/schema';
import type { FoundClaim } from '../detect/found-claim';
import type { ClaimIndex } from '../match/claim-index';
import type { MatchResult } from '../match/match-result';
import { matchClaims, type MatchPage } from '../match/verdict';
import type { CheckedClaim } from './checked-claim';

export interface VerdictOptions {
  /** The claims to match against; without one every figure is unverified. */
  database?: ClaimDatabase | ClaimIndex;
  /** The page itself (address or file path, publication date): its own appearances never count as support. */
  page?: MatchPage;
}

/** Gives each found figure its verdict against the claim database, in the same order. */
export function withVerdicts(claims: readonly FoundClaim[], options: VerdictOptions = {}): CheckedClaim[] {
  const results = options.database ? matchClaims(claims, options.database, options.page) : claims.map(unverified);
  return claims.map((claim, i) => ({ ...claim, match: results[i] ?? unverified(claim) }));
}

/** The result for a figure nothing was matched against. */
export function unverified(claim: FoundClaim): MatchResult {
  const found = { value: claim.value, min: claim.min, max: claim.max, qualifier: claim.qualifier };
  return {
    verdict: 'unverified',
    reason: { code: 'no_match', params: { found, foundKind: claim.kind } },
    corroborating: [],
    conflicting: [],
    context: [],
  };
}
