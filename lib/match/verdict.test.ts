import { describe, expect, it } from 'vitest';
import type { Quantity } from '../claims/vocabulary';
import type { Claim, ClaimDatabase } from '../database/schema';
import type { FoundClaim } from '../detect/found-claim';
import { indexDatabase } from './claim-index';
import { MatchResult, type Ground, type ReasonCode, type Verdict } from './match-result';
import { DEVDISCOURSE, foundClaim, quantity, timelineDatabase } from './timeline-fixture';
import { isEstimator, matchClaim, matchClaims, pageTime, type MatchPage } from './verdict';

const db = timelineDatabase();
const index = indexDatabase(db);
const ids = (list: { id: string }[]) => list.map((c) => c.id);

interface Expect {
  verdict: Verdict;
  reason: ReasonCode;
  /** Claims that must be listed first, in this order, among the corroborating / conflicting ones. */
  corroborating?: string[];
  conflicting?: string[];
  /** [claim id, why] pairs that must be in the context. */
  context?: [string, Ground][];
  /** Claims that must be listed nowhere as corroborating or conflicting. */
  absent?: string[];
}

function check(found: FoundClaim, page: MatchPage, e: Expect, database: ClaimDatabase = db) {
  const [r] = matchClaims([found], database, page);
  if (!r) throw new Error('no result');
  expect(MatchResult.safeParse(r).success).toBe(true);
  expect({ verdict: r.verdict, reason: r.reason.code }).toEqual({ verdict: e.verdict, reason: e.reason });
  if (e.corroborating) expect(ids(r.corroborating).slice(0, e.corroborating.length)).toEqual(e.corroborating);
  if (e.conflicting) expect(ids(r.conflicting).slice(0, e.conflicting.length)).toEqual(e.conflicting);
  for (const [id, why] of e.context ?? []) expect(r.context.map((c) => [c.id, c.why])).toContainEqual([id, why]);
  for (const id of e.absent ?? []) expect([...ids(r.corroborating), ...ids(r.conflicting)]).not.toContain(id);
  return r;
}

type Row = [string, FoundClaim, MatchPage, Expect];

