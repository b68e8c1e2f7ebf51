import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '@/components/card.css?inline';
import { ClaimCard } from '@/components/ClaimCard';
import type { UiLang } from '@/lib/i18n/format';
import { placeCard, type Placement } from '@/lib/page/placement';
import { RECOUPE_UI_TAG } from '@/lib/text/visibility';
import type { CardView, ShownCard } from '../content/card-host';

/** The card, placed next to its figure and kept there as the page scrolls or resizes. */
function CardLayer({ shown, lang, signal }: { shown: ShownCard; lang: UiLang; signal: AbortSignal }) {
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
      <ClaimCard claim={shown.figure.claim} result={shown.figure.result} published={shown.figure.published} lang={lang} onClose={shown.onClose} autoFocus={shown.focus} />
    </div>
  );
}

/**
 * The card's host: a <recoupe-ui> element with an open shadow root. Its CSS goes into the shadow root as a
 * constructed stylesheet (no <style> a strict CSP could block); the host itself takes no pointer events, only the
 * card does. The host leaves the page when the content script's context is invalidated.
 */
export async function createCard(ctx: ContentScriptContext, lang: UiLang): Promise<CardView> {
  const ui = await createShadowRootUi(ctx, {
    name: RECOUPE_UI_TAG,
    position: 'inline',
    anchor: 'body',
    inheritStyles: true,
    onMount: (_container, shadow) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cardCss);
      shadow.adoptedStyleSheets = [sheet];
    },
    onRemove: () => render(null, ui.uiContainer),
  });
  return {
    host: ui.shadowHost,
    mount: () => ui.mount(),
    render(shown) {
      render(shown ? <CardLayer key={shown.figure.claim.start} shown={shown} lang={lang} signal={ctx.signal} /> : null, ui.uiContainer);
    },
  };
}
