/**
 * Relative cost of two pieces of work measured in the same test, for the few tests that pin an algorithm's growth
 * (linear, not quadratic or worse) on hostile input. The assertion is always a ratio against a reference measured
 * moments earlier in the same process, never a wall-clock bound, and the fastest of several runs is taken so that
 * a scheduling hiccup on a busy machine does not count.
 */
export function fastestMs(work: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** How many times slower `work` is than `reference` (each the fastest of `runs`), never below a 0.05 ms floor. */
export function costRatio(work: () => unknown, reference: () => unknown, runs = 5): number {
  const floor = 0.05;
  return Math.max(fastestMs(work, runs), floor) / Math.max(fastestMs(reference, runs), floor);
}
