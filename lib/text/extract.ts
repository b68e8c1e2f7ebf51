import { isBlock, keepsWhiteSpace, tagOf } from './layout';
import { isSkippedByMarkup } from './visibility';

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

/** The visible text of a page, with the way back from text offsets to text nodes. */
export interface PageText {
  /** Blocks and <br> are separated by "\n"; collapsible white space is one space; U+00A0 and U+202F are kept. */
  readonly text: string;
  /** In text order. Line breaks added at block edges belong to no segment. */
  readonly segments: readonly TextSegment[];
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

/** What the text so far ends with, for white-space collapsing. */
const Tail = { Nothing: 0, LineBreak: 1, Space: 2, Char: 3 } as const;
type Tail = (typeof Tail)[keyof typeof Tail];

/**
 * White space a browser collapses or drops: runs of two or more, any tab/newline/CR/FF, and a single space at
 * either end of a text node (its fate depends on the neighbours). A lone space between two words is kept as is.
 */
const COLLAPSIBLE = /[ \t\n\r\f]{2,}|[\t\n\r\f]| $|^ /g;

interface MutableSegment {
  node: Text;
  data: string;
  start: number;
  offset: number;
  length: number;
}

export function extractText(root: Document | Element, options: ExtractOptions = {}): PageText {
  const extraction = startExtraction(root, options);
  extraction.advance(Infinity);
  return extraction.result();
}

/**
 * Walks the tree iteratively (firstChild/nextSibling/parentNode: constant time in browsers and linkedom, no
 * recursion), skipping hidden subtrees whole. The parts are joined once, at the end.
 */
export function startExtraction(root: Document | Element, options: ExtractOptions = {}): TextExtraction {
  const container: Node | null = isDocument(root) ? (root.body ?? root.documentElement) : root;
  const isHidden = options.isHidden;
  const parts: string[] = [];
  const segments: MutableSegment[] = [];
  const preserving: Element[] = [];
  let length = 0;
  let tail: Tail = Tail.Nothing;
  let pending: { node: Text; data: string; offset: number } | null = null;
  let next: Node | null = container?.firstChild ?? null;
  let cached: PageText | null = null;

  function addRun(node: Text, data: string, offset: number, runLength: number, chars: string): void {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.offset + last.length === offset && last.start + last.length === length) {
      last.length += runLength;
    } else {
      segments.push({ node, data, start: length, offset, length: runLength });
    }
    parts.push(chars);
    length += runLength;
  }

  function addWords(node: Text, data: string, from: number, to: number): void {
    if (pending) {
      addRun(pending.node, pending.data, pending.offset, 1, ' ');
      pending = null;
    }
    addRun(node, data, from, to - from, from === 0 && to === data.length ? data : data.slice(from, to));
    tail = Tail.Char;
  }

  function addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    if (preserving.length > 0) {
      if (pending) addRun(pending.node, pending.data, pending.offset, 1, ' ');
      pending = null;
      addRun(node, data, 0, data.length, data);
      const end = data.charCodeAt(data.length - 1);
      tail = end === 10 ? Tail.LineBreak : end === 32 || end === 9 ? Tail.Space : Tail.Char;
      return;
    }
    COLLAPSIBLE.lastIndex = 0;
    let from = 0;
    for (let m = COLLAPSIBLE.exec(data); m; m = COLLAPSIBLE.exec(data)) {
      if (m.index > from) addWords(node, data, from, m.index);
      // The space is written only if words follow on the same line; it maps to the run's first character.
      if (tail === Tail.Char && !pending) pending = { node, data, offset: m.index };
      from = m.index + m[0].length;
    }
    if (from < data.length) addWords(node, data, from, data.length);
  }

  function blockEdge(): void {
    pending = null;
    if (tail === Tail.Char || tail === Tail.Space) {
      parts.push('\n');
      length += 1;
      tail = Tail.LineBreak;
    }
  }

  function lineBreak(): void {
    pending = null;
    if (tail === Tail.Nothing) return;
    parts.push('\n');
    length += 1;
    tail = Tail.LineBreak;
  }

  function close(el: Element): void {
    if (isBlock(tagOf(el))) blockEdge();
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
      if (current !== container) close(current as Element);
    }
    return null;
  }

  function visit(node: Node): Node | null {
    if (node.nodeType === TEXT_NODE) {
      addText(node as Text);
      return after(node);
    }
    if (node.nodeType !== ELEMENT_NODE) return after(node);
    const el = node as Element;
    const tag = tagOf(el);
    if (isSkippedByMarkup(el, tag) || (isHidden !== undefined && isHidden(el))) return after(el);
    if (tag === 'br') {
      lineBreak();
      return after(el);
    }
    if (isBlock(tag)) blockEdge();
    if (keepsWhiteSpace(el, tag)) preserving.push(el);
    const first = el.firstChild;
    if (first) return first;
    close(el);
    return after(el);
  }

  return {
    advance(budget: number): boolean {
      for (let visited = 0; next && visited < budget; visited++) next = visit(next);
      return next === null;
    },
    result(): PageText {
      if (cached) return cached;
      const lastSegment = segments[segments.length - 1];
      const covered = lastSegment ? lastSegment.start + lastSegment.length : 0;
      const joined = parts.join('');
      let end = joined.length;
      while (end > covered && joined.charCodeAt(end - 1) === 10) end--;
      const text = end === joined.length ? joined : joined.slice(0, end);
      if (next !== null) return { text, segments: segments.map((s) => ({ ...s })) };
      cached = { text, segments };
      return cached;
    },
  };
}

function isDocument(root: Document | Element): root is Document {
  return root.nodeType === 9;
}
