import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledDatabase as db } from './bundled';
import type { Claim } from './schema';

// The seed articles and the development gold live beside the repository (../shared), never inside it.
const shared = (path: string): string => fileURLToPath(new URL(`../../../shared/${path}`, import.meta.url));
const seedText = (file: string): string => readFileSync(shared(`seeds/${file}`), 'utf8');

const seedSources = db.sources.filter((s) => s.url.startsWith('seed:'));
const seedAppearances = db.claims.flatMap((claim) =>
  claim.appearances
    .map((appearance) => ({ claim, appearance, source: seedSources.find((s) => s.id === appearance.source) }))
    .filter((x) => x.source !== undefined),
);

interface GoldFigure {
  quote: string;
  value: number;
  kind: string;
  required: boolean;
  expect: 'corroborated' | 'any';
}
const gold = JSON.parse(readFileSync(shared('corpus-dev/gold.json'), 'utf8')) as Record<
  string,
  { figures: GoldFigure[] }
>;

describe('seed articles in the bundled database', () => {
  it('has the five seeds as sources', () => {
    expect(seedSources.map((s) => s.id)).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
  });

  it.each(seedAppearances.map((x) => [x.claim.id, x.appearance.quote, x.source?.url ?? ''] as const))(
    '%s: quote "%s" occurs verbatim in %s',
    (_, quote, url) => {
      expect(quote).toBeDefined();
      expect(seedText(url.replace(/^seed:/, ''))).toContain(quote);
    },
  );

  const required = Object.entries(gold)
    .filter(([path]) => path.startsWith('seeds/'))
    .flatMap(([path, { figures }]) =>
      figures.filter((f) => f.required).map((figure) => [path.replace(/^seeds\//, ''), figure.quote, figure] as const),
    );

  it('cross-checks against every required gold figure of the seeds', () => {
    expect(required.length).toBeGreaterThanOrEqual(20);
  });

  it.each(required)('%s: figure "%s" is a claim appearance', (file, quote, figure) => {
    const source = seedSources.find((s) => s.url === `seed:${file}`);
    const matches: Claim[] = seedAppearances
      .filter((x) => x.source === source && x.appearance.quote?.includes(quote))
      .map((x) => x.claim)
      .filter((claim) => claim.quantity?.value === figure.value && claim.kind === figure.kind);
    expect(matches.map((c) => c.id), 'a claim with this value and kind quoting these words').not.toEqual([]);
    if (figure.expect === 'corroborated') {
      // Corroborated: the claim appears in at least one other source too.
      const sourcesOf = (c: Claim) => new Set(c.appearances.map((a) => a.source));
      expect(matches.some((c) => sourcesOf(c).size > 1)).toBe(true);
    }
  });
});
