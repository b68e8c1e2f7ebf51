import type { PageText, TextSegment } from './extract';

/**
 * A DOM Range over the characters [start, end) of the page text, or null when the span is empty, out of bounds,
 * covers only added line breaks, or when a text node under it was changed or removed since extraction (the
 * caller then drops the stale highlight).
 */
export function rangeAt(page: PageText, start: number, end: number, doc?: Document): Range | null {
  if (!(start >= 0 && end > start && end <= page.text.length)) return null;
  const segments = page.segments;
  const first = firstIndex(segments, (s) => s.start + s.length > start);
  const from = segments[first];
  // Nothing but added line breaks in the span.
  if (!from || from.start >= end) return null;
  const last = firstIndex(segments, (s) => s.start >= end) - 1;
  const to = segments[last]!;
  for (let i = first; i <= last; i++) if (!isCurrent(segments[i]!)) return null;
  const startOffset = from.offset + Math.max(0, start - from.start);
  const endOffset = to.offset + Math.min(to.length, end - to.start);
  try {
    const range = (doc ?? from.node.ownerDocument).createRange();
    range.setStart(from.node, startOffset);
    range.setEnd(to.node, endOffset);
    return range;
  } catch {
    return null;
  }
}

/** Index of the first segment satisfying `test`, which holds for every segment after it (binary search). */
function firstIndex(segments: readonly TextSegment[], test: (s: TextSegment) => boolean): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(segments[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isCurrent(segment: TextSegment): boolean {
  return segment.node.isConnected && segment.node.data === segment.data;
}
