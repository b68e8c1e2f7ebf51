import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../match/match-result';
import { isBadgeMessage, isPageRequest, ListReply, MAX_SCAN_CHARS, replyWithoutSession, scannedPart } from './protocol';
import { pageClaim as claim } from './test-claim';

const result: MatchResult = {
  verdict: 'corroborated',
  reason: { code: 'no_match', params: { found: { value: 3000, min: 3000, max: 3000, qualifier: 'exact' }, foundKind: 'troops' } },
  corroborating: [],
  conflicting: [],
  context: [],
};

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

describe('replyWithoutSession', () => {
  it.each([
    ['off', { type: 'page/status' }, { status: 'off', count: 0, conflicting: 0 }],
    ['off', { type: 'page/list' }, { status: 'off', figures: [], host: 'example.org' }],
    ['scanning', { type: 'page/status' }, { status: 'scanning', count: 0, conflicting: 0 }],
    ['scanning', { type: 'page/list' }, { status: 'scanning', figures: [], host: 'example.org' }],
    ['off', { type: 'page/reveal', index: 0 }, { opened: false }],
    ['scanning', { type: 'page/next' }, { opened: false }],
  ] as const)('%s: %o', (status, request, expected) => {
    expect(replyWithoutSession(request, status, 'example.org')).toEqual(expected);
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

  it('keeps the publication date a figure\'s page gives', () => {
    const reply = { status: 'ready', figures: [{ claim, result, published: '2024-10-22' }, { claim, result, published: '2024-10' }] };
    expect(ListReply.safeParse(reply)).toEqual({ success: true, data: reply });
  });

  it.each<[string, unknown]>([
    ['an unknown status', { status: 'done', figures: [] }],
    ['no figures', { status: 'ready' }],
    ['a figure without its result', { status: 'ready', figures: [{ claim }] }],
    ['a figure with a malformed claim', { status: 'ready', figures: [{ claim: { ...claim, start: '11' }, result }] }],
    ['a figure whose page date is not an ISO date', { status: 'ready', figures: [{ claim, result, published: '22/10/2024' }] }],
    ['a figure whose page date is not a string', { status: 'ready', figures: [{ claim, result, published: null }] }],
    ['no reply', undefined],
  ])('refuses %s', (_name, reply) => {
    expect(ListReply.safeParse(reply)).toEqual({ success: false });
  });
});
