import type { IsoDate } from '../claims/vocabulary';
import type { ScanRequest } from '../messages/protocol';
import type { HighlightStyle } from '../settings/settings';
import { canonicalUrl } from '../text/canonical-url';
import { startExtraction, type PageText } from '../text/extract';
import { pageLanguage } from '../text/page-language';
import { publicationDate } from '../text/publication-date';
import { rangeAt } from '../text/range';
import { isTextRendered } from '../text/visibility';
import { textChunks, type TextChunk } from './chunks';
import { caretAt, figureAt } from './hit-test';
import { createHighlighter, type Highlighter } from './highlighter';
import {
  MAX_SHOWN_FIGURES,
  scannedPart,
  type ListReply,
  type PageFigure,
  type PageRequest,
  type PageStatus,
  type RevealReply,
  type StatusReply,
} from './protocol';
import { readScanReply, type PageScan } from './scan-reply';
import { idleSchedule, runInSlices, type Schedule } from './scheduler';
import { TIMED, timed } from './timing';
import { watchPage, type PageWatcher } from './watcher';

/** The hover card's host, created lazily by the content script (a shadow-root UI). */
export interface CardHost {
  /** Shows the card for `figure` next to the rect `anchor` gives (read again on scroll); focus moves in if asked. */
  show(figure: PageFigure, anchor: () => DOMRect | null, options: { focus: boolean; onClose(): void }): void;
  hide(): void;
  /** Whether a node is the card's host element (events from inside the shadow root are retargeted to it). */
  owns(node: EventTarget | null): boolean;
}

export interface SessionDeps {
  doc: Document;
  /** Everything the session sets up is torn down when this aborts (WXT's ctx.signal). */
  signal: AbortSignal;
  card: CardHost;
  /** The cheap keyword check that keeps a page off the topic from being read any further. */
  isOnTopic(text: string): boolean;
  /**
   * One request to the background per piece of the page's text (lib/page/chunks.ts): it finds the figures in the
   * text and checks them. Resolves to the background's reply as received (read with readScanReply); rejects when
   * there is none (the scan then stops, leaving the page as it was).
   */
  requestScan(request: ScanRequest): Promise<unknown>;
  reportBadge(count: number, conflicting: boolean): void;
  /** Tests pass a synchronous scheduler; the page uses idle callbacks. */
  schedule?: Schedule;
  /** Nodes visited per step of the sliced extraction. */
  stepNodes?: number;
  /** The most characters of text per page/scan request. */
  chunkChars?: number;
  quietMs?: number;
}

interface Shown extends PageFigure {
  /** The range that is highlighted (the fallback's wrapped range), for hit-testing and scrolling. */
  range: Range;
}

interface Placed {
  figure: PageFigure;
  range: Range;
}

/** Figures placed per step of a sliced placement (a range and a visibility check each). */
const PLACE_STEP = 50;

/** How long the card stays after the pointer leaves the figure, so the pointer can move into it. */
const CLOSE_DELAY_MS = 300;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A shown figure as it leaves the session (to the popup or the card): without its range. */
const pageFigure = ({ claim, result, published }: PageFigure): PageFigure => (published ? { claim, result, published } : { claim, result });

/**
 * Recoupe on one page: reads its text in idle slices, has the background find and check its figures, highlights them,
 * opens their cards on hover, from the keyboard shortcut or from the popup, and keeps up with the page as it
 * changes. Nothing here throws out: a failure leaves the page as it was.
 */
export class PageSession {
  private status: PageStatus = 'off';
  private shown: Shown[] = [];
  private open: { index: number; keyboard: boolean; returnFocus: Element | null } | null = null;
  private run: AbortController | null = null;
  private highlighter: Highlighter | null = null;
  private style: HighlightStyle = 'underline';
  private watcher: PageWatcher | null = null;
  private generation = 0;
  /**
   * The last complete scan: the text scanned and the figures shown. A page that rebuilds its nodes without changing
   * its text (a client-side re-render) gets these figures placed on its new nodes, with no new scan.
   */
  private last: { text: string; figures: PageFigure[]; published: IsoDate | null } | null = null;
  private closeTimer: number | undefined;
  /**
   * What the tab's badge shows, as last reported; null when unknown. The background clears the badge when the tab
   * loads a page, so a page with nothing to show (most pages: off the topic) sends no message at all.
   */
  private badge: { count: number; conflicting: boolean } | null = { count: 0, conflicting: false };

  constructor(private readonly deps: SessionDeps) {
    deps.signal.addEventListener('abort', () => this.stop());
  }

  private get win(): Window & typeof globalThis {
    return this.deps.doc.defaultView as Window & typeof globalThis;
  }

