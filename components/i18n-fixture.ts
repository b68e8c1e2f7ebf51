import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeGetMessage } from '@/lib/i18n/chrome-messages';
import type { UiLang } from '@/lib/i18n/format';
import { chromeMessages } from '@/lib/i18n/locale-files';

/** Component tests: makes browser.i18n.getMessage answer from the real locale file of `lang`. */
export async function useLocale(lang: UiLang): Promise<void> {
  fakeBrowser.i18n.getMessage = chromeGetMessage(await chromeMessages(lang)) as typeof fakeBrowser.i18n.getMessage;
}
