/**
 * A page's text cut into the pieces sent to the background, one page/scan request each, one after another. A
 * bounded piece keeps every message, the reply's decoding and the highlighting of its figures short on the page's
 * main thread, and lets the first figures show before the last are found.
 */

/** The most characters one page/scan request carries: a long article (50 000) goes in one piece. */
export const CHUNK_CHARS = 256 * 1024;

export interface TextChunk {
  /** Where the piece starts in the whole text: add it to the offsets found in the piece. */
  start: number;
  text: string;
}

const SENTENCE_END = /[.!?…]\s/g;

/**
 * Cuts `text` into consecutive pieces of at most `max` characters that together are the whole text. Each piece
 * ends at the last line break of its second half (a block edge: a figure never spans one), else after the last
 * sentence end there, else at the last space that is not inside a number, else at `max` (never inside a surrogate
 * pair).
 */
export function textChunks(text: string, max = CHUNK_CHARS): TextChunk[] {
  const chunks: TextChunk[] = [];
  let from = 0;
  while (text.length - from > max) {
    const end = cutBefore(text, from + (max >> 1), from + max);
    chunks.push({ start: from, text: text.slice(from, end) });
    from = end;
  }
  if (from < text.length || chunks.length === 0) chunks.push({ start: from, text: text.slice(from) });
  return chunks;
}

/** Where to cut the text between `low` and `high` (exclusive end of the piece). */
function cutBefore(text: string, low: number, high: number): number {
  const line = text.lastIndexOf('\n', high - 1);
  if (line >= low) return line + 1;
  let sentence = -1;
  SENTENCE_END.lastIndex = low;
  for (let m = SENTENCE_END.exec(text); m && m.index + 2 <= high; m = SENTENCE_END.exec(text)) sentence = m.index + 2;
  if (sentence > low) return sentence;
  // A space between two digits may be a thousands separator ("11 000"): not there.
  for (let i = high - 1; i >= low; i--) {
    if (text.charCodeAt(i) === 32 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return i + 1;
  }
  const code = text.charCodeAt(high - 1);
  return code >= 0xd800 && code <= 0xdbff ? high - 1 : high;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