  /** Applies the user's settings for this site: starts, stops, or restyles. */
  configure(enabled: boolean, style: HighlightStyle): void {
    if (style !== this.style) {
      this.style = style;
      // The watcher does not observe attributes: the fallback's marks changing theirs is not a page change.
      this.highlighter?.restyle(style);
    }
    if (!enabled) return this.stop();
    if (this.run) return;
    this.run = new AbortController();
    const signal = this.run.signal;
    this.watcher = watchPage(this.deps.doc.body ?? this.deps.doc.documentElement, this.win, {
      onSettle: () => void this.scan(),
      isOwn: (node) => this.deps.card.owns(node) || (node.parentNode !== null && this.deps.card.owns(node.parentNode)),
      signal,
      quietMs: this.deps.quietMs,
    });
    this.listen(signal);
    void this.scan();
  }

  /** The page changed address without loading (single-page sites): what was shown belongs to the old page. */
  locationChanged(): void {
    if (!this.run) return;
    this.closeCard(false);
    this.last = null;
    // The background may have cleared the badge: the next scan reports its count whatever it is.
    this.badge = null;
    void this.scan();
  }

  handle(request: PageRequest): StatusReply | ListReply | RevealReply {
    switch (request.type) {
      case 'page/status':
        return { status: this.status, count: this.shown.length, conflicting: this.conflictingCount() };
      case 'page/list':
        return { status: this.status, figures: this.shown.map(pageFigure), host: this.deps.doc.location.hostname };
      case 'page/reveal':
        return { opened: this.reveal(request.index) };
      case 'page/next':
        return { opened: this.reveal(this.nextIndex()) };
    }
  }

  /**
   * Scans the page (again): extraction in idle slices, then the text piece by piece to the background, one request
   * after another; each piece's figures are placed in idle slices and highlighted as its answer comes.
   */
  async scan(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const generation = ++this.generation;
    const stale = () => run.signal.aborted || generation !== this.generation;
    /** The page's changes seen when extraction started (see place). */
    let changes = 0;
    try {
      const doc = this.deps.doc;
      const extraction = timed('start', () => {
        // The title first: on a page whose title is on the topic, reading the whole body's text (tens of milliseconds
        // on a page of megabytes) is saved.
        if (!this.deps.isOnTopic(doc.title) && !this.deps.isOnTopic(doc.body?.textContent ?? '')) {
          this.status = 'off-topic';
          this.showFigures([], true);
          return null;
        }
        if (this.status !== 'ready') this.status = 'scanning';
        this.dropChanged();
        if (this.highlighter?.modifiesDom) this.watcher!.ignore(() => this.highlighter!.clear());
        changes = this.watcher!.changes;
        // Extraction skips what the markup hides, not what stylesheets hide: that takes every element's computed
        // style, most of the cost of reading a page. So stylesheet-hidden text (a duplicate mobile menu, a closed
        // promo) reaches detection, in blocks of its own that lend little context to the visible text, and the
        // figures found in it are dropped before highlighting (see place).
        return startExtraction(doc);
      });
      if (!extraction) return;
      const step = this.deps.stepNodes ?? 150;
      const done = await this.inSlices('slice', () => extraction.advance(step), run.signal);
      if (!done || stale()) return;
      // In an idle period of its own, not in the last slice's task: joining a large page's text and sending its
      // first piece take milliseconds too.
      let sent = null as ({ page: PageText; chunks: TextChunk[] } & Pick<ScanRequest, 'lang' | 'published' | 'url'>) | null;
      let unchanged = null as PageText | null;
      const prepared = await this.inSlices(
        'send',
        () => {
          const page = extraction.result();
          if (page.text === this.last?.text && !this.highlighter?.modifiesDom) {
            unchanged = page;
            return true;
          }
          const chunks = textChunks(scannedPart(page.text), this.deps.chunkChars);
          sent = { page, chunks, lang: pageLanguage(doc) ?? undefined, published: publicationDate(doc), url: canonicalUrl(doc) ?? doc.location.href };
          return true;
        },
        run.signal,
      );
      if (!prepared || stale()) return;
      if (unchanged) return await this.placeAgain(unchanged, changes, run.signal, stale);
      if (!sent) return;
      const { page, chunks, lang, published, url } = sent;
      let reopen: PageFigure | undefined;
      for (const [n, chunk] of chunks.entries()) {
        const room = MAX_SHOWN_FIGURES - (n === 0 ? 0 : this.shown.length);
        const request: ScanRequest = { type: 'page/scan', text: chunk.text, lang, published, url, limit: room };
        const reply = await timed('send', () => this.deps.requestScan(request));
        if (stale()) return;
        const scan = timed('receive', () => readScanReply(reply, chunk.text.length));
        const placed = await this.place(page, scan, chunk.start, room, published ?? null, changes, run.signal);
        if (!placed || stale()) return;
        if (n === 0) reopen = this.open ? this.shown[this.open.index] : undefined;
        timed('show', () => this.showFigures(placed, n === 0, reopen));
        if (this.shown.length >= MAX_SHOWN_FIGURES) break;
      }
      this.last = { text: page.text, figures: this.shown.map(pageFigure), published: published ?? null };
      this.status = 'ready';
    } catch (error) {
      if (!stale()) console.warn('[Recoupe] scan failed:', error);
      if (!stale()) this.status = 'ready';
    }
  }

