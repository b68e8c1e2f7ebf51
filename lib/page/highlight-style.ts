import type { Verdict } from '../match/match-result';
import type { HighlightStyle } from '../settings/settings';

export const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'mixed', 'unverified'];

/** The CSS.highlights names Recoupe registers, one per verdict; the prefix keeps them apart from the page's. */
export const highlightName = (verdict: Verdict): string => `recoupe-${verdict}`;

/** The fallback's wrapper element is a <mark> with this attribute, valued with the verdict. */
export const MARK_ATTRIBUTE = 'data-recoupe-mark';

/**
 * Mid-tone colours, legible as lines on light and dark pages alike; the line style tells the verdicts apart
 * without colour.
 */
const LOOK: Readonly<Record<Verdict, { color: string; tint: string; line: string }>> = {
  corroborated: { color: '#2a9d4b', tint: 'rgba(42,157,75,.22)', line: 'solid' },
  conflicting: { color: '#e0443e', tint: 'rgba(224,68,62,.24)', line: 'wavy' },
  mixed: { color: '#d08a00', tint: 'rgba(208,138,0,.24)', line: 'double' },
  unverified: { color: '#7d8590', tint: 'rgba(125,133,144,.24)', line: 'dotted' },
};

/** The look of one verdict, as declarations valid in ::highlight() and on the fallback's <mark>. */
function declarations(verdict: Verdict, style: HighlightStyle): string {
  const { color, tint, line } = LOOK[verdict];
  const background = style === 'background' ? `background-color:${tint};` : '';
  return `${background}text-decoration:underline ${line} ${color};text-decoration-thickness:2px;text-underline-offset:3px;`;
}

/**
 * The page-level stylesheet: ::highlight() rules for the Custom Highlight API and the same looks for the
 * fallback's <mark> elements (which otherwise get the page's or the browser's mark style).
 */
export function highlightCss(style: HighlightStyle): string {
  return VERDICTS.map(
    (v) =>
      `::highlight(${highlightName(v)}){${declarations(v, style)}}` +
      `mark[${MARK_ATTRIBUTE}="${v}"]{all:unset;display:inline;${declarations(v, style)}}`,
  ).join('\n');
}

/**
 * Adds a constructed stylesheet to the document's adoptedStyleSheets: allowed under a strict style-src CSP,
 * unlike an injected <style>, and invisible in the DOM. Returns a handle to change or remove it.
 */
export function adoptStylesheet(doc: Document, css: string): { update(css: string): void; remove(): void } | null {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return null;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    update: (next) => sheet.replaceSync(next),
    remove: () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
