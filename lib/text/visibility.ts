import { tagOf } from './layout';

/**
 * Which elements hold no text a reader sees: non-rendered content, form fields, editable regions, hidden
 * elements, and Recoupe's own interface. Their whole subtree is skipped by extraction. An element is skipped by its
 * markup when its tag is skipped (isSkippedTag), when its own attributes hide it (isHiddenByAttributes), or when it
 * is a child of a closed <details> other than its <summary> (isClosedDetails on the parent).
 *
 * The checks are split so that extraction, where every DOM call crosses the content script's bindings, makes as few
 * as it can: the attributes are read only for elements that have some, and a closed <details> is walk state rather
 * than a parent lookup per element.
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

/** True when an element with this tag (lower case) shows no readable page text, whatever its attributes. */
export function isSkippedTag(tag: string): boolean {
  return SKIPPED_TAGS.has(tag) || tag === RECOUPE_UI_TAG;
}

/**
 * True when the element's own attributes hide its subtree. `names` are its attribute names (getAttributeNames) and
 * `style` its style attribute (null when it has none), both read once by the caller; an element without attributes
 * (Element.hasAttributes) is never hidden by them and needs no call at all.
 */
export function isHiddenByAttributes(el: Element, names: readonly string[], style: string | null): boolean {
  for (const name of names) {
    switch (name) {
      case 'hidden':
      case RECOUPE_UI_ATTRIBUTE:
        return true;
      case 'aria-hidden':
        if (el.getAttribute(name) === 'true') return true;
        break;
      case 'contenteditable':
        if (el.getAttribute(name)!.toLowerCase() !== 'false') return true;
        break;
    }
  }
  return style !== null && HIDING_STYLE.test(style);
}

/** True when `el` is a closed <details>, which shows only its summary: its other children are skipped. */
export function isClosedDetails(el: Element): boolean {
  return tagOf(el) === 'details' && !el.hasAttribute('open');
}

/**
 * For the content script: whether the browser renders the text of `node`, a text node, stylesheets included. It
 * reads the computed style, so the page calls it only for the few text nodes holding a figure, after detection;
 * extraction goes by the markup alone. An element with `display: contents` has no box of its
 * own (checkVisibility calls it hidden) but shows its children: its visibility and its parent's box decide.
 */
export function isTextRendered(node: Node): boolean {
  const view = node.ownerDocument?.defaultView;
  let el = node.parentElement;
  if (!view || !el) return true;
  // The usual case in one call: the parent and its ancestors have boxes, and the parent's visibility (inherited: the
  // text's) is visible. A browser without the visibilityProperty option ignores it: there, text that only
  // visibility hides (it paints nothing) is taken as rendered.
  if (typeof el.checkVisibility === 'function' && el.checkVisibility({ visibilityProperty: true })) return true;
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
