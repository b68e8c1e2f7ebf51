import { describe, expect, it } from 'vitest';
import { textChunks } from './chunks';

/** The pieces' texts, checked to cover the text exactly, in order, each within `max`. */
function pieces(text: string, max: number): string[] {
  const chunks = textChunks(text, max);
  let at = 0;
  for (const chunk of chunks) {
    expect(chunk.start).toBe(at);
    expect(chunk.text.length).toBeLessThanOrEqual(max);
    at += chunk.text.length;
  }
  expect(chunks.map((c) => c.text).join('')).toBe(text);
  return chunks.map((c) => c.text);
}

describe('textChunks', () => {
  it.each<[string, string, number, string[]]>([
    ['a text within the limit is one piece', 'Selon Kiev, 3 000 soldats.', 40, ['Selon Kiev, 3 000 soldats.']],
    ['an empty text is one empty piece', '', 40, ['']],
    ['cut after the last line break of the second half', 'Titre\nSelon Kiev, 3 000 soldats.\nLe NIS parle de 11 000.', 40, ['Titre\nSelon Kiev, 3 000 soldats.\n', 'Le NIS parle de 11 000.']],
    ['a line break in the first half only: cut after a sentence end', 'Titre\nSelon Kiev, 3 000 soldats. Le NIS parle de près de 11 000 soldats.', 40, ['Titre\nSelon Kiev, 3 000 soldats. ', 'Le NIS parle de près de 11 000 soldats.']],
    ['no sentence end: cut at the last space outside a number', 'le NIS estime que près de 11 000 soldats sont à Koursk', 30, ['le NIS estime que près de ', '11 000 soldats sont à Koursk']],
    ['no space: cut at the limit', '3000'.repeat(5), 8, ['30003000', '30003000', '3000']],
  ])('%s', (_name, text, max, expected) => {
    expect(pieces(text, max)).toEqual(expected);
  });

  it('never cuts a surrogate pair in two', () => {
    expect(pieces('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']);
  });

  it('cuts a long page of paragraphs at paragraph ends only', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Paragraphe ${i} : environ ${i} 000 soldats nord-coréens.`).join('\n');
    for (const piece of pieces(text, 10_000).slice(0, -1)) expect(piece.endsWith('.\n')).toBe(true);
  });
});
