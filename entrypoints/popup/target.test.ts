import { describe, expect, it } from 'vitest';
import { explicitTabId, webHost } from './target';

describe('explicitTabId', () => {
  it.each([
    ['?tab=1234', 1234],
    ['?x=1&tab=7', 7],
    ['', null],
    ['?tab=', null],
    ['?tab=-3', null],
    ['?tab=12abc', null],
  ])('%s → %s', (search, id) => {
    expect(explicitTabId(search)).toBe(id);
  });
});

describe('webHost', () => {
  it.each([
    ['https://www.lemonde.fr/international/article.html', 'www.lemonde.fr'],
    ['http://127.0.0.1:4173/demo-pages/01.html', '127.0.0.1'],
    ['chrome://extensions', null],
    ['chrome-extension://abc/popup.html', null],
    ['file:///tmp/a.pdf', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, host) => {
    expect(webHost(url)).toBe(host);
  });
});
