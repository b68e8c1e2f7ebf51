import { z } from 'zod/mini';
import { IsoDate, Kind, Lang, Quantity, Scope } from '../claims/vocabulary';

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase letters, digits and dashes'));

/** A published item where a claim appeared. */
export const Source = z.object({
  id: Id,
  outlet: z.string().check(z.minLength(1)),
  title: z.string(),
  /** The page's address; for the seed articles, the seed file name (e.g. "seed:000_0c632834157442b0.txt"). */
  url: z.string().check(z.minLength(1)),
  lang: z.string().check(z.minLength(2)),
  /** Publication date, or month when only that is known. */
  published: z.nullable(IsoDate),
});
export type Source = z.infer<typeof Source>;

const Names = z.array(z.string().check(z.minLength(1)));

/** Who asserts claims, with the names pages use for them in each language (first name = display name). */
export const Actor = z.object({
  id: Id,
  /** fr and en are required: they are the interface languages. */
  names: z.object({
    fr: Names.check(z.minLength(1)),
    en: Names.check(z.minLength(1)),
    de: z.optional(Names),
    es: z.optional(Names),
    ru: z.optional(Names),
    uk: z.optional(Names),
    ko: z.optional(Names),
  }),
  /** A broader actor this one belongs to (e.g. the Pentagon's spokesman → "pentagon"; "pentagon" → "us"). */
  partOf: z.optional(Id),
  /** A news outlet publishing estimates of its own (AP, Politico): credited only when a page names no one else. */
  outlet: z.optional(z.literal(true)),
});
export type Actor = z.infer<typeof Actor>;

/** One place a claim appeared: the source, and the exact words where we have them. */
export const Appearance = z.object({
  source: Id,
  quote: z.optional(z.string().check(z.minLength(1))),
  lang: z.optional(Lang),
});
export type Appearance = z.infer<typeof Appearance>;

/** Non-numeric claims: a presence confirmed or denied, or reports called contradictory. */
export const Stance = z.enum(['figure', 'confirmed', 'denied', 'contradictory']);
export type Stance = z.infer<typeof Stance>;

export const Relation = z.object({
  type: z.enum([
    'revises', // a later figure by the same actor for the same thing
    'includes', // this total includes the other claim as a subtotal
    'misreports', // this claim is an outlet's known distortion of the other (e.g. casualties restated as deaths)
  ]),
  claim: Id,
});
export type Relation = z.infer<typeof Relation>;

/** What was asserted, by whom, as of when, and where it appeared. */
export const Claim = z.object({
  id: Id,
  actor: Id,
  stance: Stance,
  kind: Kind,
  scope: Scope,
  /** Absent for non-numeric claims (stance other than "figure"). */
  quantity: z.optional(Quantity),
  /** The date the claim refers to (event date), and the end of a period when it covers one. */
  date: IsoDate,
  until: z.optional(IsoDate),
  /** For planned totals: the deadline ("by December" → 2024-12). */
  by: z.optional(IsoDate),
  /** One line, in English, saying exactly what is counted. */
  summary: z.string().check(z.minLength(1)),
  appearances: z.array(Appearance).check(z.minLength(1)),
  relations: z.optional(z.array(Relation)),
  /** true for claims the user imported; bundled claims leave it out. */
  user: z.optional(z.boolean()),
});
export type Claim = z.infer<typeof Claim>;

/** The whole database as it ships (and as our JSON export writes it). */
export const ClaimDatabase = z.object({
  version: z.string(),
  actors: z.array(Actor),
  sources: z.array(Source),
  claims: z.array(Claim),
});
export type ClaimDatabase = z.infer<typeof ClaimDatabase>;
