import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledDatabase } from '../../lib/database/bundled';
import type { Reply } from '../../lib/messages/protocol';
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
