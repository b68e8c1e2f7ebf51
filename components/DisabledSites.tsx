import { i18n } from '#i18n';

/** The sites where Recoupe is off, each with a button to turn it back on, and one for all of them. */
export function DisabledSites({ sites, onEnable, onReset }: { sites: readonly string[]; onEnable(host: string): void; onReset(): void }) {
  if (!sites.length) return <p class="muted">{i18n.t('options.sites.none')}</p>;
  return (
    <div>
      <ul class="sites">
        {sites.map((host) => (
          <li key={host}>
            <span class="sites__host">{host}</span>{' '}
            <button type="button" onClick={() => onEnable(host)}>
              {i18n.t('options.sites.turnOn', [host])}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onReset}>
        {i18n.t('options.sites.reset')}
      </button>
    </div>
  );
}
