import { z } from 'zod/mini';
import { LANGS } from './languages';

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** What a figure counts, coarsely. casualties = killed and wounded together. */
export const Kind = z.enum(['troops', 'casualties', 'killed', 'wounded', 'materiel', 'other']);
export type Kind = z.infer<typeof Kind>;

/**
 * What exactly a figure counts within its kind. Detection, the database and matching share this list, so that
 * "3 000 in Russia" and "3 000 in Kursk" are never taken for the same thing.
 */
export const Scope = z.enum([
  'total', // troops sent or present so far; casualties, killed or wounded since the start (the default)
  'planned', // a total planned or expected by a date
  'batch', // one more contingent, a wave ("1 500 autres soldats", "third wave")
  'kursk', // in the Kursk region, at the front
  'training', // training in eastern Russia
  'officers', // officers and generals among the troops
  'special_forces',
  'engineers', // engineers, deminers, military builders
  'unit', // the size of one unit or a small named group ("two brigades of 6 000 each", "40 instructors")
  'combined', // North Korean and Russian troops counted together ("50,000 troops massed in Kursk")
  'remaining', // still there after some returned
  'returned',
  'period', // within a stated period ("in the past week alone")
  'missing',
  'captured',
  'deserted',
  'containers',
  'shells',
  'missiles',
  'vehicles',
  'weapons',
]);
export type Scope = z.infer<typeof Scope>;

/** How the text qualifies a figure. */
export const Qualifier = z.enum(['exact', 'approx', 'more_than', 'at_least', 'up_to', 'less_than', 'range', 'vague']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A quantity as stated. value is the point value (the lower bound of a range, null when vague); min and max the
 * interval it denotes (max null when open-ended, e.g. "more than 3 000").
 */
export const Quantity = z.object({
  value: z.nullable(z.number()),
  min: z.number(),
  max: z.nullable(z.number()),
  qualifier: Qualifier,
});
export type Quantity = z.infer<typeof Quantity>;

/** A calendar date or month, ISO style: 2024-10-23 or 2024-10. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/));
export type IsoDate = z.infer<typeof IsoDate>;
