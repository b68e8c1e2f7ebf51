// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type PageWatcher } from './watcher';

const isOwn = (node: Node) => {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest('recoupe-ui') != null;
};
/** Lets the MutationObserver's microtask run, then moves the fake clock. */
const after = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchPage', () => {
  let controller: AbortController;
  let settled: number;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p>Premier paragraphe.</p></main><recoupe-ui><div>card</div></recoupe-ui>';
    controller = new AbortController();
    settled = 0;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  const watch = () =>
    watchPage(document.body, window, { onSettle: () => settled++, isOwn, signal: controller.signal, quietMs: 500, maxWaitMs: 2000 });

  it('reports once, after the page stops changing', async () => {
    watch();
    const main = document.querySelector('main')!;
    for (let i = 0; i < 3; i++) {
      main.insertAdjacentHTML('beforeend', `<p>Paragraphe ${i} : 3 000 soldats.</p>`);
      await after(200);
    }
    expect(settled).toBe(0);
    await after(600);
    expect(settled).toBe(1);
  });

  it('reports a page that never stops changing at most every maxWaitMs', async () => {
    watch();
    const p = document.querySelector('p')!;
    for (let i = 0; i < 20; i++) {
      p.firstChild!.textContent = `Mise à jour ${i}`;
      await after(200);
    }
    expect(settled).toBe(2);
  });

  it.each([
    ['changes inside Recoupe\'s UI', () => document.querySelector('recoupe-ui div')!.append(' 12 000')],
    ['white space added between blocks', () => document.querySelector('main')!.append('\n  ')],
    ['writes made through ignore()', (w: ReturnType<typeof watchPage>) => w.ignore(() => document.querySelector('p')!.append(' et 3 000.'))],
  ])('ignores %s', async (_, change) => {
    const watcher = watch();
    change(watcher);
    await after(1000);
    expect(settled).toBe(0);
  });

  it.each<[string, (w: PageWatcher) => void, number]>([
    ['a text changed', () => void (document.querySelector('p')!.firstChild!.textContent = 'Autre texte.'), 1],
    ['a paragraph removed', () => document.querySelector('p')!.remove(), 1],
    ['white space added between blocks', () => document.querySelector('main')!.append('\n  '), 1],
    ['changes inside Recoupe\'s UI', () => document.querySelector('recoupe-ui div')!.append(' 12 000'), 0],
    ['writes made through ignore()', (w) => w.ignore(() => document.querySelector('p')!.append(' et 3 000.')), 0],
  ])('counts the page\'s changes at once, even before they are delivered: %s', async (_, change, counted) => {
    const watcher = watch();
    const before = watcher.changes;
    change(watcher);
    expect(watcher.changes - before).toBe(counted);
    // Counted once: the same records are not delivered again.
    await after(0);
    expect(watcher.changes - before).toBe(counted);
  });

  it('still reports a change it counted before the observer delivered it', async () => {
    const watcher = watch();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Paragraphe : 3 000 soldats.</p>');
    expect(watcher.changes).toBe(1);
    await after(600);
    expect(settled).toBe(1);
  });

  it('stops when its signal is aborted', async () => {
    watch();
    document.querySelector('main')!.append(document.createElement('p'));
    controller.abort();
    await after(1000);
    expect(settled).toBe(0);
  });
});
