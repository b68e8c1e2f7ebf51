import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '@/components/card.css?inline';
import { ClaimCard } from '@/components/ClaimCard';
import type { UiLang } from '@/lib/match/explain';
import { placeCard, type Placement } from '@/lib/page/placement';
import type { PageFigure } from '@/lib/page/protocol';
import type { CardHost } from '@/lib/page/session';
import { RECOUPE_UI_TAG } from '@/lib/text/visibility';

interface Shown {
  figure: PageFigure;
  anchor: () => DOMRect | null;
  focus: boolean;
  onClose(): void;
}

/** The card, placed next to its figure and kept there as the page scrolls or resizes. */
function CardLayer({ shown, lang, signal }: { shown: Shown; lang: UiLang; signal: AbortSignal }) {
  const layer = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    let frame = 0;
    const place = () => {
      frame = 0;
      const rect = shown.anchor();
      const card = layer.current?.firstElementChild as HTMLElement | null;
      const offScreen = !rect || rect.bottom < 0 || rect.top > window.innerHeight;
      if (!card || offScreen) return setPlacement(null);
      setPlacement(placeCard(rect, { width: card.offsetWidth, height: card.scrollHeight }, { width: window.innerWidth, height: window.innerHeight }));
    };
    const schedule = () => void (frame ||= requestAnimationFrame(place));
    place();
    const local = new AbortController();
    signal.addEventListener('abort', () => local.abort());
    window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: local.signal });
    window.addEventListener('resize', schedule, { passive: true, signal: local.signal });
    return () => {
      local.abort();
      cancelAnimationFrame(frame);
    };
  }, [shown]);
  const style = placement
    ? { top: `${placement.top}px`, left: `${placement.left}px`, '--rc-max-height': `${placement.maxHeight}px` }
    : { top: '0px', left: '0px' };
  return (
    <div ref={layer} class="rc-layer" data-placed={String(placement !== null)} data-side={placement?.side} style={style}>
      <ClaimCard claim={shown.figure.claim} result={shown.figure.result} lang={lang} onClose={shown.onClose} autoFocus={shown.focus} />
    </div>
  );
}

/**
 * The hover card's host: a <recoupe-ui> element with an open shadow root, added to the page the first time a
 * card is shown. Its CSS goes into the shadow root as a constructed stylesheet (no <style> a strict CSP could
 * block); the host itself takes no pointer events, only the card does.
 */
export function createCardHost(ctx: ContentScriptContext, lang: UiLang): CardHost {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let creating: Promise<void> | null = null;
  let shown: Shown | null = null;

  const draw = () => {
    if (ui) render(shown ? <CardLayer key={shown.figure.claim.start} shown={shown} lang={lang} signal={ctx.signal} /> : null, ui.uiContainer);
  };

  const create = async () => {
    const created = await createShadowRootUi(ctx, {
      name: RECOUPE_UI_TAG,
      position: 'inline',
      anchor: 'body',
      inheritStyles: true,
      onMount: (_container, shadow) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(cardCss);
        shadow.adoptedStyleSheets = [sheet];
      },
      onRemove: () => {
        if (ui) render(null, ui.uiContainer);
      },
    });
    created.mount();
    ui = created;
  };

  return {
    show(figure, anchor, options) {
      shown = { figure, anchor, ...options };
      if (ui) return draw();
      creating ??= create().catch((error) => console.warn('[Recoupe] card failed:', error));
      void creating.then(draw);
    },
    hide() {
      shown = null;
      draw();
    },
    owns: (node) => ui !== null && node === ui.shadowHost,
  };
}
