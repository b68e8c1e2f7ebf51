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
    [{ type: 'page/scan', text: '' }, true],
    [{ type: 'page/scan', text: 'Selon Kiev, 3 000 soldats.', lang: 'fr', published: '2024-11-02', url: 'https://x.example/a' }, true],
    [{ type: 'page/scan', text: 'Selon Kiev, 3 000 soldats.', published: null }, true],
    [{ type: 'page/scan', text: 'Selon Kiev, 3 000 soldats.', lang: 'it' }, false],
    [{ type: 'page/scan', text: 'Selon Kiev, 3 000 soldats.', published: '2024-13-01' }, false],
    [{ type: 'page/scan', text: 42 }, false],
    [{ type: 'page/claims', claims: [] }, false],
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
