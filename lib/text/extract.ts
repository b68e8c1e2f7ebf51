import { isBlock, isCell, keepsWhiteSpace, tagOf } from './layout';
import { isClosedDetails, isHiddenByAttributes, isSkippedTag } from './visibility';

/** A run of page text that maps character for character onto part of one text node. */
export interface TextSegment {
  readonly node: Text;
  /** node.data at extraction: a segment whose node no longer holds this data is stale. */
  readonly data: string;
  /** Where the run starts in the page text. */
  readonly start: number;
  /** Where the run starts in node.data. */
  readonly offset: number;
  readonly length: number;
}

/**
 * The segments of a page, in text order, as parallel arrays: entry i of each is a field of segment i (read one whole
 * with segmentAt). A large page has hundreds of thousands of segments, which live as long as its highlights: the
 * arrays hold them without an object each for the garbage collector to trace.
 */
export interface TextSegments {
  readonly node: readonly Text[];
  readonly data: readonly string[];
  readonly start: readonly number[];
  readonly offset: readonly number[];
  readonly length: readonly number[];
}

export function segmentAt(segments: TextSegments, i: number): TextSegment {
  return { node: segments.node[i]!, data: segments.data[i]!, start: segments.start[i]!, offset: segments.offset[i]!, length: segments.length[i]! };
}

/** The visible text of a page, with the way back from text offsets to text nodes. */
export interface PageText {
  /**
   * Blocks, table rows and <br> are separated by "\n", the cells of a row by "\t" (as in innerText, but an empty cell
   * adds no tab), and a <dd> from its <dt> by "\t" too; collapsible white space is one space; U+00A0 and U+202F are
   * kept.
   */
  readonly text: string;
  /** Line breaks added at block edges and tabs added between cells belong to no segment. */
  readonly segments: TextSegments;
}

export interface ExtractOptions {
  /**
   * Extra hiding test for each element not already skipped by its markup; in the browser, pass
   * `isRenderedHidden` so stylesheet-hidden content is skipped too.
   */
  isHidden?: (el: Element) => boolean;
}

