/**
 * How elements lay out their text, as far as text extraction cares: which start a new line, which keep white
 * space as written. Decided from the tag (and inline style) only, so it works without a rendering engine.
 */

/**
 * Elements a browser lays out as blocks, or as tables, their row groups, rows and captions: their edges become line
 * breaks. Table cells are not among them: see isCell.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre',
  'search', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp',
]);

/** Elements whose white space renders as written. */
const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp']);

const PRE_STYLE = /(?:^|;)\s*white-space\s*:\s*(?:pre|pre-wrap|break-spaces)\s*(?:;|$|!)/i;

/** The element's tag in lower case (HTML documents from every DOM we run in). */
export function tagOf(el: Element): string {
  return el.localName || el.tagName.toLowerCase();
}

export function isBlock(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/**
 * Table cells: as in a browser's innerText, the cells of a row are one line, separated by tabs, so that a figure in
 * a fact box stays on the line of its source and of what it counts.
 */
export function isCell(tag: string): boolean {
  return tag === 'td' || tag === 'th';
}

/**
 * True when white space inside an element is kept as written rather than collapsed; `style` is its style attribute
 * (null when it has none), read once by the caller.
 */
export function keepsWhiteSpace(tag: string, style: string | null): boolean {
  return PRE_TAGS.has(tag) || (style !== null && PRE_STYLE.test(style));
}
