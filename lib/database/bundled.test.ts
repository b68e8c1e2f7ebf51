import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledDatabase as db } from './bundled';
import { checkIntegrity } from './integrity';
import type { Actor } from './schema';

const actor = (id: string): Actor | undefined => db.actors.find((a) => a.id === id);
const allNames = (a: Actor): string[] => Object.values(a.names).flat();

describe('bundled database', () => {
  it('passes the integrity check', () => {
    expect(checkIntegrity(db)).toEqual([]);
  });

  it('has a version', () => {
    expect(db.version).toMatch(/^\d{4}\.\d+\.\d+$/);
  });

  // The canonical ids and hierarchy of the developers' brief: the detector and matching rely on them.
  it.each([
    ['nis', 'south-korea'],
    ['jcs', 'south-korea'],
    ['south-korea', undefined],
    ['gur', 'ukraine'],
    ['zelensky', 'ukraine'],
    ['ukraine', undefined],
    ['pentagon', 'us'],
    ['white-house', 'us'],
    ['state-dept', 'us'],
    ['us', undefined],
    ['nato', undefined],
    ['uk-mod', undefined],
    ['western-officials', undefined],
    ['kremlin', 'russia'],
    ['russia-general-staff', 'russia'],
    ['russia-security-council', 'russia'],
    ['russia', undefined],
    ['north-korea', undefined],
  ])('has actor %s, part of %s', (id, parent) => {
    expect(actor(id)).toBeDefined();
    expect(actor(id)?.partOf).toBe(parent);
  });

  it.each(db.actors.map((a) => [a.id, a] as const))('actor %s has names in all seven languages', (_, a) => {
    for (const lang of ['fr', 'en', 'de', 'es', 'ru', 'uk', 'ko'] as const) {
      expect(a.names[lang]?.length ?? 0, lang).toBeGreaterThan(0);
    }
  });

  // Names pages really use, matched case-insensitively by the detector.
  it.each([
    ['NIS', 'nis'],
    ['Cho Tae-yong', 'nis'],
    ['Lee Seong-kweun', 'nis'],
    ['Park Sun-won', 'nis'],
    ['renseignement sud-coréen', 'nis'],
    ['services de renseignement sud-coréens', 'nis'],
    ['Service national du renseignement', 'nis'],
    ["Seoul's spy agency", 'nis'],
    ["South Korea's intelligence agency", 'nis'],
    ['국정원', 'nis'],
    ['JCS', 'jcs'],
    ['합참', 'jcs'],
    ["l'état-major sud-coréen", 'jcs'],
    ['Séoul', 'south-korea'],
    ['Seoul', 'south-korea'],
    ['GUR', 'gur'],
    ['HUR', 'gur'],
    ['ГУР', 'gur'],
    ['Budanov', 'gur'],
    ['Boudanov', 'gur'],
    ['Budanow', 'gur'],
    ['Буданов', 'gur'],
    ['renseignement militaire ukrainien', 'gur'],
    ["Ukraine's military intelligence", 'gur'],
    ['Direction générale des renseignements', 'gur'],
    ['Zelensky', 'zelensky'],
    ['Kiev', 'ukraine'],
    ['Kyiv', 'ukraine'],
    ['Austin', 'pentagon'],
    ['Ryder', 'pentagon'],
    ['Sabrina Singh', 'pentagon'],
    ['Kirby', 'white-house'],
    ['Blinken', 'state-dept'],
    ['Matthew Miller', 'state-dept'],
    ['Washington', 'us'],
    ['Rutte', 'nato'],
    ['ministère britannique de la Défense', 'uk-mod'],
    ['britischer Geheimdienst', 'uk-mod'],
    ['Минобороны Великобритании', 'uk-mod'],
    ['영국 국방부', 'uk-mod'],
    ['le Kremlin', 'kremlin'],
    ['Peskov', 'kremlin'],
    ['Peskow', 'kremlin'],
    ['Песков', 'kremlin'],
    ['Putin', 'kremlin'],
    ['Poutine', 'kremlin'],
    ['Путин', 'kremlin'],
    ['Gerasimov', 'russia-general-staff'],
    ['Shoigu', 'russia-security-council'],
    ['Pyongyang', 'north-korea'],
    ['KCNA', 'north-korea'],
    ['조선중앙통신', 'north-korea'],
    ['Kim Jong Un', 'north-korea'],
    ['Kim Jong-un', 'north-korea'],
    ['김정은', 'north-korea'],
  ])('knows "%s" as %s', (name, id) => {
    const owners = db.actors.filter((a) => allNames(a).some((n) => n.toLowerCase() === name.toLowerCase()));
    expect(owners.map((a) => a.id)).toEqual([id]);
  });

  it('gives no name to two actors', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of db.actors) {
      for (const name of new Set(allNames(a).map((n) => n.toLowerCase()))) {
        const other = owner.get(name);
        if (other !== undefined && other !== a.id) clashes.push(`${name}: ${other}, ${a.id}`);
        owner.set(name, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses every source in some claim', () => {
    const used = new Set(db.claims.flatMap((c) => c.appearances.map((a) => a.source)));
    expect(db.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  // Readable, stable ids: actor, date, kind and scope first, so that an id says what it identifies.
  it.each(db.claims.map((c) => [c.id, c] as const))('claim id %s starts with its actor, date, kind and scope', (id, c) => {
    expect(id.startsWith(`${c.actor}-${c.date}-${c.kind}-${c.scope.replace('_', '-')}-`)).toBe(true);
  });

  it('leaves out figures about Russia’s own losses (hundreds of thousands)', () => {
    const huge = db.claims.filter((c) => (c.quantity?.min ?? 0) >= 100_000);
    expect(huge.map((c) => c.id)).toEqual([]);
  });

  // Relations the reference timeline states: revisions by the same actor, subtotals, distortions.
  it.each([
    ['nis-2025-09-02-killed-total-2000', 'revises', 'nis-2025-04-30-killed-total-600'],
    ['nis-2025-04-30-casualties-total-4700', 'includes', 'nis-2025-04-30-killed-total-600'],
    ['nis-2025-01-13-casualties-total-3000', 'includes', 'nis-2025-01-13-killed-total-300'],
    ['gur-2024-10-23-troops-total-12000', 'includes', 'gur-2024-10-23-troops-officers-500'],
    ['nis-2024-10-23-troops-total-3000', 'includes', 'nis-2024-10-23-troops-batch-1500'],
    ['state-dept-2024-11-04-troops-kursk-10000', 'revises', 'state-dept-2024-10-31-troops-kursk-8000'],
    ['uk-mod-2025-06-15-casualties-total-6000', 'revises', 'uk-mod-2025-04-casualties-total-5000'],
    ['pentagon-2024-10-23-troops-training-3000', 'misreports', 'white-house-2024-10-23-troops-training-3000'],
    ['us-2024-11-troops-kursk-12000', 'misreports', 'new-york-times-2024-11-troops-combined-50000'],
  ])('%s %s %s', (from, type, to) => {
    const claim = db.claims.find((c) => c.id === from);
    expect(claim?.relations).toContainEqual({ type, claim: to });
  });

  it('splits the NIS briefing of 23 October 2024 into what each figure counts', () => {
    const nis1023 = db.claims.filter((c) => c.actor === 'nis' && c.date === '2024-10-23' && c.kind === 'troops');
    const counted = nis1023.map((c) => [c.scope, c.quantity?.value, c.quantity?.qualifier, c.by]);
    expect(counted).toEqual(
      expect.arrayContaining([
        ['total', 3000, 'approx', undefined],
        ['batch', 1500, 'exact', undefined],
        ['planned', 10000, 'approx', '2024-12'],
      ]),
    );
  });
});

/** The rows of the reference timeline's two tables (deployments, casualties), with their URLs. */
function timelineRows(): { date: string; who: string; urls: string[] }[] {
  const path = fileURLToPath(new URL('../../../shared/reference/timeline.md', import.meta.url));
  const text = readFileSync(path, 'utf8').split(/^## Things that trip up/m)[0] ?? '';
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Date ') && !line.startsWith('|---'))
    .map((line) => {
      const cells = line.split(' | ');
      return {
        date: cells[0]?.replace(/^\| /, '') ?? '',
        who: cells[1] ?? '',
        urls: (cells.at(-1) ?? '').match(/https?:\/\/[^\s|]+/g) ?? [],
      };
    });
}

describe('bundled database against the reference timeline', () => {
  const rows = timelineRows();
  const sourceByUrl = new Map(db.sources.map((s) => [s.url, s.id]));
  const cited = new Set(db.claims.flatMap((c) => c.appearances.map((a) => a.source)));

  it('reads both tables of the timeline', () => {
    expect(rows.length).toBeGreaterThanOrEqual(45);
    expect(rows.every((row) => row.urls.length > 0)).toBe(true);
  });

  it.each(rows.map((row) => [`${row.date} ${row.who}`, row.urls] as const))(
    'row %s: every URL is a source cited by a claim',
    (_, urls) => {
      for (const url of urls) {
        const id = sourceByUrl.get(url);
        expect(id, url).toBeDefined();
        expect(cited.has(id ?? ''), url).toBe(true);
      }
    },
  );
});
