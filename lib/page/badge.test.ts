import { describe, expect, it, vi } from 'vitest';
import { badgeFor, clearBadgeOnNavigation, handleBadgeMessage, type BadgeAction } from './badge';

const fakeAction = () => ({ setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn() }) satisfies BadgeAction;

describe('badgeFor', () => {
  it.each([
    [0, false, '', '#3d4f6b'],
    [3, false, '3', '#3d4f6b'],
    [7, true, '7', '#c62828'],
    [1200, true, '999+', '#c62828'],
  ])('%d figures, conflicting %s → "%s" %s', (count, conflicting, text, color) => {
    expect(badgeFor(count, conflicting)).toEqual({ text, color });
  });
});

describe('handleBadgeMessage', () => {
  it('sets the sender tab\'s badge text and colour', async () => {
    const action = fakeAction();
    await expect(handleBadgeMessage({ type: 'page/badge', count: 4, conflicting: true }, { tab: { id: 12 } }, action)).resolves.toBe(true);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: '4' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 12, color: '#c62828' });
  });

  it.each([
    ['another message', { type: 'page/scan', text: '' }, { tab: { id: 1 } }],
    ['a count that is not a whole number', { type: 'page/badge', count: 1.5, conflicting: false }, { tab: { id: 1 } }],
    ['a malformed count', { type: 'page/badge', count: -1, conflicting: false }, { tab: { id: 1 } }],
    ['a sender that is not a tab (the popup)', { type: 'page/badge', count: 1, conflicting: false }, {}],
  ])('leaves %s alone', async (_, message, sender) => {
    const action = fakeAction();
    await expect(handleBadgeMessage(message, sender, action)).resolves.toBe(false);
    expect(action.setBadgeText).not.toHaveBeenCalled();
  });
});

describe('clearBadgeOnNavigation', () => {
  it('clears a tab\'s badge when it starts loading', () => {
    const action = fakeAction();
    let listener: ((tabId: number, change: { status?: string }) => void) | undefined;
    clearBadgeOnNavigation({ onUpdated: { addListener: (l) => void (listener = l) } }, action);
    listener!(5, { status: 'complete' });
    expect(action.setBadgeText).not.toHaveBeenCalled();
    listener!(5, { status: 'loading' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '' });
  });
});
