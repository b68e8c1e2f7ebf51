/** A messages.json entry, as the browser reads it. */
export interface ChromeMessageEntry {
  message: string;
}

/**
 * browser.i18n.getMessage over a messages.json object, for tests that render the interface outside a browser:
 * $1..$9 take the substitutions, $$ is a dollar sign, an unknown name gives "" as in the browser.
 */
export function chromeGetMessage(messages: Readonly<Record<string, ChromeMessageEntry>>) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return entry.message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
  };
}
