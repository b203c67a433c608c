import { describe, expect, it } from 'vitest';
import { candidateRunsText } from '../../src/render/format.js';
import { report } from './reports.js';

describe('candidateRunsText', () => {
  it('says how many runs could be made, not how many looks: --runs 2 --max-runs 3 is "of at most 3"', () => {
    const r = report({
      settings: {
        confidence: 0.99,
        inconclusivePolicy: 'warn',
        noiseRuns: 5,
        candidateRuns: 2,
        looks: 2,
        maxRuns: 3,
        rerun: 'suspected',
        regressionConfidence: 0.995,
      },
    });
    expect(candidateRunsText(r)).toBe(
      "2 runs pooled of at most 3 (it runs again while a regression is suspected; a regression's bound at 99.5% on each look)",
    );
  });
  it('says nothing for one plain run', () => {
    expect(candidateRunsText(report())).toBeUndefined();
  });
});
