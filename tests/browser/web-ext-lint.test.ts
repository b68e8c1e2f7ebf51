import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './launch';

/**
 * Mozilla's add-on linter on the Firefox build (`npm test` builds it before the browser tests): what
 * addons.mozilla.org would refuse is an error here. Warnings are printed, not failed: the known ones come from
 * Preact (innerHTML for dangerouslySetInnerHTML, which Recoupe never passes) and from the card module's dynamic
 * import of our own packaged file.
 */

const firefoxBuild = join(repoRoot, '.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

describe('web-ext lint on the Firefox build (.output/firefox-mv2)', () => {
  it('reports no errors', () => {
    expect(existsSync(join(firefoxBuild, 'manifest.json')), `no ${firefoxBuild}: run "npx wxt build -b firefox" first`).toBe(true);
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-config-discovery'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    // The JSON report is the whole of stdout; web-ext exits non-zero when there are errors.
    const report = JSON.parse(run.stdout) as LintReport;
    const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices` +
        report.warnings.map((w) => `\n  warning ${show(w)}`).join(''),
    );
    expect(report.errors.map(show)).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});
