import { timed } from './timing';

/**
 * Notices text the page adds or changes after the first scan (infinite scroll, live blogs, client-side
 * rendering) and reports once the page has settled, ignoring Recoupe's own nodes.
 */

export interface WatchOptions {
  /** Called once mutations have stopped for `quietMs` (or have gone on for `maxWaitMs`). */
  onSettle(): void;
  /** Whether a node is Recoupe's own (its UI host, or inside it). */
  isOwn(node: Node): boolean;
  signal: AbortSignal;
  quietMs?: number;
  /** A page that never stops changing (a ticker) is still rescanned this often at most. */
  maxWaitMs?: number;
}

export interface PageWatcher {
  /** Runs Recoupe's own DOM writes (the fallback highlighter's) without them counting as page changes. */
  ignore<T>(write: () => T): T;
  /**
   * How many changes of the page (mutation records, Recoupe's own left out) have been made so far, whitespace
   * included, those not yet delivered to the observer too. While it stays the same, every text node read since is
   * still in place with the same text.
   */
  readonly changes: number;
}

const ELEMENT = 1;
const TEXT = 3;

export function watchPage(root: Node, win: Window, options: WatchOptions): PageWatcher {
  const quietMs = options.quietMs ?? 700;
  const maxWaitMs = options.maxWaitMs ?? 4000;
  let quietTimer: number | undefined;
  let firstChange: number | null = null;
  let changes = 0;

  const settle = () => {
    win.clearTimeout(quietTimer);
    quietTimer = undefined;
    firstChange = null;
    if (!options.signal.aborted) options.onSettle();
  };

  const touchesText = (node: Node) =>
    !options.isOwn(node) && (node.nodeType === ELEMENT || (node.nodeType === TEXT && (node as Text).data.trim() !== ''));

  const relevant = (record: MutationRecord) => {
    if (options.isOwn(record.target)) return false;
    if (record.type === 'characterData') return true;
    for (const n of record.addedNodes) if (touchesText(n)) return true;
    for (const n of record.removedNodes) if (touchesText(n)) return true;
    return false;
  };

  const take = (records: MutationRecord[]) => {
    for (const record of records) if (!options.isOwn(record.target)) changes++;
    if (!records.some(relevant)) return;
    const now = win.performance.now();
    firstChange ??= now;
    win.clearTimeout(quietTimer);
    const wait = Math.min(quietMs, Math.max(0, firstChange + maxWaitMs - now));
    quietTimer = win.setTimeout(settle, wait);
  };
  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => timed('watch', () => take(records)));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(quietTimer);
  });

  return {
    ignore(write) {
      try {
        return write();
      } finally {
        observer.takeRecords();
      }
    },
    get changes() {
      // Records not yet delivered (a change made earlier in this task) count too.
      take(observer.takeRecords());
      return changes;
    },
  };
}
