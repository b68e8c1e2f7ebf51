import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../lib/database/schema';
import { launch, repoRoot, type Session } from './launch';

let session: Session;
let options: Page;
beforeAll(async () => {
  session = await launch();
  options = await session.openExtensionPage('options.html');
});
afterAll(async () => {
  await session?.close();
});

const data = (file: string) => JSON.parse(readFileSync(join(repoRoot, 'lib/database/data', file), 'utf8')) as unknown;
const bundledClaims = data('claims.json') as Claim[];
const bundledSources = data('sources.json') as Source[];
const { version } = data('meta.json') as { version: string };

/** Two claims of the user's, leaning on a bundled actor and source. */
const userClaims: Claim[] = [
  {
    id: 'user-nis-14000',
    actor: 'nis',
    stance: 'figure',
    kind: 'troops',
    scope: 'total',
    quantity: { value: 14000, min: 14000, max: 14000, qualifier: 'approx' },
    date: '2025-03-01',
    summary: 'North Korean troops sent to Russia so far (a test claim)',
    appearances: [{ source: bundledSources[0]!.id }],
  },
  {
    id: 'user-gur-4000-killed',
    actor: 'gur',
    stance: 'figure',
    kind: 'killed',
    scope: 'total',
    quantity: { value: 4000, min: 4000, max: null, qualifier: 'more_than' },
    date: '2025-03-02',
    summary: 'North Korean soldiers killed (a test claim)',
    appearances: [{ source: bundledSources[1]!.id }],
  },
];

const claimsShown = async () => {
  const dd = options.getByTestId('db-claims');
  return { total: Number(await dd.getAttribute('data-total')), user: Number(await dd.getAttribute('data-user')) };
};

async function chooseFile(name: string, text: string) {
  await options.getByLabel('File to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function exportFile(scope: 'All claims' | 'Only the claims you imported', format: 'Recoupe JSON' | 'ClaimReview JSON-LD (schema.org)') {
  await options.getByRole('radio', { name: scope }).check();
  await options.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download' }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

async function removeUserClaims() {
  await options.getByRole('button', { name: /^Remove the \d+ claims? you imported$/ }).click();
  await options.getByRole('group').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect.poll(claimsShown).toMatchObject({ user: 0 });
}

describe('the options page', () => {
  it('opens in a tab and shows the database: version, claims, sources, by kind and by actor', async () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, '.output/chrome-mv3/manifest.json'), 'utf8')) as { options_ui: { open_in_tab: boolean } };
    expect(manifest.options_ui.open_in_tab).toBe(true);
    await expect.poll(() => options.getByTestId('db-version').textContent()).toBe(version);
    expect(await claimsShown()).toEqual({ total: bundledClaims.length, user: 0 });
    expect(await options.getByTestId('db-sources').textContent()).toBe(new Intl.NumberFormat('en').format(bundledSources.length));
    const troops = bundledClaims.filter((c) => c.kind === 'troops').length;
    expect(await options.getByRole('row', { name: /^North Korean troops/ }).getByRole('cell').textContent()).toBe(String(troops));
  });

  it('lists each problem of an invalid file, where it is, and writes nothing', async () => {
    const bad = { claims: [{ ...userClaims[0]!, date: '2025-02-30x' }, userClaims[1]!, { ...userClaims[1]!, id: 'user-bad', actor: 'nobody-known' }] };
    await chooseFile('bad.json', JSON.stringify(bad, null, 2));
    const errors = options.getByTestId('import-errors');
    await expect.poll(() => errors.count()).toBe(1);
    const positions = await errors.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-position')));
    expect(positions).toEqual(['claims[0]', 'claims[2]']);
    expect(await errors.locator('p').first().textContent()).toBe('2 problems in bad.json: nothing was imported.');
    expect(await options.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await options.reload();
    await expect.poll(claimsShown).toEqual({ total: bundledClaims.length, user: 0 });
  });

  it('imports a valid file after a preview, and the counts go up', async () => {
    await chooseFile('mine.json', JSON.stringify({ claims: userClaims }));
    const preview = options.getByTestId('import-preview');
    await expect.poll(() => preview.count()).toBe(1);
    expect(await preview.textContent()).toContain('Claims: 2 in the file, 2 new, 0 replacing earlier imports, 0 already there');
    expect(await claimsShown()).toEqual({ total: bundledClaims.length, user: 0 });
    await options.getByRole('button', { name: 'Import 2 claims' }).click();
    await expect.poll(() => options.getByTestId('import-done').textContent()).toBe('2 claims imported.');
    await expect.poll(claimsShown).toEqual({ total: bundledClaims.length + 2, user: 2 });
  });

  it.each([
    ['Recoupe JSON', /^recoupe-user-\d{4}-\d{2}-\d{2}\.json$/],
    ['ClaimReview JSON-LD (schema.org)', /^recoupe-user-\d{4}-\d{2}-\d{2}\.jsonld$/],
  ] as const)('exports the user’s claims as %s, and the file imports them back', async (format, name) => {
    await expect.poll(claimsShown).toMatchObject({ user: 2 });
    const file = await exportFile('Only the claims you imported', format);
    expect(file.name).toMatch(name);
    await removeUserClaims();
    await chooseFile(file.name, file.text);
    await options.getByRole('button', { name: 'Import 2 claims' }).click();
    await expect.poll(claimsShown).toEqual({ total: bundledClaims.length + 2, user: 2 });
  });

  it('exports every claim', async () => {
    const file = await exportFile('All claims', 'Recoupe JSON');
    const db = JSON.parse(file.text) as { claims: Claim[] };
    expect(db.claims.length).toBe(bundledClaims.length + 2);
  });

  it('removes the user’s claims only after confirmation', async () => {
    await options.getByRole('button', { name: 'Remove the 2 claims you imported' }).click();
    await options.getByRole('button', { name: 'Keep them' }).click();
    expect(await claimsShown()).toEqual({ total: bundledClaims.length + 2, user: 2 });
    await removeUserClaims();
    expect(await claimsShown()).toEqual({ total: bundledClaims.length, user: 0 });
    expect(await options.getByTestId('remove-done').textContent()).toBe('Your imported claims were removed.');
  });

  it('keeps the highlight style, and lists the sites switched off with a way back on', async () => {
    await options.getByRole('radio', { name: /Background colour/ }).check();
    await expect
      .poll(() => session.worker.evaluate(() => chrome.storage.local.get('settings')))
      .toEqual({ settings: { disabledSites: [], highlightStyle: 'background' } });

    await session.worker.evaluate(() => chrome.storage.local.set({ settings: { disabledSites: ['a.example', 'b.example'], highlightStyle: 'background' } }));
    const sites = options.getByTestId('sites-section');
    await expect.poll(() => sites.locator('.sites__host').allTextContents()).toEqual(['a.example', 'b.example']);
    await sites.getByRole('button', { name: 'Turn on a.example' }).click();
    await expect.poll(() => sites.locator('.sites__host').allTextContents()).toEqual(['b.example']);
    await sites.getByRole('button', { name: 'Turn Recoupe back on everywhere' }).click();
    await expect.poll(() => sites.textContent()).toContain('None. Recoupe runs on every news site.');
    expect(await session.worker.evaluate(() => chrome.storage.local.get('settings'))).toEqual({
      settings: { disabledSites: [], highlightStyle: 'background' },
    });
  });
});
