/**
 * The timeline's "things that trip up claim matching", as pages would state them, against the bundled database.
 * Only verdicts and reasons are asserted, not claim ids, so the database may be reorganised freely.
 */
import { describe, expect, it } from 'vitest';
import { bundledDatabase } from '../database/bundled';
import type { FoundClaim } from '../detect/found-claim';
import type { ReasonCode, Verdict } from './match-result';
import { foundClaim, quantity } from './timeline-fixture';
import { matchClaims } from './verdict';

describe('timeline traps against the bundled database', () => {
  it.each<[string, FoundClaim, Verdict[], ReasonCode[]]>([
    [
      'Zelensky’s >3,000 killed or wounded restated as "nearly 3,000 killed"',
      foundClaim({ q: quantity('approx', 3000), kind: 'killed', actor: 'zelensky', date: '2024-12-24' }),
      ['conflicting'],
      ['casualties_as_killed'],
    ],
    [
      'NIS 4,700 casualties (incl. ~600 dead) restated as "600 killed and 4,700 injured"',
      foundClaim({ q: quantity('exact', 4700), kind: 'wounded', actor: 'nis', date: '2025-04-30' }),
      ['conflicting'],
      ['subtotal_added'],
    ],
    [
      'UK MoD’s >5,000 casualties called all dead',
      foundClaim({ q: quantity('more_than', 5000), kind: 'killed', actor: 'uk-mod', date: '2025-04-02' }),
      ['conflicting'],
      ['casualties_as_killed'],
    ],
    [
      'Kirby’s 3,000 credited to Austin (Pentagon)',
      foundClaim({ q: quantity('at_least', 3000), scope: 'training', actor: 'pentagon', date: '2024-10-23' }),
      ['conflicting'],
      ['known_misreport', 'wrong_actor'],
    ],
    [
      'NIS 3,000 vs a page crediting the NIS with 11,000 in Russia the same day',
      foundClaim({ q: quantity('exact', 11000), actor: 'nis', date: '2024-10-23' }),
      ['conflicting'],
      ['differs'],
    ],
    [
      'the NIS’s ~2,000 dead restated as killed or wounded',
      foundClaim({ q: quantity('approx', 2000), kind: 'casualties', actor: 'nis', date: '2025-09-02' }),
      ['conflicting'],
      ['killed_as_casualties'],
    ],
    [
      'the NIS’s 3,000 quoted the day after Budanov’s 12,000 (other estimate, not conflict)',
      foundClaim({ q: quantity('approx', 3000), actor: 'nis', date: '2024-10-24' }),
      ['corroborated'],
      ['agrees'],
    ],
    [
      'NIS ~10,000 by December, with 3,000 present and 12,000 planned earlier (evolution, not conflict)',
      foundClaim({ q: quantity('approx', 10000), scope: 'planned', actor: 'nis', date: '2024-10-24', period: 'by 2024-12' }),
      ['corroborated'],
      ['agrees'],
    ],
    [
      'the NIS’s planned ~12,000 restated as sent, when it said 1,500 had gone',
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', date: '2024-10-19', sentence: '12,000 North Korean troops have been sent to Russia, the NIS said.' }),
      ['conflicting'],
      ['planned_as_deployed'],
    ],
    [
      'the NIS’s ~10,000 by December restated as already there, when it said ~3,000 were',
      foundClaim({ q: quantity('approx', 10000), actor: 'south-korea', date: '2024-10-25', sentence: 'Environ 10 000 soldats nord-coréens sont déjà en Russie, selon Séoul.' }),
      ['conflicting'],
      ['planned_as_deployed'],
    ],
    [
      'the NIS’s ~600 dead credited to the Pentagon',
      foundClaim({ q: quantity('approx', 600), kind: 'killed', actor: 'pentagon', date: '2025-05-01' }),
      ['conflicting'],
      ['wrong_actor'],
    ],
    [
      'Ukraine’s ~14,000 credited to Politico, an outlet that relays figures',
      foundClaim({ q: quantity('approx', 14000), actor: 'politico', date: '2025-04-29' }),
      ['corroborated'],
      ['other_actor'],
    ],
    [
      'Kirby’s >1,000 casualties in a week quoted without the week',
      foundClaim({ q: quantity('more_than', 1000), kind: 'casualties', actor: 'white-house', date: '2024-12-28' }),
      ['corroborated'],
      ['agrees'],
    ],
  ])('%s', (_label, found, verdicts, reasons) => {
    const [r] = matchClaims([found], bundledDatabase, { url: 'https://example.org/a-page-not-in-the-database' });
    expect(verdicts).toContain(r?.verdict);
    expect(reasons).toContain(r?.reason.code);
  });
});
