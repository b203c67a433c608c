import { defineConfig } from 'vitest/config';

/**
 * The tests a mutation run (`npm run test:mutation`, stryker.config.mjs) uses: the unit tests of the four pure
 * layers it mutates (domain, ingest, options, render) and of the option surfaces (action inputs, CLI settings).
 * Stryker re-runs every test that covers a mutant once per mutant, re-importing its file each time, so the slow
 * tests of other layers (the pipeline with a fake k6, io adapters with servers) would multiply a run's time while
 * measuring those layers rather than these. Left out on purpose:
 * - the load tests (vitest.config.ts LOAD_TESTS: real k6/vegeta, the bundled action): they run dist/, never the
 *   mutated sandbox source, and take minutes each;
 * - __tests__/action/dist-up-to-date.test.ts: it rebuilds the bundle from the mutated source, so every mutant would
 *   "die" to a stale-bundle failure that says nothing about the tests. It stays in `npm test`.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    setupFiles: ['__tests__/support/fast-check-seed.ts'],
    include: [
      '__tests__/{domain,ingest,options,render}/**/*.test.ts',
      '__tests__/action/{action-yml,*inputs*,override,publish}.test.ts',
      '__tests__/cli/settings.test.ts',
    ],
  },
});
