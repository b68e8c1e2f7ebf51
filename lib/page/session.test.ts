// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FoundClaim } from '../detect/found-claim';
import type { MatchResult, Verdict } from '../match/match-result';
import type { ScanRequest } from '../messages/protocol';
import { MAX_SHOWN_FIGURES, type ListReply, type StatusReply } from './protocol';
import { encodeScan } from './scan-reply';
import { PageSession, type CardHost } from './session';

const ARTICLE =
  '<article><h1>Troupes nord-coréennes en Russie</h1>' +
  '<p id="a">Selon Kiev, 3 000 soldats sont arrivés à Koursk.</p>' +
  '<p id="b">Le NIS parle de 11 000 soldats, puis de 12 000 soldats.</p></article>';

/** A stand-in for the background's detector: every "N soldats" is a figure. */
function detect(text: string): FoundClaim[] {
  return [...text.matchAll(/\d+ \d{3} soldats/g)].map((m) => ({
    text: m[0], start: m.index, end: m.index + m[0].length, value: 1, min: 1, max: 1, qualifier: 'exact',
    kind: 'troops', scope: 'total', actor: null, date: null, period: null, lang: 'fr', sentence: m[0],
  }));
}

const result = (verdict: Verdict): MatchResult => ({
  verdict,
  reason: { code: 'no_match', params: { found: { value: 1, min: 1, max: 1, qualifier: 'exact' }, foundKind: 'troops' } },
  corroborating: [],
  conflicting: [],
  context: [],
});

function fakeCard() {
  const shown: string[] = [];
  const card: CardHost & { shown: string[]; focus: boolean[]; published: (string | undefined)[] } = {
    shown,
    focus: [],
    published: [],
    show(figure, _anchor, options) {
      shown.push(figure.claim.text);
      card.focus.push(options.focus);
      card.published.push(figure.published);
    },
    hide() {
      shown.push('(hidden)');
    },
    owns: () => false,
  };
  return card;
}

