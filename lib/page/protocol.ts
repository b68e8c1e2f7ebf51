import type { FoundClaim } from '../detect/found-claim';
import type { MatchResult, Verdict } from '../match/match-result';

/*
 * Messages between the content script and the rest of the extension (the popup, the background's command relay,
 * badge and page scan). The content script imports this module, so it holds no zod: small hand-written guards
 * instead. That is enough here: runtime.onMessage in a content script only hears our own extension (never a
 * web page), and the replies read below come from our own background or content script. They are checked for
 * shape, so that a bug or a version mismatch between parts becomes a clear refusal rather than a crash.
 */

/** Where the page is: Recoupe off for the site, a page off the topic, a scan under way, or figures ready. */
export type PageStatus = 'off' | 'off-topic' | 'scanning' | 'ready';

/** Requests the content script answers (sent with browser.tabs.sendMessage to the tab). */
export type PageRequest =
  /** The keyboard shortcut: go to the next highlighted figure and open its card. */
  | { type: 'page/next' }
  /** The popup: every figure of the page with its result, in page order, and the page's status. */
  | { type: 'page/list' }
  /** The popup: scroll to figure `index` (of page/list) and open its card. */
  | { type: 'page/reveal'; index: number }
  | { type: 'page/status' };

/** One figure of the page: what detection found and what matching said. */
export interface PageFigure {
  claim: FoundClaim;
  result: MatchResult;
}

export interface StatusReply {
  status: PageStatus;
  /** Figures highlighted, and how many of them conflict with the database. */
  count: number;
  conflicting: number;
}

export interface ListReply {
  status: PageStatus;
  figures: PageFigure[];
  /** The page's host name: the popup cannot read the tab's address without the "tabs" permission. */
  host?: string;
}

/** page/next and page/reveal: whether a card was opened. */
export interface RevealReply {
  opened: boolean;
}

/** The content script tells the background how many figures the tab shows, for the toolbar badge. */
export interface BadgeMessage {
  type: 'page/badge';
  count: number;
  conflicting: boolean;
}

/** The manifest command that walks the figures (see wxt.config.ts `commands`). */
export const NEXT_FIGURE_COMMAND = 'next-figure';

/**
 * The most page text one page/scan request carries: 8 M characters, far beyond any article (a long one is
 * 50 000), and well under the browsers' message size limits. Of a larger page only the first 8 M characters are
 * scanned; see scannedPart.
 */
export const MAX_SCAN_CHARS = 8 * 1024 * 1024;

/**
 * The part of a page's text that is scanned: all of it up to MAX_SCAN_CHARS; beyond that, the text up to the last
 * line break within the limit, so that no figure is cut in two at the end.
 */
export function scannedPart(text: string): string {
  if (text.length <= MAX_SCAN_CHARS) return text;
  const lineEnd = text.lastIndexOf('\n', MAX_SCAN_CHARS);
  return text.slice(0, lineEnd > 0 ? lineEnd : MAX_SCAN_CHARS);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const PAGE_STATUSES: ReadonlySet<unknown> = new Set<PageStatus>(['off', 'off-topic', 'scanning', 'ready']);
const VERDICTS: ReadonlySet<unknown> = new Set<Verdict>(['corroborated', 'conflicting', 'mixed', 'unverified']);

/** A request the content script answers; anything else (other parts' messages) is left to their listeners. */
export function isPageRequest(message: unknown): message is PageRequest {
  if (!isObject(message)) return false;
  switch (message.type) {
    case 'page/next':
    case 'page/list':
    case 'page/status':
      return true;
    case 'page/reveal':
      return isCount(message.index);
    default:
      return false;
  }
}

export function isBadgeMessage(message: unknown): message is BadgeMessage {
  return isObject(message) && message.type === 'page/badge' && isCount(message.count) && typeof message.conflicting === 'boolean';
}

/** A found claim with what the content script reads: its text and where it is in a text `textLength` long. */
function isFoundClaim(value: unknown, textLength: number): value is FoundClaim {
  if (!isObject(value)) return false;
  const { text, start, end, kind, sentence } = value;
  return (
    typeof text === 'string' &&
    isCount(start) &&
    isCount(end) &&
    start < end &&
    end <= textLength &&
    typeof kind === 'string' &&
    typeof sentence === 'string'
  );
}

/** A match result with what the highlight, the card and the popup read. */
function isMatchResult(value: unknown): value is MatchResult {
  if (!isObject(value) || !VERDICTS.has(value.verdict) || !isObject(value.reason)) return false;
  const { reason, corroborating, conflicting, context } = value;
  return (
    typeof reason.code === 'string' &&
    isObject(reason.params) &&
    Array.isArray(corroborating) &&
    Array.isArray(conflicting) &&
    Array.isArray(context)
  );
}

function isPageFigure(value: unknown, textLength: number): value is PageFigure {
  return isObject(value) && isFoundClaim(value.claim, textLength) && isMatchResult(value.result);
}

/** The background's answer to page/scan: the figures, with offsets into the text sent, and one result per figure. */
export interface PageScan {
  claims: FoundClaim[];
  results: MatchResult[];
}

/**
 * Reads the background's reply ({ok, data} or {ok: false, error}) to a page/scan request for a text `textLength`
 * long. Throws an Error saying what is wrong: an error reply, no reply, or data of the wrong shape (claims and
 * results of different lengths, offsets outside the text, missing fields).
 */
export function readScanReply(reply: unknown, textLength: number): PageScan {
  if (!isObject(reply) || typeof reply.ok !== 'boolean') throw new Error('no answer from the background');
  if (!reply.ok) {
    const message = isObject(reply.error) && typeof reply.error.message === 'string' ? reply.error.message : 'unknown error';
    throw new Error(`the background refused the scan: ${message}`);
  }
  const data = reply.data;
  if (!isObject(data) || !Array.isArray(data.claims) || !Array.isArray(data.results)) throw new Error('malformed scan: no claims or results');
  const { claims, results } = data;
  if (claims.length !== results.length) throw new Error(`malformed scan: ${claims.length} claims but ${results.length} results`);
  if (!claims.every((c) => isFoundClaim(c, textLength))) throw new Error('malformed scan: a claim lacks its text or offsets');
  if (!results.every(isMatchResult)) throw new Error('malformed scan: a result lacks its verdict or sources');
  return { claims: claims as FoundClaim[], results: results as MatchResult[] };
}

/**
 * The popup's check of the content script's page/list reply, with zod's safeParse signature so callers read it
 * the same way. Every figure must have its claim and result; `host` is kept only when it is a non-empty string.
 */
export const ListReply = {
  safeParse(value: unknown): { success: true; data: ListReply } | { success: false } {
    if (!isObject(value) || !PAGE_STATUSES.has(value.status) || !Array.isArray(value.figures)) return { success: false };
    const figures: unknown[] = value.figures;
    if (!figures.every((f) => isPageFigure(f, Number.POSITIVE_INFINITY))) return { success: false };
    const data: ListReply = { status: value.status as PageStatus, figures: figures as PageFigure[] };
    if (typeof value.host === 'string' && value.host !== '') data.host = value.host;
    return { success: true, data };
  },
};
