// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText, segmentAt, startExtraction, type PageText } from './extract';

const segmentList = (page: PageText) => page.segments.node.map((_, i) => segmentAt(page.segments, i));

function textOf(html: string): string {
  document.body.innerHTML = html;
  return extractText(document).text;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('extractText on tables', () => {
  // As a browser's innerText reads them: one line per row, its cells separated by a tab, the caption on its own line.
  it.each([
    ['header row of th without thead, laid out over many lines',
      `<table class="infobox">
        <caption>Die Schätzungen im Überblick</caption>
        <tr>
          <th>Quelle</th>
          <th>Zahl</th>
          <th>Was sie zählt</th>
        </tr>
        <tr>
          <td>GUR (Ukraine), Januar</td>
          <td>etwa 3.000</td>
          <td>Verwundete</td>
        </tr>
      </table>`,
      'Die Schätzungen im Überblick\nQuelle\tZahl\tWas sie zählt\nGUR (Ukraine), Januar\tetwa 3.000\tVerwundete'],
    ['thead, tbody and tfoot',
      '<table><thead><tr><th>Date</th><th>Source</th><th>Chiffre</th></tr></thead>' +
        '<tbody><tr><td>19 déc.</td><td>NIS (Corée du Sud)</td><td>100 morts, environ 1\u00a0000 blessés</td></tr>' +
        '<tr><td>23 déc.</td><td>JCS</td><td>environ 1\u00a0100</td></tr></tbody>' +
        '<tfoot><tr><td colspan="3">Sources : agences</td></tr></tfoot></table>',
      'Date\tSource\tChiffre\n19 déc.\tNIS (Corée du Sud)\t100 morts, environ 1\u00a0000 blessés\n23 déc.\tJCS\tenviron 1\u00a0100\nSources : agences'],
    ['caption on its own line between the text around the table',
      '<p>Avant le tableau</p><table><caption>국정원 발표로 본 북한군 파병 규모</caption><tr><td>2024년 10월</td><td>약 3천 명</td></tr></table><p>Après</p>',
      'Avant le tableau\n국정원 발표로 본 북한군 파병 규모\n2024년 10월\t약 3천 명\nAprès'],
    ['a cell holding paragraphs breaks lines inside the cell',
      '<table><tr><td>GUR</td><td><p>11 000</p><p>à Koursk</p></td><td>tués</td></tr></table>',
      'GUR\n11 000\nà Koursk\ntués'],
    ['a paragraph in the last cell ends the line with the row',
      '<table><tr><td>NIS</td><td><div>3 000</div></td></tr><tr><td>GUR</td><td>11 000</td></tr></table>',
      'NIS\n3 000\nGUR\t11 000'],
    ['nested inline markup in cells',
      '<table><tr><td><a href="/nis"><b>NIS</b></a> (Séoul)</td><td>rund <strong>6.<span>000</span></strong></td><td><em>Tote</em> und <i>Verwundete</i></td></tr></table>',
      'NIS (Séoul)\trund 6.000\tTote und Verwundete'],
    ['white space at the edges of cells is dropped, not written next to the tab',
      '<table><tr><td>  NIS </td><td>\n 2 600\t</td><td> soldats </td></tr></table>',
      'NIS\t2 600\tsoldats'],
    ['an empty cell adds no tab, nor does a blank or hidden one',
      '<table><tr><td></td><td>Kursk</td><td></td><td> </td><td hidden>x</td><td>11 000</td><td></td></tr></table>',
      'Kursk\t11 000'],
    ['an empty row adds no line', '<table><tr><td>a</td></tr><tr><td></td><td> </td></tr><tr><td>b</td></tr></table>', 'a\nb'],
    ['br inside a cell breaks the line', '<table><tr><td>NIS</td><td>3 000<br>à Koursk</td><td>soldats</td></tr></table>', 'NIS\t3 000\nà Koursk\tsoldats'],
    ['a table in a cell: its rows are lines',
      '<table><tr><td>Bilan</td><td><table><tr><td>tués</td><td>300</td></tr><tr><td>blessés</td><td>2 700</td></tr></table></td></tr></table>',
      'Bilan\ntués\t300\nblessés\t2 700'],
    ['th as a row header', '<table><tr><th scope="row">Pentagon</th><td>10 000</td></tr></table>', 'Pentagon\t10 000'],
    ['a description list: each term and its description on a line, like a table row',
      '<dl>\n  <dt>Tués</dt>\n  <dd>environ <b>600</b></dd>\n  <dt>Blessés</dt>\n  <dd>4 100</dd>\n</dl><p>Après</p>',
      'Tués\tenviron 600\nBlessés\t4 100\nAprès'],
    ['a second description of a term on a line of its own', '<dl><dt>Sources</dt><dd>NIS</dd><dd>GUR</dd></dl>', 'Sources\tNIS\nGUR'],
    ['a term without a description', '<dl><dt>Bilan</dt><dt>Tués</dt><dd>300</dd></dl>', 'Bilan\nTués\t300'],
    ['an empty term', '<dl><dt></dt><dd>11 000 soldats</dd></dl>', '11 000 soldats'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it('maps no tab to a text node, and every cell\'s words to its own node', () => {
    document.body.innerHTML = '<table><tr><td>NIS, <b>avril</b> </td><td> etwa 3.000</td><td></td><td>Verwundete</td></tr></table>';
    const page = extractText(document);
    expect(page.text).toBe('NIS, avril\tetwa 3.000\tVerwundete');
    const segments = segmentList(page);
    expect(segments.map((s) => page.text.slice(s.start, s.start + s.length))).toEqual(['NIS, ', 'avril', 'etwa 3.000', 'Verwundete']);
    for (const s of segments) expect(s.node.data.slice(s.offset, s.offset + s.length)).toBe(page.text.slice(s.start, s.start + s.length));
    const tabs = [...page.text].flatMap((c, i) => (c === '\t' ? [i] : []));
    expect(tabs).toHaveLength(2);
    for (const at of tabs) expect(segments.some((s) => s.start <= at && at < s.start + s.length)).toBe(false);
  });

  it('gives the same table text in slices as in one go', () => {
    document.body.innerHTML = '<table><caption>Zahlen</caption><tr><th>Quelle</th><th>Zahl</th></tr><tr><td>NIS</td><td><i>rund</i> 600</td></tr></table>';
    const whole = extractText(document);
    expect(whole.text).toBe('Zahlen\nQuelle\tZahl\nNIS\trund 600');
    for (const budget of [1, 2, 3]) {
      const sliced = startExtraction(document);
      while (!sliced.advance(budget)) expect(whole.text.startsWith(sliced.result().text)).toBe(true);
      expect(sliced.result().text).toBe(whole.text);
      expect(sliced.result().segments).toEqual(whole.segments);
    }
  });
});

describe('extractText', () => {
  it.each([
    ['paragraphs are lines', '<p>Séoul confirme.</p><p>Kyiv aussi.</p>', 'Séoul confirme.\nKyiv aussi.'],
    ['headings and divs', '<h1>North Korean troops</h1><div>Over 3,000 moved</div>', 'North Korean troops\nOver 3,000 moved'],
    ['br is a line break', '<p>Près de 11 000 soldats<br>selon Kiev</p>', 'Près de 11 000 soldats\nselon Kiev'],
    ['two br make an empty line', '<p>a<br><br>b</p>', 'a\n\nb'],
    ['inline split figure', '<p>environ 3 <b>000</b> soldats</p>', 'environ 3 000 soldats'],
    ['figure split mid-number', '<p>près de 11<span>\u00a0</span><i>000</i> soldats</p>', 'près de 11\u00a0000 soldats'],
    ['nbsp and narrow nbsp kept', '<p>2\u00a0600 et 12\u202f000</p>', '2\u00a0600 et 12\u202f000'],
    ['runs of white space collapse', '<p>\n   over   3,000\n\ttroops  </p>', 'over 3,000 troops'],
    ['space between inline elements', '<p><b>10,000</b> <i>troops</i></p>', '10,000 troops'],
    ['space at an inline edge', '<p><b>10,000 </b><i> troops</i></p>', '10,000 troops'],
    ['pre keeps white space', '<pre>a  b\n  c</pre><p>d   e</p>', 'a  b\n  c\nd e'],
    ['script and style skipped', '<p>1 500 <script>var n = 3000;</script>soldats</p><style>p{}</style>', '1 500 soldats'],
    ['noscript, template, svg, canvas skipped',
      '<p>a</p><noscript>n</noscript><template>t</template><svg><text>s</text></svg><canvas>c</canvas><p>b</p>', 'a\nb'],
    ['form fields skipped', '<p>Search <input value="3000"><textarea>1000</textarea><select><option>9</option></select><button>Go</button> done</p>', 'Search done'],
    ['hidden attribute', '<p>shown</p><p hidden>12 000 hidden</p>', 'shown'],
    ['aria-hidden', '<p>visible <span aria-hidden="true">11 000</span>text</p>', 'visible text'],
    ['inline display:none', '<p>a<span style="display: none">9 999</span>b</p>', 'ab'],
    ['inline visibility:hidden', '<div style="color:red; visibility:hidden;">x</div><div>y</div>', 'y'],
    ['aria-hidden=false is visible', '<p aria-hidden="false">kept</p>', 'kept'],
    ['contenteditable skipped', '<div contenteditable="true">draft 5 000</div><div contenteditable>x</div><p>text</p>', 'text'],
    ['contenteditable=false is read', '<div contenteditable="false">read 3 000</div>', 'read 3 000'],
    ['Recoupe UI attribute', '<p>3 000 troops</p><div data-recoupe-ui>3 000 — NIS</div>', '3 000 troops'],
    ['Recoupe UI element', '<p>3 000 <recoupe-ui>card 3 000</recoupe-ui>troops</p>', '3 000 troops'],
    ['nested lists', '<ul><li>NIS: 3 000<ul><li>Kursk: 2 600</li><li>training</li></ul></li><li>GUR: 11 000</li></ul>',
      'NIS: 3 000\nKursk: 2 600\ntraining\nGUR: 11 000'],
    ['blockquote and figcaption', '<blockquote>« 11 000 »</blockquote><figure><img alt="x"><figcaption>Photo AFP</figcaption></figure>', '« 11 000 »\nPhoto AFP'],
    ['closed details shows its summary only', '<details><summary>More</summary><p>3 000</p></details><p>end</p>', 'More\nend'],
    ['open details shows all', '<details open><summary>More</summary><p>3 000</p></details>', 'More\n3 000'],
    ['comments skipped', '<p>a<!-- 3 000 -->b</p>', 'ab'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it('reads only the given element when passed one', () => {
    document.body.innerHTML = '<header>Menu 1</header><article id="a"><p>Texte 2 600</p></article>';
    expect(extractText(document.getElementById('a')!).text).toBe('Texte 2 600');
  });

  it('skips elements the injected isHidden predicate rejects', () => {
    document.body.innerHTML = '<p>a</p><p class="ad">Sponsored 1 000</p><p>b</p>';
    const page = extractText(document, { isHidden: (el) => el.classList.contains('ad') });
    expect(page.text).toBe('a\nb');
  });

  it('ignores the head', () => {
    document.head.innerHTML = '<title>3 000 troops</title>';
    document.body.innerHTML = '<p>body</p>';
    expect(extractText(document).text).toBe('body');
  });

  it('maps every segment back to the same characters of its text node', () => {
    document.body.innerHTML = '<p>  Selon   le <b>NIS</b>,\n 1 500 <i>autres</i>  soldats</p><p>x</p>';
    const page = extractText(document);
    expect(page.text).toBe('Selon le NIS, 1 500 autres soldats\nx');
    for (const s of segmentList(page)) {
      const fromText = page.text.slice(s.start, s.start + s.length);
      const fromNode = s.node.data.slice(s.offset, s.offset + s.length).replace(/[ \t\n\r\f]/g, ' ');
      expect(fromText).toBe(fromNode);
    }
  });

  it('gives the same result in slices as in one go', () => {
    document.body.innerHTML = '<article><h2>Titre</h2><p>près de <b>11 000</b> soldats</p><ul><li>a</li><li>b<br>c</li></ul></article>';
    const whole = extractText(document);
    const sliced = startExtraction(document);
    let slices = 1;
    while (!sliced.advance(2)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(sliced.result().text).toBe(whole.text);
    expect(sliced.result().segments).toEqual(whole.segments);
  });

  it('walks a 100,000-node DOM, 10,000 levels deep in places, without overflowing', () => {
    const body = document.body;
    let deep: Element = body;
    for (let i = 0; i < 10_000; i++) deep = deep.appendChild(document.createElement('span'));
    deep.appendChild(document.createTextNode('bottom'));
    for (let s = 0; s < 300; s++) {
      const section = body.appendChild(document.createElement('section'));
      for (let i = 0; i < 100; i++) {
        const p = section.appendChild(document.createElement('p'));
        p.appendChild(document.createElement('b')).appendChild(document.createTextNode(String(s * 100 + i)));
      }
    }
    const page = extractText(document);
    expect(page.text.startsWith('bottom\n0\n1\n')).toBe(true);
    expect(page.text.endsWith('\n29999')).toBe(true);
    expect(page.text.split('\n')).toHaveLength(30_001);
  });
});
