import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import { ask } from '@/components/background';
import { ConfirmButton } from '@/components/ConfirmButton';
import { DatabaseStats } from '@/components/DatabaseStats';
import { DisabledSites } from '@/components/DisabledSites';
import { ExportPanel } from '@/components/ExportPanel';
import { ImportPanel } from '@/components/ImportPanel';
import { StyleChoice } from '@/components/StyleChoice';
import { useSettings } from '@/components/use-settings';
import actors from '@/lib/database/data/actors.json';
import type { Actor } from '@/lib/database/schema';
import { actorNamer } from '@/lib/i18n/actor-names';
import type { UiLang } from '@/lib/i18n/format';
import { defaultSettings, withSite } from '@/lib/settings/settings';
import type { StoreStats } from '@/lib/store/claim-store';

function Section({ title, children, testId }: { title: string; children: ComponentChildren; testId: string }) {
  const id = useId();
  return (
    <section class="panel" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function OptionsApp({ lang }: { lang: UiLang }) {
  const [stats, setStats] = useState<StoreStats | { error: string } | null>(null);
  const [removed, setRemoved] = useState(false);
  const [settings, updateSettings] = useSettings();
  const actorName = useMemo(() => actorNamer(lang, actors as Actor[]), [lang]);

  const loadStats = useCallback(() => {
    ask({ type: 'db/stats' })
      .then(setStats)
      .catch((error: unknown) => setStats({ error: error instanceof Error ? error.message : String(error) }));
  }, []);
  useEffect(loadStats, [loadStats]);

  const userClaims = stats && 'claims' in stats ? stats.claims.user : 0;

  return (
    <main>
      <h1>{i18n.t('options.title')}</h1>
      <p class="intro muted">{i18n.t('options.intro')}</p>

      <Section title={i18n.t('options.database.heading')} testId="database">
        {stats === null && <p role="status">{i18n.t('options.loading')}</p>}
        {stats && 'error' in stats && <p role="alert">{i18n.t('options.error', [stats.error])}</p>}
        {stats && 'claims' in stats && <DatabaseStats stats={stats} lang={lang} actorName={actorName} />}
      </Section>

      <Section title={i18n.t('options.import.heading')} testId="import-section">
        <ImportPanel
          lang={lang}
          preview={(text) => ask({ type: 'import/preview', text })}
          commit={(text) => ask({ type: 'import/commit', text })}
          onImported={() => {
            setRemoved(false);
            loadStats();
          }}
        />
      </Section>

      <Section title={i18n.t('options.export.heading')} testId="export-section">
        <ExportPanel exportFile={(scope, format) => ask({ type: 'export', scope, format })} />
      </Section>

      <Section title={i18n.t('options.remove.heading')} testId="remove-section">
        <div aria-live="polite">
          {removed && <p data-testid="remove-done">{i18n.t('options.remove.done')}</p>}
          {!removed && userClaims === 0 && <p class="muted">{i18n.t('options.remove.none')}</p>}
        </div>
        {userClaims > 0 && (
          <ConfirmButton
            label={i18n.t('options.remove.button', userClaims)}
            question={i18n.t('options.remove.confirm', userClaims)}
            confirmLabel={i18n.t('options.remove.confirmYes')}
            cancelLabel={i18n.t('options.remove.confirmNo')}
            onConfirm={async () => {
              setStats(await ask({ type: 'user/remove' }));
              setRemoved(true);
            }}
          />
        )}
      </Section>

      <Section title={i18n.t('options.style.heading')} testId="style-section">
        <StyleChoice
          value={(settings ?? defaultSettings).highlightStyle}
          onChange={(highlightStyle) => void updateSettings((current) => ({ ...current, highlightStyle }))}
        />
      </Section>

      <Section title={i18n.t('options.sites.heading')} testId="sites-section">
        <DisabledSites
          sites={settings?.disabledSites ?? []}
          onEnable={(host) => void updateSettings((current) => withSite(current, host, true))}
          onReset={() => void updateSettings((current) => ({ ...current, disabledSites: [] }))}
        />
      </Section>
    </main>
  );
}
