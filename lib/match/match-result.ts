import { z } from 'zod/mini';
import { IsoDate, Kind, Quantity, Scope } from '../claims/vocabulary';

/** The content script carries these results, so this module uses zod/mini only. */

export const Verdict = z.enum(['corroborated', 'conflicting', 'mixed', 'unverified']);
export type Verdict = z.infer<typeof Verdict>;

export const ActorRef = z.object({
  id: z.string(),
  name: z.object({ fr: z.string(), en: z.string() }),
});
export type ActorRef = z.infer<typeof ActorRef>;

/** Why a database claim is listed against a page figure. */
export const Ground = z.enum([
  // corroborating
  'agrees', // same thing, same figure, from the credited actor (or the page credits nobody)
  'agrees_weakly', // consistent, but one of the two figures is vague
  'other_actor', // the same figure given earlier by another actor than the one the page credits
  // conflicting
  'differs', // the credited actor (or, for an unattributed figure, every source) gave another figure at that time
  'casualties_as_killed', // a killed-and-wounded total restated as deaths
  'casualties_as_wounded', // a killed-and-wounded total restated as wounded only
  'killed_as_casualties', // a death toll restated as killed and wounded
  'subtotal_added', // a subtotal counted on top of the total that already includes it
  'planned_as_deployed', // a total the actor gave as planned or expected, restated as troops already there
  'wrong_actor', // the figure belongs to another actor at that time
  'known_misreport', // the database records this very figure as an outlet's distortion of this claim
  // context
  'evolution', // the same actor's figure for the same thing at another time, or a revision
  'other_estimate', // another actor's different figure for the same thing at the same time
]);
export type Ground = z.infer<typeof Ground>;

/** A database claim as shown against a page figure, with its best appearance (outlet, address, quote). */
export const MatchedClaim = z.object({
  id: z.string(),
  actor: ActorRef,
  date: IsoDate,
  kind: Kind,
  scope: Scope,
  quantity: Quantity,
  summary: z.string(),
  source: z.object({
    id: z.string(),
    outlet: z.string(),
    url: z.string(),
    published: z.nullable(IsoDate),
  }),
  quote: z.optional(z.string()),
  why: Ground,
});
export type MatchedClaim = z.infer<typeof MatchedClaim>;

export const ReasonCode = z.enum([
  'agrees',
  'agrees_weakly',
  'other_actor',
  'differs',
  'casualties_as_killed',
  'casualties_as_wounded',
  'killed_as_casualties',
  'subtotal_added',
  'planned_as_deployed',
  'wrong_actor',
  'known_misreport',
  'no_match',
]);
export type ReasonCode = z.infer<typeof ReasonCode>;

/** A reason as data, rendered in French or English by explain(). */
export const Reason = z.object({
  code: ReasonCode,
  params: z.object({
    /** The page's figure and what it counts. */
    found: Quantity,
    foundKind: Kind,
    /** The actor the page credits, when it credits one the database knows. */
    credited: z.optional(ActorRef),
    /** The key database claim: its actor, figure, kind and date. */
    actor: z.optional(ActorRef),
    figure: z.optional(Quantity),
    kind: z.optional(Kind),
    date: z.optional(IsoDate),
    /** For subtotal_added: the subtotal the total already includes. */
    part: z.optional(Quantity),
    /** For planned_as_deployed: the count the same actor said was already there at the time, and its date. */
    present: z.optional(z.object({ figure: Quantity, date: IsoDate })),
    /** How many more database claims back the same verdict. */
    others: z.optional(z.number()),
  }),
});
export type Reason = z.infer<typeof Reason>;

export const MatchResult = z.object({
  verdict: Verdict,
  reason: Reason,
  corroborating: z.array(MatchedClaim),
  conflicting: z.array(MatchedClaim),
  /** Not evidence either way: the same actor's other figures over time, and other actors' estimates then. */
  context: z.array(MatchedClaim),
});
export type MatchResult = z.infer<typeof MatchResult>;
