import type { Lang } from '../claims/vocabulary';
import { toScanJson, type ScanMatch } from '../match/scan-json';
import type { CheckedClaim } from './checked-claim';
import type { TextScan } from './scan';

/**
 * One claim as `scan --json` prints it: the contract the evaluation and other tools read. The verdict fields
 * (verdict, reason, explanation, corroborating, conflicting) are lib/match's ScanMatch.
 */
export interface ClaimReport extends ScanMatch {
  text: string;
  value: number | null;
  min: number;
  max: number | null;
  qualifier: CheckedClaim['qualifier'];
  kind: CheckedClaim['kind'];
  scope: CheckedClaim['scope'];
  actor: string | null;
  date: string | null;
  period: string | null;
  start: number;
  end: number;
}

export interface FileReport {
  path: string;
  lang: Lang;
  published: string | null;
  claims: ClaimReport[];
}

export function fileReport(path: string, scan: TextScan): FileReport {
  const explainIn = scan.lang === 'fr' ? 'fr' : 'en';
  return { path, lang: scan.lang, published: scan.published, claims: scan.claims.map((c) => claimReport(c, explainIn)) };
}

function claimReport(c: CheckedClaim, explainIn: 'fr' | 'en'): ClaimReport {
  return {
    text: c.text,
    value: c.value,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    kind: c.kind,
    scope: c.scope,
    actor: c.actor,
    date: c.date,
    period: c.period,
    ...toScanJson(c.match, explainIn),
    start: c.start,
    end: c.end,
  };
}

const COLUMNS = ['text', 'value', 'qualifier', 'kind', 'scope', 'actor', 'date', 'verdict'] as const;
const MAX_TEXT = 48;

/** The readable form: each file's name and language, then one aligned row per claim. */
export function formatTable(files: readonly FileReport[]): string {
  const out: string[] = [];
  for (const file of files) {
    out.push(`${file.path}  (${file.lang}${file.published ? `, published ${file.published}` : ''})`);
    if (file.claims.length === 0) {
      out.push('  no claims found', '');
      continue;
    }
    const rows = file.claims.map((c) => [
      shorten(c.text.replace(/\s+/g, ' ')),
      quantity(c),
      c.qualifier,
      c.kind,
      c.scope,
      c.actor ?? '—',
      c.period ? `${c.date ?? '—'} ${c.period}` : (c.date ?? '—'),
      c.verdict,
    ]);
    const table = [[...COLUMNS], ...rows];
    const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
    for (const row of table) out.push(`  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}`);
    out.push('');
  }
  return out.join('\n');
}

/** "11000", "1000–2000", "3000 (3000–∞)" when the interval says more than the value. */
function quantity(c: ClaimReport): string {
  const max = c.max === null ? '∞' : String(c.max);
  if (c.value === null) return `${c.min}–${max}`;
  if (c.min === c.value && c.max === c.value) return String(c.value);
  if (c.qualifier === 'range' && c.min === c.value) return `${c.min}–${max}`;
  return `${c.value} (${c.min}–${max})`;
}

function shorten(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}
