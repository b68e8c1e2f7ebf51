// `npm test`: everything, in the order a failure is cheapest to see: typecheck, unit and component tests, the
// database check, the Chrome and Firefox builds, then the browser tests in real Chromium with the built extension.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumVersion, ensureChromium } from './chromium';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const bin = (name: string) => join('node_modules', '.bin', name);

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failures.push(title);
  return ok;
}

/** Runs a vitest suite and adds its test counts, read from vitest's JSON report. */
function vitest(title: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-vitest-'));
  const report = join(dir, 'report.json');
  step(title, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], env);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      testResults: { status: string; assertionResults: unknown[] }[];
    };
    // A test file that fails before any of its tests runs (an import or a top-level error) counts as one failure.
    const brokenFiles = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    total.passed += json.numPassedTests;
    total.failed += json.numFailedTests + brokenFiles;
    total.skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    total.failed += 1;
    failures.push(`${title}: no test report`);
  }
  rmSync(dir, { recursive: true, force: true });
}

const chromium = ensureChromium();
console.log(`Using ${chromiumVersion(chromium)} at ${chromium}`);

step('Typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']);
vitest('Unit and component tests (vitest)', []);
const built = step('Build: Chrome (MV3) and Firefox', 'npm', ['run', '--silent', 'build:all']);
if (built) vitest('Browser tests (real Chromium with the built extension)', ['-c', 'vitest.browser.config.ts'], { CHROMIUM_PATH: chromium });
else failures.push('Browser tests not run: the build failed');

console.log('');
if (failures.length) console.log(`Failed steps: ${[...new Set(failures)].join('; ')}`);
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`Tests: ${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(failures.length || total.failed ? 1 : 0);
