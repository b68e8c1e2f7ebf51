/**
 * What the user chose. Kept in browser.storage.local (not IndexedDB) so the content script can read it before
 * doing anything else on a page, without waking the background. Plain checks rather than zod here: this module
 * ships in the content script, whose size budget has no room for a schema library.
 */
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface Settings {
  /** Host names (e.g. "www.lemonde.fr") where Recoupe does nothing. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
}

export const defaultSettings: Settings = { disabledSites: [], highlightStyle: 'underline' };

/** The storage.local key the settings live under. */
export const settingsKey = 'settings';

const isHighlightStyle = (value: unknown): value is HighlightStyle => HIGHLIGHT_STYLES.includes(value as HighlightStyle);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads stored settings: each well-formed field is kept, anything missing or malformed falls back to the default. */
export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return defaultSettings;
  const { disabledSites, highlightStyle } = stored as Record<string, unknown>;
  return {
    disabledSites: isStringList(disabledSites) ? disabledSites : defaultSettings.disabledSites,
    highlightStyle: isHighlightStyle(highlightStyle) ? highlightStyle : defaultSettings.highlightStyle,
  };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname);
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== hostname);
  return { ...settings, disabledSites: enabled ? others : [...others, hostname].sort() };
}
