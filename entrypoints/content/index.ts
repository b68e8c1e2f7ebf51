import { detectClaims } from '@/lib/detect/claims';
import { isOnTopic } from '@/lib/detect/topic';
import { uiLang } from '@/lib/i18n/format';
import { MatchResult } from '@/lib/match/match-result';
import type { Reply, Request } from '@/lib/messages/protocol';
import { PageRequest, type BadgeMessage, type ListReply, type RevealReply, type StatusReply } from '@/lib/page/protocol';
import { PageSession } from '@/lib/page/session';
import { isSiteEnabled, parseSettings, settingsKey, type Settings } from '@/lib/settings/settings';
import { z } from 'zod/mini';
import { createCardHost } from './card-host';

const Results = z.array(MatchResult);

/** What the page answers when Recoupe is off for the site: only its status. */
function offReply(request: PageRequest): StatusReply | ListReply | RevealReply {
  if (request.type === 'page/status') return { status: 'off', count: 0, conflicting: 0 };
  if (request.type === 'page/list') return { status: 'off', figures: [] };
  return { opened: false };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const hostname = location.hostname;
    let session: PageSession | null = null;

    const apply = (settings: Settings) => {
      const enabled = isSiteEnabled(settings, hostname);
      // Nothing is set up on a site where Recoupe is off.
      if (!enabled && !session) return;
      session ??= new PageSession({
        doc: document,
        signal: ctx.signal,
        card: createCardHost(ctx, uiLang(browser.i18n.getUILanguage())),
        isOnTopic,
        detect: detectClaims,
        async requestVerdicts(claims, page) {
          const message: Request = { type: 'page/claims', claims, page };
          const reply = (await browser.runtime.sendMessage(message)) as Reply<'page/claims'> | undefined;
          if (!reply?.ok) throw new Error(`no verdicts: ${reply?.error.message ?? 'no answer'}`);
          const parsed = Results.safeParse(reply.data);
          if (!parsed.success || parsed.data.length !== claims.length) throw new Error('malformed verdicts');
          return parsed.data;
        },
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
      const request = PageRequest.safeParse(message);
      if (!request.success) return undefined;
      return Promise.resolve(session ? session.handle(request.data) : offReply(request.data));
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
    }
  },
});
