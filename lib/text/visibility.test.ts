// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { isRenderedHidden } from './visibility';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('isRenderedHidden', () => {
  it.each([
    ['hidden by a stylesheet rule', '<style>.promo { display: none }</style>', '<p>a</p><p class="promo">Offre 1 000</p><p>b</p>', 'a\nb'],
    ['made invisible by a stylesheet rule', '<style>.sr { visibility: hidden }</style>', '<p>a <span class="sr">3 000</span>b</p>', 'a b'],
    ['display: contents shows its children', '<style>.wrap { display: contents }</style>', '<div class="wrap"><p>2 600 soldats</p></div>', '2 600 soldats'],
    ['ordinary elements are shown', '', '<article><p>près de <b>11 000</b></p></article>', 'près de 11 000'],
  ])('%s', (_name, head, body, expected) => {
    document.head.innerHTML = head;
    document.body.innerHTML = body;
    expect(extractText(document, { isHidden: isRenderedHidden }).text).toBe(expected);
  });
});
