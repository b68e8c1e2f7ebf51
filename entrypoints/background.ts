import { bundledDatabase } from '../lib/database/bundled';
import { createClaimService, isExtensionPage } from '../lib/messages/handler';
import { clearBadgeOnNavigation, handleBadgeMessage } from '../lib/page/badge';
import { isBadgeMessage } from '../lib/page/protocol';
import { relayCommand } from '../lib/page/relay';
import { openClaimStore } from '../lib/store/claim-store';

// Wiring only: the logic is in lib/messages/handler.ts and lib/page/. IndexedDB is opened here, never in the
// content script (there it would belong to the web page's origin).
export default defineBackground(() => {
  const service = createClaimService({ openStore: () => openClaimStore(), bundled: bundledDatabase });

  browser.runtime.onInstalled.addListener(() => {
    service.reloadBundled().catch((error: unknown) => console.error('Recoupe: loading the bundled claims failed', error));
  });

  browser.commands.onCommand.addListener((command, tab) => void relayCommand(command, tab, browser.tabs.sendMessage));
  clearBadgeOnNavigation(browser.tabs, browser.action);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (isBadgeMessage(message)) {
      void handleBadgeMessage(message, sender, browser.action);
      return false;
    }
    const from = { extensionPage: isExtensionPage(sender.url, browser.runtime.getURL('/')) };
    void service.handle(message, from).then(sendResponse);
    // Keeps the channel open for the asynchronous reply (Chrome and Firefox both honour this).
    return true;
  });
});
