import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, repoRoot, type Session } from './launch';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const ARTICLE = 'demo-pages/04-escalade-deploiement.html';
const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core's serious and critical violations on the page (or inside `include`), as "rule: help (targets)". */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated rather than added as a <script>: extension pages' CSP (script-src 'self') refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context?: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(context ? { include: [context] } : undefined)).violations;
  }, include ? [include] : null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

async function articleTab(): Promise<{ page: Page; tabId: number }> {
  const page = await session.open(ARTICLE);
  await page.bringToFront();
  const [tab] = await session.worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const tabId = tab!.id!;
  await expect
    .poll(() => session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/status' }).then((r) => (r as { status: string }).status, () => null), tabId))
    .toBe('ready');
  return { page, tabId };
}

describe.each(['light', 'dark'] as const)('accessibility audit (axe-core), %s theme', (colorScheme) => {
  it('the popup with its list, a figure’s sources, the timeline and its table open', async () => {
    const { page, tabId } = await articleTab();
    const popup = await session.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.timeline-marker').count()).toBeGreaterThan(0);
    await popup.locator('button.claim__toggle').first().click();
    await popup.locator('.timeline summary').click();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the popup’s empty state', async () => {
    const page = await session.open('demo-pages/index.html');
    await page.bringToFront();
    const [tab] = await session.worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    const popup = await session.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tab!.id}`);
    await expect.poll(() => popup.locator('section.empty').getAttribute('data-state')).toBe('none');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the options page, with an import’s problems listed', async () => {
    const options = await session.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('db-version').count()).toBe(1);
    await options.getByLabel('File to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"claims": [{"id": "X"}]}') });
    await expect.poll(() => options.getByTestId('import-errors').count()).toBe(1);
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('a figure’s card open in the page', async () => {
    const { page, tabId } = await articleTab();
    await page.emulateMedia({ colorScheme });
    await session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/reveal', index: 0 }), tabId);
    await expect.poll(() => page.locator('recoupe-ui [role="dialog"]').count()).toBe(1);
    expect(await seriousViolations(page, 'recoupe-ui')).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  it('reaches every control of the popup with Tab, with a visible focus, and chooses a figure with Enter', async () => {
    const { page, tabId } = await articleTab();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('li.claim').count()).toBeGreaterThan(1);
    const visited: string[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el.matches('.switch input') ? el.nextElementSibling! : el);
        return { key: `${el.tagName.toLowerCase()}.${el.className}`, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      if (!focused) break;
      expect(focused.outline, `visible focus on ${focused.key}`).toBe(true);
      visited.push(focused.key);
    }
    expect(visited).toContain('button.claim__main');
    expect(visited).toContain('button.claim__toggle link');
    expect(visited).toContain('summary.');

    await popup.locator('button.claim__main').nth(1).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('button.claim__main').nth(1).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.locator('recoupe-ui [role="dialog"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
