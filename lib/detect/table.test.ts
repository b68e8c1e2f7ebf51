import { describe, expect, it } from 'vitest';
import { Tables } from './table';

/** Tables of `text`, a figure being any digit (the detector passes its counts). */
const tablesOf = (text: string) => new Tables(text, (from, to) => /\d/.test(text.slice(from, to)));

/** The row, cell and header texts at the first occurrence of `at` in `text`. */
function placeAt(text: string, at: string) {
  const place = tablesOf(text).placeOf(text.indexOf(at));
  if (!place) return null;
  const slice = (c: { start: number; end: number }) => text.slice(c.start, c.end);
  return {
    cell: slice(place.row.cells[place.column]!),
    column: place.column,
    cells: place.row.cells.map(slice),
    headers: place.headers.map((h) => h.cells.map(slice)),
  };
}

describe('tables in the page text', () => {
  const BOX = 'Estimates compared\nSource\tFigure\tWhat is counted\nNIS, May\tabout 700\tdead\nUK MoD, July\tover 7,000\tkilled or wounded\nAfter the table.';

  it('finds the cell, its row and the header row of its table', () => {
    expect(placeAt(BOX, '7,000')).toEqual({
      cell: 'over 7,000',
      column: 1,
      cells: ['UK MoD, July', 'over 7,000', 'killed or wounded'],
      headers: [['Source', 'Figure', 'What is counted']],
    });
  });

  it.each<[string, string]>([
    ['the caption above', 'Estimates'],
    ['the paragraph below', 'After'],
  ])('is null outside the table: %s', (_what, at) => {
    expect(placeAt(BOX, at)).toBeNull();
  });

  it('takes every first row without figures as a header row, and none once a row holds one', () => {
    const text = 'Quelle\tZahl\nWer\tWas\nNIS\t700\nKiew\tTote';
    expect(placeAt(text, '700')!.headers).toEqual([['Quelle', 'Zahl'], ['Wer', 'Was']]);
    expect(placeAt(text, 'Kiew')!.headers).toHaveLength(2);
  });

  it('gives a table whose first row holds figures no header', () => {
    expect(placeAt('Источник\t2024\nНСР\t700', '700')!.headers).toEqual([]);
  });

  it('starts a new table after a line without tabs', () => {
    const text = 'Fuente\tCifra\nNIS\t700\nOtra tabla\nGUR\t1.200\nPentágono\t900';
    expect(placeAt(text, '1.200')!.headers).toEqual([]);
    expect(placeAt(text, '700')!.headers).toEqual([['Fuente', 'Cifra']]);
  });

  it('reads empty cells and a last cell without a line break after it', () => {
    expect(placeAt('출처\t\t사망자\n국정원\t\t약 700명', '약')).toMatchObject({ column: 2, cells: ['국정원', '', '약 700명'] });
  });

  it('finds nothing in text without tabs', () => {
    expect(tablesOf('NIS 700\nGUR 1 200').placeOf(4)).toBeNull();
  });
});
