// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard, excerpt } from './ClaimCard';
import { foundClaim, matchResult } from './card-fixtures';
import { useLocale } from './i18n-fixture';
import { explain } from '@/lib/match/explain';

afterEach(cleanup);

const facts = (container: Element) =>
  Object.fromEntries([...container.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));

describe('ClaimCard', () => {
  it('shows the figure, what it counts, who is credited and when, the verdict and why (French)', async () => {
    await useLocale('fr');
    const { container, getByRole } = render(<ClaimCard claim={foundClaim()} result={matchResult()} lang="fr" onClose={() => {}} />);
    const dialog = getByRole('dialog');
    expect(dialog.getAttribute('aria-label')).toBe('Recoupe\u00a0: près de 11 000 soldats');
    expect(container.querySelector('.rc-card__figure')!.textContent).toBe('près de 11 000 soldats');
    expect(facts(container)).toEqual({
      'Ce qu’il compte': 'soldats nord-coréens, dans la région de Koursk',
      'Attribué à': 'le renseignement militaire ukrainien (GUR) · 5 nov. 2024',
    });
    expect(container.querySelector('.rc-chip')!.textContent).toBe('Corroboré');
    expect(container.querySelector('.rc-card__reason')!.textContent).toBe(explain(matchResult(), 'fr'));
  });

  it.each([
    ['en', null, '2024-10-22', 'page of 22 Oct 2024'],
    ['fr', null, '2024-10-22', 'article du 22 oct. 2024'],
    ['en', '2024-11-05', '2024-10-22', '5 Nov 2024'],
    ['en', null, null, ''],
  ] as const)('in %s, a figure dated %s on a page of %s says when as “%s”', async (lang, date, published, when) => {
    await useLocale(lang);
    const claim = foundClaim({ actor: null, date });
    const { container } = render(<ClaimCard claim={claim} result={matchResult()} published={published} lang={lang} onClose={() => {}} />);
    const credited = Object.values(facts(container))[1]!;
    expect(credited.split(' · ')[1] ?? '').toBe(when);
  });

  it('gives the page\'s date beside a period the figure is tied to', async () => {
    await useLocale('en');
    const claim = foundClaim({ actor: null, date: null, period: 'by 2024-12' });
    const { container } = render(<ClaimCard claim={claim} result={matchResult()} published="2024-10-22" lang="en" onClose={() => {}} />);
    expect(facts(container)['Credited to']).toBe('nobody named · page of 22 Oct 2024, by December 2024');
  });

  it('lists the corroborating then the conflicting sources under their headings (English)', async () => {
    await useLocale('en');
    const { container } = render(<ClaimCard claim={foundClaim()} result={matchResult()} lang="en" onClose={() => {}} />);
    const sections = [...container.querySelectorAll('section')];
    expect(sections.map((s) => s.querySelector('h2')!.textContent)).toEqual(['Corroborating sources', 'Conflicting sources']);
    expect(sections[0]!.querySelector('a')!.textContent).toBe('The Kyiv Independent');
    expect(sections[1]!.querySelector('strong')!.textContent).toBe('South Korea’s NIS');
    expect(container.querySelector('.rc-card__none')).toBeNull();
  });

  it('says so when no source speaks to the figure, and names nobody when the page credits nobody', async () => {
    await useLocale('en');
    const result = matchResult({
      verdict: 'unverified',
      reason: { code: 'no_match', params: { found: { value: 40, min: 40, max: 40, qualifier: 'exact' }, foundKind: 'troops' } },
      corroborating: [],
      conflicting: [],
    });
    const claim = foundClaim({ actor: null, date: null, scope: 'total', period: 'by 2024-12' });
    const { container } = render(<ClaimCard claim={claim} result={result} lang="en" onClose={() => {}} />);
    expect(container.querySelectorAll('section')).toHaveLength(0);
    expect(container.querySelector('.rc-card__none')!.textContent).toBe('No source in the database says anything about this figure.');
    expect(facts(container)).toEqual({ 'What it counts': 'North Korean troops', 'Credited to': 'nobody named · by December 2024' });
    expect(container.querySelector('.rc-chip')!.textContent).toBe('Unverified');
  });

  it('shows HTML-looking page text as text, in the figure and in its sentence', async () => {
    await useLocale('en');
    const text = '<b>3 000</b> soldats';
    const sentence = 'Selon Kiev, <img src=x onerror=alert(1)> <b>3 000</b> soldats nord-coréens sont arrivés.';
    const { container, getByRole } = render(<ClaimCard claim={foundClaim({ text, sentence })} result={matchResult()} lang="en" onClose={() => {}} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('.rc-card__figure')!.textContent).toBe(text);
    expect(container.querySelector('.rc-card__sentence')!.textContent).toBe(sentence);
    expect(container.querySelector('.rc-card__sentence strong')!.textContent).toBe(text);
    expect(getByRole('dialog').getAttribute('aria-label')).toBe(`Recoupe: ${text}`);
  });

  it.each([
    ['a short sentence, whole', 'Il y a 3 000 soldats.', '3 000 soldats', ['Il y a ', '3 000 soldats', '.']],
    ['a long sentence, cut at word edges', `${'mot '.repeat(60)}3 000 soldats ${'fin '.repeat(60)}`, '3 000 soldats', [`…${'mot '.repeat(34)}`, '3 000 soldats', ` ${'fin '.repeat(33)}fin…`]],
    ['a figure not in its sentence', 'Autre chose.', '3 000 soldats', null],
  ])('excerpt: %s', (_, sentence, figure, expected) => {
    expect(excerpt(sentence, figure)).toEqual(expected);
  });

  it('closes on Escape and on its close button', async () => {
    await useLocale('en');
    const onClose = vi.fn();
    const { getByRole } = render(<ClaimCard claim={foundClaim()} result={matchResult()} lang="en" onClose={onClose} />);
    fireEvent.keyDown(getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('takes focus when asked, and keeps Tab inside the card', async () => {
    await useLocale('en');
    const { getByRole } = render(<ClaimCard claim={foundClaim()} result={matchResult()} lang="en" onClose={() => {}} autoFocus />);
    const dialog = getByRole('dialog');
    expect(document.activeElement).toBe(dialog);
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button')];
    const last = focusable[focusable.length - 1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(focusable[0]);
    fireEvent.keyDown(focusable[0]!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });
});
