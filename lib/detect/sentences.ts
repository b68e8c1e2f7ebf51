/** A sentence of the page text: its offsets and the block (paragraph, heading, list item) it belongs to. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of its block; blocks are separated by line breaks. */
  block: number;
}

/** Abbreviations after which a period does not end the sentence ("M. Park", "Lt. Gen.", "U.S. officials"). */
const ABBREVIATIONS = new Set(
  'm mm mme mr mrs ms dr st sgt gen lt col maj capt cpt prof jr sr vs etc no nr art p pp ca incl inkl bzw dir gén jan feb fév mar apr avr jun jul aug aoû sep sept oct nov dec déc ст г гг им тов просп ул'.split(' '),
);

/** Longer sentences are cut (real ones are far shorter). */
const MAX_SENTENCE = 800;

const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '\u00a0']);

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase();
}

/**
 * Splits text into sentences in one pass: every line break ends a block; ". ! ? …" end a sentence when a capital,
 * digit, quote or line start follows (also without a space, as in "décembre.Cette", a common extraction artefact),
 * except after an abbreviation or a one- or two-digit ordinal ("am 23. Oktober").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let block = 0;
  let start = 0;
  const push = (end: number, next: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // Run-on "sentences" (lists, tables, junk) are cut into pieces of at most MAX_SENTENCE characters at a space,
    // so that per-sentence work stays bounded and the whole stays linear.
    while (e - s > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
      if (cut <= s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
      out.push({ start: s, end: cut, block });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) out.push({ start: s, end: e, block });
    start = next;
  };
  let lineStart = 0;
  let tableRow = false;
  for (let i = 0; i < text.length; i++) {
    // Most characters end nothing: test the code unit before making a one-character string of it.
    const c = text.charCodeAt(i);
    if (c === 0x09) tableRow = true;
    if (c !== 0x0a && c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026 && c !== 0x3002) continue;
    const ch = text[i]!;
    if (ch === '\n') {
      // "1.\n100": a figure cut by the page's markup is not a block boundary.
      if (/\d/.test(text[i + 1] ?? '') && /\d[.,'\u00a0 ]?$/.test(text.slice(Math.max(0, i - 2), i))) continue;
      // A <br> inside a sentence: a line holding only a figure ("More than<br>3,000<br>soldiers killed"), or a line
      // the next one continues in lower case ("11 000 soldats<br>déjà dans la région"). A table row (cells joined by
      // tabs) is a line of its own: the next row or the caption above is never the same sentence.
      if (!tableRow && continuesAfterBreak(text, lineStart, i) && !nextLineIsRow(text, i)) continue;
      lineStart = i + 1;
      tableRow = false;
      push(i, i + 1);
      if (out.length > 0 && out[out.length - 1]!.block === block) block++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…' && ch !== '。') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || CLOSERS.has(text[j]!) || (text[j] === ' ' && CLOSERS.has(text[j + 1] ?? '')))) j++;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k];
    if (next === undefined || next === '\n') continue;
    if (isLower(next) || /[,;:)\]]/.test(next)) continue;
    if (ch === '.') {
      const prev = wordBefore(text, i);
      if (ABBREVIATIONS.has(prev) || (prev.length === 1 && /\p{Lu}/u.test(text[i - 1]!))) continue;
      if (/\d/.test(text[i - 1] ?? '') && (/\d/.test(next) || !/\d\d\d/.test(text.slice(Math.max(0, i - 3), i)))) continue;
      if (k === j && !/[\p{Ll}]/u.test(text[i - 1] ?? '') && !CLOSERS.has(text[i + 1] ?? '')) continue;
    }
    push(j, k);
  }
  push(text.length, text.length);
  return out;
}

/** A line holding only a figure, maybe with a sign of approximation or excess ("~11,000", "5,000+"). */
const FIGURE_LINE = /^[\s\d.,'\u2019\u00a0\u202f~≈+<>]{1,16}$/;

/** true when the line text[lineStart, br) and the next one are one sentence cut by a line break. */
function continuesAfterBreak(text: string, lineStart: number, br: number): boolean {
  const next = text[br + 1] ?? '';
  if (!/\p{L}/u.test(next)) return false;
  // Only the end of the line is read, so that joined lines keep the split linear.
  const tail = text.slice(Math.max(lineStart, br - 16), br);
  if (br - lineStart <= 16 && /\d/.test(tail) && FIGURE_LINE.test(tail)) return true;
  return isLower(next) && /[\p{L}\d,]\s*$/u.test(tail);
}

/** Whether the line after the line break at `br` holds a tab: a table row. */
function nextLineIsRow(text: string, br: number): boolean {
  // Only that line is read: each line is read so at most once.
  const end = text.indexOf('\n', br + 1);
  for (let i = br + 1, to = end < 0 ? text.length : end; i < to; i++) if (text.charCodeAt(i) === 0x09) return true;
  return false;
}

/** Index of the sentence containing offset pos (binary search); -1 when pos falls between sentences. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
