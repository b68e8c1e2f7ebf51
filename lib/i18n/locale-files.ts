import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateChromeMessages, type ChromeMessage, type ParsedMessage, parseMessagesText } from '@wxt-dev/i18n/build';
import type { UiLang } from './format';

/** Node only (tests and scripts): the locale files, read with the same parser the build uses. */
export const localesDir = resolve(import.meta.dirname, '../../locales');

export async function readLocale(lang: UiLang): Promise<ParsedMessage[]> {
  return parseMessagesText(await readFile(join(localesDir, `${lang}.yml`), 'utf8'), 'YAML');
}

/** The messages.json the build writes for `lang`, keyed by Chrome message name ("popup_title"). */
export async function chromeMessages(lang: UiLang): Promise<Record<string, ChromeMessage>> {
  return generateChromeMessages(await readLocale(lang));
}
