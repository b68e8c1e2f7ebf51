import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from './sentences';

const parts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Une phrase. Une autre.', ['Une phrase.', 'Une autre.']],
    ["d'ici décembre.Cette information", ["d'ici décembre.", 'Cette information']],
    ['M. Park a parlé. Selon lui, 3 000 soldats.', ['M. Park a parlé.', 'Selon lui, 3 000 soldats.']],
    ['U.S. officials said 3,000 troops. Then more.', ['U.S. officials said 3,000 troops.', 'Then more.']],
    ['Am 23. Oktober kamen sie. Dann mehr.', ['Am 23. Oktober kamen sie.', 'Dann mehr.']],
    ['« Ils sont prêts. » Il a ajouté.', ['« Ils sont prêts. »', 'Il a ajouté.']],
    ['Titre\nParagraphe un. Deux.', ['Titre', 'Paragraphe un.', 'Deux.']],
    ['Plus de 1.\n100 soldats tués.', ['Plus de 1.\n100 soldats tués.']],
    ['3.000 soldats, environ 1.500 tués.', ['3.000 soldats, environ 1.500 tués.']],
    ['북한군이 파병됐다. 국정원이 밝혔다.', ['북한군이 파병됐다.', '국정원이 밝혔다.']],
    ['5,000+\nNorth Korean casualties (UK MoD)', ['5,000+\nNorth Korean casualties (UK MoD)']],
    ['~11,000\nTroops sent to Russia', ['~11,000\nTroops sent to Russia']],
    ['Chiffres clés\nKoursk', ['Chiffres clés', 'Koursk']],
    // A table row is a line of its own, even when the next line goes on in lower case.
    ['Killed\t700\nwounded\t2,500', ['Killed\t700', 'wounded\t2,500']],
    ['Pertes selon les sources\nmorts\t700', ['Pertes selon les sources', 'morts\t700']],
    ['4,700 incl. ~600 dead', ['4,700 incl. ~600 dead']],
  ])('%j', (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('numbers blocks by line breaks', () => {
    expect(splitSentences('a. B.\n\nc').map((s) => s.block)).toEqual([0, 0, 1]);
  });

  it('cuts run-on text into bounded pieces', () => {
    const text = 'mot '.repeat(2000);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(5);
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(800);
  });

  it('finds the sentence holding an offset', () => {
    const text = 'Un. Deux trois.';
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, text.indexOf('trois'))).toBe(1);
    expect(sentenceAt(sentences, 3)).toBe(-1);
  });
});
