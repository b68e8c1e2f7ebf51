import { type ClaimRecords, mergeRecords, referencedRecords } from '../store/records';
import { toClaimReviewDocument } from './claimreview';
import type { ClaimDatabase } from './schema';

export type ExportScope = 'all' | 'user';
export type ExportFormat = 'json' | 'claimreview';

/**
 * The records an export holds. "all": bundled and user records merged. "user": the user's claims, sources and
 * actors, plus the bundled sources and actors those claims lean on, so that the file imports anywhere on its own.
 */
export function recordsToExport(bundled: ClaimRecords, user: ClaimRecords, scope: ExportScope): ClaimRecords {
  if (scope === 'all') return mergeRecords(bundled, user);
  const needed = referencedRecords(user.claims, mergeRecords(bundled, user), user.actors);
  // The referenced records come first, so a bundled record shadowing a user one wins, as everywhere else.
  const { sources, actors } = mergeRecords({ claims: [], ...needed }, { claims: [], sources: user.sources, actors: user.actors });
  return { claims: user.claims, sources, actors };
}

/** The export file's text: our JSON (a ClaimDatabase) or a schema.org ClaimReview JSON-LD document. */
export function exportText(records: ClaimRecords, format: ExportFormat, version: string): string {
  if (format === 'claimreview') return `${JSON.stringify(toClaimReviewDocument(records), null, 2)}\n`;
  const db: ClaimDatabase = { version, actors: records.actors, sources: records.sources, claims: records.claims };
  return `${JSON.stringify(db, null, 2)}\n`;
}

/** A file name saying what the export holds and when it was made, e.g. recoupe-user-2025-01-31.jsonld. */
export function exportFileName(scope: ExportScope, format: ExportFormat, day: string): string {
  return `recoupe-${scope}-${day}.${format === 'claimreview' ? 'jsonld' : 'json'}`;
}

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  claimreview: 'application/ld+json',
};
