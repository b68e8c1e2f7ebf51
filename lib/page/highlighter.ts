import type { Verdict } from '../match/match-result';
import { MARK_ATTRIBUTE, VERDICTS, highlightName } from './highlight-style';

export interface HighlightItem {
  range: Range;
  verdict: Verdict;
}

export interface Highlighter {
  /** True when highlighting changes the page's DOM (the fallback): clear it before extracting the text again. */
  readonly modifiesDom: boolean;
  /**
   * Shows these figures, replacing whatever was shown. Returns, for each item, the range covering the figure
   * once shown, for hit-testing.
   */
  show(items: readonly HighlightItem[]): Range[];
  /** Shows these figures too, keeping those shown; returns their ranges as show does. */
  add(items: readonly HighlightItem[]): Range[];
  clear(): void;
}

interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}
/** A Highlight: set-like, over ranges. */
type HighlightConstructor = new (...ranges: Range[]) => { add(range: Range): unknown };

/** The Custom Highlight API where the browser has it, else the wrapping fallback. */
export function createHighlighter(doc: Document): Highlighter {
  const view = doc.defaultView as (Window & typeof globalThis & { Highlight?: HighlightConstructor }) | null;
  const registry = (view?.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  if (registry && typeof view?.Highlight === 'function') return registryHighlighter(registry, view.Highlight);
  return wrappingHighlighter(doc);
}

/**
 * One Highlight per verdict in the page's CSS.highlights registry. The registry is shared with the page's own
 * scripts: only the entries holding our own Highlight objects are ever deleted.
 */
export function registryHighlighter(registry: HighlightRegistryLike, Highlight: HighlightConstructor): Highlighter {
  const ours = new Map<string, InstanceType<HighlightConstructor>>();
  const clear = () => {
    for (const [name, highlight] of ours) if (registry.get(name) === highlight) registry.delete(name);
    ours.clear();
  };
  const add = (items: readonly HighlightItem[]) => {
    for (const verdict of VERDICTS) {
      const ranges = items.filter((i) => i.verdict === verdict).map((i) => i.range);
      if (ranges.length === 0) continue;
      const name = highlightName(verdict);
      const highlight = ours.get(name);
      if (highlight && registry.get(name) === highlight) {
        for (const range of ranges) highlight.add(range);
        continue;
      }
      const created = new Highlight(...ranges);
      registry.set(name, created);
      ours.set(name, created);
    }
    return items.map((i) => i.range);
  };
  return {
    modifiesDom: false,
    show(items) {
      clear();
      return add(items);
    },
    add,
    clear,
  };
}

interface Piece {
  node: Text;
  start: number;
  end: number;
  verdict: Verdict;
  item: number;
}

/**
 * For browsers without the Custom Highlight API: wraps each figure's text in <mark data-recoupe-mark>, one per
 * text node it spans, splitting text nodes at the figure's edges. clear() unwraps them and joins exactly the
 * text nodes it split, so the page's DOM is as it was (its other adjacent text nodes are left alone).
 */
export function wrappingHighlighter(doc: Document): Highlighter {
  let marks: HTMLElement[] = [];
  let splits: Text[] = [];

  const clear = () => {
    for (let i = marks.length - 1; i >= 0; i--) {
      const mark = marks[i]!;
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (let i = splits.length - 1; i >= 0; i--) {
      const split = splits[i]!;
      const previous = split.previousSibling;
      if (previous && previous.nodeType === 3 && split.parentNode) {
        (previous as Text).appendData(split.data);
        split.parentNode.removeChild(split);
      }
    }
    marks = [];
    splits = [];
  };

  /** Wraps the figures' text; a text node split by an earlier call has changed, so its figures come in one call. */
  const add = (items: readonly HighlightItem[]) => {
    const pieces: Piece[] = [];
    items.forEach((item, index) => {
      for (const node of textNodesIn(doc, item.range)) {
        const start = node === item.range.startContainer ? item.range.startOffset : 0;
        const end = node === item.range.endContainer ? item.range.endOffset : node.length;
        if (end > start) pieces.push({ node, start, end, verdict: item.verdict, item: index });
      }
    });
    // Last piece first: splitting a text node after a position leaves the earlier offsets in it valid.
    const first: (HTMLElement | undefined)[] = [];
    const last: (HTMLElement | undefined)[] = [];
    for (let i = pieces.length - 1; i >= 0; i--) {
      const { start, end, verdict, item } = pieces[i]!;
      let node = pieces[i]!.node;
      if (end < node.length) splits.push(node.splitText(end));
      if (start > 0) {
        node = node.splitText(start);
        splits.push(node);
      }
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, verdict);
      node.parentNode!.insertBefore(mark, node);
      mark.appendChild(node);
      marks.push(mark);
      first[item] = mark;
      last[item] ??= mark;
    }
    return items.map((item, index) => {
      const from = first[index];
      const to = last[index];
      if (!from || !to) return item.range;
      const range = doc.createRange();
      range.setStartBefore(from);
      range.setEndAfter(to);
      return range;
    });
  };

  return {
    modifiesDom: true,
    show(items) {
      clear();
      return add(items);
    },
    add,
    clear,
  };
}

/** The text nodes a range covers at least partly, in document order. */
function textNodesIn(doc: Document, range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}
