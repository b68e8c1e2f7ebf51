import { describe, expect, it } from 'vitest';
import type { MatchedClaim, MatchResult } from '../match/match-result';
import { encodeScan, MAX_SENTENCE_CHARS, readScanReply } from './scan-reply';
import { pageClaim as claim } from './test-claim';

const TEXT_LENGTH = 48;

const matched = (id: string, why: MatchedClaim['why'], quote?: string): MatchedClaim => ({
  id,
  actor: { id: 'nis', name: { fr: 'NIS', en: 'NIS' } },
  date: '2024-10-18',
  kind: 'troops',
  scope: 'total',
  quantity: { value: 3000, min: 3000, max: 3000, qualifier: 'exact' },
  summary: 'Le NIS : 3 000 soldats envoyés en Russie.',
  source: { id: 'yonhap-1', outlet: 'Yonhap', url: 'https://en.yna.co.kr/1', published: '2024-10-18' },
  ...(quote ? { quote } : {}),
  why,
});

const result = (corroborating: MatchedClaim[] = [], conflicting: MatchedClaim[] = [], context: MatchedClaim[] = []): MatchResult => ({
  verdict: corroborating.length > 0 ? 'corroborated' : 'unverified',
  reason: { code: 'no_match', params: { found: { value: 3000, min: 3000, max: 3000, qualifier: 'exact' }, foundKind: 'troops' } },
  corroborating,
  conflicting,
  context,
});

const ok = (data: unknown) => ({ ok: true, data });

describe('encodeScan and readScanReply', () => {
  it('send each database claim as listed once and rebuild every result, sharing the listed claims', () => {
    const a = matched('nis-3000', 'agrees', 'about 3,000');
    const b = matched('gur-11000', 'other_estimate');
    const results = [result([a], [], [b]), result([{ ...a }], [], [{ ...b }]), result([], [], [{ ...a, why: 'evolution' }])];
    const wire = encodeScan([claim, claim, claim], results);
    expect(wire.matched).toEqual([a, b, { ...a, why: 'evolution' }]);
    expect(wire.results.map((r) => [r.corroborating, r.conflicting, r.context])).toEqual([
      [[0], [], [1]],
      [[0], [], [1]],
      [[], [], [2]],
    ]);
    const read = readScanReply(ok(JSON.parse(JSON.stringify(wire))), TEXT_LENGTH);
    expect(read).toEqual({ claims: [claim, claim, claim], results });
    expect(read.results[1]!.corroborating[0]).toBe(read.results[0]!.corroborating[0]);
  });

  it('keeps apart two appearances of one claim (another source or quote shown)', () => {
    const a = matched('nis-3000', 'agrees');
    const other = { ...a, source: { ...a.source, id: 'kbs-2', outlet: 'KBS' } };
    expect(encodeScan([claim, claim], [result([a]), result([other])]).matched).toEqual([a, other]);
  });

  it('cuts a very long sentence around its figure', () => {
    const sentence = `${'a, '.repeat(1000)}3 000 soldats${', b'.repeat(1000)}`;
    const [sent] = encodeScan([{ ...claim, sentence }], [result()]).claims;
    expect(sent!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sent!.sentence).toMatch(/^[a, ]+3 000 soldats[, b]+$/);
    expect(encodeScan([claim], [result()]).claims[0]).toBe(claim);
  });

  it('keeps the reply for 10,000 figures citing the same claims to a few megabytes', () => {
    const listed = Array.from({ length: 30 }, (_, i) => matched(`claim-${i}`, 'other_estimate', 'x'.repeat(2000)));
    const figures = Array.from({ length: 10_000 }, (_, i) => ({ ...claim, start: i, end: i + 1 }));
    const results = figures.map((_, i) => result(listed.slice(i % 20, (i % 20) + 3), [], listed.slice(0, 8)));
    const full = JSON.stringify({ claims: figures, results }).length;
    const size = JSON.stringify(encodeScan(figures, results)).length;
    expect(full).toBeGreaterThan(64 * 1024 * 1024);
    expect(size).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('readScanReply', () => {
  const good = encodeScan([claim], [result([matched('nis-3000', 'agrees')])]);
  const [wireResult] = good.results;

  it('returns no figures for an empty reply', () => {
    expect(readScanReply(ok({ claims: [], results: [], matched: [] }), 0)).toEqual({ claims: [], results: [] });
  });

  it.each<[string, unknown, string]>([
    ['no reply', undefined, 'no answer from the background'],
    ['a reply without ok', { data: good }, 'no answer from the background'],
    ['an error reply', { ok: false, error: { code: 'bad_request', message: "Bad page/scan request: 'lang' is not valid." } }, "the background refused the scan: Bad page/scan request: 'lang' is not valid."],
    ['an error reply without a message', { ok: false }, 'the background refused the scan: unknown error'],
    ['no data', { ok: true }, 'malformed scan: no claims, results or matched claims'],
    ['results missing', ok({ claims: [claim], matched: [] }), 'malformed scan: no claims, results or matched claims'],
    ['the full format of old', ok({ claims: [claim], results: [result()] }), 'malformed scan: no claims, results or matched claims'],
    ['fewer results than claims', ok({ ...good, claims: [claim, claim] }), 'malformed scan: 2 claims but 1 results'],
    ['a claim past the end of the text', ok({ ...good, claims: [{ ...claim, end: TEXT_LENGTH + 1 }] }), 'malformed scan: a claim lacks its text or offsets'],
    ['a claim ending before it starts', ok({ ...good, claims: [{ ...claim, end: claim.start }] }), 'malformed scan: a claim lacks its text or offsets'],
    ['a claim without its text', ok({ ...good, claims: [{ ...claim, text: undefined }] }), 'malformed scan: a claim lacks its text or offsets'],
    ['a matched claim without its source', ok({ ...good, matched: [{ ...good.matched[0], source: null }] }), 'malformed scan: a matched claim lacks its id, actor, source or ground'],
    ['a result with an unknown verdict', ok({ ...good, results: [{ ...wireResult, verdict: 'true' }] }), 'malformed scan: a result lacks its verdict or sources'],
    ['a result without its sources', ok({ ...good, results: [{ ...wireResult, conflicting: undefined }] }), 'malformed scan: a result lacks its verdict or sources'],
    ['a result without its reason', ok({ ...good, results: [{ ...wireResult, reason: null }] }), 'malformed scan: a result lacks its verdict or sources'],
    ['a reference to no matched claim', ok({ ...good, results: [{ ...wireResult, corroborating: [1] }] }), 'malformed scan: a result lacks its verdict or sources'],
    ['a reference that is not an index', ok({ ...good, results: [{ ...wireResult, corroborating: ['nis-3000'] }] }), 'malformed scan: a result lacks its verdict or sources'],
  ])('refuses %s', (_name, reply, message) => {
    expect(() => readScanReply(reply, TEXT_LENGTH)).toThrow(new Error(message));
  });
});
