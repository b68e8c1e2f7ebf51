/**
 * Tables as the page text gives them (lib/text/extract.ts): a line per row, its cells separated by tabs. A table is
 * a run of consecutive lines holding tabs; its header rows are its first lines whose cells hold no figure.
 */

/** A cell's offsets in the text (end exclusive, the tab or line break after it left out). */
export interface Cell {
  start: number;
  end: number;
}

/** A row of a table: its cells, and the table it belongs to. */
export interface Row {
  start: number;
  end: number;
  cells: Cell[];
  /** Index of the row's table in the page. */
  table: number;
  /** A header row: one of the first rows of its table, holding no figure. */
  header: boolean;
}

/** Where a position falls in a table. */
export interface TablePlace {
  row: Row;
  /** Index of the cell holding the position in row.cells. */
  column: number;
  /** The header rows of the table (none when its first row holds figures). */
  headers: readonly Row[];
}

/** The tables of a page text, found in one pass and queried by offset. */
export class Tables {
  private readonly rows: Row[] = [];
  private readonly headersOf: Row[][] = [];

  /** `holdsFigure(from, to)`: whether text[from, to) holds a figure that may be a count. */
  constructor(text: string, holdsFigure: (from: number, to: number) => boolean) {
    let previousEnd = -2;
    let inHeader = false;
    // The next tab at or after the current line: each tab and each line break is looked at once.
    let tab = text.indexOf('\t');
    for (let start = 0; start <= text.length && tab >= 0; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (tab < end) {
        const cells: Cell[] = [];
        let from = start;
        for (; tab >= 0 && tab < end; tab = text.indexOf('\t', tab + 1)) {
          cells.push({ start: from, end: tab });
          from = tab + 1;
        }
        cells.push({ start: from, end });
        // A row right below another continues its table; any other line between starts a new one.
        const opens = previousEnd !== start - 1;
        if (opens) this.headersOf.push([]);
        const table = this.headersOf.length - 1;
        inHeader = (opens || inHeader) && !holdsFigure(start, end);
        const row: Row = { start, end, cells, table, header: inHeader };
        if (inHeader) this.headersOf[table]!.push(row);
        this.rows.push(row);
        previousEnd = end;
      }
      start = end + 1;
    }
  }

  /** The row and cell holding offset `pos`, with its table's header rows; null outside every table. */
  placeOf(pos: number): TablePlace | null {
    const row = this.rows[lastAtOrBefore(this.rows, pos)];
    if (!row || pos >= row.end) return null;
    return { row, column: cellIndex(row, pos), headers: this.headersOf[row.table]! };
  }
}

/** Index of the cell of `row` holding offset `pos` (the first for a position before the row). */
export function cellIndex(row: Row, pos: number): number {
  return Math.max(0, lastAtOrBefore(row.cells, pos));
}

/** Index of the last item starting at or before `pos` in a list sorted by start (binary search); -1 when none. */
function lastAtOrBefore(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
