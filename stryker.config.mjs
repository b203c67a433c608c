// Mutation testing of the pure layers (issue 28): `npm run test:mutation`. See docs/testing.md for how to run
// one folder, how long a run takes here and the scores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: ['src/domain/**/*.ts', 'src/ingest/**/*.ts', 'src/options/**/*.ts', 'src/render/**/*.ts'],
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with load tests: one mutant at a time (run it under /work/bin/medium).
  concurrency: 1,
  // A re-run re-tests only the mutants whose source or covering tests changed since the last run.
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  tempDirName: '.stryker/tmp',
  // .tools is a symlink to the shared built tools (k6, Node 24): Stryker cannot copy it into its sandbox.
  ignorePatterns: ['.tools', '.perf-gate'],
  reporters: ['html', 'json', 'clear-text', 'progress-append-only'],
  htmlReporter: { fileName: '.stryker/report/mutation.html' },
  jsonReporter: { fileName: '.stryker/report/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 80, low: 60, break: null },
};
