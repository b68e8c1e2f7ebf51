import type { Verdict } from '../match/match-result';
import type { HighlightStyle } from '../settings/settings';

export const VERDICTS: readonly Verdict[] = ['corroborated', 'conflicting', 'mixed', 'unverified'];

/**
 * A highlight's look: its verdict, and the user's highlight style when not the default underline. The looks are
 * styled by entrypoints/content/highlights.css, which the browser injects with the content script (declared in the
 * manifest): no stylesheet is added from script, so no page script sees one in document.adoptedStyleSheets or can drop
 * it, and a strict CSP does not apply to it.
 */
export const lookOf = (verdict: Verdict, style: HighlightStyle): string => (style === 'underline' ? verdict : `${verdict}-${style}`);

/** The CSS.highlights name of a look; the prefix keeps Recoupe's apart from the page's. */
export const highlightName = (look: string): string => `recoupe-${look}`;

/** The fallback's wrapper element is a <mark> with this attribute, valued with its look. */
export const MARK_ATTRIBUTE = 'data-recoupe-mark';
