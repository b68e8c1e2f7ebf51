/** Long work split into short slices run when the page is idle, so that no task blocks the page for long. */

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export type Schedule = (run: (deadline: IdleDeadlineLike) => void) => void;

export interface SliceOptions {
  /** How to wait for the next idle period (default: requestIdleCallback, or a timer where there is none). */
  schedule?: Schedule;
  now?: () => number;
  /** A slice never runs longer than this, however long the idle period (ms). */
  sliceMs?: number;
  signal?: AbortSignal;
}

/**
 * The longest slice: well under the 50 ms that counts as a long task, with room for what may land in the same task
 * (a garbage-collection pause, on a large page; the step that follows the last slice).
 */
export const MAX_SLICE_MS = 20;
/** When the browser reports (almost) no idle time left, a slice still gets this much so the work advances. */
const MIN_SLICE_MS = 4;

/** requestIdleCallback with a timeout (so busy pages still get scanned), or a timer giving a short slice. */
export function idleSchedule(win: Window): Schedule {
  if (typeof win.requestIdleCallback === 'function') return (run) => void win.requestIdleCallback(run, { timeout: 1000 });
  return (run) => void win.setTimeout(() => run({ timeRemaining: () => 10 }), 1);
}

/**
 * Calls `step` repeatedly, in slices, until it returns true. Each call to `step` must itself be short (a few
 * hundred DOM nodes, say). Resolves true once done, false if `signal` aborted it first.
 */
export function runInSlices(step: () => boolean, options: SliceOptions & { schedule: Schedule }): Promise<boolean> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? MAX_SLICE_MS;
  return new Promise((resolve) => {
    const slice = (deadline: IdleDeadlineLike) => {
      if (options.signal?.aborted) return resolve(false);
      const started = now();
      const budget = Math.min(sliceMs, Math.max(deadline.timeRemaining(), MIN_SLICE_MS));
      do {
        if (step()) return resolve(true);
      } while (now() - started < budget);
      options.schedule(slice);
    };
    options.schedule(slice);
  });
}
