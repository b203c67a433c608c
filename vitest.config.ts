import { defineConfig } from 'vitest/config';

/**
 * Tests that put real load on the machine: k6 or vegeta against a demo service, often with the bundled action
 * under Node 24. Two of them at once on a two-core runner starve each other's load generator (k6 waited for a CPU
 * 65-72% of its runnable time in a CI run), and the gate then rightly calls the run untrustworthy. They run one
 * file at a time, after the rest of the suite, as one load test runs on a CI runner.
 */
const LOAD_TESTS = ['__tests__/e2e/**/*.test.ts', '__tests__/action/action-!(yml).test.ts'];

/**
 * Files among those that judge no latency, throughput or CPU, so a busy machine cannot change what they assert:
 * the bundled action's wiring fed with results files (and one k6 run that only reports its environment), a live
 * run asserting on k6's arguments, exact iteration counts and the summary's structure, and smoke runs of a few
 * requests that may pass or fail but must never be an error. They need no quiet machine, so they run beside the
 * unit project (sharing its two workers) instead of one at a time among the load tests, and never beside a load
 * test. A file that measures anything belongs in LOAD_TESTS alone.
 */
const END_TO_END_TESTS = [
  '__tests__/action/action-hardening.test.ts',
  '__tests__/e2e/live-run-k6-args.test.ts',
  '__tests__/e2e/cli-smoke-runs.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    setupFiles: ['__tests__/support/fast-check-seed.ts'],
    // The unit and e2e projects share these two workers (a per-project limit would run them one after the other).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: LOAD_TESTS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // Within a group vitest starts projects in the order of their names: `e2e` before `unit`, so its long
          // files start at once instead of trailing the unit tests on one worker.
          name: 'e2e',
          include: END_TO_END_TESTS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'load',
          include: LOAD_TESTS,
          exclude: END_TO_END_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
