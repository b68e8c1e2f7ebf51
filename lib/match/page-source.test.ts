import { describe, expect, it } from 'vitest';
import { normalizeUrl, pageSources, sourceLookup } from './page-source';
import { DEVDISCOURSE, timelineDatabase } from './timeline-fixture';

const lookup = sourceLookup(timelineDatabase().sources);

describe('normalizeUrl', () => {
  it.each([
    ['https://www.devdiscourse.com/article/x/', 'devdiscourse.com/article/x'],
    ['http://World.KBS.co.kr/service/news_view.htm?lang=e&Seq_Code=188549', 'world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188549'],
    ['https://www.uawire.org:443/kremlin#top', 'uawire.org/kremlin'],
    ['https://example.org/a?utm_source=x&id=3', 'example.org/a?id=3'],
  ])('%s → %s', (url, expected) => expect(normalizeUrl(url)).toBe(expected));
});

describe('pageSources', () => {
  it.each([
    ['the same address, dressed differently', `${DEVDISCOURSE.replace('https://www.', 'http://')}/?utm_medium=feed#comments`, ['devdiscourse-austin']],
    ['a seed file by path', '/work/shared/seeds/000_0c632834157442b0.txt', ['seed-000']],
    ['a seed file by relative path', 'seeds/004_742c2e54956e4d5d.txt', ['seed-004']],
    ['a seed by its database name', 'seed:002_94a0c47301de76d2.txt', ['seed-002']],
    ['another KBS article (query differs)', 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=999999', []],
    ['no address', undefined, []],
  ])('%s', (_label, url, ids) => expect([...pageSources(lookup, url)]).toEqual(ids));
});
