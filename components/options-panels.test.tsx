// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseImport } from '@/lib/database/import';
import type { ImportCheck } from '@/lib/messages/protocol';
import type { StoreStats } from '@/lib/store/claim-store';
import { fixtureDatabase } from '@/lib/store/test-fixture';
import { DatabaseStats } from './DatabaseStats';
import { ExportPanel } from './ExportPanel';
import { useLocale } from './i18n-fixture';
import { ImportPanel } from './ImportPanel';

afterEach(cleanup);
beforeEach(() => useLocale('en'));

/** What the background answers to import/preview and import/commit, computed by the real import check. */
const check = async (text: string): Promise<ImportCheck> => {
  const result = parseImport(text);
  return result.ok ? { ok: true, preview: result.preview } : { ok: false, errors: result.errors };
};

function chooseFile(input: HTMLInputElement, name: string, text: string) {
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('ImportPanel', () => {
  it('previews a valid file, and writes it only when asked', async () => {
    const commit = vi.fn(check);
    const onImported = vi.fn();
    const { getByLabelText, getByRole, findByTestId } = render(<ImportPanel lang="en" preview={check} commit={commit} onImported={onImported} />);
    const text = JSON.stringify(fixtureDatabase());
    chooseFile(getByLabelText('File to import') as HTMLInputElement, 'mine.json', text);
    const preview = await findByTestId('import-preview');
    expect(preview.textContent).toContain('mine.json (Recoupe JSON): ready to import');
    expect(preview.textContent).toContain('Claims: 6 in the file, 6 new, 0 replacing earlier imports, 0 already there');
    expect(commit).not.toHaveBeenCalled();
    fireEvent.click(getByRole('button', { name: 'Import 6 claims' }));
    await findByTestId('import-done');
    expect(commit).toHaveBeenCalledWith(text);
    expect(onImported).toHaveBeenCalled();
  });

  it('lists every problem of an invalid file, with where it is, and offers no import', async () => {
    const commit = vi.fn(check);
    const db = fixtureDatabase();
    const bad = { ...db, claims: [{ ...db.claims[0], date: '2024-13-45' }, db.claims[1], { ...db.claims[2], actor: 'nobody-known' }] };
    const { getByLabelText, findByTestId, queryByRole } = render(<ImportPanel lang="en" preview={check} commit={commit} onImported={() => {}} />);
    chooseFile(getByLabelText('File to import') as HTMLInputElement, 'bad.json', JSON.stringify(bad));
    const errors = await findByTestId('import-errors');
    const items = [...errors.querySelectorAll('li')];
    expect(errors.querySelector('p')!.textContent).toBe(`${items.length} problems in bad.json: nothing was imported.`);
    expect(items.map((li) => li.getAttribute('data-position'))).toEqual(expect.arrayContaining(['claims[0]', 'claims[2]']));
    for (const li of items) expect(li.textContent).toMatch(/^claims\[\d\]/);
    expect(queryByRole('button', { name: /Import/ })).toBeNull();
    expect(commit).not.toHaveBeenCalled();
  });

  it('reports a file that is not JSON at its line and column', async () => {
    await useLocale('fr');
    const { getByLabelText, findByTestId } = render(<ImportPanel lang="fr" preview={check} commit={check} onImported={() => {}} />);
    chooseFile(getByLabelText('Fichier à importer') as HTMLInputElement, 'broken.json', '{"claims": [\n  {"id": "a",}\n]}');
    const errors = await findByTestId('import-errors');
    expect(errors.querySelectorAll('li')).toHaveLength(1);
    expect(errors.querySelector('li')!.textContent).toMatch(/ligne 2, colonne 14/);
  });
});

describe('ExportPanel', () => {
  it('asks for the chosen claims and format, and downloads the file', async () => {
    const exportFile = vi.fn(async () => ({ text: '{}', fileName: 'recoupe-user-2025-01-31.jsonld', mimeType: 'application/ld+json' }));
    const createObjectURL = vi.fn(() => 'blob:recoupe');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.download} ${this.href}`);
    });
    const { getByRole, findByText } = render(<ExportPanel exportFile={exportFile} />);
    fireEvent.click(getByRole('radio', { name: 'Only the claims you imported' }));
    fireEvent.click(getByRole('radio', { name: 'ClaimReview JSON-LD (schema.org)' }));
    fireEvent.click(getByRole('button', { name: 'Download' }));
    await findByText('Saved: recoupe-user-2025-01-31.jsonld');
    expect(exportFile).toHaveBeenCalledWith('user', 'claimreview');
    expect(clicks).toEqual(['recoupe-user-2025-01-31.jsonld blob:recoupe']);
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});

describe('DatabaseStats', () => {
  const stats: StoreStats = {
    version: '2025-01-31',
    claims: { bundled: 1200, user: 3 },
    sources: 80,
    actors: 21,
    byKind: { troops: 700, casualties: 503 },
    byActor: { nis: 10, gur: 12, 'my-actor': 12 },
  };

  it('shows the version, the counts in the interface language, and claims by kind and actor, biggest first', async () => {
    await useLocale('fr');
    const names: Record<string, string> = { nis: 'NIS', gur: 'GUR' };
    const { getByTestId, container } = render(<DatabaseStats stats={stats} lang="fr" actorName={(id) => names[id] ?? id} />);
    await waitFor(() => expect(getByTestId('db-version').textContent).toBe('2025-01-31'));
    expect(getByTestId('db-claims').textContent).toBe('1\u202f203 (1\u202f200 fournies, 3 importées par vous)');
    const tables = [...container.querySelectorAll('table')].map((t) =>
      [...t.querySelectorAll('tbody tr')].map((tr) => `${tr.querySelector('th')!.textContent}=${tr.querySelector('td')!.textContent}`),
    );
    expect(tables).toEqual([
      ['soldats nord-coréens=700', 'tués et blessés=503'],
      ['GUR=12', 'my-actor=12', 'NIS=10'],
    ]);
  });
});
