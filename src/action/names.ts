/** Every input and output name of action.yml, in one place (kebab-case, as users write them). */
export const INPUT = {
  script: 'script',
  results: 'results',
  env: 'env',
  k6Args: 'k6-args',
  k6Path: 'k6-path',
  tolerance: 'tolerance',
  errorTolerance: 'error-tolerance',
  confidence: 'confidence',
  reportOnly: 'report-only',
  onInconclusive: 'on-inconclusive',
  gateId: 'gate-id',
  baselineDir: 'baseline-dir',
  saveBaseline: 'save-baseline',
  history: 'history',
  warmup: 'warmup',
  workingDirectory: 'working-directory',
  reportPath: 'report-path',
} as const;

export const OUTPUT = {
  verdict: 'verdict',
  reportPath: 'report-path',
  regressions: 'regressions',
  baselineRunId: 'baseline-run-id',
  baselineSaved: 'baseline-saved',
} as const;
