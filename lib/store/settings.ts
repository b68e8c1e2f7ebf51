import { z } from 'zod/mini';

/** How figures are marked in the page. */
export const HighlightStyle = z.enum(['underline', 'background', 'outline']);
export type HighlightStyle = z.infer<typeof HighlightStyle>;

/** A host name as the address bar shows it ("www.lemonde.fr"), lowercase. */
const Hostname = z.string().check(z.regex(/^[a-z0-9.-]+$/, 'a host name is lowercase letters, digits, dots and dashes'));

/** The user's settings; each is stored under its own key so one can change without rewriting the others. */
export const Settings = z.object({
  /** Recoupe stays off on these sites and their subdomains. */
  disabledSites: z.array(Hostname),
  highlightStyle: HighlightStyle,
});
export type Settings = z.infer<typeof Settings>;
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = { disabledSites: [], highlightStyle: 'underline' };

/** One setting change, checked against the setting's own type. */
export const SettingChange = z.discriminatedUnion('key', [
  z.object({ key: z.literal('disabledSites'), value: Settings.shape.disabledSites }),
  z.object({ key: z.literal('highlightStyle'), value: HighlightStyle }),
]);
export type SettingChange = z.infer<typeof SettingChange>;

/** Settings read from storage, each kept only if it is still valid (an older version may have written it). */
export function settingsFrom(stored: Partial<Record<string, unknown>>): Settings {
  const disabledSites = Settings.shape.disabledSites.safeParse(stored.disabledSites);
  const highlightStyle = HighlightStyle.safeParse(stored.highlightStyle);
  return {
    disabledSites: disabledSites.success ? disabledSites.data : defaultSettings.disabledSites,
    highlightStyle: highlightStyle.success ? highlightStyle.data : defaultSettings.highlightStyle,
  };
}

/** Is Recoupe switched off for `hostname`? An entry covers the site and its subdomains. */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
