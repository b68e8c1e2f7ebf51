import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../database/schema';
import type { FoundClaim } from '../detect/found-claim';
import { type ClaimStore, openClaimStore } from '../store/claim-store';
import { fixtureDatabase } from '../store/test-fixture';
import { type ClaimService, createClaimService, isExtensionPage } from './handler';
import type { Reply } from './protocol';

const page = { extensionPage: false };
const options = { extensionPage: true };

/** "1 500 soldats" credited to the NIS on 18 October, as the fixture records it. */
const found: FoundClaim = {
  text: '1 500 soldats',
  start: 0,
  end: 13,
  value: 1500,
  min: 1500,
  max: 1500,
  qualifier: 'exact',
  kind: 'troops',
  scope: 'training',
  actor: 'nis',
  date: '2024-10-18',
  period: null,
  lang: 'fr',
  sentence: 'Selon le NIS, 1 500 soldats sont arrivés en Russie.',
};

/** "200 tués" credited to Budanov; only the user's import below records it. */
const foundKilled: FoundClaim = { ...found, text: '200 tués', value: 200, min: 200, max: 200, kind: 'killed', scope: 'total', actor: 'gur', date: '2024-12-20' };

const userClaim: Claim = {
  id: 'my-killed',
  actor: 'gur',
  stance: 'figure',
  kind: 'killed',
  scope: 'total',
  quantity: { value: 200, min: 200, max: 200, qualifier: 'exact' },
  date: '2024-12-19',
  summary: 'North Korean soldiers killed',
  appearances: [{ source: 'src-b' }],
};

let factory: IDBFactory;
let service: ClaimService;

const data = <T extends Reply>(reply: T) => {
  if (!reply.ok) throw new Error(`expected ok, got ${JSON.stringify(reply.error)}`);
  return reply.data as never;
};

beforeEach(() => {
  factory = new IDBFactory();
  service = createClaimService({ openStore: () => openClaimStore(factory), bundled: fixtureDatabase(), today: () => '2025-02-03' });
});

describe('validation', () => {
  it.each<[unknown, string]>([
    [null, 'A request must be an object with a "type".'],
    ['db/stats', 'A request must be an object with a "type".'],
    [{ kind: 'troops' }, 'Unknown request type undefined.'],
    [{ type: 'db/drop' }, 'Unknown request type "db/drop".'],
    [{ type: 'claims/query', query: { kind: 'tanks' } }, "Bad claims/query request: 'query.kind' is not valid."],
    [{ type: 'import/preview' }, "Bad import/preview request: 'text' is not valid."],
    [{ type: 'settings/set', change: { key: 'highlightStyle', value: 'blink' } }, "Bad settings/set request: 'change.value' is not valid."],
    [{ type: 'page/claims', claims: [{ ...found, lang: 'it' }] }, "Bad page/claims request: 'claims.0.lang' is not valid."],
  ])('%j', async (message, error) => {
    expect(await service.handle(message, options)).toEqual({ ok: false, error: { code: 'bad_request', message: error } });
  });

  it.each(['import/commit', 'import/preview', 'export', 'settings/set', 'user/remove'])('refuses %s from a web page', async (type) => {
    const message = { type, text: '{}', scope: 'all', format: 'json', change: { key: 'highlightStyle', value: 'outline' } };
    expect(await service.handle(message, page)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: `A web page cannot send ${type} requests.` },
    });
  });

  it.each([
    ['chrome-extension://abc/popup.html', true],
    ['chrome-extension://abc/options.html#import', true],
    ['https://www.lemonde.fr/article', false],
    ['chrome-extension://other/popup.html', false],
    [undefined, false],
  ])('%s is an extension page: %s', (url, expected) => {
    expect(isExtensionPage(url, 'chrome-extension://abc/')).toBe(expected);
  });
});

