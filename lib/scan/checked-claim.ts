import { z } from 'zod/mini';
import { FoundClaim } from '../detect/found-claim';
import { MatchResult } from '../match/match-result';

/** A found figure with what the claim database says about it. */
export const CheckedClaim = z.extend(FoundClaim, { match: MatchResult });
export type CheckedClaim = z.infer<typeof CheckedClaim>;
