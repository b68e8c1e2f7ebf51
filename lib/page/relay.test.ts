import { describe, expect, it, vi } from 'vitest';
import { relayCommand } from './relay';

describe('relayCommand', () => {
  it('sends page/next to the tab for the next-figure command', async () => {
    const send = vi.fn(async () => ({ opened: true }));
    await expect(relayCommand('next-figure', { id: 3 }, send)).resolves.toBe(true);
    expect(send).toHaveBeenCalledWith(3, { type: 'page/next' });
  });

  it.each([
    ['another command', 'other', { id: 3 }],
    ['no tab', 'next-figure', undefined],
  ])('sends nothing for %s', async (_, command, tab) => {
    const send = vi.fn(async () => undefined);
    await expect(relayCommand(command, tab, send)).resolves.toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('swallows a tab without a receiving end', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(relayCommand('next-figure', { id: 3 }, send)).resolves.toBe(false);
  });
});
