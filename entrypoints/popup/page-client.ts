import { ListReply, type PageRequest } from '@/lib/page/protocol';

/** What the tab's content script said, or that nothing answered (browser pages, PDF viewer, no content script). */
export type PageRead = { ok: true; reply: ListReply; host: string | null } | { ok: false };

async function send(tabId: number, message: PageRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** The page's figures and status. Never throws: a tab that cannot answer is `{ ok: false }`. */
export async function readPage(tabId: number): Promise<PageRead> {
  try {
    const parsed = ListReply.safeParse(await send(tabId, { type: 'page/list' }));
    if (!parsed.success) return { ok: false };
    // The content script gives its host: without the "tabs" permission the tab's address is hidden from us.
    return { ok: true, reply: parsed.data, host: parsed.data.host ?? null };
  } catch {
    return { ok: false };
  }
}

/** Scrolls the page to figure `index` and opens its card. */
export async function revealFigure(tabId: number, index: number): Promise<boolean> {
  try {
    const reply = (await send(tabId, { type: 'page/reveal', index })) as { opened?: unknown } | undefined;
    return reply?.opened === true;
  } catch {
    return false;
  }
}
