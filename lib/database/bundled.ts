import actors from './data/actors.json';
import claims from './data/claims.json';
import meta from './data/meta.json';
import sources from './data/sources.json';
import { ClaimDatabase } from './schema';

/**
 * The claim database shipped with the extension. The build refuses bad data (scripts/validate-database.ts runs
 * the schema and checkIntegrity before `wxt build`), so parsing here only fails in a broken development tree.
 */
export const bundledDatabase: ClaimDatabase = ClaimDatabase.parse({ version: meta.version, actors, sources, claims });
