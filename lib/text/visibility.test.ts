// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { isClosedDetails, isHiddenByAttributes, isTextRendered } from './visibility';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** The text node inside #t. */
const text = () => document.getElementById('t')!.firstChild!;

describe('isTextRendered', () => {
  it.each([
    ['hidden by a stylesheet rule', '<style>.promo { display: none }</style>', '<p class="promo" id="t">Offre 1 000</p>', false],
    ['under an element hidden by a stylesheet rule', '<style>.menu { display: none }</style>', '<nav class="menu"><ul><li id="t">3 000 soldats</li></ul></nav>', false],
    ['made invisible by a stylesheet rule', '<style>.sr { visibility: hidden }</style>', '<p>a <span class="sr" id="t">3 000</span>b</p>', false],
    ['made visible again inside an invisible element', '<style>.sr { visibility: hidden } .on { visibility: visible }</style>', '<p class="sr"><span class="on" id="t">3 000</span></p>', true],
    ['in a display: contents element, which shows its children', '<style>.wrap { display: contents }</style>', '<div class="wrap" id="t">2 600 soldats</div>', true],
    ['in an invisible display: contents element', '<style>.wrap { display: contents; visibility: hidden }</style>', '<div class="wrap" id="t">2 600 soldats</div>', false],
    ['an ordinary paragraph', '', '<article><p>près de <b id="t">11 000</b></p></article>', true],
  ])('%s', (_name, head, body, expected) => {
    document.head.innerHTML = head;
    document.body.innerHTML = body;
    expect(isTextRendered(text())).toBe(expected);
  });

  it('is not extraction’s test: stylesheet-hidden text is extracted, and told apart only by isTextRendered', () => {
    document.head.innerHTML = '<style>.promo { display: none }</style>';
    document.body.innerHTML = '<p>a</p><p class="promo" id="t">Offre 1 000</p><p hidden>Abonnez-vous</p>';
    expect(extractText(document).text).toBe('a\nOffre 1 000');
    expect(isTextRendered(text())).toBe(false);
  });
});

describe('markup checks', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild!;
  };
  const style = (e: Element) => e.getAttribute('style');

  it.each([
    ['no attributes', '<p>x</p>', false],
    ['unrelated attributes only', '<p class="a" id="b" data-x="y">x</p>', false],
    ['hidden', '<p class="a" hidden>x</p>', true],
    ['aria-hidden true', '<p aria-hidden="true">x</p>', true],
    ['aria-hidden false', '<p aria-hidden="false">x</p>', false],
    ['contenteditable empty', '<p contenteditable>x</p>', true],
    ['contenteditable FALSE', '<p contenteditable="FALSE">x</p>', false],
    ['Recoupe UI attribute', '<div data-recoupe-ui>x</div>', true],
    ['inline display none', '<p class="a" style="color: red; display:none">x</p>', true],
    ['inline pre white space', '<p style="white-space: pre">x</p>', false],
  ])('isHiddenByAttributes: %s', (_name, html, expected) => {
    const e = el(html);
    expect(isHiddenByAttributes(e, e.getAttributeNames(), style(e))).toBe(expected);
  });

  it.each([
    ['a closed details', '<details><summary>s</summary>x</details>', true],
    ['an open details', '<details open><summary>s</summary>x</details>', false],
    ['another element', '<div>x</div>', false],
  ])('isClosedDetails: %s', (_name, html, expected) => {
    expect(isClosedDetails(el(html))).toBe(expected);
  });

  it('reads a closed <details> passed as the root: its summary only', () => {
    expect(extractText(el('<details><summary>Plus</summary><p>3 000</p></details>')).text).toBe('Plus');
  });
});
