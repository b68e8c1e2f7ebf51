import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, startExtraction } from './extract';
import { pageLanguage } from './page-language';
import { publicationDate } from './publication-date';

// The command-line scan parses pages with linkedom: the same extraction must hold there.
function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('text extraction in linkedom', () => {
  it('reads a whole article page as the browser shows it', () => {
    const doc = parse(`<!doctype html><html lang="fr-FR"><head><title>Titre 1</title>
      <meta property="article:published_time" content="2024-11-04T10:00:00+01:00"><script>var x = 2;</script></head>
      <body><header><nav>Accueil · Monde</nav></header>
      <article><h1>Environ 3 <b>000</b> soldats</h1>
        <p>Selon le NIS,\n   <i>10\u00a0000</i> hommes<br>d'ici décembre.</p>
        <ul><li>Koursk<ul><li>2 600</li></ul></li></ul>
        <table><tr><td>NIS</td><td>3 000</td></tr></table>
        <div hidden>caché</div><div aria-hidden="true">caché</div><span style="display:none">caché</span>
        <div contenteditable="">brouillon</div><recoupe-ui>carte</recoupe-ui><div data-recoupe-ui="">carte</div>
      </article><footer>© 2024</footer></body></html>`);
    expect(extractText(doc).text).toBe(
      "Accueil · Monde\nEnviron 3 000 soldats\nSelon le NIS, 10\u00a0000 hommes\nd'ici décembre.\nKoursk\n2 600\nNIS\t3 000\n© 2024",
    );
    expect(pageLanguage(doc)).toBe('fr');
    expect(publicationDate(doc)).toBe('2024-11-04');
  });

  it('reads JSON-LD and article times in linkedom', () => {
    const doc = parse(`<html><head><script type="application/ld+json">{"@graph":[{"datePublished":"2024-12-17T08:00:00Z"}]}</script>
      <meta property="og:locale" content="en_GB"></head><body><article><time datetime="2024-01-01">x</time></article></body></html>`);
    expect(publicationDate(doc)).toBe('2024-12-17');
    expect(pageLanguage(doc)).toBe('en');
  });
});

describe('tables in linkedom', () => {
  it('reads a fact box laid out over many lines as one line per row, its cells separated by tabs', () => {
    const doc = parse(`<html><body><table class="infobox">
      <caption>Die Schätzungen im Überblick</caption>
      <thead>
        <tr>
          <th>Quelle</th>
          <th>Zahl</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>GUR (Ukraine), Januar</td>
          <td>etwa 3.000</td>
          <td>Verwundete</td>
        </tr>
        <tr>
          <td></td>
          <td>über <b>6.000</b></td>
          <td><p>Tote und</p><p>Verwundete</p></td>
        </tr>
      </tbody>
    </table><p>Danach</p></body></html>`);
    expect(extractText(doc).text).toBe(
      'Die Schätzungen im Überblick\nQuelle\tZahl\nGUR (Ukraine), Januar\tetwa 3.000\tVerwundete\nüber 6.000\nTote und\nVerwundete\nDanach',
    );
  });
});

describe('extraction of a long page', () => {
  it('gives the same text in slices, joined as it goes, as at once', () => {
    const doc = parse(`<html><body>${Array.from({ length: 5000 }, (_, i) => `<p>Selon <b>Kyiv</b>, ${i}\u00a0000 <i>soldats</i></p>`).join('\n')}</body></html>`);
    const whole = extractText(doc);
    const sliced = startExtraction(doc);
    while (!sliced.advance(100));
    expect(sliced.result().text).toBe(whole.text);
    expect(sliced.result().segments).toEqual(whole.segments);
    expect(whole.text.split('\n')).toHaveLength(5000);
    expect(whole.text.endsWith('Selon Kyiv, 4999\u00a0000 soldats')).toBe(true);
  });
});