describe('answers', () => {
  it('loads the bundled set on the first message', async () => {
    const stats = data(await service.handle({ type: 'db/stats' }, page));
    expect(stats).toMatchObject({ version: 'fixture-1', claims: { bundled: 6, user: 0 } });
  });

  it('answers queries', async () => {
    const claims: Claim[] = data(await service.handle({ type: 'claims/query', query: { actor: 'south-korea', includeParts: true, valueMin: 2000 } }, page));
    expect(claims.map((c) => c.id).sort()).toEqual(['jcs-planned', 'nis-3000-oct']);
  });

  it('previews an import without writing, commits it, and removes it again', async () => {
    const text = JSON.stringify({ claims: [userClaim] });
    const preview = data(await service.handle({ type: 'import/preview', text }, options));
    expect(preview).toMatchObject({ ok: true, preview: { claims: { added: 1 } } });
    expect(data(await service.handle({ type: 'db/stats' }, options))).toMatchObject({ claims: { user: 0 } });

    expect(data(await service.handle({ type: 'import/commit', text }, options))).toMatchObject({ ok: true });
    expect(data(await service.handle({ type: 'db/stats' }, options))).toMatchObject({ claims: { user: 1 } });

    expect(data(await service.handle({ type: 'user/remove' }, options))).toMatchObject({ claims: { bundled: 6, user: 0 } });
  });

  it('returns the problems of a bad import and writes nothing', async () => {
    const text = JSON.stringify({ claims: [{ ...userClaim, actor: 'nobody' }, { ...userClaim, id: 'second' }] });
    expect(data(await service.handle({ type: 'import/commit', text }, options))).toEqual({
      ok: false,
      errors: [{ position: 'claims[0]', code: 'unknown_actor', params: { id: 'nobody', field: 'actor' } }],
    });
    expect(data(await service.handle({ type: 'db/stats' }, options))).toMatchObject({ claims: { user: 0 } });
  });

  it('exports with a file name and type', async () => {
    const reply = data(await service.handle({ type: 'export', scope: 'all', format: 'claimreview' }, options)) as { text: string; fileName: string; mimeType: string };
    expect(reply.fileName).toBe('recoupe-all-2025-02-03.jsonld');
    expect(reply.mimeType).toBe('application/ld+json');
    expect(JSON.parse(reply.text)['@graph']).toHaveLength(6);
  });

  it('reads and changes settings', async () => {
    expect(data(await service.handle({ type: 'settings/get' }, page))).toEqual({ disabledSites: [], highlightStyle: 'underline' });
    const change = { key: 'disabledSites', value: ['lemonde.fr'] };
    expect(data(await service.handle({ type: 'settings/set', change }, options))).toEqual({ disabledSites: ['lemonde.fr'], highlightStyle: 'underline' });
  });
});

describe('page claims', () => {
  it('checks a page’s figures against the database, one result per figure', async () => {
    const results = data(await service.handle({ type: 'page/claims', claims: [found, foundKilled] }, page)) as { verdict: string; corroborating: { id: string }[] }[];
    expect(results.map((r) => r.verdict)).toEqual(['corroborated', 'unverified']);
    expect(results[0]!.corroborating.map((c) => c.id)).toContain('nis-1500-oct');
  });

  it('sees imported claims once they are committed', async () => {
    await service.handle({ type: 'page/claims', claims: [foundKilled] }, page);
    await service.handle({ type: 'import/commit', text: JSON.stringify({ claims: [userClaim] }) }, options);
    const [result] = data(await service.handle({ type: 'page/claims', claims: [foundKilled] }, page)) as { verdict: string }[];
    expect(result?.verdict).toBe('corroborated');
  });

  it('still checks pages against the shipped set when the store cannot open', async () => {
    let attempts = 0;
    const openStore = (): Promise<ClaimStore> => {
      attempts++;
      return attempts === 1 ? Promise.reject(new DOMException('no IndexedDB', 'InvalidStateError')) : openClaimStore(factory);
    };
    const flaky = createClaimService({ openStore, bundled: fixtureDatabase() });
    const [result] = data(await flaky.handle({ type: 'page/claims', claims: [found] }, page)) as { verdict: string }[];
    expect(result?.verdict).toBe('corroborated');
    // Page checks fell back on the shipped set; a later message opens the store.
    expect(data(await flaky.handle({ type: 'db/stats' }, page))).toMatchObject({ version: 'fixture-1' });
    expect(attempts).toBe(2);
  });

  it('says when storage is unavailable', async () => {
    const broken = createClaimService({ openStore: () => Promise.reject(new DOMException('no IndexedDB', 'InvalidStateError')), bundled: fixtureDatabase() });
    expect(await broken.handle({ type: 'db/stats' }, page)).toEqual({ ok: false, error: { code: 'unavailable', message: 'no IndexedDB' } });
  });
});

describe('reloadBundled', () => {
  it('replaces the bundled set in the store', async () => {
    const next = { ...fixtureDatabase(), version: 'fixture-2', claims: fixtureDatabase().claims.slice(0, 2) };
    const updated = createClaimService({ openStore: () => openClaimStore(factory), bundled: next });
    await updated.reloadBundled();
    expect(data(await updated.handle({ type: 'db/stats' }, page))).toMatchObject({ version: 'fixture-2', claims: { bundled: 2 } });
  });
});
