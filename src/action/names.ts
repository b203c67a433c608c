/** Every output name of action.yml, in one place. Input names come from the options spec (options/spec.ts). */
export { INPUT } from '../options/spec.js';

export const OUTPUT = {
  verdict: 'verdict',
  reportPath: 'report-path',
  regressions: 'regressions',
  baselineRunId: 'baseline-run-id',
  baselineSaved: 'baseline-saved',
} as const;
