// Mutation testing of the pure layers (issue 28): `npm run test:mutation [-- <folder>]` (scripts/mutation.sh).
// docs/testing.md says how to run it, how long it takes here and the scores. Everything it writes is in .stryker/.
const FOLDERS = ['domain', 'ingest', 'options', 'render'];
// One folder when scripts/mutation.sh is given one: its own incremental file and report, so a run of one folder
// does not drop the others' results from the incremental file of the whole run.
const folder = process.env.PERF_GATE_MUTATION_FOLDER || undefined;
if (folder !== undefined && !FOLDERS.includes(folder))
  throw new Error(`PERF_GATE_MUTATION_FOLDER must be one of ${FOLDERS.join(', ')}, got ${folder}`);
// A sample of lines (scripts/mutation-sample.mjs) keeps its own incremental file and report too.
const name = process.env.PERF_GATE_MUTATION_RUN || folder || 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit tests of these layers only: no load test, no dist/ freshness test (see vitest.mutation.config.ts).
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: (folder ? [folder] : FOLDERS).map((f) => `src/${f}/**/*.ts`),
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with load tests: one mutant at a time (run it under /work/bin/medium).
  concurrency: 1,
  // A re-run re-tests only the mutants whose source or covering tests changed since the last run.
  incremental: true,
  incrementalFile: `.stryker/incremental-${name}.json`,
  tempDirName: '.stryker/tmp',
  // .tools is a symlink to the shared built tools (k6, Node 24): Stryker cannot copy it into its sandbox.
  ignorePatterns: ['.tools', '.perf-gate', 'dist'],
  reporters: ['html', 'json', 'clear-text', 'progress-append-only'],
  htmlReporter: { fileName: `.stryker/report/${name}.html` },
  jsonReporter: { fileName: `.stryker/report/${name}.json` },
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    reportTests: false,
    reportScoreTable: true,
    reportMutants: false,
  },
  thresholds: { high: 80, low: 60, break: null },
};
