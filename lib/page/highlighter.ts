import type { Verdict } from '../match/match-result';
import type { HighlightStyle } from '../settings/settings';
import { MARK_ATTRIBUTE, VERDICTS, highlightName, lookOf } from './highlight-style';

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
  /** Gives the figures shown, and those shown later, the look of this highlight style. */
  restyle(style: HighlightStyle): void;
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
export function createHighlighter(doc: Document, style: HighlightStyle): Highlighter {
  const view = doc.defaultView as (Window & typeof globalThis & { Highlight?: HighlightConstructor }) | null;
  const registry = (view?.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  if (registry && typeof view?.Highlight === 'function') return registryHighlighter(registry, view.Highlight, style);
  return wrappingHighlighter(doc, style);
}

/**
 * One Highlight per verdict in the page's CSS.highlights registry, named for its look. The registry is shared with
 * the page's own scripts: only the entries holding our own Highlight objects are ever set anew or deleted.
 */
export function registryHighlighter(registry: HighlightRegistryLike, Highlight: HighlightConstructor, style: HighlightStyle): Highlighter {
  const ours = new Map<Verdict, InstanceType<HighlightConstructor>>();
  const isOurs = (verdict: Verdict, highlight: unknown) => registry.get(highlightName(lookOf(verdict, style))) === highlight;
  const clear = () => {
    for (const [verdict, highlight] of ours) if (isOurs(verdict, highlight)) registry.delete(highlightName(lookOf(verdict, style)));
    ours.clear();
  };
  const add = (items: readonly HighlightItem[]) => {
    for (const verdict of VERDICTS) {
      const ranges = items.filter((i) => i.verdict === verdict).map((i) => i.range);
      if (ranges.length === 0) continue;
      const highlight = ours.get(verdict);
      if (highlight && isOurs(verdict, highlight)) {
        for (const range of ranges) highlight.add(range);
        continue;
      }
      const created = new Highlight(...ranges);
      registry.set(highlightName(lookOf(verdict, style)), created);
      ours.set(verdict, created);
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
    restyle(next) {
      const moving = [...ours].filter(([verdict, highlight]) => isOurs(verdict, highlight));
      clear();
      style = next;
      for (const [verdict, highlight] of moving) {
        registry.set(highlightName(lookOf(verdict, style)), highlight);
        ours.set(verdict, highlight);
      }
    },
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
export function wrappingHighlighter(doc: Document, style: HighlightStyle): Highlighter {
  let marks: HTMLElement[] = [];
  /** The verdict of each mark, in the same order. */
  let verdicts: Verdict[] = [];
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
    verdicts = [];
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
      mark.setAttribute(MARK_ATTRIBUTE, lookOf(verdict, style));
      node.parentNode!.insertBefore(mark, node);
      mark.appendChild(node);
      marks.push(mark);
      verdicts.push(verdict);
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
    restyle(next) {
      style = next;
      marks.forEach((mark, i) => mark.setAttribute(MARK_ATTRIBUTE, lookOf(verdicts[i]!, style)));
    },
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