describe('same thing: kind, scope, time, actor', () => {
  it.each<Row>([
    [
      'Budanov’s ~11 000 training is corroborated by "près de 11 000 soldats se trouvaient en Russie" credited to him',
      foundClaim({ q: quantity('approx', 11000), actor: 'gur', sentence: 'Il a déclaré que près de 11 000 soldats nord-coréens se trouvaient en Russie' }),
      { url: 'https://example.org/elsewhere' },
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['gur-2024-10-18-training'] },
    ],
    [
      'NIS 1 500 special forces corroborate "1 500 soldats envoyés en Russie" credited to South Korea',
      foundClaim({ q: quantity('exact', 1500), actor: 'south-korea', date: '2024-10-19' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-18-special-forces'] },
    ],
    [
      'casualties are not troops: "plus de 3 000 tués ou blessés" never meets the NIS 3 000 troops',
      foundClaim({ q: quantity('more_than', 3000), kind: 'casualties', actor: 'zelensky', date: '2024-12-24' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['zelensky-2024-12-23-casualties'], absent: ['nis-2024-10-23-total', 'zelensky-2024-10-28-total'] },
    ],
    [
      'a figure cannot be corroborated by a claim made after the page',
      foundClaim({ q: quantity('approx', 3000), actor: 'nis', date: '2024-10-10' }),
      {},
      { verdict: 'unverified', reason: 'no_match', absent: ['nis-2024-10-23-total'] },
    ],
    [
      'an old figure repeated months later is still corroborated by the claim it repeats',
      foundClaim({ q: quantity('approx', 3000), actor: 'nis', date: '2025-03-01' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-total'], context: [['nis-2025-04-30-total', 'evolution']] },
    ],
    [
      'Seoul covers the NIS (partOf)',
      foundClaim({ q: quantity('exact', 3000), actor: 'south-korea', date: '2024-10-23' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-total'] },
    ],
    [
      'Washington covers the Pentagon (partOf)',
      foundClaim({ q: quantity('approx', 10000), scope: 'training', actor: 'us', date: '2024-10-29', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['pentagon-2024-10-28-training'] },
    ],
    [
      '"pas moins de 12.000 soldats en Russie" (US) agrees with Ryder’s 11 000-12 000',
      foundClaim({ q: quantity('at_least', 12000), actor: 'us', date: '2024-11-05' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['pentagon-2024-11-04-total'] },
    ],
    [
      '"dont 10.000 dans la région de Koursk" (US) agrees with Miller’s up to 10 000; Blinken’s 8 000 is its evolution',
      foundClaim({ q: quantity('exact', 10000), scope: 'kursk', actor: 'us', date: '2024-11-05' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['state-dept-2024-11-04-kursk'], context: [['state-dept-2024-10-31-kursk', 'evolution']] },
    ],
    [
      '"As many as 30 killed or wounded" agrees with the GUR’s at least 30',
      foundClaim({ q: quantity('up_to', 30), kind: 'casualties', actor: 'gur', date: '2024-12-16', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['gur-2024-12-16-casualties'] },
    ],
    [
      'UK MoD "more than 6,000 killed or injured" agrees with its casualties in Kursk',
      foundClaim({ q: quantity('more_than', 6000), kind: 'casualties', actor: 'uk-mod', date: '2025-06-16', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['uk-mod-2025-06-15-casualties'] },
    ],
    [
      'a vague "plusieurs milliers" supports weakly and conflicts with nothing',
      foundClaim({ q: quantity('vague', 2000, 9999), date: '2024-10-25' }),
      {},
      { verdict: 'corroborated', reason: 'agrees_weakly', corroborating: ['nis-2024-10-23-total'] },
    ],
    [
      'a vague figure that fits nothing is unverified, not conflicting',
      foundClaim({ q: quantity('vague', 200, 999), date: '2024-10-25' }),
      {},
      { verdict: 'unverified', reason: 'no_match' },
    ],
    [
      'an actor id the database does not know counts as no attribution',
      foundClaim({ q: quantity('approx', 3000), actor: 'no-such-actor', date: '2024-10-24' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-total'] },
    ],
  ])('%s', (_label, found, page, e) => {
    check(found, page, e);
  });
});

describe('rule: the attributed actor’s own record rules, other actors’ figures are context', () => {
  it.each<Row>([
    [
      'a page quoting the NIS’s 3 000 is corroborated despite Budanov’s 12 000 the next day (other estimate)',
      foundClaim({ q: quantity('approx', 3000), actor: 'nis', date: '2024-10-24' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-total'], context: [['gur-2024-10-24-total', 'other_estimate']], absent: ['gur-2024-10-24-total'] },
    ],
    [
      'unattributed 3 000 the same week: corroborated, the other actors’ figures are context',
      foundClaim({ q: quantity('exact', 3000), date: '2024-10-24' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', context: [['gur-2024-10-24-total', 'other_estimate']] },
    ],
    [
      'NIS 10 000 planned by December is corroborated; the 12 000 of 18 Oct is its evolution (revises), the 3 000 present is not a conflict',
      foundClaim({ q: quantity('approx', 10000), scope: 'planned', actor: 'nis', date: '2024-10-23', period: 'by 2024-12' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-planned'], context: [['nis-2024-10-18-planned', 'evolution']], absent: ['nis-2024-10-23-total'] },
    ],
    [
      'a total "by December" is read as planned: no conflict with the Pentagon’s 10 000 training or NIS 3 000 now',
      foundClaim({ q: quantity('exact', 10000), actor: 'nis', date: '2024-10-24', period: 'by 2024-12' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-planned'], absent: ['nis-2024-10-23-total', 'pentagon-2024-10-28-training'] },
    ],
    [
      'evolution is not conflict: NIS 1 500 quoted on 24 Oct, when NIS already said 3 000',
      foundClaim({ q: quantity('exact', 1500), actor: 'nis', date: '2024-10-24' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', context: [['nis-2024-10-23-total', 'evolution']], absent: ['nis-2024-10-23-total'] },
    ],
    [
      'NIS 12 000 planned quoted after the NIS revised it to 10 000: corroborated, revision in context',
      foundClaim({ q: quantity('approx', 12000), scope: 'planned', actor: 'nis', date: '2024-10-25' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-18-planned'], context: [['nis-2024-10-23-planned', 'evolution']] },
    ],
    [
      'the credited actor’s own different figure at the same time conflicts',
      foundClaim({ q: quantity('exact', 5000), actor: 'nis', date: '2024-10-25' }),
      {},
      { verdict: 'conflicting', reason: 'differs', conflicting: ['nis-2024-10-23-total'], context: [['gur-2024-10-24-total', 'other_estimate']], absent: ['gur-2024-10-24-total'] },
    ],
    [
      '"3 000 déjà en Russie et 7 000 d’ici décembre": the remainder of the NIS plan is not a different figure',
      foundClaim({ q: quantity('exact', 7000), scope: 'planned', actor: 'south-korea', period: 'by 2024-12' }),
      { url: '/work/shared/seeds/003_d65a453aca90a03a.txt' },
      { verdict: 'unverified', reason: 'no_match' },
    ],
    [
      '"NIS: 11 000 in Russia" on 23 Oct conflicts with the NIS’s 3 000, whatever its plans (10 000, 12 000)',
      foundClaim({ q: quantity('exact', 11000), actor: 'nis', date: '2024-10-23' }),
      {},
      { verdict: 'conflicting', reason: 'differs', conflicting: ['nis-2024-10-23-total'], absent: ['nis-2024-10-23-planned', 'nis-2024-10-18-planned'] },
    ],
    [
      'a plan restated as troops already there conflicts when the actor said fewer were there',
      foundClaim({ q: quantity('approx', 10000), actor: 'south-korea', date: '2024-10-24' }),
      {},
      { verdict: 'conflicting', reason: 'planned_as_deployed', conflicting: ['nis-2024-10-23-planned', 'nis-2024-10-23-total'] },
    ],
    [
      'the credited actor’s own different figure a month earlier is only evolution: unverified',
      foundClaim({ q: quantity('exact', 5000), actor: 'nis', date: '2024-11-25' }),
      {},
      { verdict: 'unverified', reason: 'no_match', context: [['nis-2024-10-23-total', 'evolution']] },
    ],
    [
      'an unattributed figure no source gave at that time conflicts with the figures then',
      foundClaim({ q: quantity('exact', 5000), date: '2024-10-25' }),
      {},
      { verdict: 'conflicting', reason: 'differs', conflicting: ['nis-2024-10-23-total'] },
    ],
    [
      'other actors’ different figures never make a credited figure conflicting',
      foundClaim({ q: quantity('exact', 5000), actor: 'pentagon', date: '2024-10-24' }),
      {},
      { verdict: 'unverified', reason: 'no_match', context: [['nis-2024-10-23-total', 'other_estimate']] },
    ],
    [
      'the same figure from another actor months earlier corroborates (the credited actor may repeat it)',
      foundClaim({ q: quantity('approx', 11000), scope: 'kursk', actor: 'uk-mod', date: '2025-06-16', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'other_actor', corroborating: ['zelensky-2024-11-04-kursk'] },
    ],
  ])('%s', (_label, found, page, e) => {
    check(found, page, e);
  });
});

describe('distortions', () => {
  it.each<Row>([
    [
      'Zelensky’s >3 000 killed or wounded restated as "nearly 3,000 killed"',
      foundClaim({ q: quantity('approx', 3000), kind: 'killed', actor: 'zelensky', date: '2024-12-24', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'casualties_as_killed', conflicting: ['zelensky-2024-12-23-casualties'] },
    ],
    [
      'the same restatement with nobody credited, the same week',
      foundClaim({ q: quantity('approx', 3000), kind: 'killed', date: '2024-12-26', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'casualties_as_killed', conflicting: ['zelensky-2024-12-23-casualties'] },
    ],
    [
      'a JCS-sized "1 100 killed" with nobody credited long after is not flagged as a distortion',
      foundClaim({ q: quantity('approx', 1100), kind: 'killed', date: '2025-03-20' }),
      {},
      { verdict: 'unverified', reason: 'no_match' },
    ],
    [
      '"600 killed and 4,700 injured": the 4 700 total already includes the 600 dead (includes relation)',
      foundClaim({ q: quantity('exact', 4700), kind: 'wounded', actor: 'nis', date: '2025-05-01', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['nis-2025-04-30-casualties'] },
    ],
    [
      '"600 killed and 4,700 injured": the 600 killed itself is corroborated',
      foundClaim({ q: quantity('exact', 600), kind: 'killed', actor: 'nis', date: '2025-05-01', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2025-04-30-killed'] },
    ],
    [
      'a casualties total of 5 300 = 4 700 + 600 counted twice',
      foundClaim({ q: quantity('approx', 5300), kind: 'casualties', actor: 'nis', date: '2025-05-01', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['nis-2025-04-30-casualties'] },
    ],
    [
      '12 500 troops = Budanov’s 12 000 plus the 500 officers it includes',
      foundClaim({ q: quantity('exact', 12500), actor: 'gur', date: '2024-10-25' }),
      {},
      { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['gur-2024-10-24-total'] },
    ],
    [
      'the NIS’s 2 000 dead restated as "2,000 killed or wounded"',
      foundClaim({ q: quantity('approx', 2000), kind: 'casualties', actor: 'nis', date: '2025-09-03', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'killed_as_casualties', conflicting: ['nis-2025-09-02-killed'] },
    ],
    [
      'Kirby’s 3 000 credited to the Pentagon by the page that the database lists for it (own appearance excluded)',
      foundClaim({ q: quantity('at_least', 3000), scope: 'training', actor: 'pentagon', date: '2024-10-23', lang: 'en' }),
      { url: `${DEVDISCOURSE}?utm_source=feed` },
      { verdict: 'conflicting', reason: 'wrong_actor', conflicting: ['white-house-2024-10-23-training'] },
    ],
    [
      'the same misattribution on another page is the known misreport of Kirby’s figure',
      foundClaim({ q: quantity('at_least', 3000), scope: 'training', actor: 'pentagon', date: '2024-10-24', lang: 'en' }),
      { url: 'https://example.org/austin-3000' },
      { verdict: 'conflicting', reason: 'known_misreport', conflicting: ['white-house-2024-10-23-training'] },
    ],
    [
      'an unattributed "more than 3,000" reports the original, not the misreport',
      foundClaim({ q: quantity('more_than', 3000), scope: 'training', date: '2024-10-24', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['white-house-2024-10-23-training'], absent: ['misreport-2024-10-23-austin-3000'] },
    ],
    [
      'a figure merely close to a known misreport is not it (about 16 000 vs 15 000-18 000)',
      foundClaim({ q: quantity('approx', 16000), actor: 'nis', date: '2025-05-02', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2025-04-30-total'] },
    ],
    [
      'Blinken’s 8 000 in Kursk credited to the Pentagon',
      foundClaim({ q: quantity('exact', 8000), scope: 'kursk', actor: 'pentagon', date: '2024-11-01', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'wrong_actor', conflicting: ['state-dept-2024-10-31-kursk'] },
    ],
    [
      'the NIS’s 3 000 credited to the JCS (siblings under Seoul)',
      foundClaim({ q: quantity('approx', 3000), actor: 'jcs', date: '2024-10-24' }),
      {},
      { verdict: 'conflicting', reason: 'wrong_actor', conflicting: ['nis-2024-10-23-total'] },
    ],
    [
      'a known misreport ("15,000 to 18,000") conflicts with the NIS figure it distorts',
      foundClaim({ q: quantity('range', 15000, 18000), actor: 'nis', date: '2025-05-02', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'known_misreport', conflicting: ['nis-2025-04-30-total'], absent: ['misreport-2025-05-01-15000-18000'] },
    ],
  ])('%s', (_label, found, page, e) => {
    check(found, page, e);
  });

  it('finds a subtotal added to its total by arithmetic when the database has no includes relation', () => {
    const bare = timelineDatabase();
    for (const c of bare.claims) delete c.relations;
    const found = foundClaim({ q: quantity('exact', 4700), kind: 'wounded', actor: 'nis', date: '2025-05-01', lang: 'en' });
    const r = check(found, {}, { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['nis-2025-04-30-casualties'] }, bare);
    expect(r.reason.params.part?.value).toBe(600);
  });

  it('names the dead as the subtotal when a total that includes dead and wounded is restated as wounded', () => {
    const d = timelineDatabase();
    const total = d.claims.find((c) => c.id === 'nis-2025-01-13-casualties');
    total?.relations?.reverse();
    const found = foundClaim({ q: quantity('more_than', 3000), kind: 'wounded', actor: 'nis', date: '2025-01-14' });
    const r = check(found, {}, { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['nis-2025-01-13-casualties'] }, d);
    expect(r.reason.params.part?.value).toBe(300);
  });

  it('calls a killed-and-wounded total restated as wounded (no death toll known) just that', () => {
    const bare = timelineDatabase();
    bare.claims = bare.claims.filter((c) => c.kind !== 'killed');
    for (const c of bare.claims) delete c.relations;
    const found = foundClaim({ q: quantity('exact', 4700), kind: 'wounded', actor: 'nis', date: '2025-05-01' });
    check(found, {}, { verdict: 'conflicting', reason: 'casualties_as_wounded', conflicting: ['nis-2025-04-30-casualties'] }, bare);
  });
});

describe('mixed', () => {
  it('is not a figure the actor also gave with a different number the same day (sub-counts are context)', () => {
    // A database that records Zelensky's "3,000 now; 12,000 soon" (28 Oct) both as presence totals.
    const careless = timelineDatabase();
    const soon = careless.claims.find((c) => c.id === 'zelensky-2024-10-28-planned');
    if (!soon) throw new Error('fixture changed');
    soon.scope = 'total';
    const found = foundClaim({ q: quantity('exact', 3000), actor: 'zelensky', date: '2024-10-29' });
    check(found, {}, { verdict: 'corroborated', reason: 'agrees', corroborating: ['zelensky-2024-10-28-total'], context: [['zelensky-2024-10-28-planned', 'evolution']] }, careless);
  });

  it('is a known misreport that another claim also supports', () => {
    const found = foundClaim({ q: quantity('range', 15000, 18000), date: '2025-05-02' });
    const withOther = timelineDatabase();
    withOther.sources.push({ id: 'ap-2025-04-28', outlet: 'AP', title: '', url: 'https://apnews.com/x', lang: 'en', published: '2025-04-28' });
    withOther.claims.push({
      id: 'ukraine-2025-04-28-total',
      actor: 'ukraine',
      stance: 'figure',
      kind: 'troops',
      scope: 'total',
      quantity: quantity('approx', 14000),
      date: '2025-04-28',
      summary: 'Ukraine’s estimate of NK troops sent',
      appearances: [{ source: 'ap-2025-04-28' }],
    });
    check(found, {}, { verdict: 'mixed', reason: 'known_misreport', corroborating: ['ukraine-2025-04-28-total'], conflicting: ['nis-2025-04-30-total'] }, withOther);
  });
});

describe('the page’s own appearances', () => {
  const onlyInSeed = () => {
    const d = timelineDatabase();
    const group = d.claims.find((c) => c.id === 'gur-2024-10-18-first-group');
    if (!group) throw new Error('fixture changed');
    group.appearances = group.appearances.filter((a) => a.source === 'seed-000');
    return d;
  };
  const firstGroup = foundClaim({ q: quantity('exact', 2600), scope: 'kursk', actor: 'gur', sentence: 'le premier groupe de 2 600 soldats sera déployés dans la région russe de Koursk' });

  it('a claim known only from the page itself does not corroborate it', () => {
    const r = check(firstGroup, { url: '/work/shared/seeds/000_0c632834157442b0.txt' }, { verdict: 'unverified', reason: 'no_match' }, onlyInSeed());
    expect(r.context).toEqual([]);
  });

  it('the same claim corroborates the figure on any other page', () => {
    check(firstGroup, { url: '/work/shared/seeds/002_94a0c47301de76d2.txt' }, { verdict: 'corroborated', reason: 'agrees', corroborating: ['gur-2024-10-18-first-group'] }, onlyInSeed());
  });

  it('shows another appearance than the page’s own', () => {
    const [r] = matchClaims([foundClaim({ q: quantity('approx', 11000), actor: 'gur' })], db, { url: 'seeds/000_0c632834157442b0.txt' });
    expect(r?.corroborating[0]?.source.id).toBe('unn-budanov');
    expect(r?.corroborating[0]?.quote).toContain('11 thousand');
  });
});

describe('matchClaims', () => {
  it('returns results in input order, and matchClaim agrees with it', () => {
    const found = [
      foundClaim({ q: quantity('approx', 3000), kind: 'killed', actor: 'zelensky', date: '2024-12-24' }),
      foundClaim({ q: quantity('approx', 3000), actor: 'nis', date: '2024-10-24' }),
      foundClaim({ q: quantity('exact', 42), kind: 'materiel', scope: 'vehicles', date: '2024-10-24' }),
    ];
    const results = matchClaims(found, db, {});
    expect(results.map((r) => r.verdict)).toEqual(['conflicting', 'corroborated', 'unverified']);
    expect(found.map((f) => matchClaim(f, index, {}))).toEqual(results);
  });

  it('uses the page’s publication date when a figure has none', () => {
    const undated = foundClaim({ q: quantity('exact', 5000), actor: 'nis' });
    expect(matchClaims([undated], db, { published: '2024-10-25T08:00:00Z' })[0]?.verdict).toBe('conflicting');
    expect(matchClaims([undated], db, { published: '2024-12-25' })[0]?.verdict).toBe('unverified');
  });

  it('ignores claims without a figure and appearances of unknown sources', () => {
    const d = timelineDatabase();
    const nis = d.claims.find((c) => c.id === 'nis-2024-10-23-total');
    nis?.appearances.push({ source: 'no-such-source' });
    const i = indexDatabase(d);
    expect(i.byId.has('kremlin-2024-10-10-denial')).toBe(false);
    expect(i.byId.get('nis-2024-10-23-total')?.appearances.map((a) => a.source.id)).not.toContain('no-such-source');
  });

  it('keeps lists short: at most MAX_LISTED corroborating claims', () => {
    // Published months later, the page may report every "about 11 000" given since October 2024.
    const r = matchClaims([foundClaim({ q: quantity('approx', 11000) })], db, { published: '2025-06-01' })[0];
    expect(r?.corroborating.length).toBe(5);
    expect(r?.reason.params.others).toBeGreaterThanOrEqual(4);
  });

  it('matches 100 page figures against ~150 database claims well under 1 ms each', () => {
    const big = timelineDatabase();
    const base = [...big.claims];
    for (let k = 1; big.claims.length < 150; k++) {
      for (const c of base) big.claims.push({ ...c, id: `${c.id}-copy${k}`, relations: [] });
    }
    const figures = [3000, 11000, 1500, 12000, 10000, 2600, 600, 4700, 30, 6000];
    const found = Array.from({ length: 100 }, (_, i) =>
      foundClaim({
        q: quantity(i % 3 === 0 ? 'approx' : 'exact', figures[i % figures.length] ?? 1),
        kind: i % 4 === 0 ? 'casualties' : 'troops',
        actor: i % 2 ? 'nis' : null,
        date: i % 5 ? '2024-10-24' : null,
      }),
    );
    const i = indexDatabase(big);
    // Best of several runs: the first pays for JIT warm-up, and the test machine is shared.
    const runs = Array.from({ length: 8 }, () => {
      const t0 = performance.now();
      matchClaims(found, i, { url: 'seeds/000_0c632834157442b0.txt' });
      return (performance.now() - t0) / found.length;
    });
    expect(Math.min(...runs)).toBeLessThan(0.5);
  });
});

/**
 * The fixture plus claims some rules need: later revisions, a count given beside a total, another source's total,
 * troop and loss figures that make the UK MoD and Washington estimators.
 */
function extendedDatabase(): ClaimDatabase {
  const d = timelineDatabase();
  const figure = (id: string, actor: string, date: string, kind: Claim['kind'], scope: Claim['scope'], q: Quantity, until?: string): Claim => ({
    id,
    actor,
    stance: 'figure',
    kind,
    scope,
    quantity: q,
    date,
    ...(until ? { until } : {}),
    summary: id,
    appearances: [{ source: 'kbs-192744' }],
  });
  d.claims.push(
    figure('jcs-2025-03-casualties', 'jcs', '2025-03', 'casualties', 'total', quantity('approx', 4000)),
    figure('nis-2026-02-13-casualties', 'nis', '2026-02-13', 'casualties', 'total', quantity('exact', 6000)),
    figure('nis-2025-01-wounded-returned', 'nis', '2025-01', 'wounded', 'returned', quantity('exact', 2000), '2025-03'),
    figure('uk-mod-2025-04-casualties', 'uk-mod', '2025-04', 'casualties', 'total', quantity('more_than', 5000)),
    figure('uk-mod-2025-04-total', 'uk-mod', '2025-04', 'troops', 'total', quantity('approx', 11000)),
    figure('us-2025-01-12-casualties', 'us', '2025-01-12', 'casualties', 'total', quantity('exact', 1200)),
  );
  return d;
}

describe('undated pages: the time of the claims they report', () => {
  const ext = extendedDatabase();
  const extIndex = indexDatabase(ext);
  const gur30 = foundClaim({ q: quantity('at_least', 30), kind: 'casualties', scope: 'kursk', actor: 'gur', lang: 'en', sentence: 'Kyiv’s spies counted at least 30 of them killed or wounded over one weekend' });
  const jcs3000 = foundClaim({ q: quantity('more_than', 3000), kind: 'casualties', actor: 'jcs', lang: 'en', sentence: 'Seoul’s joint chiefs put the toll above 3,000 dead and injured' });

  it.each<[string, FoundClaim[], number | null]>([
    ['a page reporting the GUR’s weekend toll dates from then', [gur30], Date.UTC(2024, 11, 16) / 86_400_000],
    ['the latest figure it reports dates it', [gur30, foundClaim({ q: quantity('approx', 300), kind: 'killed', actor: 'nis' })], Date.UTC(2025, 0, 13) / 86_400_000],
    ['an open bound dates nothing (it agrees with every larger, later figure)', [foundClaim({ q: quantity('more_than', 5300), kind: 'casualties', actor: 'nis' })], null],
    ['a figure the text dates before the claim does not report it', [foundClaim({ q: quantity('exact', 1500), scope: 'special_forces', actor: 'nis', date: '2024-10-12' })], null],
    ['a vague figure dates nothing', [foundClaim({ q: quantity('vague', 1000, 9999) })], null],
  ])('%s', (_label, found, start) => {
    expect(pageTime(found, extIndex, new Set())?.start ?? null).toBe(start);
  });

  it('JCS "more than 3,000" on a page about mid-December conflicts with the JCS’s 1 100, not saved by its 4 000 of March', () => {
    const [, r] = matchClaims([gur30, jcs3000], ext, {});
    expect([r?.verdict, r?.reason.code]).toEqual(['conflicting', 'differs']);
    expect(ids(r?.conflicting ?? [])).toContain('jcs-2024-12-23-casualties');
    expect(ids(r?.corroborating ?? [])).not.toContain('jcs-2025-03-casualties');
    // Alone, nothing dates the page: every claim ever made counts, the later 4 000 among them.
    expect(matchClaims([jcs3000], ext, {})[0]?.verdict).toBe('corroborated');
  });

  it('the NIS’s 4 700 plus its 600 dead, printed as "more than 5,300", conflicts on a page that dates itself by the 600', () => {
    const dead = foundClaim({ q: quantity('approx', 600), kind: 'killed', actor: 'nis', sentence: 'some 600 of them have died, the spy agency said' });
    const sum = foundClaim({ q: quantity('more_than', 5300), kind: 'casualties', actor: 'nis', sentence: 'in all, over 5,300 are out of action' });
    const [, r] = matchClaims([dead, sum], ext, {});
    expect([r?.verdict, r?.reason.code]).toEqual(['conflicting', 'subtotal_added']);
    expect(matchClaims([sum], ext, {})[0]?.corroborating.map((c) => c.id)).toEqual(['nis-2026-02-13-casualties']);
  });

  it('a publication date beats the inferred time', () => {
    expect(matchClaims([gur30, jcs3000], ext, { published: '2025-03-20' })[1]?.verdict).toBe('corroborated');
  });
});

describe('reporting horizon, counts of another scope, attribution drift, exact distortions', () => {
  const ext = extendedDatabase();
  it.each<Row>([
    [
      'a page of 24 Oct telling of commandos shipped 8-13 Oct reports the NIS’s claim of 18 Oct about them',
      foundClaim({ q: quantity('exact', 1500), scope: 'special_forces', date: '2024-10-13', sentence: 'Between 8 and 13 October, 1,500 commandos sailed to Vladivostok' }),
      { published: '2024-10-24' },
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-18-special-forces'] },
    ],
    [
      'without the publication date, a figure dated 13 Oct cannot report a claim of 18 Oct',
      foundClaim({ q: quantity('exact', 1500), scope: 'special_forces', date: '2024-10-13' }),
      {},
      { verdict: 'unverified', reason: 'no_match' },
    ],
    [
      '"the GUR says 500 of them": the 500 officers it counted among its 12 000, not a different total',
      foundClaim({ q: quantity('exact', 500), actor: 'gur', date: '2024-10-25', sentence: 'Ukrainian intelligence says 500 of them are officers' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['gur-2024-10-24-officers'] },
    ],
    [
      'another number from the GUR for the total still conflicts',
      foundClaim({ q: quantity('exact', 9000), actor: 'gur', date: '2024-10-25' }),
      {},
      { verdict: 'conflicting', reason: 'differs', conflicting: ['gur-2024-10-18-training', 'gur-2024-10-24-total'] },
    ],
    [
      '"2,000 wounded" credited to the NIS is the 2 000 wounded it said were sent home',
      foundClaim({ q: quantity('exact', 2000), kind: 'wounded', actor: 'nis', date: '2025-01-20', sentence: 'two thousand injured men were shipped back, the NIS says' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2025-01-wounded-returned'] },
    ],
    [
      '"2,200 wounded" from the NIS matches none of its counts and differs from its 2 700',
      foundClaim({ q: quantity('exact', 2200), kind: 'wounded', actor: 'nis', date: '2025-01-20' }),
      {},
      { verdict: 'conflicting', reason: 'differs', conflicting: ['nis-2025-01-13-wounded'] },
    ],
    [
      'the same number for another count from nobody in particular is chance, not support',
      foundClaim({ q: quantity('exact', 500), date: '2024-10-25' }),
      {},
      { verdict: 'conflicting', reason: 'differs', absent: ['gur-2024-10-24-officers'] },
    ],
    [
      '"Pyongyang decided to send 12,000": Pyongyang gives no figures, so the GUR’s 12 000 supports it',
      foundClaim({ q: quantity('approx', 12000), actor: 'north-korea', date: '2024-10-25', sentence: 'Pyongyang has decided to send some 12,000 soldiers' }),
      {},
      { verdict: 'corroborated', reason: 'other_actor', corroborating: ['gur-2024-10-24-total'] },
    ],
    [
      'Zelensky’s "more than 3,000 killed or wounded" credited to the UK MoD, which publishes such figures, is misattributed',
      foundClaim({ q: quantity('more_than', 3000), kind: 'casualties', actor: 'uk-mod', date: '2024-12-24', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'wrong_actor', conflicting: ['zelensky-2024-12-23-casualties'] },
    ],
    [
      'an unattributed "5,300 out of action" is 4 700 + 600 exactly: a double count, though the UK MoD’s "more than 5,000" fits it',
      foundClaim({ q: quantity('exact', 5300), kind: 'casualties', date: '2025-05-02', sentence: 'That makes 5,300 men out of action' }),
      {},
      { verdict: 'mixed', reason: 'subtotal_added', conflicting: ['nis-2025-04-30-casualties'], corroborating: ['uk-mod-2025-04-casualties'] },
    ],
    [
      '"about 5,000 casualties" is only near that sum: the UK MoD’s figure explains it',
      foundClaim({ q: quantity('approx', 5000), kind: 'casualties', date: '2025-05-02' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['uk-mod-2025-04-casualties'] },
    ],
  ])('%s', (_label, found, page, e) => {
    check(found, page, e, ext);
  });

  it('without the other source, the exact double count simply conflicts', () => {
    const found = foundClaim({ q: quantity('exact', 5300), kind: 'casualties', date: '2025-05-02' });
    check(found, {}, { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['nis-2025-04-30-casualties'] });
  });
});

describe('rule 3a: a plan restated as troops already there', () => {
  const ext = extendedDatabase();
  it.each<Row>([
    [
      'fr: "12 000 soldats ont été envoyés" the day after the NIS said ~12 000 were to go and 1 500 had gone',
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', date: '2024-10-19', sentence: 'Selon le NIS, 12 000 soldats nord-coréens ont été envoyés en Russie.' }),
      {},
      { verdict: 'conflicting', reason: 'planned_as_deployed', conflicting: ['nis-2024-10-18-planned', 'nis-2024-10-18-special-forces'] },
    ],
    [
      'en: "about 10,000 troops are already in Russia", credited to Seoul, when the NIS said ~3 000 (10 000 by December)',
      foundClaim({ q: quantity('approx', 10000), actor: 'south-korea', date: '2024-10-25', lang: 'en', sentence: 'About 10,000 North Korean troops are already in Russia, Seoul says.' }),
      {},
      { verdict: 'conflicting', reason: 'planned_as_deployed', conflicting: ['nis-2024-10-23-planned', 'nis-2024-10-23-total'], absent: ['pentagon-2024-10-28-training'] },
    ],
    [
      'de: "mehr als 12.000 kämpfen bereits in Kursk" (Zelensky), who said 11 000 were in Kursk and 12 000 expected',
      foundClaim({ q: quantity('more_than', 12000), scope: 'kursk', actor: 'zelensky', date: '2024-11-05', lang: 'de', sentence: 'Mehr als 12.000 Nordkoreaner kämpfen laut Selenskyj bereits in Kursk.' }),
      {},
      { verdict: 'conflicting', reason: 'planned_as_deployed', conflicting: ['zelensky-2024-10-28-planned', 'zelensky-2024-11-04-kursk'] },
    ],
    [
      'fr: "Pyongyang a décidé d’envoyer 12 000 soldats" (a plan, detected as such) is the NIS plan',
      foundClaim({ q: quantity('exact', 12000), scope: 'planned', actor: 'nis', date: '2024-10-19', sentence: 'Pyongyang a décidé d’envoyer 12 000 soldats, selon le NIS.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-18-planned'] },
    ],
    [
      'es: "10.000 soldados para diciembre" (a deadline) is the NIS plan',
      foundClaim({ q: quantity('exact', 10000), actor: 'nis', date: '2024-10-24', period: 'by 2024-12', lang: 'es', sentence: 'Corea del Norte tendrá 10.000 soldados en Rusia para diciembre, según el NIS.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-planned'] },
    ],
    [
      'fr: a sentence that words a plan ("prévoyait d’envoyer un total de") is not flagged, whatever scope it got',
      foundClaim({ q: quantity('exact', 10000), actor: 'nis', date: '2024-10-24', sentence: 'La Corée du Nord prévoyait d’envoyer un total de 10 000 soldats en Russie.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-23-planned'] },
    ],
    [
      'ru: "12 тысяч уже в России" with nobody credited: the GUR said 12 000 were there, so it is no plan restated',
      foundClaim({ q: quantity('exact', 12000), date: '2024-10-25', lang: 'ru', sentence: '12 тысяч северокорейских военных уже в России.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['gur-2024-10-24-total'] },
    ],
    [
      'uk: an undated page that nothing dates: the NIS’s count "at the time" is unknown, the plan corroborates',
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', lang: 'uk', sentence: 'За даними NIS, до Росії відправили 12 тисяч військових.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-18-planned'] },
    ],
    [
      'a figure the actor later gave as a count (15 000 in 2025) is no plan restated: the 2025 count corroborates',
      foundClaim({ q: quantity('exact', 15000), actor: 'nis', date: '2025-05-02', lang: 'en', sentence: 'North Korea has sent 15,000 troops, the NIS said.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2025-04-30-total'] },
    ],
  ])('%s', (_label, found, page, e) => {
    check(found, page, e, ext);
  });

  it('names the count that was there in the reason', () => {
    const found = foundClaim({ q: quantity('approx', 12000), actor: 'nis', date: '2024-10-24', sentence: 'Some 12,000 North Korean soldiers are in Russia.' });
    const r = check(found, {}, { verdict: 'conflicting', reason: 'planned_as_deployed' });
    expect(r.reason.params.figure?.value).toBe(12000);
    expect(r.reason.params.present).toEqual({ figure: quantity('approx', 3000), date: '2024-10-23' });
  });

  it('treats a count tied to a deadline (7 000 more by December) as a plan too', () => {
    const d = timelineDatabase();
    d.claims.push({
      id: 'nis-2024-10-23-batch-7000',
      actor: 'nis',
      stance: 'figure',
      kind: 'troops',
      scope: 'batch',
      quantity: quantity('exact', 7000),
      date: '2024-10-23',
      by: '2024-12',
      summary: '7 000 more to be sent by December',
      appearances: [{ source: 'kbs-88190' }],
    });
    const found = foundClaim({ q: quantity('exact', 7000), actor: 'nis', date: '2024-10-24', sentence: '7 000 soldats nord-coréens sont arrivés en Russie.' });
    check(found, {}, { verdict: 'conflicting', reason: 'planned_as_deployed', conflicting: ['nis-2024-10-23-batch-7000', 'nis-2024-10-23-total'] }, d);
  });

  describe('on an undated page, dated by its other figures', () => {
    const twelve = foundClaim({ q: quantity('exact', 12000), actor: 'nis', sentence: 'Au total, 12 000 soldats nord-coréens ont été déployés en Russie, selon le NIS.' });
    const batch = foundClaim({ q: quantity('exact', 1500), scope: 'batch', actor: 'nis', sentence: 'Le NIS a précisé que 1 500 autres soldats avaient été envoyés.' });
    const present = foundClaim({ q: quantity('approx', 3000), actor: 'nis', sentence: 'Environ 3 000 sont déjà en Russie, selon le NIS.' });

    it('conflicts when a figure of the NIS statement of 23 Oct dates the page', () => {
      const r = matchClaims([batch, twelve], db, {})[1];
      expect([r?.verdict, r?.reason.code]).toEqual(['conflicting', 'planned_as_deployed']);
      expect(r?.reason.params.present?.date).toBe('2024-10-23');
    });

    it('is not flagged when the page itself tells how many were there', () => {
      const r = matchClaims([present, twelve], db, {})[1];
      expect([r?.verdict, r?.reason.code]).toEqual(['corroborated', 'agrees']);
    });
  });
});

describe('rule 3c: who can be credited with another actor’s figure', () => {
  const ext = extendedDatabase();
  /** The fixture with a news outlet that relays a troop figure, and Pyongyang’s own death toll. */
  const withOutlet = (() => {
    const d = extendedDatabase();
    d.actors.push({ id: 'politico', names: { fr: ['Politico'], en: ['Politico'] } });
    d.sources.push({ id: 'politico-eu', outlet: 'Politico Europe', title: '', url: 'https://www.politico.eu/x', lang: 'en', published: '2025-04-26' });
    const add = (id: string, actor: string, date: string, kind: Claim['kind'], q: Quantity) =>
      d.claims.push({ id, actor, stance: 'figure', kind, scope: 'total', quantity: q, date, summary: id, appearances: [{ source: 'politico-eu' }] });
    add('politico-2025-04-26-total', 'politico', '2025-04-26', 'troops', quantity('approx', 11000));
    add('ukraine-2025-04-28-total', 'ukraine', '2025-04-28', 'troops', quantity('approx', 14000));
    add('north-korea-2025-09-killed', 'north-korea', '2025-09', 'killed', quantity('approx', 350));
    return d;
  })();

  /** Washington without its loss estimates: an office that publishes troop counts only. */
  const noUsLosses = timelineDatabase();
  noUsLosses.claims = noUsLosses.claims.filter((c) => !(['white-house', 'us', 'pentagon'].includes(c.actor) && c.kind !== 'troops'));

  it.each<[string, string, boolean]>([
    ['the NIS', 'nis', true],
    ['the JCS (Seoul publishes troop counts)', 'jcs', true],
    ['the Pentagon (Washington publishes loss estimates)', 'pentagon', true],
    ['the UK MoD', 'uk-mod', true],
    ['Pyongyang, which speaks only of its own dead', 'north-korea', false],
    ['a news outlet relaying a troop figure', 'politico', false],
  ])('%s is an estimator: %s', (_label, actor, expected) => {
    expect(isEstimator(indexDatabase(withOutlet), actor)).toBe(expected);
  });

  it('dates an undated page by a figure credited to the wrong source, so the misattribution shows', () => {
    // uk: the GUR's 500 officers (Oct 2024) and "в Пентагоні називали близько 600 загиблих" (the NIS's figure of
    // April 2025) on a page with no date: the 600 dates the page to April 2025, not the officers to October 2024.
    const officers = foundClaim({ q: quantity('exact', 500), scope: 'officers', actor: 'gur', lang: 'uk', sentence: 'Серед них 500 офіцерів, за даними ГУР.' });
    const dead = foundClaim({ q: quantity('approx', 600), kind: 'killed', actor: 'pentagon', lang: 'uk', sentence: 'У Пентагоні називали близько 600 загиблих.' });
    const [, r] = matchClaims([officers, dead], ext, {});
    expect([r?.verdict, r?.reason.code]).toEqual(['conflicting', 'wrong_actor']);
    expect(ids(r?.conflicting ?? [])).toContain('nis-2025-04-30-killed');
  });

  it.each<[string, FoundClaim, MatchPage, Expect, ClaimDatabase]>([
    [
      'en: "the Pentagon says 600 North Korean soldiers were killed" (the NIS’s figure): Washington estimates losses too',
      foundClaim({ q: quantity('approx', 600), kind: 'killed', actor: 'pentagon', date: '2025-05-01', lang: 'en', sentence: 'Around 600 North Korean soldiers have been killed, the Pentagon said.' }),
      {},
      { verdict: 'conflicting', reason: 'wrong_actor', conflicting: ['nis-2025-04-30-killed'] },
      ext,
    ],
    [
      'the same page against a database where Washington gives no loss figure: the NIS’s figure corroborates',
      foundClaim({ q: quantity('approx', 600), kind: 'killed', actor: 'pentagon', date: '2025-05-01', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'other_actor', corroborating: ['nis-2025-04-30-killed'] },
      noUsLosses,
    ],
    [
      'es: "Pyongyang decidió enviar 12.000 soldados" credited to Pyongyang, which publishes death tolls only: no misattribution',
      foundClaim({ q: quantity('exact', 12000), actor: 'north-korea', date: '2024-10-25', lang: 'es', sentence: 'Pyongyang decidió enviar 12.000 soldados a Rusia.' }),
      {},
      { verdict: 'corroborated', reason: 'other_actor', corroborating: ['gur-2024-10-24-total'] },
      withOutlet,
    ],
    [
      'fr: the NIS’s ~2 000 dead with Pyongyang credited (the sentence’s subject): no conflict with its own 350',
      foundClaim({ q: quantity('approx', 2000), kind: 'killed', actor: 'north-korea', date: '2025-09-03', sentence: 'La Corée du Nord a perdu environ 2 000 soldats, a indiqué Pyongyang.' }),
      {},
      { verdict: 'corroborated', reason: 'other_actor', corroborating: ['nis-2025-09-02-killed'] },
      withOutlet,
    ],
    [
      'en: Pyongyang credited with a death toll nobody gave still conflicts with its own 350',
      foundClaim({ q: quantity('exact', 900), kind: 'killed', actor: 'north-korea', date: '2025-09-15', lang: 'en' }),
      {},
      { verdict: 'conflicting', reason: 'differs', conflicting: ['north-korea-2025-09-killed'] },
      withOutlet,
    ],
    [
      'es: "Politico habla de cerca de 14.000" (Ukraine’s figure relayed by an outlet): neither misattributed nor refuted by Politico’s 11 000',
      foundClaim({ q: quantity('approx', 14000), actor: 'politico', date: '2025-04-29', lang: 'es', sentence: 'Politico habla de cerca de 14.000 militares.' }),
      {},
      { verdict: 'corroborated', reason: 'other_actor', corroborating: ['ukraine-2025-04-28-total'] },
      withOutlet,
    ],
    [
      'the outlet’s own figure agrees with it',
      foundClaim({ q: quantity('approx', 11000), actor: 'politico', date: '2025-04-29', lang: 'en' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['politico-2025-04-26-total'] },
      withOutlet,
    ],
  ])('%s', (_label, found, page, e, database) => {
    check(found, page, e, database);
  });
});

describe('distortions of losses, in six languages, with qualifiers and undated pages', () => {
  const ext = extendedDatabase();
  it.each<Row>([
    [
      'fr: "plus de 3 000 soldats nord-coréens tués", Zelensky’s killed-and-wounded total',
      foundClaim({ q: quantity('more_than', 3000), kind: 'killed', actor: 'zelensky', date: '2024-12-24', sentence: 'Plus de 3 000 soldats nord-coréens ont été tués, selon Zelensky.' }),
      {},
      { verdict: 'conflicting', reason: 'casualties_as_killed', conflicting: ['zelensky-2024-12-23-casualties'] },
    ],
    [
      'en, undated: "nearly 3,000 killed, Zelensky said" on a page nothing dates',
      foundClaim({ q: quantity('approx', 3000), kind: 'killed', actor: 'zelensky', lang: 'en', sentence: 'Nearly 3,000 North Korean troops have been killed, Zelensky said.' }),
      {},
      { verdict: 'conflicting', reason: 'casualties_as_killed', conflicting: ['zelensky-2024-12-23-casualties'] },
    ],
    [
      'fr: "environ 4 700 tués", the NIS’s killed-and-wounded total',
      foundClaim({ q: quantity('approx', 4700), kind: 'killed', actor: 'nis', date: '2025-05-01', sentence: 'Environ 4 700 soldats nord-coréens ont été tués, selon le NIS.' }),
      {},
      { verdict: 'conflicting', reason: 'casualties_as_killed', conflicting: ['nis-2025-04-30-casualties'] },
    ],
    [
      'fr: "au moins 600 tués" is the NIS’s death toll itself',
      foundClaim({ q: quantity('at_least', 600), kind: 'killed', actor: 'nis', date: '2025-05-01', sentence: 'Au moins 600 soldats ont été tués, selon le NIS.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2025-04-30-killed'] },
    ],
    [
      'de: "rund 4.700 Nordkoreaner verwundet": the total already holds the ~600 dead',
      foundClaim({ q: quantity('approx', 4700), kind: 'wounded', actor: 'nis', date: '2025-05-01', lang: 'de', sentence: 'Rund 4.700 Nordkoreaner wurden laut NIS verwundet.' }),
      {},
      { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['nis-2025-04-30-casualties'] },
    ],
    [
      'es: "más de 5.300 bajas" = 4 700 + 600 counted twice',
      foundClaim({ q: quantity('more_than', 5300), kind: 'casualties', actor: 'nis', date: '2025-05-02', lang: 'es', sentence: 'El NIS cifra en más de 5.300 las bajas norcoreanas.' }),
      {},
      { verdict: 'conflicting', reason: 'subtotal_added', conflicting: ['nis-2025-04-30-casualties'] },
    ],
    [
      'ru: "около 2 тысяч убиты или ранены", the NIS’s death toll restated as casualties',
      foundClaim({ q: quantity('approx', 2000), kind: 'casualties', actor: 'nis', date: '2025-09-05', lang: 'ru', sentence: 'По данным NIS, около 2 тысяч северокорейских военных убиты или ранены.' }),
      {},
      { verdict: 'conflicting', reason: 'killed_as_casualties', conflicting: ['nis-2025-09-02-killed'] },
    ],
    [
      'uk: "понад 6 тисяч загиблих", the UK MoD’s casualties in Kursk restated as dead',
      foundClaim({ q: quantity('more_than', 6000), kind: 'killed', actor: 'uk-mod', date: '2025-06-16', lang: 'uk', sentence: 'Британська розвідка: понад 6 тисяч загиблих північнокорейських військових.' }),
      {},
      { verdict: 'conflicting', reason: 'casualties_as_killed', conflicting: ['uk-mod-2025-06-15-casualties'] },
    ],
    [
      'en, undated and unattributed: "more than 3,000 wounded" restates a killed-and-wounded total (Zelensky’s first)',
      foundClaim({ q: quantity('more_than', 3000), kind: 'wounded', lang: 'en', sentence: 'More than 3,000 North Korean soldiers have been wounded.' }),
      {},
      { verdict: 'conflicting', reason: 'casualties_as_wounded', conflicting: ['zelensky-2024-12-23-casualties'] },
    ],
    [
      'de, undated and unattributed: "etwa 2.700 verwundet" is the NIS’s wounded count',
      foundClaim({ q: quantity('approx', 2700), kind: 'wounded', lang: 'de', sentence: 'Etwa 2.700 Nordkoreaner wurden verwundet.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2025-01-13-wounded'] },
    ],
    [
      'fr: "environ 1 100 pertes" (JCS) is the JCS’s casualties, no distortion',
      foundClaim({ q: quantity('approx', 1100), kind: 'casualties', actor: 'jcs', date: '2024-12-24', sentence: 'L’état-major sud-coréen fait état d’environ 1 100 pertes.' }),
      {},
      { verdict: 'corroborated', reason: 'agrees', corroborating: ['jcs-2024-12-23-casualties'] },
    ],
  ])('%s', (_label, found, page, e) => {
    check(found, page, e, ext);
  });
});

describe('unit sizes name no particular group', () => {
  const unit = (id: string, actor: string, date: string, value: number): Claim => ({
    id,
    actor,
    stance: 'figure',
    kind: 'troops',
    scope: 'unit',
    quantity: quantity('exact', value),
    date,
    summary: id,
    appearances: [{ source: 'kbs-188549' }],
  });
  const brigades = foundClaim({ q: quantity('exact', 4), scope: 'unit', date: '2024-10-19', lang: 'de', sentence: 'Demnach wurden die Truppen aus vier Brigaden nach Wladiwostok gebracht.' });

  it('de: "aus vier Brigaden" is corroborated by the NIS’s four brigades, not refuted by the 40 balloon instructors', () => {
    const d = timelineDatabase();
    d.claims.push(unit('nis-2024-10-18-unit-4', 'nis', '2024-10-18', 4), unit('gur-2024-10-unit-40', 'gur', '2024-10', 40));
    check(brigades, {}, { verdict: 'corroborated', reason: 'agrees', corroborating: ['nis-2024-10-18-unit-4'], absent: ['gur-2024-10-unit-40'] }, d);
  });

  it('without the NIS’s brigades, another unit’s size is no conflict', () => {
    const d = timelineDatabase();
    d.claims.push(unit('gur-2024-10-unit-40', 'gur', '2024-10', 40), unit('zelensky-2024-10-22-unit-6000', 'zelensky', '2024-10-22', 6000));
    check(brigades, {}, { verdict: 'unverified', reason: 'no_match' }, d);
  });
});

describe('an undated page dated by a loss count over a stated period', () => {
  const d = timelineDatabase();
  d.claims = d.claims.map((c) =>
    c.id === 'gur-2024-12-16-casualties' ? { ...c, id: 'gur-2024-12-14-period', scope: 'period', date: '2024-12-14', until: '2024-12-15' } : c,
  );
  const inKursk = foundClaim({ q: quantity('up_to', 8000), scope: 'kursk', lang: 'uk', sentence: 'У Курській області перебувають до 8 тисяч військових КНДР.' });
  const weekend = foundClaim({ q: quantity('at_least', 30), kind: 'casualties', lang: 'uk', sentence: 'Щонайменше 30 північнокорейських військових були вбиті або поранені.' });

  it('the GUR’s 30 of 14-15 Dec, quoted without the period, dates the page from then', () => {
    expect(pageTime([inKursk, weekend], indexDatabase(d), new Set())?.start).toBe(Date.UTC(2024, 11, 14) / 86_400_000);
  });

  it('so the 30 is corroborated though an earlier figure (up to 8 000 in Kursk, 31 Oct) is on the page', () => {
    const [, r] = matchClaims([inKursk, weekend], d, {});
    expect([r?.verdict, r?.reason.code]).toEqual(['corroborated', 'agrees']);
    expect(ids(r?.corroborating ?? [])).toEqual(['gur-2024-12-14-period']);
  });
});

describe('a headline repeats the figure the page credits elsewhere', () => {
  const ext = extendedDatabase();
  const headline = foundClaim({ q: quantity('exact', 2000), kind: 'wounded', date: '2025-03', lang: 'ko', sentence: '부상병 2천명 1∼3월 북한으로 송환' });
  const body = foundClaim({ q: quantity('approx', 2000), kind: 'wounded', actor: 'nis', date: '2025-03', lang: 'ko', sentence: '국정원은 또 지난 1∼3월 북한군 부상병 약 2천명이 북한에 송환된 것으로 파악했다.' });

  it('ko: the unattributed headline "부상병 2천명" takes the body’s credit to the NIS: its 2 000 wounded repatriated', () => {
    const [r] = matchClaims([headline, body], ext, {});
    expect([r?.verdict, r?.reason.code]).toEqual(['corroborated', 'agrees']);
    expect(ids(r?.corroborating ?? [])).toEqual(['nis-2025-01-wounded-returned']);
  });

  it('alone, the same number for another count is chance', () => {
    expect(matchClaims([headline], ext, {})[0]?.verdict).toBe('unverified');
  });

  it('not when two actors are credited with that number on the page', () => {
    const other = foundClaim({ q: quantity('exact', 2000), kind: 'wounded', actor: 'gur', date: '2025-03', lang: 'ko' });
    expect(matchClaims([headline, body, other], ext, {})[0]?.verdict).toBe('unverified');
  });
});

describe('rule 3a: a plan restated as there, when the sentence says so', () => {
  const batch = foundClaim({ q: quantity('exact', 1500), scope: 'special_forces', actor: 'nis', lang: 'en', sentence: 'Russian navy ships transported 1,500 special forces to Vladivostok, the NIS said.' });
  const present = foundClaim({ q: quantity('approx', 3000), actor: 'nis', sentence: 'Environ 3 000 sont déjà en Russie, selon le NIS.' });

  it.each<[string, FoundClaim, FoundClaim, Verdict]>([
    [
      'en: "The 12,000 troops now in Russia" conflicts though the page tells the 1 500 shipped',
      batch,
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', lang: 'en', sentence: 'The 12,000 troops now in Russia have been issued Russian uniforms, according to the agency.' }),
      'conflicting',
    ],
    [
      'de: "12.000 Soldaten sind bereits in Russland eingetroffen" likewise',
      batch,
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', lang: 'de', sentence: '12.000 nordkoreanische Soldaten sind bereits in Russland eingetroffen, berichtet der NIS.' }),
      'conflicting',
    ],
    [
      'en: "North Korea deploys 12,000 troops" over the 1 500 shipped: the headline may word the decision',
      batch,
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', lang: 'en', sentence: 'North Korea deploys 12,000 troops to fight for Russia, Seoul says' }),
      'corroborated',
    ],
    [
      'fr: "avaient déjà commencé à être envoyés" leads to no place: the page told the 3 000 there',
      present,
      foundClaim({ q: quantity('approx', 10000), actor: 'nis', sentence: 'Le NIS confirmait qu’environ 10 000 soldats nord-coréens avaient déjà commencé à être envoyés en Russie.' }),
      'corroborated',
    ],
  ])('%s', (_label, told, figure, verdict) => {
    const r = matchClaims([told, figure], db, {})[1];
    expect(r?.verdict).toBe(verdict);
    if (verdict === 'conflicting') expect(r?.reason.code).toBe('planned_as_deployed');
  });

  it('de, unattributed: the plan’s very number outweighs Budanov’s ~11 000 training (mixed)', () => {
    const found = foundClaim({ q: quantity('exact', 12000), date: '2024-10-19', lang: 'de', sentence: '12.000 nordkoreanische Soldaten sind bereits in Russland eingetroffen.' });
    check(found, {}, { verdict: 'mixed', reason: 'planned_as_deployed', conflicting: ['nis-2024-10-18-planned'], corroborating: ['gur-2024-10-18-training'] });
  });
});

/** A figure placed in its sentence, as detection gives it: its text and offsets (the sentence starts at 0). */
function placed(sentence: string, text: string, fields: Omit<Parameters<typeof foundClaim>[0], 'sentence' | 'text'>): FoundClaim {
  const at = sentence.indexOf(text);
  if (at < 0) throw new Error(`${text} not in ${sentence}`);
  return { ...foundClaim({ ...fields, sentence, text }), start: at, end: at + text.length };
}

describe('rule 3a: "already" belongs to the figure it stands nearest', () => {
  const q3000 = quantity('exact', 3000);
  const q12000 = quantity('exact', 12000);
  const fields = { actor: 'nis', lang: 'en', date: '2024-10-24' } as const;

  it.each<[string, string, Verdict]>([
    ['"3,000 are already in Russia, a number that may climb to 12,000": the 12,000 is the plan', 'Seoul’s spy agency said 3,000 North Korean soldiers are already in Russia, a number that may climb to 12,000.', 'corroborated'],
    ['"12,000 are already in Russia, up from 3,000": the 12,000 is said to be there', 'Seoul’s spy agency said 12,000 North Korean soldiers are already in Russia, up from 3,000 last week.', 'conflicting'],
  ])('%s', (_label, sentence, verdict) => {
    const three = placed(sentence, '3,000', { ...fields, q: q3000 });
    const twelve = placed(sentence, '12,000', { ...fields, q: q12000 });
    const r = matchClaims([three, twelve], db, {});
    expect(r[0]?.verdict).toBe('corroborated');
    expect(r[1]?.verdict).toBe(verdict);
    if (verdict === 'conflicting') expect(r[1]?.reason.code).toBe('planned_as_deployed');
  });
});

describe('rule 3a: a deployment worded as done', () => {
  const batch = foundClaim({ q: quantity('exact', 1500), scope: 'special_forces', actor: 'nis', lang: 'en', sentence: 'Russian navy ships transported 1,500 special forces to Vladivostok, the NIS said.' });

  it.each<[string, FoundClaim, Verdict]>([
    [
      'fr: "a déjà envoyé 12 000 soldats" says they were sent, though no place follows',
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', sentence: 'Pyongyang a déjà envoyé 12 000 soldats combattre aux côtés de Moscou, affirme le NIS.' }),
      'conflicting',
    ],
    [
      'es: "han sido desplegados en Rusia" is a deployment done',
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', lang: 'es', sentence: 'Según el NIS, 12.000 soldados norcoreanos han sido desplegados en Rusia.' }),
      'conflicting',
    ],
    [
      'fr: "doivent être envoyés en Russie" is still to come',
      foundClaim({ q: quantity('exact', 12000), actor: 'nis', sentence: 'Selon le NIS, 12 000 soldats nord-coréens doivent être envoyés en Russie.' }),
      'corroborated',
    ],
  ])('%s', (_label, figure, verdict) => {
    const r = matchClaims([batch, figure], db, {})[1];
    expect(r?.verdict).toBe(verdict);
    if (verdict === 'conflicting') expect(r?.reason.code).toBe('planned_as_deployed');
  });
});

describe('an undated page knows the claims up to the latest it reproduces', () => {
  const firstGroup = foundClaim({ q: quantity('exact', 2600), scope: 'kursk', actor: 'gur', sentence: 'Selon Kyiv, un premier groupe de 2 600 hommes doit rejoindre Koursk.' });
  const infantry = foundClaim({ q: quantity('approx', 11000), scope: 'training', actor: 'pentagon', sentence: 'Washington parle de près de 11 000 fantassins à l’entraînement, selon le Pentagone.' });

  it('"près de 11 000" credited to the Pentagon beside the claims of 18 Oct is the GUR’s figure, not the Pentagon’s ~10 000 of 28 Oct', () => {
    const r = matchClaims([firstGroup, infantry], db, {})[1];
    expect([r?.verdict, r?.reason.code]).toEqual(['conflicting', 'wrong_actor']);
    expect(ids(r?.conflicting ?? [])).toEqual(['gur-2024-10-18-training']);
  });

  it('a page published after 28 Oct may be reporting the Pentagon’s ~10 000', () => {
    const r = matchClaims([firstGroup, infantry], db, { published: '2024-10-30' })[1];
    expect(r?.verdict).toBe('corroborated');
    expect(ids(r?.corroborating ?? [])).toContain('pentagon-2024-10-28-training');
  });
});

describe('rule 3c: a loss count over a stated period credited to another actor', () => {
  const d = timelineDatabase();
  d.claims = d.claims.map((c) =>
    c.id === 'gur-2024-12-16-casualties' ? { ...c, id: 'gur-2024-12-14-period', scope: 'period', date: '2024-12-14', until: '2024-12-15' } : c,
  );
  const sentence = 'Washington said at least 30 North Korean soldiers were killed or wounded in two days of fighting.';

  it.each<[string, string, Verdict, ReasonCode]>([
    ['the Pentagon credited with the GUR’s 30 of 14-15 Dec: attribution drift', 'pentagon', 'conflicting', 'wrong_actor'],
    ['the GUR itself: its own count', 'gur', 'corroborated', 'agrees'],
  ])('%s', (_label, actor, verdict, reason) => {
    const found = foundClaim({ q: quantity('at_least', 30), kind: 'casualties', actor, date: '2024-12-17', lang: 'en', sentence });
    check(found, {}, { verdict, reason, ...(verdict === 'conflicting' ? { conflicting: ['gur-2024-12-14-period'] } : {}) }, d);
  });
});

describe('an undated page dated by the credited actor’s count of another scope', () => {
  const builders = (d: ClaimDatabase): ClaimDatabase => {
    d.claims.push({
      id: 'nis-2025-11-04-builders',
      actor: 'nis',
      stance: 'figure',
      kind: 'troops',
      scope: 'engineers',
      quantity: quantity('approx', 5000),
      date: '2025-11-04',
      summary: 'NK construction troops arriving since September',
      appearances: [{ source: 'kbs-192744' }],
    });
    return d;
  };
  const sent = foundClaim({ q: quantity('approx', 15000), actor: 'nis', lang: 'es', sentence: 'Pyongyang ha enviado unos 15.000 soldados en total, según el NIS.' });
  const workers = foundClaim({ q: quantity('approx', 5000), actor: 'nis', lang: 'es', sentence: 'Además, unos 5.000 efectivos llegan a Rusia desde septiembre, según el NIS.' });

  it('"unos 5.000 efectivos" credited to the NIS dates the page from its ~5 000 builders and is corroborated by them', () => {
    const d = builders(timelineDatabase());
    expect(pageTime([sent, workers], indexDatabase(d), new Set())?.start).toBe(Date.UTC(2025, 10, 4) / 86_400_000);
    const r = matchClaims([sent, workers], d, {})[1];
    expect(r?.verdict).toBe('corroborated');
    expect(ids(r?.corroborating ?? [])).toEqual(['nis-2025-11-04-builders']);
  });

  it('not when another source gave that very number for strictly the same count: the credit may be the distortion', () => {
    const d = builders(timelineDatabase());
    d.claims.push({ ...(d.claims.at(-1) as Claim), id: 'gur-2025-10-total-5000', actor: 'gur', scope: 'total', date: '2025-10-01' });
    expect(pageTime([sent, workers], indexDatabase(d), new Set())?.start).toBe(Date.UTC(2025, 3, 30) / 86_400_000);
  });
});
