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

describe('workloadsDiffer on the k6 major version', () => {
  const withK6 = (version: string | undefined): RunSummary => ({
    ...summaryAt('2026-01-01T00:00:00Z'),
    k6: version === undefined ? {} : { version },
  });

  it('differs only when both runs recorded their k6 and the majors differ', () => {
    expect(workloadsDiffer(withK6('v1.8.1'), withK6('v2.2.0'))).toBe(true);
    expect(workloadsDiffer(withK6('v1.8.1'), withK6('v1.0.0'))).toBe(false);
    expect(workloadsDiffer(withK6(undefined), withK6('v2.2.0'))).toBe(false);
    expect(workloadsDiffer(withK6('v2.2.0'), withK6(undefined))).toBe(false);
  });

  it('does not differ on scenarios when either run knows none', () => {
    const known = run({ browse: { executor: 'constant-vus', vus: 5 } });
    expect(workloadsDiffer(run({}), known)).toBe(false);
    expect(workloadsDiffer(known, run({}))).toBe(false);
  });
});
