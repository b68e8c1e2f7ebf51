import { z } from 'zod/mini';
import { IsoDate } from '../claims/vocabulary';
import type { ImportError, ImportPreview } from '../database/import';
import type { Claim } from '../database/schema';
import { FoundClaim } from '../detect/found-claim';
import type { MatchResult } from '../match/match-result';
import type { StoreStats } from '../store/claim-store';
import { ClaimQuery } from '../store/query';
import { SettingChange, type Settings } from '../store/settings';

/*
 * The messages the content script, popup and options page send the background, which owns the claim store.
 * zod/mini and type-only imports keep this module light: the content script bundles it.
 */

export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claims/query'), query: ClaimQuery }),
  z.object({ type: z.literal('db/stats') }),
  /** Checks an import file and says what it would change; writes nothing. */
  z.object({ type: z.literal('import/preview'), text: z.string() }),
  /** Checks the file again and, when every record is good, writes it. */
  z.object({ type: z.literal('import/commit'), text: z.string() }),
  z.object({ type: z.literal('export'), scope: z.enum(['all', 'user']), format: z.enum(['json', 'claimreview']) }),
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/set'), change: SettingChange }),
  /** Removes every imported claim, source and actor. */
  z.object({ type: z.literal('user/remove') }),
  /** The figures a page shows, to be checked against the database. */
  z.object({
    type: z.literal('page/claims'),
    claims: z.array(FoundClaim),
    page: z.optional(z.object({ url: z.optional(z.string()), published: z.optional(z.nullable(IsoDate)) })),
  }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

/** Requests a content script may send. The others change or reveal the user's data: extension pages only. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['page/claims', 'claims/query', 'settings/get', 'db/stats']);

/** An import checked: what it would write, or every problem with it (render with formatImportError). */
export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; errors: ImportError[] };

export interface ReplyData {
  'claims/query': Claim[];
  'db/stats': StoreStats;
  'import/preview': ImportCheck;
  'import/commit': ImportCheck;
  export: { text: string; fileName: string; mimeType: string };
  'settings/get': Settings;
  'settings/set': Settings;
  'user/remove': StoreStats;
  /** One result per figure, in the order sent. */
  'page/claims': MatchResult[];
}

export type ReplyErrorCode = 'bad_request' | 'forbidden' | 'unavailable' | 'internal' | 'unreachable';

export type Reply<T extends RequestType = RequestType> =
  | { ok: true; data: ReplyData[T] }
  | { ok: false; error: { code: ReplyErrorCode; message: string } };

/**
 * Sends `message` through `send` (browser.runtime.sendMessage) and never throws: a background that cannot be
 * reached or answers nonsense becomes an "unreachable" reply.
 */
export async function request<T extends Request>(send: (message: T) => Promise<unknown>, message: T): Promise<Reply<T['type']>> {
  try {
    const reply = (await send(message)) as Reply<T['type']> | undefined;
    if (typeof reply === 'object' && reply !== null && typeof reply.ok === 'boolean') return reply;
    return { ok: false, error: { code: 'unreachable', message: 'The background sent no answer.' } };
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', message: error instanceof Error ? error.message : String(error) } };
  }
}
