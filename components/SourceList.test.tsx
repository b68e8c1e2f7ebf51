// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchedClaim } from './card-fixtures';
import { useLocale } from './i18n-fixture';
import { SourceList } from './SourceList';

afterEach(cleanup);
beforeEach(() => useLocale('en'));

describe('SourceList', () => {
  it('shows who, when, the figure, where (as a safe link) and the quote', () => {
    const { container } = render(<SourceList claims={[matchedClaim()]} lang="en" />);
    const item = container.querySelector('li')!;
    expect(item.querySelector('strong')!.textContent).toBe('Ukraine’s military intelligence (GUR)');
    expect(item.querySelector('time')!.getAttribute('datetime')).toBe('2024-11-04');
    expect(item.textContent).toContain('4 Nov 2024');
    expect(item.querySelector('.rc-source__figure')!.textContent).toBe('11,000');
    const link = item.querySelector('a')!;
    expect(link.textContent).toBe('The Kyiv Independent');
    expect(link.getAttribute('href')).toBe('https://kyivindependent.com/x');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(item.querySelector('blockquote')!.textContent).toBe('Some 11,000 North Korean troops have arrived in Kursk Oblast.');
  });

  it('formats in French for the French interface', async () => {
    await useLocale('fr');
    const { container } = render(<SourceList claims={[matchedClaim({ quantity: { value: 3000, min: 3000, max: null, qualifier: 'more_than' } })]} lang="fr" />);
    expect(container.querySelector('.rc-source__figure')!.textContent).toBe('plus de 3\u202f000');
    expect(container.textContent).toContain('4 nov. 2024');
  });

  it.each([
    ['a seed file', 'seed:003_yonhap.txt'],
    ['a script address', 'javascript:alert(1)'],
  ])('shows %s as the outlet name, not a link', (_, url) => {
    const claim = matchedClaim({ source: { id: 's', outlet: 'Yonhap', url, published: null } });
    const { container } = render(<SourceList claims={[claim]} lang="en" />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('.rc-source__where')!.textContent).toBe('Yonhap');
  });

  it('renders HTML in quotes and names as text', () => {
    const claim = matchedClaim({ quote: '<img src=x onerror=alert(1)> 3 000', source: { id: 's', outlet: '<b>Outlet</b>', url: 'https://x.test/', published: null } });
    const { container } = render(<SourceList claims={[claim]} lang="en" />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe('<img src=x onerror=alert(1)> 3 000');
    expect(container.querySelector('a')!.textContent).toBe('<b>Outlet</b>');
  });

  it('leaves the quote out when there is none', () => {
    const { container } = render(<SourceList claims={[matchedClaim({ quote: undefined })]} lang="en" />);
    expect(container.querySelector('blockquote')).toBeNull();
  });
});
