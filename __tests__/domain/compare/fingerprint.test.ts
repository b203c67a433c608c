import { describe, expect, it } from 'vitest';
import { fingerprintDifferences, workloadsDiffer } from '../../../src/domain/compare/fingerprint.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { summaryAt } from '../../support/summaries.js';

const run = (scenarios: RunSummary['fingerprint']['scenarios']): RunSummary => ({
  ...summaryAt('2026-01-01T00:00:00Z'),
  fingerprint: { scenarios, hash: JSON.stringify(scenarios) },
});

describe('fingerprintDifferences', () => {
  it('names the scenarios removed, added and changed, field by field', () => {
    const before = run({
      browse: { executor: 'constant-vus', vus: 5 },
      buy: { executor: 'constant-vus', vus: 1 },
    });
    const after = run({
      browse: { executor: 'constant-vus', vus: 10 },
      search: { executor: 'constant-vus' },
    });
    expect(fingerprintDifferences(before, after)).toEqual([
      'scenario buy was removed',
      'scenario search was added',
      'scenario browse: vus 5 -> 10',
    ]);
    expect(workloadsDiffer(before, after)).toBe(true);
    expect(fingerprintDifferences(before, before)).toEqual([]);
  });
});
