import { z } from 'zod/mini';
import { EXPORT_MIME_TYPES, exportFileName, exportText, recordsToExport } from '../database/export';
import { parseImport } from '../database/import';
import type { ClaimDatabase } from '../database/schema';
import { detectClaims } from '../detect/claims';
import { matchClaims } from '../match/verdict';
import { scannedPart } from '../page/protocol';
import { encodeScan, type ScanReplyData } from '../page/scan-reply';
import type { ClaimStore } from '../store/claim-store';
import { CONTENT_SCRIPT_REQUESTS, type ImportCheck, type Reply, type ReplyData, Request, type RequestType, type ScanRequest } from './protocol';

export interface ServiceOptions {
  /** Opens the store. If it fails (no IndexedDB, e.g. some private modes) page checks still work, and the next
   * message tries again. */
  openStore: () => Promise<ClaimStore>;
  bundled: ClaimDatabase;
  /** Today, for export file names. */
  today?: () => string;
}

export interface ClaimService {
  /** Answers one message. Never throws: every failure is a reply with ok: false. */
  handle(message: unknown, from: { extensionPage: boolean }): Promise<Reply>;
  /** Loads the shipped bundled set into the store (on install and update). */
  reloadBundled(): Promise<void>;
}

/** Did a message come from one of our pages (popup, options) rather than a content script in a web page? */
export function isExtensionPage(senderUrl: string | undefined, extensionBaseUrl: string): boolean {
  return senderUrl !== undefined && senderUrl.startsWith(extensionBaseUrl);
}

class RequestError extends Error {
  constructor(
    readonly code: 'bad_request' | 'forbidden',
    message: string,
  ) {
    super(message);
  }
}

/** Why a message is not a request, in one line: the first problem found. */
function describeBadRequest(message: unknown, issues: readonly z.core.$ZodIssue[]): string {
  if (typeof message !== 'object' || message === null) return 'A request must be an object with a "type".';
  const type = (message as { type?: unknown }).type;
  const issue = issues[0];
  if (!issue || (issue.code === 'invalid_union' && issue.path.length <= 1)) return `Unknown request type ${JSON.stringify(type)}.`;
  return `Bad ${String(type)} request: '${issue.path.join('.')}' ${issue.message === 'Invalid input' ? 'is not valid' : issue.message}.`;
}

/** The background's logic, free of `browser`: the store, the bundled set and the matcher behind the messages. */
export function createClaimService({ openStore, bundled, today = () => new Date().toISOString().slice(0, 10) }: ServiceOptions): ClaimService {
  let opened: Promise<ClaimStore> | null = null;
  let ready: Promise<ClaimStore> | null = null;
  /** The merged database the matcher reads, rebuilt after anything changes the store. */
  let database: Promise<ClaimDatabase> | null = null;

  /** The open store, opened once; a failure is not kept, so the next call tries again. */
  function store(): Promise<ClaimStore> {
    if (opened) return opened;
    const attempt = openStore();
    opened = attempt;
    attempt.catch(() => {
      if (opened === attempt) opened = null;
    });
    return attempt;
  }

  /** The store, with the shipped bundled set loaded once per background lifetime if the store lacks it. */
  function readyStore(): Promise<ClaimStore> {
    if (ready) return ready;
    const attempt = store().then(async (s) => {
      await s.ensureBundled(bundled);
      return s;
    });
    ready = attempt;
    attempt.catch(() => {
      if (ready === attempt) ready = null;
    });
    return attempt;
  }

  function matchDatabase(): Promise<ClaimDatabase> {
    if (database) return database;
    const attempt: Promise<ClaimDatabase> = readyStore()
      .then(async (s) => ({ version: bundled.version, ...(await s.allRecords()) }))
      .catch(() => {
        // Without a store the page is still checked, against the shipped set; the store is tried again next time.
        if (database === attempt) database = null;
        return bundled;
      });
    database = attempt;
    return attempt;
  }

  const changed = () => {
    database = null;
  };

  /**
   * A page's text, scanned here rather than in the page: detection (its lexicons and actor list are most of its
   * weight) stays out of the content script and off the page's main thread. Each figure found is then matched
   * against the bundled and imported claims. Text beyond MAX_SCAN_CHARS is not scanned (see scannedPart). The
   * reply sends each database claim listed once, however many figures list it.
   */
  async function scanPage(req: ScanRequest): Promise<ScanReplyData> {
    const published = req.published ?? null;
    const claims = detectClaims(scannedPart(req.text), { lang: req.lang, published });
    const results = claims.length > 0 ? matchClaims(claims, await matchDatabase(), { url: req.url, published }) : [];
    // All the figures are matched (an undated page is dated from all of them); only those the page shows are sent.
    return req.limit === undefined ? encodeScan(claims, results) : encodeScan(claims.slice(0, req.limit), results.slice(0, req.limit));
  }

  async function checkImport(text: string, commit: boolean): Promise<ImportCheck> {
    const s = await readyStore();
    const { bundled: storedBundled, user } = await s.snapshot();
    const result = parseImport(text, { bundled: storedBundled, user });
    if (!result.ok) return result;
    if (commit) {
      await s.importUserClaims(result.records);
      changed();
    }
    return { ok: true, preview: result.preview };
  }

  async function answer(req: Request): Promise<ReplyData[RequestType]> {
    switch (req.type) {
      case 'page/scan':
        return scanPage(req);
      case 'claims/query':
        return (await readyStore()).query(req.query);
      case 'db/stats':
        return (await readyStore()).stats();
      case 'import/preview':
        return checkImport(req.text, false);
      case 'import/commit':
        return checkImport(req.text, true);
      case 'export': {
        const s = await readyStore();
        const snap = await s.snapshot();
        return {
          text: exportText(recordsToExport(snap.bundled, snap.user, req.scope), req.format, snap.version ?? bundled.version),
          fileName: exportFileName(req.scope, req.format, today()),
          mimeType: EXPORT_MIME_TYPES[req.format],
        };
      }
      case 'user/remove': {
        const s = await readyStore();
        await s.removeUserClaims();
        changed();
        return s.stats();
      }
    }
  }

  async function handle(message: unknown, from: { extensionPage: boolean }): Promise<Reply> {
    try {
      const parsed = z.safeParse(Request, message);
      if (!parsed.success) throw new RequestError('bad_request', describeBadRequest(message, parsed.error.issues));
      if (!from.extensionPage && !CONTENT_SCRIPT_REQUESTS.has(parsed.data.type)) {
        throw new RequestError('forbidden', `A web page cannot send ${parsed.data.type} requests.`);
      }
      return { ok: true, data: await answer(parsed.data) };
    } catch (error) {
      if (error instanceof RequestError) return { ok: false, error: { code: error.code, message: error.message } };
      const text = error instanceof Error ? error.message : String(error);
      // Storage failures (quota, no IndexedDB) are the browser's, not a bug: say so distinctly.
      const unavailable = error instanceof DOMException || (error instanceof Error && /IndexedDB|IDB/i.test(error.name + text));
      return { ok: false, error: { code: unavailable ? 'unavailable' : 'internal', message: text } };
    }
  }

  async function reloadBundled(): Promise<void> {
    const s = await store();
    await s.loadBundled(bundled);
    changed();
  }

  return { handle, reloadBundled };
}
