import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListReply } from '../../lib/page/protocol';
import { launch, type Session } from './launch';

/*
 * The interface in French, in Chromium run in French (Debian's chromium-l10n holds its translations; npm test and
 * .ci/run install it): the popup, the card and the options page use the French strings and declare their language.
 */

let session: Session;
beforeAll(async () => {
  session = await launch({ uiLanguage: 'fr' });
});
afterAll(async () => {
  await session?.close();
});

const ARTICLE = 'demo-pages/04-escalade-deploiement.html';

describe('the interface in French', () => {
  it('runs in a French browser', async () => {
    const language = await session.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(language, 'Chromium runs in English: install its translations (apt-get install chromium-l10n)').toBe('fr');
  });

  it('the popup: its summary, its list and its language', async () => {
    const page = await session.open(ARTICLE);
    expect(await session.scanned(page)).toBe('ready');
    const reply = (await session.sendToTab(page, { type: 'page/list' })) as ListReply;
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('li.claim').count()).toBe(reply.figures.length);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    const corroborated = reply.figures.filter((f) => f.result.verdict === 'corroborated').length;
    // French typography: a no-break space before the colon.
    expect(await popup.getByTestId('summary').textContent()).toContain(`${reply.figures.length} chiffres\u00a0: ${corroborated} corroboré`);
    expect(await popup.getByRole('heading', { name: 'Les chiffres dans l’ordre de la page' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('the card of a figure', async () => {
    const page = await session.open(ARTICLE);
    expect(await session.scanned(page)).toBe('ready');
    expect(await session.sendToTab(page, { type: 'page/reveal', index: 0 })).toEqual({ opened: true });
    const card = page.locator('recoupe-ui [role="dialog"]');
    await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
    expect(await card.getAttribute('aria-label')).toMatch(/^Recoupe\u00a0: /);
    expect(await card.textContent()).toContain('Ce qu’il compte');
    await page.close();
  });

  it('the options page', async () => {
    const options = await session.openExtensionPage('options.html');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect.poll(() => options.locator('h1').first().textContent()).toBe('Réglages de Recoupe');
    await options.close();
  });
});
