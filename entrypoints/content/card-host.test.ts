// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageFigure } from '@/lib/page/protocol';
import { createCardHost, type CardModule, type CardView, type ShownCard } from './card-host';

const figure = (text: string) => ({ claim: { text, start: 0 }, result: { verdict: 'corroborated' } }) as unknown as PageFigure;
const anchor = () => null;
const options = { focus: false, onClose: () => {} };

/** A card module whose import the test settles by hand, and what its view was asked to do. */
function fakeModule() {
  const host = document.createElement('recoupe-ui');
  const calls: string[] = [];
  const view: CardView = {
    host,
    mount: () => void calls.push('mount'),
    render: (shown: ShownCard | null) => void calls.push(shown ? `render ${shown.figure.claim.text}` : 'render nothing'),
  };
  const module: CardModule = { createCard: async () => view };
  let settle!: (outcome: CardModule | Error) => void;
  const load = vi.fn(
    () =>
      new Promise<CardModule>((resolve, reject) => {
        settle = (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome));
      }),
  );
  return { host, calls, load, module, settle: (outcome: CardModule | Error = module) => settle(outcome) };
}

describe('createCardHost', () => {
  let ctx: { isInvalid: boolean };
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    ctx = { isInvalid: false };
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());
  const host = (load: () => Promise<CardModule>) => createCardHost(ctx as ContentScriptContext, 'fr', load);

  it('imports the card module on the first card only, then shows the latest card asked for', async () => {
    const fake = fakeModule();
    const card = host(fake.load);
    expect(fake.load).not.toHaveBeenCalled();
    card.show(figure('3 000 soldats'), anchor, options);
    card.show(figure('11 000 soldats'), anchor, options);
    expect(fake.load).toHaveBeenCalledTimes(1);
    expect(card.owns(fake.host)).toBe(false);
    fake.settle();
    await vi.waitFor(() => expect(fake.calls).toEqual(['mount', 'render 11 000 soldats']));
    expect(card.owns(fake.host)).toBe(true);
    expect(card.owns(document.body)).toBe(false);
    card.hide();
    card.show(figure('3 000 soldats'), anchor, options);
    expect(fake.calls.slice(2)).toEqual(['render nothing', 'render 3 000 soldats']);
    expect(fake.load).toHaveBeenCalledTimes(1);
  });

  it('shows nothing when the card was hidden while its module loaded', async () => {
    const fake = fakeModule();
    const card = host(fake.load);
    card.show(figure('3 000 soldats'), anchor, options);
    card.hide();
    fake.settle();
    await vi.waitFor(() => expect(fake.calls).toEqual(['mount', 'render nothing']));
  });

  it('reports a failed import and tries again on the next card', async () => {
    const fake = fakeModule();
    const card = host(fake.load);
    card.show(figure('3 000 soldats'), anchor, options);
    fake.settle(new Error('Failed to fetch dynamically imported module'));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('[Recoupe] card failed:', new Error('Failed to fetch dynamically imported module')));
    card.show(figure('11 000 soldats'), anchor, options);
    expect(fake.load).toHaveBeenCalledTimes(2);
    fake.settle();
    await vi.waitFor(() => expect(fake.calls).toEqual(['mount', 'render 11 000 soldats']));
  });

  it('adds nothing to the page when the extension went away while the module loaded', async () => {
    const fake = fakeModule();
    const card = host(fake.load);
    card.show(figure('3 000 soldats'), anchor, options);
    ctx.isInvalid = true;
    fake.settle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.calls).toEqual([]);
    expect(card.owns(fake.host)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });
});
