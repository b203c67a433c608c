import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Real k6 runs compete for two cores; keep concurrency modest so timings stay sane.
    maxWorkers: 2,
  },
});
