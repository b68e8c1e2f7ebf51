import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../claims/vocabulary';
import type { ClaimDatabase } from '../database/schema';
import type { FoundClaim } from '../detect/found-claim';
import { describeContext, explain, formatDate, formatQuantity } from './explain';
import { ReasonCode } from './match-result';
import { DEVDISCOURSE, foundClaim, quantity, timelineDatabase } from './timeline-fixture';
import { matchClaims, type MatchPage } from './verdict';

/** Intl puts narrow no-break spaces in French numbers; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const db = timelineDatabase();
const noDeathToll = timelineDatabase();
noDeathToll.claims = noDeathToll.claims.filter((c) => c.kind !== 'killed');
for (const c of noDeathToll.claims) delete c.relations;

const result = (found: FoundClaim, page: MatchPage = {}, database: ClaimDatabase = db) => {
  const [r] = matchClaims([found], database, page);
  if (!r) throw new Error('no result');
  return r;
};

const rows: [ReasonCode, FoundClaim, MatchPage, ClaimDatabase, string, string][] = [
  [
    'agrees',
    foundClaim({ q: quantity('approx', 3000), actor: 'nis', date: '2024-10-24' }),
    {},
    db,
    'Matches the database — NIS (23 Oct 2024): about 3,000.',
    'Concorde avec la base — NIS (23 oct. 2024) : environ 3 000.',
  ],
  [
    'agrees_weakly',
    foundClaim({ q: quantity('vague', 2000, 9999), date: '2024-10-25' }),
    {},
    db,
    'Consistent, but one of the figures is vague — NIS (23 Oct 2024): about 3,000.',
    'Compatible, mais l’un des chiffres est vague — NIS (23 oct. 2024) : environ 3 000.',
  ],
  [
    'other_actor',
    foundClaim({ q: quantity('approx', 11000), scope: 'kursk', actor: 'uk-mod', date: '2025-06-16' }),
    {},
    db,
    'Same figure from another source — Volodymyr Zelensky (4 Nov 2024): 11,000. Nothing matching from the credited source (UK Ministry of Defence).',
    'Même chiffre, d’une autre source — Volodymyr Zelensky (4 nov. 2024) : 11 000. Rien de tel dans la base pour la source citée (Ministère britannique de la Défense).',
  ],
  [
    'differs',
    foundClaim({ q: quantity('exact', 5000), actor: 'nis', date: '2024-10-25' }),
    {},
    db,
    'Different figure at the time — NIS (23 Oct 2024): about 3,000, not 5,000.',
    'Chiffre différent à cette date — NIS (23 oct. 2024) : environ 3 000, et non 5 000.',
  ],
  [
    'casualties_as_killed',
    foundClaim({ q: quantity('approx', 3000), kind: 'killed', actor: 'zelensky', date: '2024-12-24' }),
    {},
    db,
    'Distortion: this total counts killed and wounded, not deaths alone — Volodymyr Zelensky (23 Dec 2024): more than 3,000.',
    'Déformation : ce total compte les tués et les blessés, pas seulement les morts — Volodymyr Zelensky (23 déc. 2024) : plus de 3 000.',
  ],
  [
    'casualties_as_wounded',
    foundClaim({ q: quantity('exact', 4700), kind: 'wounded', actor: 'nis', date: '2025-05-01' }),
    {},
    noDeathToll,
    'Distortion: this total counts killed and wounded together, not the wounded alone — NIS (30 Apr 2025): about 4,700.',
    'Déformation : ce total compte les tués et les blessés ensemble, pas les seuls blessés — NIS (30 avr. 2025) : environ 4 700.',
  ],
  [
    'killed_as_casualties',
    foundClaim({ q: quantity('approx', 2000), kind: 'casualties', actor: 'nis', date: '2025-09-03' }),
    {},
    db,
    'Distortion: this figure counts deaths only, not killed and wounded — NIS (2 Sept 2025): about 2,000.',
    'Déformation : ce chiffre ne compte que les morts, pas les tués et blessés — NIS (2 sept. 2025) : environ 2 000.',
  ],
  [
    'subtotal_added',
    foundClaim({ q: quantity('exact', 4700), kind: 'wounded', actor: 'nis', date: '2025-05-01' }),
    {},
    db,
    'Distortion: this total already includes at least 600, which the page counts twice — NIS (30 Apr 2025): about 4,700.',
    'Déformation : ce total inclut déjà au moins 600, que la page compte deux fois — NIS (30 avr. 2025) : environ 4 700.',
  ],
  [
    'planned_as_deployed',
    foundClaim({ q: quantity('approx', 12000), actor: 'nis', date: '2024-10-19' }),
    {},
    db,
    'Distortion: this was a planned total, not troops already there — NIS (18 Oct 2024): about 12,000; there at the time: 1,500 (18 Oct 2024).',
    'Déformation : c’était un effectif prévu, pas des troupes déjà sur place — NIS (18 oct. 2024) : environ 12 000 ; sur place alors : 1 500 (18 oct. 2024).',
  ],
  [
    'wrong_actor',
    foundClaim({ q: quantity('at_least', 3000), scope: 'training', actor: 'pentagon', date: '2024-10-23' }),
    { url: DEVDISCOURSE },
    db,
    'Credited to the wrong source (Pentagon) — White House (23 Oct 2024): at least 3,000.',
    'Chiffre attribué à la mauvaise source (citée : Pentagone) — Maison Blanche (23 oct. 2024) : au moins 3 000.',
  ],
  [
    'known_misreport',
    foundClaim({ q: quantity('range', 15000, 18000), actor: 'nis', date: '2025-05-02' }),
    {},
    db,
    'Known distortion of this figure — NIS (30 Apr 2025): 15,000.',
    'Déformation connue de ce chiffre — NIS (30 avr. 2025) : 15 000.',
  ],
  [
    'no_match',
    foundClaim({ q: quantity('exact', 5000), actor: 'pentagon', date: '2024-10-24' }),
    {},
    db,
    'No claim in the database matches this figure (credited source: Pentagon).',
    'Aucune déclaration de la base ne correspond à ce chiffre (source citée : Pentagone).',
  ],
];

describe('explain', () => {
  it.each(rows)('%s', (code, found, page, database, en, fr) => {
    const r = result(found, page, database);
    expect(r.reason.code).toBe(code);
    expect(plain(explain(r, 'en'))).toBe(en);
    expect(plain(explain(r, 'fr'))).toBe(fr);
  });

  it('has a row for every reason code', () => {
    expect(new Set(rows.map(([code]) => code))).toEqual(new Set(ReasonCode.options));
  });

  it('says when nobody is credited', () => {
    const r = result(foundClaim({ q: quantity('exact', 5000), date: '2024-10-25' }));
    expect(plain(explain(r, 'en'))).toBe('No source gave 5,000 at the time — NIS (23 Oct 2024): about 3,000.');
    expect(plain(explain(r, 'fr'))).toBe('Aucune source ne donnait 5 000 à cette date — NIS (23 oct. 2024) : environ 3 000.');
    const none = result(foundClaim({ q: quantity('exact', 42), kind: 'materiel', scope: 'vehicles' }));
    expect(explain(none, 'en')).toBe('No claim in the database matches this figure.');
  });

  it('counts the other claims that agree', () => {
    const r = result(foundClaim({ q: quantity('exact', 1500), actor: 'nis', date: '2024-10-24' }));
    expect(plain(explain(r, 'en'))).toBe('Matches the database — NIS (23 Oct 2024): about 1,500 (and 1 more claim).');
    expect(plain(explain(r, 'fr'))).toBe('Concorde avec la base — NIS (23 oct. 2024) : environ 1 500 (et 1 autre déclaration).');
  });
});

describe('describeContext', () => {
  it('shows an actor’s figures over time, then other estimates at the time', () => {
    const r = result(foundClaim({ q: quantity('approx', 3000), actor: 'nis', date: '2024-10-24' }));
    expect(describeContext(r, 'en').map(plain)).toEqual([
      'NIS: 1,500 on 18 Oct 2024, about 3,000 on 23 Oct 2024, 15,000 on 30 Apr 2025',
      'Other estimates at the time: Volodymyr Zelensky about 10,000 (17 Oct 2024); GUR about 11,000 (18 Oct 2024); GUR 12,000 (24 Oct 2024)',
    ]);
    expect(plain(describeContext(r, 'fr')[0] ?? '')).toBe('NIS : 1 500 le 18 oct. 2024, environ 3 000 le 23 oct. 2024, 15 000 le 30 avr. 2025');
  });

  it('shows the credited actor’s figures even when none matches', () => {
    const r = result(foundClaim({ q: quantity('exact', 5000), actor: 'pentagon', date: '2024-10-24' }));
    expect(plain(describeContext(r, 'en')[0] ?? '')).toBe('Pentagon: about 10,000 on 28 Oct 2024, 11,000 to 12,000 on 4 Nov 2024');
    expect(plain(describeContext(r, 'fr')[0] ?? '')).toBe('Pentagone : environ 10 000 le 28 oct. 2024, entre 11 000 et 12 000 le 4 nov. 2024');
  });

  it('is empty when there is nothing to add', () => {
    expect(describeContext(result(foundClaim({ q: quantity('exact', 42), kind: 'materiel', scope: 'vehicles' })), 'fr')).toEqual([]);
  });
});

describe('formatQuantity and formatDate', () => {
  it.each<[Qualifier, number, number | undefined, string, string]>([
    ['exact', 2600, undefined, '2 600', '2,600'],
    ['approx', 11000, undefined, 'environ 11 000', 'about 11,000'],
    ['more_than', 3000, undefined, 'plus de 3 000', 'more than 3,000'],
    ['at_least', 12000, undefined, 'au moins 12 000', 'at least 12,000'],
    ['up_to', 8000, undefined, 'jusqu’à 8 000', 'up to 8,000'],
    ['less_than', 1000, undefined, 'moins de 1 000', 'less than 1,000'],
    ['range', 11000, 12000, 'entre 11 000 et 12 000', '11,000 to 12,000'],
    ['vague', 2000, 9999, 'plusieurs milliers', 'several thousand'],
    ['vague', 200, 999, 'plusieurs centaines', 'several hundred'],
  ])('%s %i', (qualifier, value, max, fr, en) => {
    expect(plain(formatQuantity(quantity(qualifier, value, max), 'fr'))).toBe(fr);
    expect(formatQuantity(quantity(qualifier, value, max), 'en')).toBe(en);
  });

  it.each([
    ['2024-10-23', '23 oct. 2024', '23 Oct 2024'],
    ['2025-02', 'février 2025', 'February 2025'],
    ['not a date', 'not a date', 'not a date'],
  ])('%s', (iso, fr, en) => {
    expect(formatDate(iso, 'fr')).toBe(fr);
    expect(formatDate(iso, 'en')).toBe(en);
  });
});
