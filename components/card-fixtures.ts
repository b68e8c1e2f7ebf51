import type { FoundClaim } from '@/lib/detect/found-claim';
import type { MatchedClaim, MatchResult } from '@/lib/match/match-result';

/** Plain data for the card's component tests: a page figure and what matching said about it. */

export const foundClaim = (over: Partial<FoundClaim> = {}): FoundClaim => ({
  text: 'près de 11 000 soldats',
  start: 120,
  end: 142,
  value: 11000,
  min: 11000,
  max: 11000,
  qualifier: 'approx',
  kind: 'troops',
  scope: 'kursk',
  actor: 'gur',
  date: '2024-11-05',
  period: null,
  lang: 'fr',
  sentence: 'Selon le GUR, près de 11 000 soldats sont arrivés dans la région de Koursk.',
  ...over,
});

const gur = { id: 'gur', name: { fr: 'le renseignement militaire ukrainien (GUR)', en: 'Ukraine’s military intelligence (GUR)' } };
const nis = { id: 'nis', name: { fr: 'le NIS sud-coréen', en: 'South Korea’s NIS' } };

export const matchedClaim = (over: Partial<MatchedClaim> = {}): MatchedClaim => ({
  id: 'gur-kursk-11000',
  actor: gur,
  date: '2024-11-04',
  kind: 'troops',
  scope: 'kursk',
  quantity: { value: 11000, min: 11000, max: 11000, qualifier: 'exact' },
  summary: 'North Korean troops in the Kursk region',
  source: { id: 'kyiv-independent-1', outlet: 'The Kyiv Independent', url: 'https://kyivindependent.com/x', published: '2024-11-05' },
  quote: 'Some 11,000 North Korean troops have arrived in Kursk Oblast.',
  why: 'agrees',
  ...over,
});

export const matchResult = (over: Partial<MatchResult> = {}): MatchResult => ({
  verdict: 'corroborated',
  reason: {
    code: 'agrees',
    params: {
      found: { value: 11000, min: 11000, max: 11000, qualifier: 'approx' },
      foundKind: 'troops',
      credited: gur,
      actor: gur,
      figure: { value: 11000, min: 11000, max: 11000, qualifier: 'exact' },
      date: '2024-11-04',
    },
  },
  corroborating: [matchedClaim()],
  conflicting: [
    matchedClaim({
      id: 'nis-kursk-3000',
      actor: nis,
      date: '2024-11-13',
      quantity: { value: 3000, min: 3000, max: 3000, qualifier: 'more_than' },
      source: { id: 'yonhap-1', outlet: 'Yonhap', url: 'seed:003_yonhap.txt', published: null },
      quote: undefined,
      why: 'other_estimate',
    }),
  ],
  context: [],
  ...over,
});
