import type { PageText, TextSegments } from './extract';

/**
 * A DOM Range over the characters [start, end) of the page text, or null when the span is empty, out of bounds,
 * covers only added line breaks, or when a text node under it was changed or removed since extraction (the
 * caller then drops the stale highlight). A caller that knows the page unchanged since extraction (it watches for
 * mutations) passes `verify` false: checking each text node under the span reads its whole text again.
 */
export function rangeAt(page: PageText, start: number, end: number, doc?: Document, verify = true): Range | null {
  if (!(start >= 0 && end > start && end <= page.text.length)) return null;
  const segments = page.segments;
  const first = firstIndex(segments, (i) => segments.start[i]! + segments.length[i]! > start);
  // Nothing but added line breaks in the span.
  if (first >= segments.start.length || segments.start[first]! >= end) return null;
  const last = firstIndex(segments, (i) => segments.start[i]! >= end) - 1;
  if (verify) for (let i = first; i <= last; i++) if (!isCurrent(segments, i)) return null;
  const startOffset = segments.offset[first]! + Math.max(0, start - segments.start[first]!);
  const endOffset = segments.offset[last]! + Math.min(segments.length[last]!, end - segments.start[last]!);
  try {
    const range = (doc ?? segments.node[first]!.ownerDocument).createRange();
    range.setStart(segments.node[first]!, startOffset);
    range.setEnd(segments.node[last]!, endOffset);
    return range;
  } catch {
    return null;
  }
}

/** Index of the first segment satisfying `test`, which holds for every segment after it (binary search). */
function firstIndex(segments: TextSegments, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = segments.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isCurrent(segments: TextSegments, i: number): boolean {
  const node = segments.node[i]!;
  return node.isConnected && node.data === segments.data[i];
}
