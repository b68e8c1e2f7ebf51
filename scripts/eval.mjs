// Scores the scan against gold annotations: `npm run eval [-- --verbose] [-- --lang=fr,en]`.
// Each set is printed as the scorer's table: the development set (../shared/seeds/*.txt and
// ../shared/corpus-dev/*.html against ../shared/corpus-dev/gold.json; shared/ sits beside the repository, here and
// in CI), then our own multilingual sets (tests/eval*/pages against their gold.json: original pages written from
// the public timeline), which measure whether detection generalises beyond the development pages. It reports
// figures; it is not a test: the exit code is non-zero only when a scan itself fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const passthrough = process.argv.slice(2).filter((a) => a === '--verbose' || a.startsWith('--lang='));

function filesIn(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => relative(root, join(dir, name)));
}

const sets = [
  {
    title: 'Development set: seeds and corpus-dev',
    gold: join(shared, 'corpus-dev', 'gold.json'),
    files: [...filesIn(join(shared, 'seeds'), /\.txt$/), ...filesIn(join(shared, 'corpus-dev'), /\.html?$/)],
  },
  ...[
    ['tests/eval', 'first held-out multilingual set'],
    ['tests/eval-blind', 'second set'],
    ['tests/eval-fresh', 'third set'],
    ['tests/eval-final', 'fourth set, scored blind once before it was used'],
    ['tests/eval-5', 'fifth set, scored blind once before it was used'],
    ['tests/eval-6', 'sixth set, scored blind once before it was used'],
  ].map(([dir, what]) => ({
    title: `${dir} (${what})`,
    gold: join(root, dir, 'gold.json'),
    files: filesIn(join(root, dir, 'pages'), /\.html?$/),
  })),
];

if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} not found (the shared material must sit beside the repository)`);
  process.exit(1);
}

let failed = false;
for (const set of sets) {
  console.log(`\n${set.title} (${set.files.length} files)`);
  if (!existsSync(set.gold) || set.files.length === 0) {
    console.error(`eval: ${set.gold} or its pages not found`);
    failed = true;
    continue;
  }
  const scan = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--json', ...set.files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (scan.stderr) process.stderr.write(scan.stderr);
  if (scan.status !== 0 && !scan.stdout) {
    console.error(`eval: scan failed (${scan.error?.message ?? `exit ${scan.status}`})`);
    failed = true;
    continue;
  }
  const score = spawnSync(process.execPath, [scorer, set.gold, ...passthrough], { cwd: root, input: scan.stdout, encoding: 'utf8' });
  process.stdout.write(score.stdout);
  if (score.stderr) process.stderr.write(score.stderr);
  failed ||= scan.status !== 0 || score.status !== 0;
}
process.exit(failed ? 1 : 0);
