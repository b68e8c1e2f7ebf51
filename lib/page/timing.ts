/**
 * Bench builds (`wxt build --mode bench`, driven by scripts/bench-browser.ts) time each piece of Recoupe's main-thread
 * work on a page as a `recoupe:<step>` performance measure. Other builds record nothing: no entry in the page's
 * performance timeline, where the page could see Recoupe at work.
 */
export const TIMED = import.meta.env.MODE === 'bench';

/** Runs `work`, timed as `step` in bench builds. */
export function timed<T>(step: string, work: () => T): T {
  if (!TIMED) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`recoupe:${step}`, { start });
  }
}
