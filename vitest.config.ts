import { defineConfig } from 'vitest/config';

/**
 * Tests that put real load on the machine: k6 or vegeta against a demo service, often with the bundled action
 * under Node 24. Two of them at once on a two-core runner starve each other's load generator (k6 waited for a CPU
 * 65-72% of its runnable time in a CI run), and the gate then rightly calls the run untrustworthy. They run one
 * file at a time, after the rest of the suite, as one load test runs on a CI runner.
 */
const LOAD_TESTS = ['__tests__/e2e/**/*.test.ts', '__tests__/action/action-!(yml).test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    setupFiles: ['__tests__/support/fast-check-seed.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: LOAD_TESTS,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'load',
          include: LOAD_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
