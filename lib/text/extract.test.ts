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
    ['table cells are blocks', '<table><tr><th>Source</th><th>Troops</th></tr><tr><td>NIS</td><td>10 000</td></tr></table>',
      'Source\nTroops\nNIS\n10 000'],
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
