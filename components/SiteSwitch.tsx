import { i18n } from '#i18n';

/** Recoupe on or off for one site: a checkbox with the switch role, labelled with the site's host name. */
export function SiteSwitch({ host, enabled, busy = false, onChange }: { host: string; enabled: boolean; busy?: boolean; onChange(enabled: boolean): void }) {
  return (
    <label class="switch" data-testid="site-switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        disabled={busy}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch__track" aria-hidden="true" />
      <span>{i18n.t('site.switch', [host])}</span>
    </label>
  );
}
