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
 * For the content script: whether the browser renders the text of `node`, a text node, stylesheets included. It
 * reads the computed style, so the page calls it only for the few text nodes holding a figure, after detection;
 * extraction goes by the markup alone (isSkippedByMarkup). An element with `display: contents` has no box of its
 * own (checkVisibility calls it hidden) but shows its children: its visibility and its parent's box decide.
 */
export function isTextRendered(node: Node): boolean {
  const view = node.ownerDocument?.defaultView;
  let el = node.parentElement;
  if (!view || !el) return true;
  // Visibility is inherited: the parent's computed value is the text's.
  const visibility = view.getComputedStyle(el).visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  for (; el; el = el.parentElement) {
    const checkable = typeof el.checkVisibility === 'function';
    if (checkable && el.checkVisibility()) return true;
    const display = view.getComputedStyle(el).display;
    // checkVisibility said no: an element with a box is under a hidden one; without it, look up the tree.
    if (display === 'none' || (checkable && display !== 'contents')) return false;
  }
  return true;
}
