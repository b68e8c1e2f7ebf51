/**
 * The seed articles checked against each other. Each row is a figure of a seed written as the detector should report
 * it (the sentence is the seed's). Two databases: the timeline fixture, and the same cut down to the seed articles'
 * own appearances, where a figure is corroborated only if ANOTHER seed carries the same claim. Then the real
 * detector over the seed files against the bundled database.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledDatabase } from '../database/bundled';
import type { ClaimDatabase } from '../database/schema';
import { detectClaims } from '../detect/claims';
import type { FoundClaim } from '../detect/found-claim';
import type { Verdict } from './match-result';
import { foundClaim, quantity, timelineDatabase } from './timeline-fixture';
import { matchClaims } from './verdict';

const SEED_FILES: Record<string, string> = {
  '000': '/work/shared/seeds/000_0c632834157442b0.txt',
  '002': '/work/shared/seeds/002_94a0c47301de76d2.txt',
  '003': '/work/shared/seeds/003_d65a453aca90a03a.txt',
  '004': '/work/shared/seeds/004_742c2e54956e4d5d.txt',
};

function seedsOnly(db: ClaimDatabase = timelineDatabase()): ClaimDatabase {
  const seedSources = new Set(db.sources.filter((s) => s.url.startsWith('seed:')).map((s) => s.id));
  const claims = db.claims
    .map((c) => ({ ...c, appearances: c.appearances.filter((a) => seedSources.has(a.source)) }))
    .filter((c) => c.appearances.length > 0);
  return { ...db, claims };
}

const full = timelineDatabase();
const seeds = seedsOnly();

/** [seed, figure, verdict against the other seeds (and which seed backs it), verdict against the full fixture]. */
const rows: [string, FoundClaim, Verdict, string | null, Verdict][] = [
  [
    '000',
    foundClaim({ q: quantity('exact', 2600), scope: 'kursk', actor: 'gur', sentence: 'le premier groupe de 2 600 soldats sera déployés dans la région russe de Koursk' }),
    'unverified',
    null,
    'corroborated',
  ],
  [
    '000',
    foundClaim({ q: quantity('approx', 11000), actor: 'gur', sentence: 'Il a déclaré que près de 11 000 soldats nord-coréens se trouvaient en Russie' }),
    'unverified',
    null,
    'corroborated',
  ],
  [
    '000',
    foundClaim({ q: quantity('exact', 1500), scope: 'training', actor: 'south-korea', sentence: 'la Corée du Nord a envoyé 1 500 soldats en Russie pour s’entraîner' }),
    'corroborated',
    'seed-004',
    'corroborated',
  ],
  [
    '002',
    foundClaim({ q: quantity('approx', 3000), actor: 'nis', sentence: 'le National Intelligence Service (NIS) sud-coréen a estimé environ 3.000, soit le nombre de soldats déjà envoyés' }),
    'corroborated',
    'seed-003',
    'corroborated',
  ],
  [
    '002',
    foundClaim({ q: quantity('exact', 12000), scope: 'planned', actor: 'south-korea', date: '2024-10-18', sentence: 'Les renseignements sud-coréens ont assuré le 18 octobre ... 12 000 soldats du pays communiste' }),
    'unverified',
    null,
    'corroborated',
  ],
  [
    '002',
    foundClaim({ q: quantity('at_least', 3000), scope: 'training', actor: 'south-korea', sentence: 'De ce montant, au moins 3 000 personnes seraient déjà formées sur le sol russe' }),
    'corroborated',
    'seed-003',
    'corroborated',
  ],
  [
    '002',
    foundClaim({ q: quantity('approx', 10000), actor: 'nis', period: 'by 2024-12', sentence: 'Pyongyang avait promis de fournir au total environ 10 000 soldats' }),
    'corroborated',
    'seed-004',
    'corroborated',
  ],
  [
    '003',
    foundClaim({ q: quantity('approx', 10000), actor: 'south-korea', sentence: 'confirmaient qu’environ 10 000 soldats nord-coréens avaient déjà commencé à être envoyés en Russie' }),
    'corroborated',
    'seed-004',
    'corroborated',
  ],
  ['003', foundClaim({ q: quantity('exact', 3000), actor: 'south-korea', sentence: 'Selon Séoul, 3 000 de ces combattants se trouvent déjà en Russie' }), 'corroborated', 'seed-002', 'corroborated'],
  [
    '004',
    foundClaim({ q: quantity('exact', 1500), scope: 'batch', actor: 'south-korea', sentence: 'La Corée du Nord a fourni 1500 autres soldats à la Russie, selon la Corée du Sud' }),
    'corroborated',
    'seed-000',
    'corroborated',
  ],
  [
    '004',
    foundClaim({ q: quantity('exact', 1500), scope: 'special_forces', actor: 'nis', sentence: 'avait envoyé 1500 membres de ses forces d’opérations spéciales en Russie' }),
    'corroborated',
    'seed-000',
    'corroborated',
  ],
  [
    '004',
    foundClaim({ q: quantity('exact', 10000), scope: 'planned', actor: 'nis', period: 'by 2024-12', sentence: 'prévoyait d’envoyer un total de 10 000 soldats en Russie d’ici décembre' }),
    'corroborated',
    'seed-002',
    'corroborated',
  ],
  [
    '004',
    foundClaim({ q: quantity('exact', 10000), scope: 'training', actor: 'zelensky', sentence: '10 000 soldats nord-coréens étaient prêts à rejoindre les forces d’invasion de la Russie' }),
    'unverified',
    null,
    'corroborated',
  ],
  [
    '004',
    foundClaim({ q: quantity('more_than', 13000), kind: 'materiel', scope: 'containers', actor: 'nis', sentence: 'plus de 13 000 conteneurs d’artillerie, de missiles et d’autres armes' }),
    'unverified',
    null,
    'unverified',
  ],
  [
    '002',
    foundClaim({ q: quantity('exact', 6000), scope: 'unit', actor: 'zelensky', sentence: 'deux brigades qui pourrait être composé de 6 000 soldats nord-coréens chacun' }),
    'unverified',
    null,
    'unverified',
  ],
];