/** An extraction that can run in slices (e.g. in idle callbacks): call advance until it returns true. */
export interface TextExtraction {
  /** Visits at most `budget` more nodes; returns true once the whole tree has been walked. */
  advance(budget: number): boolean;
  /** The text extracted so far, as a snapshot (all of it once advance has returned true). */
  result(): PageText;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * What the text so far ends with, for white-space collapsing. Cell: text, then the edge of a table cell; the tab
 * that separates it from the next cell is written only when words follow on the same line.
 */
const Tail = { Nothing: 0, LineBreak: 1, Space: 2, Char: 3, Cell: 4 } as const;
type Tail = (typeof Tail)[keyof typeof Tail];

/** Walk state of an element the walk has entered. */
const BLOCK = 1;
/** A closed <details>: its children other than the summary are skipped. */
const CLOSED_DETAILS = 2;
/** A table cell (td, th). */
const CELL = 4;
/** A term of a description list (dt): the <dd> right after it continues its line, as the next cell of a row. */
const TERM = 8;

/** How many parts of the text are joined into one string at a time. */
const JOIN_PARTS = 4096;

/**
 * A run of the white space a browser collapses (space, tab, LF, FF, CR; not U+00A0 or U+202F) that extraction
 * rewrites: two or more characters, a lone tab/LF/CR/FF, or a lone space at either end of a text node.
 */
const COLLAPSIBLE_RUN = /[ \t\n\f\r]{2,}|[\t\n\f\r]|^ | $/g;

interface MutableSegments {
  node: Text[];
  data: string[];
  start: number[];
  offset: number[];
  length: number[];
}

export function extractText(root: Document | Element, options: ExtractOptions = {}): PageText {
  const extraction = startExtraction(root, options);
  extraction.advance(Infinity);
  return extraction.result();
}

/**
 * Walks the tree iteratively (firstChild/nextSibling/parentNode: constant time in browsers and linkedom, no
 * recursion), skipping hidden subtrees whole. The parts are joined once, at the end.
 *
 * In the content script every DOM call crosses the isolated world's bindings, and their number per node is most of
 * the cost: an element costs nodeType, localName, hasAttributes and firstChild (plus getAttributeNames and the few
 * attributes that matter when it has any); a text node nodeType and data; leaving either nextSibling, or parentNode
 * when it is the last child. What the walk needs to know about the elements it is inside (block and cell edges, a
 * closed <details>) is kept in a stack as it enters them, not read again from the parents.
 */
export function startExtraction(root: Document | Element, options: ExtractOptions = {}): TextExtraction {
  const container: Node | null = isDocument(root) ? (root.body ?? root.documentElement) : root;
  const isHidden = options.isHidden;
  /** The text so far: `blocks`, each a join of earlier parts, then `parts`. */
  const blocks: string[] = [];
  const parts: string[] = [];
  const segments: MutableSegments = { node: [], data: [], start: [], offset: [], length: [] };
  const preserving: Element[] = [];
  /** The elements entered and not yet left, with their walk state (BLOCK, CELL, CLOSED_DETAILS). */
  const open: Element[] = [];
  const openState: number[] = [];
  /** The state of the element whose children are being visited: the container's to begin with. */
  const containerState = container !== null && container.nodeType === ELEMENT_NODE && isClosedDetails(container as Element) ? CLOSED_DETAILS : 0;
  let parentState = containerState;
  let length = 0;
  let tail: Tail = Tail.Nothing;
  /** A collapsed space waiting for words after it on the same line: it maps to this character of this node. */
  let pendingNode: Text | null = null;
  let pendingData = '';
  let pendingOffset = 0;
  let next: Node | null = container?.firstChild ?? null;
  /** The text's length when a <dt> was last left (-1: none yet). */
  let termEnd = -1;
  let cached: PageText | null = null;

  function joinParts(): void {
    if (parts.length === 0) return;
    blocks.push(parts.join(''));
    parts.length = 0;
  }

  function addRun(node: Text, data: string, offset: number, runLength: number, chars: string): void {
    const last = segments.node.length - 1;
    if (last >= 0 && segments.node[last] === node && segments.offset[last]! + segments.length[last]! === offset && segments.start[last]! + segments.length[last]! === length) {
      segments.length[last]! += runLength;
    } else {
      segments.node.push(node);
      segments.data.push(data);
      segments.start.push(length);
      segments.offset.push(offset);
      segments.length.push(runLength);
    }
    parts.push(chars);
    length += runLength;
  }

  /** Writes what separates the words about to be added from the text before them: a tab between cells, or a space. */
  function flushPending(): void {
    if (tail === Tail.Cell) {
      parts.push('\t');
      length += 1;
    } else if (pendingNode) addRun(pendingNode, pendingData, pendingOffset, 1, ' ');
    pendingNode = null;
  }

  function addWords(node: Text, data: string, from: number, to: number): void {
    flushPending();
    addRun(node, data, from, to - from, from === 0 && to === data.length ? data : data.slice(from, to));
    tail = Tail.Char;
  }

  function addText(node: Text): void {
    const data = node.data;
    const end = data.length;
    if (end === 0) return;
    if (preserving.length > 0) {
      flushPending();
      addRun(node, data, 0, end, data);
      const last = data.charCodeAt(end - 1);
      tail = last === 10 ? Tail.LineBreak : last === 32 || last === 9 ? Tail.Space : Tail.Char;
      return;
    }
    // Collapsible runs: two or more white-space characters, a lone tab/LF/CR/FF, or a lone space at either end of
    // the node (its fate depends on the neighbours). A lone space between two words is kept as is. Found with a
    // regex: the text's characters are then scanned by compiled code, even while this function itself is still cold.
    let from = 0;
    COLLAPSIBLE_RUN.lastIndex = 0;
    for (let run = COLLAPSIBLE_RUN.exec(data); run !== null; run = COLLAPSIBLE_RUN.exec(data)) {
      const i = run.index;
      if (i > from) addWords(node, data, from, i);
      // The space is written only if words follow on the same line; it maps to the run's first character.
      if (tail === Tail.Char && !pendingNode) {
        pendingNode = node;
        pendingData = data;
        pendingOffset = i;
      }
      from = i + run[0].length;
    }
    if (from < end) addWords(node, data, from, end);
  }

  function blockEdge(): void {
    pendingNode = null;
    if (tail === Tail.Char || tail === Tail.Space || tail === Tail.Cell) {
      parts.push('\n');
      length += 1;
      tail = Tail.LineBreak;
    }
  }

  /** Entering or leaving a table cell: the next words on this line, if any, are in another cell. */
  function cellEdge(): void {
    pendingNode = null;
    if (tail === Tail.Char || tail === Tail.Space) tail = Tail.Cell;
  }

  function lineBreak(): void {
    pendingNode = null;
    if (tail === Tail.Nothing) return;
    parts.push('\n');
    length += 1;
    tail = Tail.LineBreak;
  }

  /** Leaves `el`: `state` is its walk state, or -1 when it was not recorded on entering it. */
  function close(el: Element, state: number): void {
    if (state < 0) {
      const tag = tagOf(el);
      state = isBlock(tag) ? BLOCK | (tag === 'dt' ? TERM : 0) : isCell(tag) ? CELL : 0;
    }
    if (state & TERM) {
      cellEdge();
      termEnd = length;
    } else if (state & BLOCK) blockEdge();
    else if (state & CELL) cellEdge();
    if (preserving[preserving.length - 1] === el) preserving.pop();
  }

  /** The node after `node` in document order once its subtree is done, closing the elements it leaves. */
  function after(node: Node): Node | null {
    let current = node;
    while (current !== container) {
      const sibling = current.nextSibling;
      if (sibling) return sibling;
      const parent = current.parentNode;
      // A node detached between slices ends the walk rather than escaping the container.
      if (!parent) return null;
      current = parent;
      if (current === container) break;
      // The stack follows the walk; a page that moved nodes between slices can make it disagree with the tree.
      if (open[open.length - 1] === current) {
        open.pop();
        close(current as Element, openState.pop()!);
        parentState = openState.length > 0 ? openState[openState.length - 1]! : containerState;
      } else {
        close(current as Element, -1);
      }
    }
    return null;
  }

  function visit(node: Node): Node | null {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      addText(node as Text);
      return after(node);
    }
    if (type !== ELEMENT_NODE) return after(node);
    const el = node as Element;
    const tag = tagOf(el);
    if (isSkippedTag(tag) || ((parentState & CLOSED_DETAILS) !== 0 && tag !== 'summary')) return after(el);
    let style: string | null = null;
    if (el.hasAttributes()) {
      const names = el.getAttributeNames();
      if (names.includes('style')) style = el.getAttribute('style');
      if (isHiddenByAttributes(el, names, style)) return after(el);
    }
    if (isHidden !== undefined && isHidden(el)) return after(el);
    if (tag === 'br') {
      lineBreak();
      return after(el);
    }
    const block = isBlock(tag);
    const cell = !block && isCell(tag);
    // A <dd> right after its <dt> reads on the term's line, after a tab ("Tués\tenviron 600"), as a table row does.
    if (block && !(tag === 'dd' && tail === Tail.Cell && termEnd === length)) blockEdge();
    else if (cell) cellEdge();
    if (keepsWhiteSpace(tag, style)) preserving.push(el);
    const state =
      (block ? BLOCK | (tag === 'dt' ? TERM : 0) : cell ? CELL : 0) | (tag === 'details' && !el.hasAttribute('open') ? CLOSED_DETAILS : 0);
    const first = el.firstChild;
    if (first) {
      open.push(el);
      openState.push(state);
      parentState = state;
      return first;
    }
    close(el, state);
    return after(el);
  }

  return {
    advance(budget: number): boolean {
      for (let visited = 0; next && visited < budget; visited++) next = visit(next);
      // Joined as the walk goes, a few thousand parts at a time: joining all of a large page's at the end would be
      // one long task, and their array would grow without bound.
      if (parts.length >= JOIN_PARTS) joinParts();
      return next === null;
    },
    result(): PageText {
      if (cached) return cached;
      const last = segments.node.length - 1;
      const covered = last >= 0 ? segments.start[last]! + segments.length[last]! : 0;
      joinParts();
      const joined = blocks.length === 1 ? blocks[0]! : blocks.join('');
      let end = joined.length;
      while (end > covered && joined.charCodeAt(end - 1) === 10) end--;
      const text = end === joined.length ? joined : joined.slice(0, end);
      // A snapshot mid-walk: the walk may still lengthen the last segment.
      if (next !== null) return { text, segments: { node: segments.node.slice(), data: segments.data.slice(), start: segments.start.slice(), offset: segments.offset.slice(), length: segments.length.slice() } };
      cached = { text, segments };
      return cached;
    },
  };
}

function isDocument(root: Document | Element): root is Document {
  return root.nodeType === 9;
}
