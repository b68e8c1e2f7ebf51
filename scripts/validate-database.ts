// Build gate for the bundled claim database: schema, then integrity. Prints a one-line summary, or every problem
// and exits 1. Run with `npx tsx scripts/validate-database.ts` (npm run build calls it before wxt build).
import actors from '../lib/database/data/actors.json';
import claims from '../lib/database/data/claims.json';
import meta from '../lib/database/data/meta.json';
import sources from '../lib/database/data/sources.json';
import { checkIntegrity } from '../lib/database/integrity';
import { ClaimDatabase } from '../lib/database/schema';

const raw = { version: meta.version, actors, sources, claims };
const parsed = ClaimDatabase.safeParse(raw);

if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `${where(issue.path)}: ${issue.message}`);
  fail('schema', problems);
} else {
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) fail('integrity', problems);
  else console.log(summary(parsed.data));
}

/** "claims[12] (nis-2024-10-23-troops-total-3000).quantity.max" rather than a bare index path. */
function where(path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if (typeof list !== 'string' || typeof index !== 'number') return path.map(String).join('.') || '(root)';
  const records = (raw as Record<string, unknown>)[list];
  const record = Array.isArray(records) ? (records[index] as { id?: unknown } | undefined) : undefined;
  const id = typeof record?.id === 'string' ? ` (${record.id})` : '';
  return [`${list}[${index}]${id}`, ...rest.map(String)].join('.');
}

function summary(db: ClaimDatabase): string {
  const byKind = new Map<string, number>();
  for (const claim of db.claims) byKind.set(claim.kind, (byKind.get(claim.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, count]) => `${kind} ${count}`).join(', ');
  return `claim database ${db.version}: ${db.actors.length} actors, ${db.sources.length} sources, ${db.claims.length} claims (${kinds})`;
}

function fail(stage: string, problems: string[]): void {
  console.error(`claim database: ${problems.length} ${stage} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
}
