import { i18n } from '#i18n';
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ask } from '@/components/background';
import { ClaimList } from '@/components/ClaimList';
import { EmptyState } from '@/components/EmptyState';
import { whatItCounts } from '@/components/labels';
import { SiteSwitch } from '@/components/SiteSwitch';
import { countVerdicts, Summary } from '@/components/Summary';
import { Timeline } from '@/components/Timeline';
import { useSettings } from '@/components/use-settings';
import actors from '@/lib/database/data/actors.json';
import type { Actor, Claim } from '@/lib/database/schema';
import { actorNamer, type NamedActor } from '@/lib/i18n/actor-names';
import type { UiLang } from '@/lib/i18n/format';
import type { PageFigure } from '@/lib/page/protocol';
import { isSiteEnabled, withSite } from '@/lib/settings/settings';
import { buildTimeline } from '@/lib/timeline/series';
import { type PageRead, readPage, revealFigure } from './page-client';
import { webHost } from './target';

/** The tab reported on: its id, and its address when the browser shows it to us. */
interface TargetTab {
  id: number;
  url: string | undefined;
}

const POLL_MS = 250;
/** How long the popup waits for a scan or a switch to take effect before showing what it has: ~15 s. */
const MAX_POLLS = 60;

async function findTab(explicitTab: number | null): Promise<TargetTab | null> {
  if (explicitTab !== null) {
    const tab = await browser.tabs.get(explicitTab).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** Every actor named in the page's results, for labels of actors the bundled list lacks (imported ones). */
function namedActors(figures: readonly PageFigure[]): NamedActor[] {
  return figures.flatMap(({ result }) => [
    ...(result.reason.params.credited ? [result.reason.params.credited] : []),
    ...[...result.corroborating, ...result.conflicting, ...result.context].map((c) => c.actor),
  ]);
}

type TimelineClaims = { key: string; claims: Claim[] } | { key: string; error: true };

export function PopupApp({ lang, explicitTab }: { lang: UiLang; explicitTab: number | null }) {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [page, setPage] = useState<PageRead | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [timelineClaims, setTimelineClaims] = useState<TimelineClaims | null>(null);
  const [settings, updateSettings] = useSettings();
  /** After the switch is used: whether the page should end up on (true) or off (false). */
  const [awaiting, setAwaiting] = useState<boolean | null>(null);
  const polls = useRef(0);

  useEffect(() => {
    void findTab(explicitTab).then(setTab);
  }, [explicitTab]);

  const refresh = useCallback(async () => {
    if (tab) setPage(await readPage(tab.id));
  }, [tab]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const status = page?.ok ? page.reply.status : null;
  // Poll while the page is being read, or until the switch has taken effect in the page.
  useEffect(() => {
    const waiting = status === 'scanning' || (awaiting !== null && status !== null && (status === 'off') === awaiting);
    if (!waiting) {
      polls.current = 0;
      if (awaiting !== null) setAwaiting(null);
      return;
    }
    if (polls.current++ >= MAX_POLLS) {
      setAwaiting(null);
      return;
    }
    const timer = setTimeout(() => void refresh(), POLL_MS);
    return () => clearTimeout(timer);
  }, [page, status, awaiting, refresh]);

  const figures = page?.ok && status === 'ready' ? page.reply.figures : [];
  useEffect(() => {
    setSelected((current) => (figures.length === 0 ? null : current !== null && current < figures.length ? current : 0));
  }, [figures.length]);

  const figure = selected === null ? null : (figures[selected] ?? null);
  const timelineKey = figure ? `${figure.claim.kind}/${figure.claim.scope}` : null;
  useEffect(() => {
    if (!figure || !timelineKey || timelineClaims?.key === timelineKey) return;
    let live = true;
    ask({ type: 'claims/query', query: { kind: figure.claim.kind, scope: figure.claim.scope } })
      .then((claims) => live && setTimelineClaims({ key: timelineKey, claims }))
      .catch(() => live && setTimelineClaims({ key: timelineKey, error: true }));
    return () => {
      live = false;
    };
  }, [timelineKey]);

  const actorName = useMemo(() => actorNamer(lang, actors as Actor[], namedActors(figures)), [lang, figures]);
  const host = (page?.ok ? page.host : null) ?? webHost(tab?.url);
  const enabled = settings && host ? isSiteEnabled(settings, host) : status !== 'off';

  const toggleSite = async (on: boolean) => {
    if (!host) return;
    polls.current = 0;
    setAwaiting(on);
    await updateSettings((current) => withSite(current, host, on));
    void refresh();
  };

  const select = (index: number) => {
    setSelected(index);
    if (tab) void revealFigure(tab.id, index);
  };

  const siteSwitch = host ? <SiteSwitch host={host} enabled={enabled} busy={awaiting !== null} onChange={toggleSite} /> : null;

  return (
    <>
      <header class="popup__header">
        <h1>{i18n.t('popup.title')}</h1>
        {status !== 'off' && siteSwitch}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popup.options')}
        </button>
      </header>
      <main>
        <Body
          tab={tab}
          page={page}
          host={host}
          siteSwitch={siteSwitch}
          figures={figures}
          lang={lang}
          selected={selected}
          onSelect={select}
          actorName={actorName}
        />
        {figure && timelineClaims?.key === timelineKey && (
          'error' in timelineClaims ? (
            <p class="timeline__empty" role="status">
              {i18n.t('timeline.error')}
            </p>
          ) : (
            <Timeline
              data={buildTimeline(figure.claim, timelineClaims.claims, figure.published ?? null)}
              lang={lang}
              actorName={actorName}
              what={whatItCounts(figure.claim.kind, figure.claim.scope)}
              figure={figure.claim.text}
              credited={figure.claim.actor}
            />
          )
        )}
      </main>
    </>
  );
}

interface BodyProps {
  tab: TargetTab | null | undefined;
  page: PageRead | null;
  host: string | null;
  siteSwitch: JSX.Element | null;
  figures: readonly PageFigure[];
  lang: UiLang;
  selected: number | null;
  onSelect(index: number): void;
  actorName(id: string): string;
}

function Body({ tab, page, host, siteSwitch, figures, lang, selected, onSelect, actorName }: BodyProps) {
  if (tab === null) return <EmptyState state="no-tab" title={i18n.t('popup.empty.noTab')} />;
  if (tab === undefined || page === null) return <EmptyState state="loading" title={i18n.t('popup.empty.loading')} />;
  if (!page.ok) {
    return (
      <EmptyState state="unscannable" title={i18n.t('popup.empty.unscannable.title')}>
        <p>{i18n.t('popup.empty.unscannable.body')}</p>
        {/* A web page without our content script was most likely open before the install or an update. */}
        {(host !== null || tab.url === undefined) && <p>{i18n.t('popup.empty.unscannable.reload')}</p>}
      </EmptyState>
    );
  }
  switch (page.reply.status) {
    case 'off':
      return (
        <EmptyState state="off" title={i18n.t('popup.empty.off.title')}>
          {host && <p>{i18n.t('popup.empty.off.body', [host])}</p>}
          {siteSwitch && <div class="empty__action">{siteSwitch}</div>}
        </EmptyState>
      );
    case 'off-topic':
      return (
        <EmptyState state="off-topic" title={i18n.t('popup.empty.offTopic.title')}>
          <p>{i18n.t('popup.empty.offTopic.body')}</p>
        </EmptyState>
      );
    case 'scanning':
      return <EmptyState state="scanning" title={i18n.t('popup.empty.scanning')} />;
    case 'ready':
      if (!figures.length) {
        return (
          <EmptyState state="none" title={i18n.t('popup.empty.none.title')}>
            <p>{i18n.t('popup.empty.none.body')}</p>
          </EmptyState>
        );
      }
      return (
        <>
          <Summary counts={countVerdicts(figures.map((f) => f.result))} />
          <ClaimList figures={figures} lang={lang} selected={selected} onSelect={onSelect} actorName={actorName} />
        </>
      );
  }
}