describe('PageSession', () => {
  let controller: AbortController;
  let requests: ScanRequest[];
  let badges: [number, boolean][];
  let card: ReturnType<typeof fakeCard>;
  let beforeRequest: () => void;

  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    document.head.innerHTML = '';
    document.body.innerHTML = ARTICLE;
    controller = new AbortController();
    requests = [];
    badges = [];
    card = fakeCard();
    beforeRequest = () => {};
  });
  afterEach(() => controller.abort());

  const start = (isOnTopic = true, chunkChars?: number, stepNodes = 2) => {
    const session = new PageSession({
      doc: document,
      signal: controller.signal,
      card,
      isOnTopic: () => isOnTopic,
      async requestScan(request) {
        requests.push(request);
        beforeRequest();
        const claims = detect(request.text);
        return { ok: true, data: encodeScan(claims, claims.map((c) => result(c.text.startsWith('12') ? 'conflicting' : 'corroborated'))) };
      },
      reportBadge: (count, conflicting) => void badges.push([count, conflicting]),
      schedule: (run) => void setTimeout(() => run({ timeRemaining: () => 20 }), 0),
      stepNodes,
      chunkChars,
    });
    session.configure(true, 'underline');
    return session;
  };
  const status = (s: PageSession) => (s.handle({ type: 'page/status' }) as StatusReply).status;
  const marks = () => [...document.querySelectorAll('mark[data-recoupe-mark]')].map((m) => `${m.getAttribute('data-recoupe-mark')}:${m.textContent}`);

  it('scans in slices, sends the text once, highlights (here with the fallback) and reports the badge', async () => {
    document.documentElement.lang = 'fr-FR';
    document.head.innerHTML = '<meta property="article:published_time" content="2024-11-05T08:00:00+01:00">';
    const session = start();
    expect(status(session)).toBe('scanning');
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(requests).toEqual([
      {
        type: 'page/scan',
        text: 'Troupes nord-coréennes en Russie\nSelon Kiev, 3 000 soldats sont arrivés à Koursk.\nLe NIS parle de 11 000 soldats, puis de 12 000 soldats.',
        lang: 'fr',
        published: '2024-11-05',
        url: document.location.href,
        limit: MAX_SHOWN_FIGURES,
      },
    ]);
    expect(marks()).toEqual(['corroborated:3 000 soldats', 'corroborated:11 000 soldats', 'conflicting:12 000 soldats']);
    expect(badges).toEqual([[3, true]]);
    const list = session.handle({ type: 'page/list' }) as ListReply;
    expect(list.figures.map((f) => [f.claim.text, f.result.verdict])).toEqual([
      ['3 000 soldats', 'corroborated'],
      ['11 000 soldats', 'corroborated'],
      ['12 000 soldats', 'conflicting'],
    ]);
    expect(session.handle({ type: 'page/status' })).toEqual({ status: 'ready', count: 3, conflicting: 1 });
  });

  it('reports the badge only when what it shows changes, and again once the page changes address', async () => {
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(badges).toEqual([[3, true]]);
    document.querySelector('#b')!.append(' Rien de neuf.');
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    document.querySelector('#b')!.append(' Encore 2 000 soldats.');
    await vi.waitFor(() => expect(badges).toEqual([[3, true], [4, true]]));
    session.locationChanged();
    await vi.waitFor(() => expect(requests).toHaveLength(4));
    await vi.waitFor(() => expect(badges).toEqual([[3, true], [4, true], [4, true]]));
  });

  it('places the figures again, without a new scan, on an article the page rebuilt with the same text', async () => {
    // The Custom Highlight API, as Chromium has it: ranges over the page's nodes, which a rebuild leaves detached.
    const registry = new Map<string, { ranges: Range[] }>();
    class Highlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
      add(range: Range) {
        this.ranges.push(range);
      }
    }
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', Highlight);
    // The text of the highlighted ranges that are over the page's current nodes.
    const highlighted = () =>
      [...registry.values()].flatMap((h) => h.ranges.filter((r) => r.startContainer.isConnected).map((r) => r.toString())).sort();
    try {
      const session = start();
      await vi.waitFor(() => expect(status(session)).toBe('ready'));
      expect(highlighted()).toEqual(['11 000 soldats', '12 000 soldats', '3 000 soldats']);
      // A client-side re-render: the same text in new nodes.
      document.body.innerHTML = ARTICLE;
      expect(highlighted()).toEqual([]);
      await vi.waitFor(() => expect(highlighted()).toEqual(['11 000 soldats', '12 000 soldats', '3 000 soldats']), { timeout: 3000 });
      expect(requests).toHaveLength(1);
      expect(session.handle({ type: 'page/status' })).toEqual({ status: 'ready', count: 3, conflicting: 1 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('gives each figure its page\'s publication date, in page/list and to the card, and none when the page has none', async () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2024-10-22T08:00:00+02:00">';
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    const list = session.handle({ type: 'page/list' }) as ListReply;
    expect(list.figures.map((f) => f.published)).toEqual(['2024-10-22', '2024-10-22', '2024-10-22']);
    expect(list.figures[0]).not.toHaveProperty('range');
    session.handle({ type: 'page/reveal', index: 1 });
    expect(card.published).toEqual(['2024-10-22']);

    document.head.innerHTML = '';
    document.getElementById('a')!.textContent = 'Selon Kiev, 4 000 soldats sont arrivés à Koursk.';
    await vi.waitFor(() => expect(marks()).toContain('corroborated:4 000 soldats'));
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    const undated = session.handle({ type: 'page/list' }) as ListReply;
    expect(undated.figures.map((f) => 'published' in f)).toEqual([false, false, false]);
  });

  it('removes everything when switched off, leaving the DOM as it was, and scans again when switched on', async () => {
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    session.configure(false, 'underline');
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(session.handle({ type: 'page/list' })).toEqual({ status: 'off', figures: [], host: document.location.hostname });
    expect(badges.at(-1)).toEqual([0, false]);
    session.configure(true, 'underline');
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(marks()).toHaveLength(3);
  });

  it('sends a long text in pieces, cut at block edges, and places each piece’s figures on the page', async () => {
    const session = start(true, 60);
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(requests.map((r) => r.text)).toEqual([
      'Troupes nord-coréennes en Russie\n',
      'Selon Kiev, 3 000 soldats sont arrivés à Koursk.\n',
      'Le NIS parle de 11 000 soldats, puis de 12 000 soldats.',
    ]);
    expect(marks()).toEqual(['corroborated:3 000 soldats', 'corroborated:11 000 soldats', 'conflicting:12 000 soldats']);
    const list = session.handle({ type: 'page/list' }) as ListReply;
    // Offsets into the whole text, as one request would have had them.
    const text = requests.map((r) => r.text).join('');
    expect(list.figures.map((f) => text.slice(f.claim.start, f.claim.end))).toEqual(['3 000 soldats', '11 000 soldats', '12 000 soldats']);
    expect(badges.at(-1)).toEqual([3, true]);
  });

  it('sends the text a stylesheet hides but highlights none of its figures', async () => {
    document.head.innerHTML = '<style>.mobile { display: none }</style>';
    document.body.innerHTML = `${ARTICLE}<nav class="mobile"><p>Menu : 3 000 soldats</p></nav><p hidden>Abonnés : 5 000 soldats</p>`;
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(requests[0]!.text).toMatch(/\nMenu : 3 000 soldats$/);
    expect(marks()).toEqual(['corroborated:3 000 soldats', 'corroborated:11 000 soldats', 'conflicting:12 000 soldats']);
    expect(document.querySelector('nav mark')).toBeNull();
  });

  it(`shows at most ${MAX_SHOWN_FIGURES} figures, the first in page order, and asks for no more pieces`, async () => {
    const paragraph = (i: number) => `<p>Rapport ${i} : ${'3 000 soldats, '.repeat(20)}fin.</p>`;
    document.body.innerHTML = Array.from({ length: MAX_SHOWN_FIGURES / 20 + 100 }, (_, i) => paragraph(i)).join('');
    const session = start(true, 20_000, 100);
    await vi.waitFor(() => expect(status(session)).toBe('ready'), { timeout: 10_000 });
    expect(session.handle({ type: 'page/status' })).toEqual({ status: 'ready', count: MAX_SHOWN_FIGURES, conflicting: 0 });
    const paragraphs = document.querySelectorAll('p');
    expect(paragraphs[MAX_SHOWN_FIGURES / 20 - 1]!.querySelectorAll('mark')).toHaveLength(20);
    expect(paragraphs[MAX_SHOWN_FIGURES / 20]!.querySelectorAll('mark')).toHaveLength(0);
    // The pieces after the one holding the last figure shown were never sent.
    expect(requests.map((r) => r.text).join('').length).toBeLessThan(document.body.textContent!.length);
    // happy-dom walks a long list of siblings slowly.
  }, 30_000);

  it('stops at the topic check on a page off the topic', async () => {
    const session = start(false);
    await vi.waitFor(() => expect(status(session)).toBe('off-topic'));
    expect(requests).toEqual([]);
    expect(marks()).toEqual([]);
    // The badge starts blank on every page: nothing to report, no message.
    expect(badges).toEqual([]);
  });

  it('sends no language when the page declares none (the background detects it)', async () => {
    document.documentElement.removeAttribute('lang');
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(requests[0]?.lang).toBeUndefined();
  });

  it('leaves the page as it was when the scan fails, and scans again when the page changes', async () => {
    let fail = true;
    beforeRequest = () => {
      if (fail) throw new Error('malformed scan');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(warn).toHaveBeenCalledWith('[Recoupe] scan failed:', new Error('malformed scan'));
    expect(marks()).toEqual([]);
    expect(badges).toEqual([]);
    fail = false;
    document.querySelector('#b')!.append(' Encore 2 000 soldats.');
    await vi.waitFor(() => expect(marks()).toHaveLength(4), { timeout: 3000 });
    warn.mockRestore();
  });

  it('drops a figure whose text changed while the verdicts were on their way', async () => {
    beforeRequest = () => {
      document.querySelector('#a')!.firstChild!.textContent = 'Selon Kiev, quelques soldats sont arrivés à Koursk.';
    };
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    expect(marks()).toEqual(['corroborated:11 000 soldats', 'conflicting:12 000 soldats']);
  });

  describe('with the Custom Highlight API (no text node split)', () => {
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
      add(range: Range) {
        this.ranges.push(range);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    beforeEach(() => {
      registry.clear();
      vi.stubGlobal('Highlight', FakeHighlight);
      // happy-dom's window.CSS is a new object on every read.
      vi.stubGlobal('CSS', { highlights: registry });
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });
    const shown = () => [...registry].flatMap(([name, h]) => h.ranges.map((r) => `${name}:${r.toString()}`));

    it('highlights the figures of an unchanged page', async () => {
      const session = start();
      await vi.waitFor(() => expect(status(session)).toBe('ready'));
      expect(shown()).toEqual(['recoupe-corroborated:3 000 soldats', 'recoupe-corroborated:11 000 soldats', 'recoupe-conflicting:12 000 soldats']);
      expect(document.body.innerHTML).toBe(ARTICLE);
    });

    it.each([
      ['its text changed', () => void (document.querySelector('#a')!.firstChild!.textContent = 'Selon Kiev, quelques soldats sont arrivés à Koursk.')],
      ['its node was replaced by one with the same text', () => document.querySelector('#a')!.replaceWith(document.querySelector('#a')!.cloneNode(true))],
    ])('drops a figure when, while the verdicts were on their way, %s', async (_, change) => {
      beforeRequest = change;
      const session = start();
      await vi.waitFor(() => expect(status(session)).toBe('ready'));
      expect(shown()).toEqual(['recoupe-corroborated:11 000 soldats', 'recoupe-conflicting:12 000 soldats']);
    });
  });

  it('walks the figures with page/next, opening each card with focus, and reveals one by index', async () => {
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    for (let i = 0; i < 4; i++) expect(session.handle({ type: 'page/next' })).toEqual({ opened: true });
    expect(card.shown.filter((s) => s !== '(hidden)')).toEqual(['3 000 soldats', '11 000 soldats', '12 000 soldats', '3 000 soldats']);
    expect(card.focus).toEqual([true, true, true, true]);
    expect(session.handle({ type: 'page/reveal', index: 2 })).toEqual({ opened: true });
    expect(card.shown.at(-1)).toBe('12 000 soldats');
    expect(session.handle({ type: 'page/reveal', index: 3 })).toEqual({ opened: false });
  });

  it('closes the card on Escape', async () => {
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    session.handle({ type: 'page/next' });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.shown.at(-1)).toBe('(hidden)');
  });

  it('tears everything down when its signal aborts', async () => {
    const session = start();
    await vi.waitFor(() => expect(status(session)).toBe('ready'));
    controller.abort();
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(status(session)).toBe('off');
  });
});
