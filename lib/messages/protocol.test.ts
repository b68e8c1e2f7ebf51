import { describe, expect, it } from 'vitest';
import { type Request as RequestMessage, Request, request } from './protocol';

describe('Request', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'db/stats' }, true],
    [{ type: 'claims/query', query: {} }, true],
    [{ type: 'claims/query', query: { kind: 'troops', dateFrom: '2024-10', valueMax: 5000 } }, true],
    [{ type: 'claims/query', query: { dateFrom: '10/2024' } }, false],
    [{ type: 'claims/query' }, false],
    [{ type: 'export', scope: 'user', format: 'claimreview' }, true],
    [{ type: 'export', scope: 'mine', format: 'json' }, false],
    [{ type: 'settings/set', change: { key: 'disabledSites', value: ['lemonde.fr'] } }, true],
    [{ type: 'page/claims', claims: [] }, true],
    [{ type: 'page/claims', claims: [], page: { url: 'https://x.example/a', published: '2024-11-02' } }, true],
    [{ type: 'page/claims', claims: [{ text: '3 000' }] }, false],
    [{ type: 'import/commit', text: 42 }, false],
  ])('%j valid: %s', (message, valid) => {
    expect(Request.safeParse(message).success).toBe(valid);
  });
});

describe('request', () => {
  const message: RequestMessage = { type: 'db/stats' };

  it('passes a reply through', async () => {
    const reply = { ok: false, error: { code: 'forbidden', message: 'no' } };
    expect(await request(async () => reply, message)).toBe(reply);
  });

  it.each<[string, () => Promise<unknown>, string]>([
    ['a rejected send', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'Could not establish connection. Receiving end does not exist.'],
    ['no answer', async () => undefined, 'The background sent no answer.'],
    ['a malformed answer', async () => ({ data: 1 }), 'The background sent no answer.'],
  ])('turns %s into an unreachable reply', async (_name, send, text) => {
    expect(await request(send, message)).toEqual({ ok: false, error: { code: 'unreachable', message: text } });
  });
});
