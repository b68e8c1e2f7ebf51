import type { CardModule } from '../content/card-host';
import { createCard } from './card-view';

/**
 * The hover card's interface, imported by the content script on the first card shown (see
 * entrypoints/content/card-host.ts). wxt.config.ts builds this entrypoint as an ES module, whose default export is
 * what main returns.
 */
export default defineUnlistedScript({
  main: (): CardModule => ({ createCard }),
});
