import { isOnTopic } from '@/lib/detect/topic';
import { uiLang } from '@/lib/i18n/format';
import { isPageRequest, replyWithoutSession, type BadgeMessage } from '@/lib/page/protocol';
import { PageSession } from '@/lib/page/session';
import { isSiteEnabled, parseSettings, settingsKey, type Settings } from '@/lib/settings/settings';
import { createCardHost } from './card-host';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with window.postMessage: pages whose message listeners expect
  // only their own messages (or strings) would get one they never sent. The DOM event WXT dispatches is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const hostname = location.hostname;
    let session: PageSession | null = null;
    let settingsRead = false;

    const apply = (settings: Settings) => {
      const enabled = isSiteEnabled(settings, hostname);
      // Nothing is set up on a site where Recoupe is off.
      if (!enabled && !session) return;
      session ??= new PageSession({
        doc: document,
        signal: ctx.signal,
        card: createCardHost(ctx, uiLang(browser.i18n.getUILanguage())),
        isOnTopic,
        // Detection runs in the background: its lexicons stay out of this script and off the page's main thread.
        requestScan: (request) => browser.runtime.sendMessage(request),
        reportBadge(count, conflicting) {
          const message: BadgeMessage = { type: 'page/badge', count, conflicting };
          browser.runtime.sendMessage(message).catch(() => {});
        },
      });
      session.configure(enabled, settings.highlightStyle);
    };

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && settingsKey in changes) apply(parseSettings(changes[settingsKey]!.newValue));
    };
    const onMessage = (message: unknown) => {
      if (!isPageRequest(message)) return undefined;
      return Promise.resolve(session ? session.handle(message) : replyWithoutSession(message, settingsRead ? 'off' : 'scanning', hostname));
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => session?.locationChanged());

    try {
      apply(parseSettings((await browser.storage.local.get(settingsKey))[settingsKey]));
    } catch (error) {
      console.warn('[Recoupe] could not read settings:', error);
    } finally {
      settingsRead = true;
    }
  },
});
