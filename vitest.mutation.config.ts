import { defineConfig } from 'vitest/config';
import { LOAD_TESTS } from './vitest.config.js';

/**
 * The tests a mutation run (`npm run test:mutation`, stryker.config.mjs) may use: the unit tests only. Stryker
 * re-runs the tests that cover a mutant once per mutant, so the load tests (real k6/vegeta, the bundled action)
 * would take hours and could not see a mutant anyway (they run dist/, not the mutated sandbox source). The dist/
 * freshness test is left out too: it rebuilds the bundle from the mutated source, so every mutant it covers would
 * "die" to a stale-bundle failure that says nothing about the tests. It stays in the unit project for `npm test`.
 */
export const MUTATION_EXCLUDED = [...LOAD_TESTS, '__tests__/action/dist-up-to-date.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    setupFiles: ['__tests__/support/fast-check-seed.ts'],
    include: ['__tests__/**/*.test.ts'],
    exclude: MUTATION_EXCLUDED,
  },
});
