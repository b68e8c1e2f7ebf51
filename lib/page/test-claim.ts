import type { FoundClaim } from '../detect/found-claim';

/** A figure found in a page, for the tests of the page-side messages. */
export const pageClaim: FoundClaim = {
  text: '3 000 soldats',
  start: 11,
  end: 24,
  value: 3000,
  min: 3000,
  max: 3000,
  qualifier: 'exact',
  kind: 'troops',
  scope: 'total',
  actor: 'ukraine',
  date: null,
  period: null,
  lang: 'fr',
  sentence: 'Selon Kiev, 3 000 soldats sont arrivés à Koursk.',
};
