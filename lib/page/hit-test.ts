/**
 * Which highlighted figure is under the pointer. Highlights receive no pointer events, so the pointer's position
 * is mapped to a caret (a text node and offset) and checked against the figures' ranges, then against their
 * client rects: the caret snaps to the nearest character even in a margin, the rects say whether the pointer is
 * really over the text.
 */

export interface Caret {
  node: Node;
  offset: number;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The parts of a DOM Range the hit test reads. */
export interface RangeLike {
  isPointInRange(node: Node, offset: number): boolean;
  getClientRects(): ArrayLike<RectLike>;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret at a viewport point: caretPositionFromPoint where the browser has it, else caretRangeFromPoint. */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) falls in one of the rects, `slop` pixels of tolerance around each. */
export function rectsContain(rects: ArrayLike<RectLike>, x: number, y: number, slop = 1): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/**
 * Index of the figure under (x, y), or -1. With a caret, only ranges holding it are measured (a pointer at a
 * figure's very end gives the caret after its last character, which the range still holds); without one, every
 * range's rects are.
 */
export function figureAt(ranges: readonly RangeLike[], x: number, y: number, caret: Caret | null): number {
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    if (caret && !safeInRange(range, caret)) continue;
    if (rectsContain(range.getClientRects(), x, y)) return i;
  }
  return -1;
}

function safeInRange(range: RangeLike, caret: Caret): boolean {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    // A caret in another document or a detached node.
    return false;
  }
}
