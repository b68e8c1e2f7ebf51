// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDay, publicationDate } from './publication-date';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('publicationDate', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2024-10-23T09:15:00+09:00">', '', '2024-10-23'],
    ['itemprop meta', '<meta itemprop="datePublished" content="2024-11-04">', '', '2024-11-04'],
    ['itemprop on a time element', '', '<article><time itemprop="datePublished" datetime="2024-12-17T08:00Z">17 déc.</time></article>', '2024-12-17'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-18T10:00:00Z"}</script>', '', '2024-10-18'],
    ['JSON-LD in a @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-01-12"}]}</script>', '', '2025-01-12'],
    ['time inside the article', '', '<header><time datetime="2020-01-01">nav</time></header><article><p><time datetime="2024-11-12T14:32">12/11/2024</time></p></article>', '2024-11-12'],
    ['meta wins over time', '<meta property="article:published_time" content="2024-10-23">', '<article><time datetime="2024-12-01"></time></article>', '2024-10-23'],
    ['broken JSON-LD is skipped', '<script type="application/ld+json">{"datePublished": </script>', '<article><time datetime="2024-11-05"></time></article>', '2024-11-05'],
    ['time outside any article', '', '<footer><time datetime="2024-11-05">x</time></footer>', null],
    ['a byline is not read', '', '<article><p class="byline">Publié le 12/11/2024 à 14h32</p></article>', null],
    ['an invalid date', '<meta property="article:published_time" content="2024-13-45">', '', null],
    ['the order of the selectors wins over the document order', '<meta name="pubdate" content="2024-01-01"><meta itemprop="datePublished" content="2024-11-04">', '', '2024-11-04'],
    ['a meta before JSON-LD placed first', '<script type="application/ld+json">{"datePublished":"2024-01-01"}</script>', '<article><span itemprop="datePublished" content="2024-11-06"></span></article>', '2024-11-06'],
    ['an invalid first meta falls through to the next', '<meta property="article:published_time" content="soon"><meta name="publish-date" content="2024-10-30">', '', '2024-10-30'],
  ])('%s', (_name, head, body, expected) => {
    document.head.innerHTML = head;
    document.body.innerHTML = body;
    expect(publicationDate(document)).toBe(expected);
  });
});

describe('isoDay', () => {
  it.each([
    ['2024-10-23T23:30:00-05:00', '2024-10-23'],
    [' 2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['23/10/2024', null],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(isoDay(value)).toBe(expected);
  });
});
