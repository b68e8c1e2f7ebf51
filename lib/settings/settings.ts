import { z } from 'zod/mini';

/**
 * What the user chose. Kept in browser.storage.local (not IndexedDB) so the content script can read it before
 * doing anything else on a page, without waking the background.
 */
export const HighlightStyle = z.enum(['underline', 'background']);
export type HighlightStyle = z.infer<typeof HighlightStyle>;

export const Settings = z.object({
  /** Host names (e.g. "www.lemonde.fr") where Recoupe does nothing. */
  disabledSites: z.array(z.string()),
  highlightStyle: HighlightStyle,
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = { disabledSites: [], highlightStyle: 'underline' };

/** The storage.local key the settings live under. */
export const settingsKey = 'settings';

/** Reads stored settings, falling back to the defaults for anything missing or malformed. */
export function parseSettings(stored: unknown): Settings {
  const parsed = z.partial(Settings).safeParse(stored);
  return parsed.success ? { ...defaultSettings, ...parsed.data } : defaultSettings;
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname);
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== hostname);
  return { ...settings, disabledSites: enabled ? others : [...others, hostname].sort() };
}
