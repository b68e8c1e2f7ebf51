import { describe, expect, it } from 'vitest';
import { runInSlices, type IdleDeadlineLike } from './scheduler';

/** A fake clock where each step costs `stepMs`, and an idle queue the test drains by hand. */
function harness(stepMs: number, idleMs: number) {
  let clock = 0;
  const queue: ((d: IdleDeadlineLike) => void)[] = [];
  const slices: number[] = [];
  return {
    now: () => clock,
    schedule: (run: (d: IdleDeadlineLike) => void) => void queue.push(run),
    tick: () => {
      clock += stepMs;
    },
    /** Runs every queued slice; returns how long each took. */
    drain() {
      while (queue.length > 0) {
        const run = queue.shift()!;
        const started = clock;
        run({ timeRemaining: () => Math.max(0, idleMs - (clock - started)) });
        slices.push(clock - started);
      }
      return slices;
    },
  };
}

describe('runInSlices', () => {
  it.each([
    ['long idle periods: slices capped at 20 ms', 1, 50, 20],
    ['short idle periods: slices follow the idle time', 1, 10, 10],
    ['no idle time left: slices still advance a little', 1, 0, 4],
  ])('%s', async (_, stepMs, idleMs, expectedSlice) => {
    const h = harness(stepMs, idleMs);
    let remaining = 200;
    const done = runInSlices(() => {
      h.tick();
      return --remaining === 0;
    }, { schedule: h.schedule, now: h.now });
    const slices = h.drain();
    await expect(done).resolves.toBe(true);
    expect(remaining).toBe(0);
    expect(Math.max(...slices)).toBe(expectedSlice);
    expect(slices.length).toBe(Math.ceil(200 / expectedSlice));
  });

  it('stops when its signal is aborted between slices', async () => {
    const h = harness(1, 10);
    const controller = new AbortController();
    let steps = 0;
    const done = runInSlices(() => {
      h.tick();
      if (++steps === 15) controller.abort();
      return false;
    }, { schedule: h.schedule, now: h.now, signal: controller.signal });
    h.drain();
    await expect(done).resolves.toBe(false);
    expect(steps).toBe(20);
  });
});
