import { z } from 'zod/mini';
import { FoundClaim } from '../detect/found-claim';
import { MatchResult } from '../match/match-result';

/**
 * Messages between the content script and the rest of the extension (the popup, the background's command relay
 * and badge). The content script imports this module, so it uses zod/mini only.
 */

/** Where the page is: Recoupe off for the site, a page off the topic, a scan under way, or figures ready. */
export const PageStatus = z.enum(['off', 'off-topic', 'scanning', 'ready']);
export type PageStatus = z.infer<typeof PageStatus>;

/** Requests the content script answers (sent with browser.tabs.sendMessage to the tab). */
export const PageRequest = z.discriminatedUnion('type', [
  /** The keyboard shortcut: go to the next highlighted figure and open its card. */
  z.object({ type: z.literal('page/next') }),
  /** The popup: every figure of the page with its result, in page order, and the page's status. */
  z.object({ type: z.literal('page/list') }),
  /** The popup: scroll to figure `index` (of page/list) and open its card. */
  z.object({ type: z.literal('page/reveal'), index: z.number().check(z.int(), z.nonnegative()) }),
  z.object({ type: z.literal('page/status') }),
]);
export type PageRequest = z.infer<typeof PageRequest>;

/** One figure of the page: what detection found and what matching said. */
export const PageFigure = z.object({ claim: FoundClaim, result: MatchResult });
export type PageFigure = z.infer<typeof PageFigure>;

export const StatusReply = z.object({
  status: PageStatus,
  /** Figures highlighted, and how many of them conflict with the database. */
  count: z.number(),
  conflicting: z.number(),
});
export type StatusReply = z.infer<typeof StatusReply>;

export const ListReply = z.object({ status: PageStatus, figures: z.array(PageFigure) });
export type ListReply = z.infer<typeof ListReply>;

/** page/next and page/reveal: whether a card was opened. */
export const RevealReply = z.object({ opened: z.boolean() });
export type RevealReply = z.infer<typeof RevealReply>;

/** The content script tells the background how many figures the tab shows, for the toolbar badge. */
export const BadgeMessage = z.object({
  type: z.literal('page/badge'),
  count: z.number().check(z.int(), z.nonnegative()),
  conflicting: z.boolean(),
});
export type BadgeMessage = z.infer<typeof BadgeMessage>;

/** The manifest command that walks the figures (see wxt.config.ts `commands`). */
export const NEXT_FIGURE_COMMAND = 'next-figure';
