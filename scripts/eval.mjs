// Scores the scan against the shared gold annotations: `npm run eval [-- --verbose] [-- --lang=fr,en]`.
// Scans ../shared/seeds/*.txt and ../shared/corpus-dev/*.html (shared/ sits beside the repository, here and in
// CI), pipes the JSON to ../shared/eval/score.mjs and prints its table. It reports figures; it is not a test:
// the exit code is non-zero only when the scan itself fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const gold = join(shared, 'corpus-dev', 'gold.json');
const scorer = join(shared, 'eval', 'score.mjs');
const passthrough = process.argv.slice(2).filter((a) => a === '--verbose' || a.startsWith('--lang='));

function filesIn(dir, pattern) {
  const abs = join(shared, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => relative(root, join(abs, name)));
}

for (const needed of [gold, scorer]) {
  if (!existsSync(needed)) {
    console.error(`eval: ${needed} not found (the shared material must sit beside the repository)`);
    process.exit(1);
  }
}
const files = [...filesIn('seeds', /\.txt$/), ...filesIn('corpus-dev', /\.html?$/)];

const scan = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--json', ...files], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (scan.stderr) process.stderr.write(scan.stderr);
if (scan.status !== 0 && !scan.stdout) {
  console.error(`eval: scan failed (${scan.error?.message ?? `exit ${scan.status}`})`);
  process.exit(1);
}

const score = spawnSync(process.execPath, [scorer, gold, ...passthrough], {
  cwd: root,
  input: scan.stdout,
  encoding: 'utf8',
  env: process.env,
});
process.stdout.write(score.stdout);
if (score.stderr) process.stderr.write(score.stderr);
process.exit(scan.status === 0 && score.status === 0 ? 0 : 1);
