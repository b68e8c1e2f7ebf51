import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseSettings, type Settings, settingsKey } from '@/lib/settings/settings';

/**
 * The user's settings from storage.local, kept current when another page (the popup, the options page) changes
 * them; `update` writes a new value computed from the stored one. null until read.
 */
export function useSettings(): [Settings | null, (change: (current: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(settingsKey).then((stored) => {
      if (live) setSettings(parseSettings(stored[settingsKey]));
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && settingsKey in changes) setSettings(parseSettings(changes[settingsKey]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const update = useCallback(async (change: (current: Settings) => Settings) => {
    // Read again rather than trust the state: another page may have written since.
    const next = change(parseSettings((await browser.storage.local.get(settingsKey))[settingsKey]));
    await browser.storage.local.set({ [settingsKey]: next });
    setSettings(next);
  }, []);
  return [settings, update];
}
