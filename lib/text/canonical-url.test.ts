// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';

beforeEach(() => {
  document.head.innerHTML = '';
});

describe('canonicalUrl', () => {
  it.each([
    ['a canonical link', '<link rel="canonical" href="https://www.kbs.co.kr/news/188549">', 'https://www.kbs.co.kr/news/188549'],
    ['og:url when there is no canonical link', '<meta property="og:url" content="https://kyivindependent.com/peskov-north-korea/">', 'https://kyivindependent.com/peskov-north-korea/'],
    ['the canonical link before og:url', '<meta property="og:url" content="https://m.example.org/a"><link rel="canonical" href="https://example.org/a">', 'https://example.org/a'],
    ['rel with several values', '<link rel="alternate canonical" href="https://example.org/b">', 'https://example.org/b'],
    ['a seed article named by its file', '<link rel="canonical" href="seed:000_0c632834157442b0.txt">', 'seed:000_0c632834157442b0.txt'],
    ['an empty href', '<link rel="canonical" href=" ">', null],
    ['nothing declared', '<link rel="stylesheet" href="/site.css">', null],
  ])('%s', (_name, head, expected) => {
    document.head.innerHTML = head;
    expect(canonicalUrl(document)).toBe(expected);
  });

  it('resolves a relative address against the page', () => {
    document.head.innerHTML = '<link rel="canonical" href="/world/article-1">';
    expect(canonicalUrl(document)).toBe(new URL('/world/article-1', document.location.href).href);
  });
});
