import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../database/schema';
import { MAX_SCAN_CHARS } from '../page/protocol';
import { readScanReply, type PageScan } from '../page/scan-reply';
import { type ClaimStore, openClaimStore } from '../store/claim-store';
import { fixtureDatabase } from '../store/test-fixture';
import { type ClaimService, createClaimService, isExtensionPage } from './handler';
import type { Reply } from './protocol';

const page = { extensionPage: false };
const options = { extensionPage: true };

/** "200 killed" credited to Budanov; only the user's import below records it. */
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
    [{ type: 'page/scan', text: 'Selon Kiev, 3 000 soldats.', lang: 'it' }, "Bad page/scan request: 'lang' is not valid."],
    [{ type: 'page/scan', text: 'Selon Kiev, 3 000 soldats.', published: '5 novembre' }, "Bad page/scan request: 'published' is not valid."],
    [{ type: 'page/scan', claims: [] }, "Bad page/scan request: 'text' is not valid."],
    [{ type: 'page/claims', claims: [] }, 'Unknown request type "page/claims".'],
  ])('%j', async (message, error) => {
    expect(await service.handle(message, options)).toEqual({ ok: false, error: { code: 'bad_request', message: error } });
  });

  it.each(['import/commit', 'import/preview', 'export', 'user/remove'])('refuses %s from a web page', async (type) => {
    const message = { type, text: '{}', scope: 'all', format: 'json' };
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
});

describe('page scans', () => {
  const NIS = 'Selon le NIS, plus de 3 000 soldats nord-coréens ont été envoyés en Russie.';
  const GUR = 'Le 20 décembre 2024, Boudanov a affirmé que 200 soldats nord-coréens ont été tués à Koursk, en Russie.';
  const scan = (text: string, extra: object = {}) => ({ type: 'page/scan', text, ...extra });

  it('finds a page’s figures and checks each against the database, in one reply', async () => {
    const text = `Troupes nord-coréennes en Russie\n${NIS}\n${GUR}`;
    const reply: PageScan = readScanReply(await service.handle(scan(text, { lang: 'fr', published: '2024-10-23', url: 'https://news.example/a' }), page), Infinity);
    expect(reply.claims.map((c) => [c.text, c.kind, c.actor])).toEqual([
      ['plus de 3 000 soldats', 'troops', 'nis'],
      ['200 soldats', 'killed', 'gur'],
    ]);
    // Offsets are into the text sent, for the content script to map back to the page.
    expect(reply.claims.map((c) => text.slice(c.start, c.end))).toEqual(['plus de 3 000 soldats', '200 soldats']);
    expect(reply.results.map((r) => r.verdict)).toEqual(['corroborated', 'unverified']);
    expect(reply.results[0]!.corroborating.map((c) => c.id)).toContain('nis-3000-oct');
  });

  it('sends each database claim listed once, however many figures list it', async () => {
    const text = [NIS, NIS, NIS].join('\n');
    const reply = await service.handle(scan(text, { lang: 'fr', published: '2024-10-23' }), page);
    const { claims, results } = readScanReply(reply, text.length);
    expect(claims.map((c) => c.text)).toEqual(['plus de 3 000 soldats', 'plus de 3 000 soldats', 'plus de 3 000 soldats']);
    const listed = results.flatMap((r) => [...r.corroborating, ...r.conflicting, ...r.context]);
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect((data(reply) as { matched: unknown[] }).matched).toHaveLength(listed.length / 3);
    // The three results share the objects of the one table: the same claims, not copies of them.
    expect(results[2]!.corroborating[0]).toBe(results[0]!.corroborating[0]);
  });

  it('lists only the first `limit` figures when the page asks for no more', async () => {
    const text = [NIS, GUR, NIS].join('\n');
    const reply = readScanReply(await service.handle(scan(text, { lang: 'fr', limit: 2 }), page), text.length);
    expect(reply.claims.map((c) => c.text)).toEqual(['plus de 3 000 soldats', '200 soldats']);
    expect(reply.results).toHaveLength(2);
    expect(await service.handle(scan(text, { limit: 0 }), page)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('matches a figure the text does not date at the page’s publication date', async () => {
    const onTheDay: PageScan = readScanReply(await service.handle(scan(NIS, { published: '2024-10-23' }), page), Infinity);
    expect(onTheDay.claims.map((c) => c.date)).toEqual([null]);
    expect(onTheDay.results.map((r) => r.verdict)).toEqual(['corroborated']);
    // A page published before the NIS gave the figure cannot be reporting it.
    const before: PageScan = readScanReply(await service.handle(scan(NIS, { published: '2024-10-01' }), page), Infinity);
    expect(before.results.map((r) => r.verdict)).not.toEqual(['corroborated']);
  });

  it('detects the language when the page declares none', async () => {
    const reply: PageScan = readScanReply(await service.handle(scan(NIS), page), Infinity);
    expect(reply.claims.map((c) => c.lang)).toEqual(['fr']);
  });

  it('answers a text off the topic with no figures', async () => {
    expect(data(await service.handle(scan('La Bourse de Paris a gagné 3 000 points en 2024.'), page))).toEqual({ claims: [], results: [], matched: [] });
  });

  it('scans only the first MAX_SCAN_CHARS characters of a huge text', async () => {
    const text = `${NIS}\n${' '.repeat(MAX_SCAN_CHARS)}${GUR}`;
    const reply: PageScan = readScanReply(await service.handle(scan(text), page), Infinity);
    expect(reply.claims.map((c) => c.text)).toEqual(['plus de 3 000 soldats']);
  });

  it('sees imported claims once they are committed', async () => {
    const before: PageScan = readScanReply(await service.handle(scan(GUR), page), Infinity);
    expect(before.results.map((r) => r.verdict)).toEqual(['unverified']);
    await service.handle({ type: 'import/commit', text: JSON.stringify({ claims: [userClaim] }) }, options);
    const after: PageScan = readScanReply(await service.handle(scan(GUR), page), Infinity);
    expect(after.results.map((r) => r.verdict)).toEqual(['corroborated']);
  });

  it('still checks pages against the shipped set when the store cannot open', async () => {
    let attempts = 0;
    const openStore = (): Promise<ClaimStore> => {
      attempts++;
      return attempts === 1 ? Promise.reject(new DOMException('no IndexedDB', 'InvalidStateError')) : openClaimStore(factory);
    };
    const flaky = createClaimService({ openStore, bundled: fixtureDatabase() });
    const reply: PageScan = readScanReply(await flaky.handle(scan(NIS), page), Infinity);
    expect(reply.results.map((r) => r.verdict)).toEqual(['corroborated']);
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
