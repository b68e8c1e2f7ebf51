import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledDatabase } from '../../lib/database/bundled';
import type { Claim, Source } from '../../lib/database/schema';
import type { Reply } from '../../lib/messages/protocol';
import { settingsKey } from '../../lib/settings/settings';
import { openClaimStore } from '../../lib/store/claim-store';
import background from '../../entrypoints/background';

/** Sends a message the way a popup (extension page) or a content script (web page) would. */
async function send(message: unknown, from: 'popup' | 'page'): Promise<Reply> {
  // Content scripts also send a tab; only the URL decides here.
  const url = from === 'popup' ? fakeBrowser.runtime.getURL('/popup.html') : 'https://news.example/article';
  const sender = { id: fakeBrowser.runtime.id, url };
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no keyboard commands; the shortcut's relay is tested in lib/page/relay.test.ts.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  await new Promise((resolve) => {
    indexedDB.deleteDatabase('recoupe').onsuccess = resolve;
  });
  background.main();
});

describe('background', () => {
  it('loads the bundled claims on install and answers with them', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const reply = await send({ type: 'db/stats' }, 'popup');
    expect(reply).toMatchObject({ ok: true, data: { version: bundledDatabase.version, claims: { bundled: bundledDatabase.claims.length, user: 0 } } });
  });

  it('keeps the settings in storage.local and the user’s claims when an update reloads the bundled claims', async () => {
    const settings = { disabledSites: ['www.lemonde.fr'], highlightStyle: 'background' };
    await fakeBrowser.storage.local.set({ [settingsKey]: settings });
    const source: Source = { id: 'my-source', outlet: 'Mon journal', title: 'Bilan', url: 'https://mine.example/x', lang: 'fr', published: '2024-12-21' };
    const claim: Claim = {
      id: 'my-claim',
      actor: 'gur',
      stance: 'figure',
      kind: 'killed',
      scope: 'total',
      quantity: { value: 200, min: 200, max: 200, qualifier: 'exact' },
      date: '2024-12-20',
      summary: 'North Korean soldiers killed',
      appearances: [{ source: 'my-source', quote: '200 tués', lang: 'fr' }],
      user: true,
    };
    // What the previous version left: an older bundled set (one claim short) and the user's import.
    const previous = await openClaimStore();
    await previous.loadBundled({ ...bundledDatabase, version: 'previous', claims: bundledDatabase.claims.slice(1) });
    await previous.importUserClaims({ claims: [claim], sources: [source], actors: [] });
    previous.close();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });

    const stats = await send({ type: 'db/stats' }, 'popup');
    expect(stats).toMatchObject({ ok: true, data: { version: bundledDatabase.version, claims: { bundled: bundledDatabase.claims.length, user: 1 } } });
    expect(await send({ type: 'claims/query', query: { origin: 'user' } }, 'popup')).toEqual({ ok: true, data: [claim] });
    // Nothing written to storage.local: the settings are exactly the user's.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [settingsKey]: settings });
  });

  it('scans a content script’s page text and checks its figures', async () => {
    const text = 'Selon le NIS, plus de 3 000 soldats nord-coréens ont été envoyés en Russie.';
    const reply = await send({ type: 'page/scan', text, lang: 'fr', published: '2024-10-25', url: 'https://news.example/article' }, 'page');
    expect(reply).toMatchObject({ ok: true, data: { claims: [{ text: 'plus de 3 000 soldats', actor: 'nis' }], results: [{}] } });
  });

  it('refuses a web page what only extension pages may ask', async () => {
    expect(await send({ type: 'user/remove' }, 'page')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a malformed message with an error instead of throwing', async () => {
    expect(await send({ type: 'claims/query', query: 'all' }, 'page')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
