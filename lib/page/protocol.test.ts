import { describe, expect, it } from 'vitest';
import type { FoundClaim } from '../detect/found-claim';
import type { MatchResult } from '../match/match-result';
import { isBadgeMessage, isPageRequest, ListReply, MAX_SCAN_CHARS, readScanReply, scannedPart } from './protocol';

const claim: FoundClaim = {
  text: '3 000 soldats',
  start: 11,
  end: 24,
  value: 3000,
  min: 3000,
  max: 3000,
  qualifier: 'exact',
  kind: 'troops',
  scope: 'total',
  actor: 'ukraine',
  date: null,
  period: null,
  lang: 'fr',
  sentence: 'Selon Kiev, 3 000 soldats sont arrivés à Koursk.',
};
const result: MatchResult = {
  verdict: 'corroborated',
  reason: { code: 'no_match', params: { found: { value: 3000, min: 3000, max: 3000, qualifier: 'exact' }, foundKind: 'troops' } },
  corroborating: [],
  conflicting: [],
  context: [],
};
const TEXT_LENGTH = 48;

describe('isPageRequest', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'page/next' }, true],
    [{ type: 'page/list' }, true],
    [{ type: 'page/status' }, true],
    [{ type: 'page/reveal', index: 2 }, true],
    [{ type: 'page/reveal', index: -1 }, false],
    [{ type: 'page/reveal', index: 1.5 }, false],
    [{ type: 'page/reveal', index: '2' }, false],
    [{ type: 'page/reveal' }, false],
    [{ type: 'page/badge', count: 1, conflicting: false }, false],
    [{ type: 'page/scan', text: '' }, false],
    [{}, false],
    ['page/next', false],
    [null, false],
    [undefined, false],
  ])('%j: %s', (message, expected) => {
    expect(isPageRequest(message)).toBe(expected);
  });
});

describe('isBadgeMessage', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'page/badge', count: 0, conflicting: false }, true],
    [{ type: 'page/badge', count: 12, conflicting: true }, true],
    [{ type: 'page/badge', count: -1, conflicting: false }, false],
    [{ type: 'page/badge', count: 2, conflicting: 'yes' }, false],
    [{ type: 'page/badge', conflicting: true }, false],
    [{ type: 'page/next' }, false],
    [null, false],
  ])('%j: %s', (message, expected) => {
    expect(isBadgeMessage(message)).toBe(expected);
  });
});

describe('readScanReply', () => {
  it('returns the claims and results of a good reply', () => {
    expect(readScanReply({ ok: true, data: { claims: [claim], results: [result] } }, TEXT_LENGTH)).toEqual({ claims: [claim], results: [result] });
    expect(readScanReply({ ok: true, data: { claims: [], results: [] } }, 0)).toEqual({ claims: [], results: [] });
  });

  it.each<[string, unknown, string]>([
    ['no reply', undefined, 'no answer from the background'],
    ['a reply without ok', { data: { claims: [], results: [] } }, 'no answer from the background'],
    ['an error reply', { ok: false, error: { code: 'bad_request', message: "Bad page/scan request: 'lang' is not valid." } }, "the background refused the scan: Bad page/scan request: 'lang' is not valid."],
    ['an error reply without a message', { ok: false }, 'the background refused the scan: unknown error'],
    ['no data', { ok: true }, 'malformed scan: no claims or results'],
    ['results missing', { ok: true, data: { claims: [claim] } }, 'malformed scan: no claims or results'],
    ['fewer results than claims', { ok: true, data: { claims: [claim, claim], results: [result] } }, 'malformed scan: 2 claims but 1 results'],
    ['a claim past the end of the text', { ok: true, data: { claims: [{ ...claim, end: TEXT_LENGTH + 1 }], results: [result] } }, 'malformed scan: a claim lacks its text or offsets'],
    ['a claim ending before it starts', { ok: true, data: { claims: [{ ...claim, end: claim.start }], results: [result] } }, 'malformed scan: a claim lacks its text or offsets'],
    ['a claim without its text', { ok: true, data: { claims: [{ ...claim, text: undefined }], results: [result] } }, 'malformed scan: a claim lacks its text or offsets'],
    ['a result with an unknown verdict', { ok: true, data: { claims: [claim], results: [{ ...result, verdict: 'true' }] } }, 'malformed scan: a result lacks its verdict or sources'],
    ['a result without its sources', { ok: true, data: { claims: [claim], results: [{ ...result, conflicting: undefined }] } }, 'malformed scan: a result lacks its verdict or sources'],
    ['a result without its reason', { ok: true, data: { claims: [claim], results: [{ ...result, reason: null }] } }, 'malformed scan: a result lacks its verdict or sources'],
  ])('refuses %s', (_name, reply, message) => {
    expect(() => readScanReply(reply, TEXT_LENGTH)).toThrow(new Error(message));
  });
});

describe('scannedPart', () => {
  it('is the whole text up to the limit', () => {
    expect(scannedPart('Selon Kiev, 3 000 soldats.')).toBe('Selon Kiev, 3 000 soldats.');
    const full = 'x'.repeat(MAX_SCAN_CHARS);
    expect(scannedPart(full)).toBe(full);
  });

  it('cuts a longer text at its last line break within the limit', () => {
    const head = `${'a'.repeat(MAX_SCAN_CHARS - 20)}\n3 000`;
    const text = `${head} soldats sont arrivés à Koursk.\nfin`;
    expect(scannedPart(text)).toBe(`${'a'.repeat(MAX_SCAN_CHARS - 20)}`);
  });

  it('cuts a longer text without line breaks at the limit', () => {
    expect(scannedPart('b'.repeat(MAX_SCAN_CHARS + 5))).toHaveLength(MAX_SCAN_CHARS);
  });
});

describe('ListReply.safeParse', () => {
  it('accepts a page/list reply and keeps its host', () => {
    const reply = { status: 'ready', figures: [{ claim, result }], host: 'www.lemonde.fr' };
    expect(ListReply.safeParse(reply)).toEqual({ success: true, data: reply });
    expect(ListReply.safeParse({ status: 'off', figures: [] })).toEqual({ success: true, data: { status: 'off', figures: [] } });
  });

  it.each<[string, unknown]>([
    ['an unknown status', { status: 'done', figures: [] }],
    ['no figures', { status: 'ready' }],
    ['a figure without its result', { status: 'ready', figures: [{ claim }] }],
    ['a figure with a malformed claim', { status: 'ready', figures: [{ claim: { ...claim, start: '11' }, result }] }],
    ['no reply', undefined],
  ])('refuses %s', (_name, reply) => {
    expect(ListReply.safeParse(reply)).toEqual({ success: false });
  });
});
