import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UiLang } from '@/lib/i18n/format';
import type { PageFigure } from '@/lib/page/protocol';
import type { CardHost } from '@/lib/page/session';

/** A card to show: its figure, the rect it sits next to (read again on scroll), and how it behaves. */
export interface ShownCard {
  figure: PageFigure;
  anchor: () => DOMRect | null;
  focus: boolean;
  onClose(): void;
}

/** The card's interface: a <recoupe-ui> host element with the card rendered in its shadow root. */
export interface CardView {
  readonly host: HTMLElement;
  /** Adds the host to the page. */
  mount(): void;
  /** Renders `shown`, or removes the card (null). */
  render(shown: ShownCard | null): void;
}

/** What /card.js (entrypoints/card) exports as its default. */
export interface CardModule {
  /** The card's interface, not yet in the page. */
  createCard(ctx: ContentScriptContext, lang: UiLang): Promise<CardView>;
}

/**
 * Imports the card module: a web-accessible resource of our own extension (see wxt.config.ts), which Chrome serves
 * from a per-session address (runtime.getURL gives it) that the page's CSP does not govern.
 */
async function importCardModule(): Promise<CardModule> {
  return ((await import(/* @vite-ignore */ browser.runtime.getURL('/card.js'))) as { default: CardModule }).default;
}

/**
 * The hover card's host. The card's interface (Preact, the card component and its CSS) is most of the weight of
 * the page's side of Recoupe and most pages never show a card, so it is a module of its own, imported from the
 * extension the first time a card is shown. A failed import is reported and tried again on the next card.
 */
export function createCardHost(ctx: ContentScriptContext, lang: UiLang, loadModule = importCardModule): CardHost {
  let view: CardView | null = null;
  let loading: Promise<void> | null = null;
  let shown: ShownCard | null = null;

  const load = async () => {
    try {
      const created = await (await loadModule()).createCard(ctx, lang);
      // The extension may have gone away (reloaded, removed) while the module loaded: add nothing to the page then.
      if (ctx.isInvalid) return;
      // Known as ours before it enters the page, so the page watcher ignores its insertion.
      view = created;
      view.mount();
      view.render(shown);
    } catch (error) {
      if (!ctx.isInvalid) console.warn('[Recoupe] card failed:', error);
      loading = null;
    }
  };

  return {
    show(figure, anchor, options) {
      shown = { figure, anchor, ...options };
      if (view) view.render(shown);
      else loading ??= load();
    },
    hide() {
      shown = null;
      view?.render(null);
    },
    owns: (node) => view !== null && node === view.host,
  };
}