describe('seed articles against each other', () => {
  it.each(rows.map(([seed, found, ...rest]) => [seed, found.sentence, found, ...rest] as const))('seed %s: %s', (seed, _sentence, found, againstSeeds, backedBy, againstFull) => {
    const page = { url: SEED_FILES[seed] };
    const [bySeeds] = matchClaims([found], seeds, page);
    expect(bySeeds?.verdict).toBe(againstSeeds);
    // Never the page itself; the backing seed among the listed sources.
    const shown = [...(bySeeds?.corroborating ?? []), ...(bySeeds?.conflicting ?? []), ...(bySeeds?.context ?? [])].map((c) => c.source.url);
    expect(shown.some((url) => url.includes(`${seed}_`))).toBe(false);
    if (backedBy) expect(bySeeds?.corroborating.map((c) => c.source.id)).toContain(backedBy);
    expect(matchClaims([found], full, page)[0]?.verdict).toBe(againstFull);
  });

  it('corroborates every seed figure the gold expects corroborated, against the full fixture', () => {
    const expectedCorroborated = rows.filter(([, , , , v]) => v === 'corroborated');
    const results = expectedCorroborated.map(([seed, found]) => matchClaims([found], full, { url: SEED_FILES[seed] })[0]?.verdict);
    expect(results.filter((v) => v === 'corroborated' || v === 'mixed')).toHaveLength(expectedCorroborated.length);
  });
});

// The seed files live beside the repository (../shared), never inside it.
const seedPath = (file: string) => fileURLToPath(new URL(`../../../shared/seeds/${file}`, import.meta.url));
const SEED_NAMES = ['000_0c632834157442b0.txt', '002_94a0c47301de76d2.txt', '003_d65a453aca90a03a.txt', '004_742c2e54956e4d5d.txt'];

describe('the real detector over the seeds, against the bundled database', () => {
  const scanned = SEED_NAMES.map((name) => {
    const path = seedPath(name);
    const found = detectClaims(readFileSync(path, 'utf8'));
    return { name, path, found, full: matchClaims(found, bundledDatabase, { url: path }), bySeeds: matchClaims(found, seedsOnly(bundledDatabase), { url: path }) };
  });

  // The gold's "corroborated" seed figures (corpus-dev/gold.json), by seed and value.
  it.each([
    ['000', [2600, 11000, 1500]],
    ['002', [3000, 12000, 10000]],
    ['003', [10000, 3000]],
    ['004', [1500, 10000]],
  ] as const)('seed %s: the figures the gold expects corroborated are', (seed, values) => {
    const s = scanned.find((x) => x.name.startsWith(seed));
    for (const value of values) {
      const verdicts = (s?.found ?? []).flatMap((f, i) => (f.value === value ? [s?.full[i]?.verdict] : []));
      expect(verdicts.length, `${value} detected`).toBeGreaterThan(0);
      expect(verdicts.every((v) => v === 'corroborated' || v === 'mixed'), `${value}: ${verdicts.join(', ')}`).toBe(true);
    }
  });

  it('flags no seed figure as conflicting', () => {
    expect(scanned.flatMap((s) => s.full.filter((r) => r.verdict === 'conflicting' || r.verdict === 'mixed'))).toEqual([]);
  });

  it.each([
    ['000', 1500, 'seed-004'],
    ['002', 3000, 'seed-003'],
    ['003', 3000, 'seed-002'],
    ['004', 1500, 'seed-000'],
  ] as const)('seed %s: %i is corroborated by another seed (%s)', (seed, value, other) => {
    const s = scanned.find((x) => x.name.startsWith(seed));
    const results = (s?.found ?? []).flatMap((f, i) => (f.value === value ? [s?.bySeeds[i]] : []));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r?.verdict).toBe('corroborated');
      expect(r?.corroborating.map((c) => c.source.id)).toContain(other);
    }
  });
});
