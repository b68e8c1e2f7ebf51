import type { IsoDate } from '../claims/vocabulary';
import type { FoundClaim } from '../detect/found-claim';
import type { MatchResult } from '../match/match-result';
import { isFoundClaim, isMatchResult } from './scan-reply';

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

/**
 * The most figures a page shows (highlights, cards, the popup's list): the first 2,000 in page order. Beyond that
 * the popup's list is no longer readable, its page/list reply grows past several megabytes and each pointer move's
 * hit test would measure thousands of ranges; the scan stops asking for more once a page has this many.
 */
export const MAX_SHOWN_FIGURES = 2000;

/** One figure of the page: what detection found and what matching said. */
export interface PageFigure {
  claim: FoundClaim;
  result: MatchResult;
  /**
   * The publication date of the page the figure was found in, when the page declares one. Detection dates a
   * figure only from its own words (claim.date), so this is what the card, the popup and the timeline fall back on.
   */
  published?: IsoDate;
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

/**
 * What a page with no session answers: Recoupe is off for its site ('off'), or its settings are still being read
 * ('scanning', so that a popup opened at once waits rather than saying Recoupe is off).
 */
export function replyWithoutSession(request: PageRequest, status: 'off' | 'scanning', host: string): StatusReply | ListReply | RevealReply {
  if (request.type === 'page/status') return { status, count: 0, conflicting: 0 };
  if (request.type === 'page/list') return { status, figures: [], host };
  return { opened: false };
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
 * The most page text scanned: 8 M characters, far beyond any article (a long one is 50 000). Of a larger page only
 * the first 8 M characters are scanned; see scannedPart. The content script sends it in pieces (lib/page/chunks.ts).
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
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const PAGE_STATUSES: ReadonlySet<unknown> = new Set<PageStatus>(['off', 'off-topic', 'scanning', 'ready']);

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

function isPageFigure(value: unknown, textLength: number): value is PageFigure {
  const published = isObject(value) ? value.published : undefined;
  const datedOrNot = published === undefined || (typeof published === 'string' && ISO_DATE.test(published));
  return isObject(value) && isFoundClaim(value.claim, textLength) && isMatchResult(value.result) && datedOrNot;
}

/**
 * The popup's check of the content script's page/list reply, with zod's safeParse signature so callers read it
 * the same way. Every figure must have its claim and result (and its page's date, if any, as an ISO date); `host` is kept only when it is a non-empty string.
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