  /**
   * The text is the last scan's: its figures are placed again where some are no longer shown (their nodes were
   * replaced), without asking the background.
   */
  private async placeAgain(page: PageText, changes: number, signal: AbortSignal, stale: () => boolean): Promise<void> {
    const last = this.last!;
    if (this.shown.length < last.figures.length) {
      const scan = { claims: last.figures.map((f) => ({ ...f.claim })), results: last.figures.map((f) => f.result) };
      const placed = await this.place(page, scan, 0, MAX_SHOWN_FIGURES, last.published, changes, signal);
      if (!placed || stale()) return;
      timed('show', () => this.showFigures(placed, true));
    }
    this.status = 'ready';
  }

  /** Runs `work` in idle slices (each timed as `step` in bench builds) until it returns true. */
  private inSlices(step: string, work: () => boolean, signal: AbortSignal): Promise<boolean> {
    const schedule = this.deps.schedule ?? idleSchedule(this.win);
    return runInSlices(work, { schedule: TIMED ? (run) => schedule((deadline) => timed(step, () => run(deadline))) : schedule, signal });
  }

  /**
   * The figures of one piece of the text (`offset` into the page's) that are still on the page and rendered, with
   * their ranges, at most `room` of them; null if the session stopped meanwhile. Figures whose text changed since
   * extraction, or that the page's stylesheets hide, are dropped. The computed style is read for these few text
   * nodes only. The text nodes under each figure are checked only when the page has changed since extraction (its
   * watcher's count of changes is no longer `changes`) or when the highlighter itself splits text nodes.
   */
  private async place(
    page: PageText,
    scan: PageScan,
    offset: number,
    room: number,
    published: IsoDate | null,
    changes: number,
    signal: AbortSignal,
  ): Promise<Placed[] | null> {
    const { claims, results } = scan;
    const placed: Placed[] = [];
    let i = 0;
    const done = await this.inSlices(
      'place',
      () => {
        const end = Math.min(claims.length, i + PLACE_STEP);
        const verify = this.highlighter?.modifiesDom === true || this.watcher?.changes !== changes;
        // Text nodes with the same parent element are rendered alike; within one slice the page's styles stand still.
        const rendered = new Map<Element | null, boolean>();
        const isRendered = (node: Node) => {
          let known = rendered.get(node.parentElement);
          if (known === undefined) rendered.set(node.parentElement, (known = isTextRendered(node)));
          return known;
        };
        for (; i < end && placed.length < room; i++) {
          const claim = claims[i]!;
          // The decoded claims are this scan's own: their offsets become the page text's in place.
          claim.start += offset;
          claim.end += offset;
          const range = rangeAt(page, claim.start, claim.end, this.deps.doc, verify);
          if (!range || !isRendered(range.startContainer)) continue;
          if (range.endContainer !== range.startContainer && !isRendered(range.endContainer)) continue;
          const figure: PageFigure = { claim, result: results[i]! };
          if (published) figure.published = published;
          placed.push({ figure, range });
        }
        return i >= claims.length || placed.length >= room;
      },
      signal,
    );
    return done ? placed : null;
  }

  /**
   * Highlights placed figures, replacing those shown (a scan's first piece) or after them (its other pieces). A card
   * that was open on `reopen` opens again once that figure is shown again (a live blog adding a paragraph).
   */
  private showFigures(placed: Placed[], replace: boolean, reopen?: PageFigure): void {
    if (replace) this.closeCard(false);
    this.highlighter ??= placed.length > 0 ? createHighlighter(this.deps.doc, this.style) : null;
    const highlighter = this.highlighter;
    const items = placed.map((p) => ({ range: p.range, verdict: p.figure.result.verdict }));
    const ranges = highlighter ? this.watcher!.ignore(() => (replace ? highlighter.show(items) : highlighter.add(items))) : [];
    const figures = placed.map((p, i) => ({ ...p.figure, range: ranges[i] ?? p.range }));
    if (replace) this.shown = figures;
    else for (const figure of figures) this.shown.push(figure);
    this.reportBadge();
    if (!reopen || this.open) return;
    const again = this.shown.findIndex((f) => f.claim.start === reopen.claim.start && f.claim.text === reopen.claim.text);
    if (again >= 0) this.openCard(again, false);
  }

