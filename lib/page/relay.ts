import { NEXT_FIGURE_COMMAND, type PageRequest } from './protocol';

/**
 * The background's relay of the keyboard shortcut to the page: the manifest command "next-figure" becomes a
 * {type:'page/next'} message to the active tab's content script. Wire it in the background:
 * `browser.commands.onCommand.addListener((command, tab) => relayCommand(command, tab, browser.tabs.sendMessage))`.
 * Returns whether a message was sent; a tab without Recoupe's content script (a browser page) is ignored.
 */
export async function relayCommand(
  command: string,
  tab: { id?: number } | undefined,
  sendMessage: (tabId: number, message: PageRequest) => Promise<unknown>,
): Promise<boolean> {
  if (command !== NEXT_FIGURE_COMMAND || tab?.id === undefined) return false;
  try {
    await sendMessage(tab.id, { type: 'page/next' });
    return true;
  } catch {
    // No receiving end: the tab shows a page the content script does not run on.
    return false;
  }
}
