import type { FoundClaim } from '../detect/found-claim';
import type { MatchedClaim, MatchResult, Reason, Verdict } from '../match/match-result';

/*
 * The background's answer to page/scan, as it travels. The figures of a page cite the same few database claims
 * over and over (a page of 10,000 figures, a few dozen claims): sent in full with every figure, the reply for such a
 * page passed Chrome's 64 MiB message limit. So each database claim as shown (its details, best appearance and
 * ground) is sent once, in `matched`, and each figure's result names its claims by their index there. The content
 * script rebuilds the results with the shared objects, no copies. Like protocol.ts, this module holds no zod: the
 * content script imports it.
 */

/** One figure's result with its database claims given as indexes into ScanReplyData.matched. */
export interface CompactResult {
  verdict: Verdict;
  reason: Reason;
  corroborating: number[];
  conflicting: number[];
  context: number[];
}

/** What the background sends for page/scan (the `data` of its reply). */
export interface ScanReplyData {
  /** The figures found, offsets into the text sent. */
  claims: FoundClaim[];
  /** One per figure, in the same order. */
  results: CompactResult[];
  /** Every database claim some result lists, once. */
  matched: MatchedClaim[];
}

/** A page/scan answer once read: the figures and one full result per figure. */
export interface PageScan {
  claims: FoundClaim[];
  results: MatchResult[];
}

/**
 * A figure's sentence longer than this is cut to SENTENCE_CONTEXT characters on each side of the figure: the card
 * shows 140 (components/ClaimCard.tsx), and a page without punctuation would otherwise send its whole paragraph
 * (400 KB) with each of its figures.
 */
export const MAX_SENTENCE_CHARS = 1000;
const SENTENCE_CONTEXT = 400;

function shortSentence(claim: FoundClaim): FoundClaim {
  const { sentence, text } = claim;
  if (sentence.length <= MAX_SENTENCE_CHARS) return claim;
  const at = sentence.indexOf(text);
  const from = at < 0 ? 0 : Math.max(0, at - SENTENCE_CONTEXT);
  const to = at < 0 ? MAX_SENTENCE_CHARS : at + text.length + SENTENCE_CONTEXT;
  return { ...claim, sentence: sentence.slice(from, to) };
}

/**
 * The background's side: the reply for `claims` and their `results` (same order). Two listings of a database
 * claim are the same entry when they agree on the claim, its ground and the appearance shown (source and quote):
 * the claim's other fields are the claim's own.
 */
export function encodeScan(claims: readonly FoundClaim[], results: readonly MatchResult[]): ScanReplyData {
  const matched: MatchedClaim[] = [];
  const indexes = new Map<string, number>();
  const refs = (list: readonly MatchedClaim[]) =>
    list.map((m) => {
      const key = `${m.id}\u0000${m.why}\u0000${m.source.id}\u0000${m.quote ?? ''}`;
      let index = indexes.get(key);
      if (index === undefined) {
        index = matched.push(m) - 1;
        indexes.set(key, index);
      }
      return index;
    });
  return {
    claims: claims.map(shortSentence),
    results: results.map((r) => ({
      verdict: r.verdict,
      reason: r.reason,
      corroborating: refs(r.corroborating),
      conflicting: refs(r.conflicting),
      context: refs(r.context),
    })),
    matched,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const VERDICTS: ReadonlySet<unknown> = new Set<Verdict>(['corroborated', 'conflicting', 'mixed', 'unverified']);

/** A found claim with what the content script reads: its text and where it is in a text `textLength` long. */
export function isFoundClaim(value: unknown, textLength: number): value is FoundClaim {
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

/** A database claim with what the card reads first: its id, actor, source and ground. */
function isMatchedClaim(value: unknown): value is MatchedClaim {
  return isObject(value) && typeof value.id === 'string' && isObject(value.actor) && isObject(value.source) && typeof value.why === 'string';
}

const hasReason = (value: Record<string, unknown>) => isObject(value.reason) && typeof value.reason.code === 'string' && isObject(value.reason.params);

/** A full match result with what the highlight, the card and the popup read. */
export function isMatchResult(value: unknown): value is MatchResult {
  if (!isObject(value) || !VERDICTS.has(value.verdict) || !hasReason(value)) return false;
  return Array.isArray(value.corroborating) && Array.isArray(value.conflicting) && Array.isArray(value.context);
}

function isCompactResult(value: unknown, matchedCount: number): value is CompactResult {
  if (!isObject(value) || !VERDICTS.has(value.verdict) || !hasReason(value)) return false;
  const isRefs = (refs: unknown) => Array.isArray(refs) && refs.every((r) => isCount(r) && r < matchedCount);
  return isRefs(value.corroborating) && isRefs(value.conflicting) && isRefs(value.context);
}

/**
 * Reads the background's reply ({ok, data} or {ok: false, error}) to a page/scan request for a text `textLength`
 * long and rebuilds the full results. Throws an Error saying what is wrong: an error reply, no reply, or data of
 * the wrong shape (claims and results of different lengths, offsets outside the text, a reference to no claim).
 */
export function readScanReply(reply: unknown, textLength: number): PageScan {
  if (!isObject(reply) || typeof reply.ok !== 'boolean') throw new Error('no answer from the background');
  if (!reply.ok) {
    const message = isObject(reply.error) && typeof reply.error.message === 'string' ? reply.error.message : 'unknown error';
    throw new Error(`the background refused the scan: ${message}`);
  }
  const data = reply.data;
  if (!isObject(data) || !Array.isArray(data.claims) || !Array.isArray(data.results) || !Array.isArray(data.matched)) {
    throw new Error('malformed scan: no claims, results or matched claims');
  }
  const { claims, results, matched } = data as { claims: unknown[]; results: unknown[]; matched: unknown[] };
  if (claims.length !== results.length) throw new Error(`malformed scan: ${claims.length} claims but ${results.length} results`);
  if (!claims.every((c) => isFoundClaim(c, textLength))) throw new Error('malformed scan: a claim lacks its text or offsets');
  if (!matched.every(isMatchedClaim)) throw new Error('malformed scan: a matched claim lacks its id, actor, source or ground');
  if (!results.every((r) => isCompactResult(r, matched.length))) throw new Error('malformed scan: a result lacks its verdict or sources');
  const table = matched as MatchedClaim[];
  const full = (refs: number[]) => refs.map((r) => table[r]!);
  return {
    claims: claims as FoundClaim[],
    results: (results as CompactResult[]).map((r) => ({
      verdict: r.verdict,
      reason: r.reason,
      corroborating: full(r.corroborating),
      conflicting: full(r.conflicting),
      context: full(r.context),
    })),
  };
}