  /** Drops the figures whose text the page has changed, so no highlight sits on the wrong words meanwhile. */
  private dropChanged(): void {
    if (this.highlighter?.modifiesDom) return;
    const kept = this.shown.filter(
      (f) => f.range.startContainer.isConnected && f.range.endContainer.isConnected && collapse(f.range.toString()) === collapse(f.claim.text),
    );
    if (kept.length === this.shown.length) return;
    this.closeCard(false);
    this.shown = kept;
    this.highlighter?.show(kept.map((f) => ({ range: f.range, verdict: f.result.verdict })));
    this.reportBadge();
  }

  /** Has the badge show the figures shown, when that changed. */
  private reportBadge(): void {
    const count = this.shown.length;
    const conflicting = this.conflictingCount() > 0;
    if (this.badge && count === this.badge.count && conflicting === this.badge.conflicting) return;
    this.badge = { count, conflicting };
    this.deps.reportBadge(count, conflicting);
  }

  private conflictingCount(): number {
    return this.shown.filter((f) => f.result.verdict === 'conflicting').length;
  }

  private nextIndex(): number {
    if (this.shown.length === 0) return -1;
    if (this.open) return (this.open.index + 1) % this.shown.length;
    const below = this.shown.findIndex((f) => f.range.getBoundingClientRect().bottom > 0);
    return below >= 0 ? below : 0;
  }

  private reveal(index: number): boolean {
    const figure = this.shown[index];
    if (!figure) return false;
    const element = figure.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const rect = figure.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > this.win.innerHeight) this.win.scrollBy(0, rect.top - this.win.innerHeight / 3);
    this.openCard(index, true);
    return true;
  }

  private openCard(index: number, keyboard: boolean): void {
    const figure = this.shown[index];
    if (!figure) return;
    this.win.clearTimeout(this.closeTimer);
    const returnFocus = this.open?.returnFocus ?? (keyboard ? this.deps.doc.activeElement : null);
    this.open = { index, keyboard, returnFocus };
    const range = figure.range;
    this.deps.card.show(pageFigure(figure), () => (range.collapsed ? null : range.getBoundingClientRect()), {
      focus: keyboard,
      onClose: () => this.closeCard(true),
    });
  }

  private closeCard(restoreFocus: boolean): void {
    this.win.clearTimeout(this.closeTimer);
    if (!this.open) return;
    const { returnFocus } = this.open;
    this.open = null;
    this.deps.card.hide();
    if (restoreFocus && returnFocus instanceof this.win.HTMLElement && returnFocus.isConnected) returnFocus.focus();
  }

  /** One delegated pointermove listener, throttled to one hit test per frame, and Escape. */
  private listen(signal: AbortSignal): void {
    const doc = this.deps.doc;
    let pending: { x: number; y: number; inCard: boolean } | null = null;
    const hitTest = () => timed('hover', () => {
      const point = pending;
      pending = null;
      if (!point || signal.aborted) return;
      if (point.inCard) return this.win.clearTimeout(this.closeTimer);
      const index = figureAt(this.shown.map((f) => f.range), point.x, point.y, caretAt(doc, point.x, point.y));
      if (index >= 0 && index !== this.open?.index) return this.openCard(index, false);
      if (index >= 0) return this.win.clearTimeout(this.closeTimer);
      if (this.open && !this.open.keyboard) {
        this.win.clearTimeout(this.closeTimer);
        this.closeTimer = this.win.setTimeout(() => this.closeCard(false), CLOSE_DELAY_MS);
      }
    });
    doc.addEventListener(
      'pointermove',
      (event) => {
        if (this.shown.length === 0 || event.pointerType === 'touch') return;
        if (!pending) this.win.requestAnimationFrame(hitTest);
        pending = { x: event.clientX, y: event.clientY, inCard: this.deps.card.owns(event.target) };
      },
      { passive: true, signal },
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.open) this.closeCard(true);
      },
      { signal },
    );
  }

  /** Site switched off (or the extension going away): everything shown is removed, every listener dropped. */
  private stop(): void {
    this.generation++;
    this.run?.abort();
    this.run = null;
    this.watcher = null;
    this.closeCard(false);
    this.highlighter?.clear();
    this.highlighter = null;
    this.shown = [];
    this.last = null;
    this.status = 'off';
    if (!this.deps.signal.aborted) this.reportBadge();
  }
}
