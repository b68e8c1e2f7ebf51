import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { Kind, Lang, Qualifier, Scope } from '../../lib/claims/vocabulary';
import { ReasonCode, Verdict } from '../../lib/match/match-result';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The tsx binary itself rather than npx: npm may print its own warnings on stderr.
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const fixture = (name: string) => `tests/fixtures/scan/${name}`;
const SEED = fixture('seed-fr-boudanov-11000.txt');
const EN_PAGE = fixture('en-nis-briefing.html');
const FR_PAGE = fixture('fr-sans-lang.html');

function scan(...args: string[]) {
  const run = spawnSync(tsx, ['scripts/scan.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The `scan --json` contract other tools read. */
const ScanOutput = z.object({
  files: z.array(
    z.object({
      path: z.string(),
      lang: Lang,
      claims: z.array(
        z.object({
          text: z.string().check(z.minLength(1)),
          value: z.nullable(z.number()),
          min: z.number(),
          max: z.nullable(z.number()),
          qualifier: Qualifier,
          kind: Kind,
          scope: Scope,
          actor: z.nullable(z.string()),
          date: z.nullable(z.string()),
          verdict: Verdict,
          reason: ReasonCode,
          explanation: z.string().check(z.minLength(1)),
          corroborating: z.array(z.object({ id: z.string(), actor: z.string(), date: z.string(), source: z.string() })),
          conflicting: z.array(z.object({ id: z.string(), actor: z.string(), date: z.string(), source: z.string() })),
          start: z.number(),
          end: z.number(),
        }),
      ),
    }),
  ),
});

describe('scan --json', () => {
  it('prints one JSON document with every file, its language and its claims', () => {
    const run = scan('--json', SEED, EN_PAGE, FR_PAGE);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = ScanOutput.parse(JSON.parse(run.stdout));
    expect(out.files.map((f) => [f.path, f.lang])).toEqual([
      [SEED, 'fr'],
      [EN_PAGE, 'en'],
      [FR_PAGE, 'fr'],
    ]);
    const [seed, en, fr] = out.files;
    expect(seed!.claims.map((c) => c.value)).toContain(11000);
    expect(en!.claims.find((c) => c.value === 3000)?.text).toMatch(/3,000/);
    expect(en!.claims.map((c) => c.value)).toContain(10000);
    expect(fr!.claims.find((c) => c.value === 1500)?.text).toMatch(/1\u00a0500/);
    for (const file of out.files) for (const c of file.claims) expect(c.end - c.start).toBe(c.text.length);
  });

  it('gives verdicts from the bundled claim database', () => {
    const out = ScanOutput.parse(JSON.parse(scan('--json', EN_PAGE).stdout));
    const nis = out.files[0]!.claims.find((c) => c.value === 3000 && c.actor === 'nis');
    expect(nis?.verdict).toBe('corroborated');
    expect(nis!.corroborating.some((c) => c.actor === 'nis')).toBe(true);
  });

  it('reads no hidden, script or Recoupe UI text', () => {
    const out = ScanOutput.parse(JSON.parse(scan('--json', EN_PAGE).stdout));
    const values = out.files[0]!.claims.map((c) => c.value);
    expect(values).toContain(3000);
    expect(values).not.toContain(99999);
    expect(values).not.toContain(88888);
    expect(values).not.toContain(77777);
  });

  it('names a missing file in one stderr line, exits 1, and still prints the others', () => {
    const run = scan('--json', SEED, 'tests/fixtures/scan/no-such-page.html', EN_PAGE);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('tests/fixtures/scan/no-such-page.html');
    const out = ScanOutput.parse(JSON.parse(run.stdout));
    expect(out.files.map((f) => f.path)).toEqual([SEED, EN_PAGE]);
  });

  it('reports a directory as unreadable', () => {
    const run = scan('--json', 'tests/fixtures/scan');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^scan: tests\/fixtures\/scan: .+\n$/);
    expect(JSON.parse(run.stdout)).toEqual({ files: [] });
  });
});

describe('scan (table)', () => {
  it('prints each file, then a header and one row per claim', () => {
    const run = scan(EN_PAGE);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${EN_PAGE}  (en, published 2024-10-23)`);
    expect(lines[1]).toMatch(/^ {2}text +value +qualifier +kind +scope +actor +date +verdict$/);
    const row = lines.find((l) => l.includes('3,000'));
    expect(row).toMatch(/\b3000\b.*\btroops\b.*\b(corroborated|conflicting|mixed|unverified)$/);
  });

  it('prints usage and exits 2 without a path', () => {
    const run = scan('--json');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage/);
  });
});
