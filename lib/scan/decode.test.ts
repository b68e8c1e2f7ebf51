import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeFile } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeFile', () => {
  it.each([
    ['UTF-8 text', utf8('près de 11\u00a0000 soldats'), false, 'près de 11\u00a0000 soldats'],
    ['a BOM is dropped', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a')]), false, 'a'],
    ['a page in its declared charset', new Uint8Array([...utf8('<meta charset="windows-1252"><p>pr'), 0xe8, ...utf8('s</p>')]), true, '<meta charset="windows-1252"><p>près</p>'],
    ['a UTF-8 page', utf8('<meta charset=utf-8><p>Kyiv — 3 000</p>'), true, '<meta charset=utf-8><p>Kyiv — 3 000</p>'],
  ])('%s', (_name, bytes, isHtml, expected) => {
    expect(decodeFile(bytes, isHtml)).toBe(expected);
  });

  it('rejects a text file that is not UTF-8', () => {
    expect(() => decodeFile(new Uint8Array([0x70, 0x72, 0xe8, 0x73]), false)).toThrow(/not valid UTF-8/);
  });

  it('rejects an unknown declared charset', () => {
    expect(() => decodeFile(utf8('<meta charset="x-klingon">'), true)).toThrow(/unknown charset/);
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="UTF-8">', 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'iso-8859-1'],
    ['<html><head><title>x</title>', null],
  ])('%s', (html, expected) => {
    expect(declaredCharset(utf8(html))).toBe(expected);
  });
});
