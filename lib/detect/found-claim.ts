import { z } from 'zod/mini';
import { IsoDate, Kind, Lang, Quantity, Scope } from '../claims/vocabulary';

/** A figure found in a page's text: where it is, what it counts, who the page credits and when. */
export const FoundClaim = z.extend(Quantity, {
  /** The surface text to highlight, e.g. "près de 11 000 soldats". */
  text: z.string(),
  /** Offsets of `text` in the extracted page text (UTF-16 code units, end exclusive). */
  start: z.number(),
  end: z.number(),
  kind: Kind,
  scope: Scope,
  /** Actor id from the claim database (e.g. "nis", "gur"), null when the page credits nobody. */
  actor: z.nullable(z.string()),
  /** The date or month the figure refers to, when the text says it (or the page's publication date). */
  date: z.nullable(IsoDate),
  /** A deadline or period the figure is tied to, as normalised text, e.g. "by 2024-12". */
  period: z.nullable(z.string()),
  lang: Lang,
  /** The sentence the figure was found in, for display and for matching. */
  sentence: z.string(),
});
export type FoundClaim = z.infer<typeof FoundClaim>;
