// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageFigure } from '@/lib/page/protocol';
import { foundClaim, matchResult } from './card-fixtures';
import { ClaimList } from './ClaimList';
import { useLocale } from './i18n-fixture';

afterEach(cleanup);

const figures: PageFigure[] = [
  { claim: foundClaim(), result: matchResult() },
  {
    claim: foundClaim({ text: '3 000 soldats', value: 3000, min: 3000, max: 3000, qualifier: 'exact', scope: 'total', actor: null, date: null, start: 300, end: 313 }),
    result: matchResult({ verdict: 'unverified', corroborating: [], conflicting: [], reason: { code: 'no_match', params: { found: { value: 3000, min: 3000, max: 3000, qualifier: 'exact' }, foundKind: 'troops' } } }),
  },
];
/** The same figures on a page that declares its publication date. */
const published: PageFigure[] = figures.map((f) => ({ ...f, published: '2024-10-22' }));
const names: Record<string, string> = { gur: 'GUR' };
const actorName = (id: string) => names[id] ?? id;

function renderList(lang: 'fr' | 'en', onSelect = vi.fn(), selected: number | null = 0, shown = figures) {
  return { onSelect, ...render(<ClaimList figures={shown} lang={lang} selected={selected} onSelect={onSelect} actorName={actorName} />) };
}

describe('ClaimList', () => {
  it('lists every figure in page order: as written, what it counts, who and when, and its verdict', async () => {
    await useLocale('fr');
    const { container } = renderList('fr');
    const items = [...container.querySelectorAll('li.claim')];
    expect(items.map((li) => li.querySelector('.claim__figure')!.textContent)).toEqual(['près de 11 000 soldats', '3 000 soldats']);
    expect(items.map((li) => li.querySelector('.claim__meta')!.textContent)).toEqual([
      'soldats nord-coréens, dans la région de Koursk · GUR · 5 nov. 2024',
      'soldats nord-coréens · non attribué',
    ]);
    expect(items.map((li) => li.querySelector('.rc-chip')!.textContent)).toEqual(['Corroboré', 'Non vérifié']);
  });

  it.each([
    ['fr', ['soldats nord-coréens, dans la région de Koursk · GUR · 5 nov. 2024', 'soldats nord-coréens · non attribué · article du 22 oct. 2024']],
    ['en', ['North Korean troops, in the Kursk region · GUR · 5 Nov 2024', 'North Korean troops · not attributed · page of 22 Oct 2024']],
  ] as const)('in %s, gives an undated figure its page\'s date, worded as the page\'s', async (lang, metas) => {
    await useLocale(lang);
    const { container } = renderList(lang, vi.fn(), 0, published);
    expect([...container.querySelectorAll('.claim__meta')].map((m) => m.textContent)).toEqual(metas);
  });

  it('marks the selected figure and reports a choice by its index', async () => {
    await useLocale('en');
    const { getAllByRole, onSelect } = renderList('en');
    const buttons = getAllByRole('button', { name: /soldats/ });
    expect(buttons.map((b) => b.getAttribute('aria-current'))).toEqual(['true', null]);
    fireEvent.click(buttons[1]!);
    expect(onSelect).toHaveBeenCalledWith(1);
  });

  it('shows the sources and the reason on demand, as a disclosure', async () => {
    await useLocale('en');
    const { getAllByRole, container } = renderList('en');
    const toggles = getAllByRole('button', { name: /sources?$/i });
    expect(toggles.map((t) => t.textContent)).toEqual(['2 sources', 'No sources']);
    const panel = container.querySelector(`#${CSS.escape(toggles[0]!.getAttribute('aria-controls')!)}`) as HTMLElement;
    expect(panel.hidden).toBe(true);
    expect(toggles[0]!.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(toggles[0]!);
    expect(toggles[0]!.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect([...panel.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Corroborating sources', 'Conflicting sources']);
    expect(panel.querySelectorAll('.rc-source')).toHaveLength(2);
    expect(panel.querySelector('.claim__why')!.textContent!.length).toBeGreaterThan(10);

    fireEvent.click(toggles[1]!);
    expect(container.querySelectorAll('.claim__sources')[1]!.textContent).toContain('No source in the database');
  });
});
