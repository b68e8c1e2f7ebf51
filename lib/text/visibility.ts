import { tagOf } from './layout';

/**
 * Which elements hold no text a reader sees: non-rendered content, form fields, editable regions, hidden
 * elements, and Recoupe's own interface. Their whole subtree is skipped by extraction.
 */

/** Content that is never rendered as page text, or that the reader types rather than reads. */
const SKIPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'canvas',
  'object', 'embed', 'audio', 'video', 'picture', 'img', 'input', 'textarea', 'select', 'option', 'optgroup',
  'datalist', 'button', 'noembed', 'noframes', 'title', 'meta', 'link', 'base',
]);

/** The custom element Recoupe renders its cards and highlights' UI into. */
export const RECOUPE_UI_TAG = 'recoupe-ui';
/** Marks any other element Recoupe inserts into a page. */
export const RECOUPE_UI_ATTRIBUTE = 'data-recoupe-ui';

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:;|$|!)/i;

/** True when the element's markup alone says its subtree shows no readable page text. */
export function isSkippedByMarkup(el: Element, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag) || tag === RECOUPE_UI_TAG) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(RECOUPE_UI_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDING_STYLE.test(style)) return true;
  // A closed <details> shows only its summary.
  const parent = el.parentElement;
  return parent !== null && tagOf(parent) === 'details' && tag !== 'summary' && !parent.hasAttribute('open');
}

/**
 * For the content script: whether the browser renders `el` at all (stylesheets included). Pass it as
 * `isHidden` to extraction. Elements with `display: contents` have no box of their own but show their children,
 * so they count as visible.
 */
export function isRenderedHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  // checkVisibility alone is about twice as fast as reading the computed style, and most elements are visible: the
  // style is read only for the elements it calls hidden, to tell `display: contents` apart.
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility({ visibilityProperty: true }) && view.getComputedStyle(el).display !== 'contents';
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}
