import { isBadgeMessage } from './protocol';

/** The parts of browser.action the badge uses (passed in: lib/ code does not reach for `browser`). */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

export const BADGE_COLOR = { conflicting: '#c62828', plain: '#3d4f6b' } as const;

/** The badge for a tab: its figure count (none at zero), red when any conflicts with the database. */
export function badgeFor(count: number, conflicting: boolean): { text: string; color: string } {
  return {
    text: count === 0 ? '' : count > 999 ? '999+' : String(count),
    color: conflicting ? BADGE_COLOR.conflicting : BADGE_COLOR.plain,
  };
}

/**
 * The background's handler for {type:'page/badge'}: sets the sender tab's badge. Returns false for any other
 * message (or one without a tab) so the caller can try its other handlers. Wire it in the background's
 * runtime.onMessage listener: `if (await handleBadgeMessage(message, sender, browser.action)) return;`.
 */
export async function handleBadgeMessage(message: unknown, sender: { tab?: { id?: number } }, action: BadgeAction): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (!isBadgeMessage(message) || tabId === undefined) return false;
  const { text, color } = badgeFor(message.count, message.conflicting);
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text });
  return true;
}

/**
 * Clears a tab's badge when it starts loading another page (the new page's content script reports its own
 * count). Wire it once in the background: `clearBadgeOnNavigation(browser.tabs, browser.action)`.
 */
export function clearBadgeOnNavigation(
  tabs: { onUpdated: { addListener(listener: (tabId: number, change: { status?: string }) => void): void } },
  action: BadgeAction,
): void {
  tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' });
  });
}
