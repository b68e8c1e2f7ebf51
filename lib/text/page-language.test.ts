// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageLanguage, toLang } from './page-language';

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('xml:lang');
  document.head.innerHTML = '';
});

describe('pageLanguage', () => {
  it.each([
    ['<html lang="fr">', { lang: 'fr' }, '', 'fr'],
    ['<html lang="en-GB">', { lang: 'en-GB' }, '', 'en'],
    ['<html lang="KO-kr">', { lang: 'KO-kr' }, '', 'ko'],
    ['lang wins over og:locale', { lang: 'de' }, '<meta property="og:locale" content="fr_FR">', 'de'],
    ['xml:lang', { 'xml:lang': 'ru' }, '', 'ru'],
    ['og:locale uk_UA', {}, '<meta property="og:locale" content="uk_UA">', 'uk'],
    ['country code ua for Ukrainian', { lang: 'ua' }, '', 'uk'],
    ['Content-Language', {}, '<meta http-equiv="Content-Language" content="es-ES">', 'es'],
    ['content-language in lower case', {}, '<meta http-equiv="content-language" content="de-DE">', 'de'],
    ['a language Recoupe does not read', { lang: 'ja' }, '', null],
    ['nothing declared', {}, '', null],
    ['empty lang falls through', { lang: ' ' }, '<meta property="og:locale" content="en_US">', 'en'],
  ])('%s', (_name, attrs: Record<string, string>, head, expected) => {
    for (const [k, v] of Object.entries(attrs)) document.documentElement.setAttribute(k, v);
    document.head.innerHTML = head;
    expect(pageLanguage(document)).toBe(expected);
  });
});

describe('toLang', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['en_US', 'en'],
    ['de', 'de'],
    ['kr', 'ko'],
    ['zh-CN', null],
    ['', null],
  ])('%s → %s', (tag, expected) => {
    expect(toLang(tag)).toBe(expected);
  });
});
