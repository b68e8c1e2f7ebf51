import { z } from 'zod/mini';
import { IsoDate, Lang } from '../claims/vocabulary';
import type { ImportError, ImportPreview } from '../database/import';
import type { Claim } from '../database/schema';
import type { ScanReplyData } from '../page/scan-reply';
import type { StoreStats } from '../store/claim-store';
import { ClaimQuery } from '../store/query';

/*
 * The messages the content script, popup and options page send the background, which owns the claim store.
 * The content script imports this module's types only (its own checks are in lib/page/protocol.ts, without zod).
 */

export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claims/query'), query: ClaimQuery }),
  z.object({ type: z.literal('db/stats') }),
  /** Checks an import file and says what it would change; writes nothing. */
  z.object({ type: z.literal('import/preview'), text: z.string() }),
  /** Checks the file again and, when every record is good, writes it. */
  z.object({ type: z.literal('import/commit'), text: z.string() }),
  z.object({ type: z.literal('export'), scope: z.enum(['all', 'user']), format: z.enum(['json', 'claimreview']) }),
  /** Removes every imported claim, source and actor. */
  z.object({ type: z.literal('user/remove') }),
  /**
   * A page's extracted text, or one piece of it (the content script sends a long page in pieces, see
   * lib/page/chunks.ts): the background finds its figures and checks them against the database. lang is the
   * language the page declares (detected from the text when absent); published its publication date; limit the
   * most figures the page still shows (the reply lists the first ones only). The reply lists each database claim
   * once (see lib/page/scan-reply.ts).
   */
  z.object({
    type: z.literal('page/scan'),
    text: z.string(),
    lang: z.optional(Lang),
    published: z.optional(z.nullable(IsoDate)),
    url: z.optional(z.string()),
    limit: z.optional(z.int().check(z.minimum(1))),
  }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type ScanRequest = Extract<Request, { type: 'page/scan' }>;

/** Requests a content script may send. The others change or reveal the user's data: extension pages only. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['page/scan', 'claims/query', 'db/stats']);

/** An import checked: what it would write, or every problem with it (render with formatImportError). */
export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; errors: ImportError[] };

export interface ReplyData {
  'claims/query': Claim[];
  'db/stats': StoreStats;
  'import/preview': ImportCheck;
  'import/commit': ImportCheck;
  export: { text: string; fileName: string; mimeType: string };
  'user/remove': StoreStats;
  'page/scan': ScanReplyData;
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
