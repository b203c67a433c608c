/**
 * A baseline recorded with one k6 major version and a candidate run with another do not measure the same thing
 * (k6 v2 produces samples differently, and its shortcut options combine with scenarios differently): that is a
 * workload difference, so the gate is inconclusive unless --force, like any other. Minor versions compare freely,
 * and runs that did not record their k6 version are compared as before.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintDifferences, k6Major, workloadsDiffer } from '../../../src/domain/compare/fingerprint.js';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { seededRandom } from '../../../src/domain/random.js';
import { DEFAULT_SIM, simulateRun, simulateRuns } from '../../../eval/simulate.js';

const withK6 = (run: RunSummary, version: string | undefined): RunSummary => ({
  ...run,
  k6: version === undefined ? {} : { version },
});
const history = simulateRuns(DEFAULT_SIM, 5, 1).map((r) => withK6(r, 'v1.8.1'));
const slower = simulateRun({ ...DEFAULT_SIM, slowdown: 1.5 }, seededRandom(5));

describe('the k6 major version in the workload comparison', () => {
  it('reads the major version a run recorded', () => {
    expect(k6Major(withK6(slower, 'v2.2.0'))).toBe(2);
    expect(k6Major(withK6(slower, undefined))).toBeUndefined();
    // With or without the v, any number of digits; only at the start of the version text.
    expect(k6Major(withK6(slower, '1.8.1'))).toBe(1);
    expect(k6Major(withK6(slower, 'v10.0.0'))).toBe(10);
    expect(k6Major(withK6(slower, 'k6 v2.2.0'))).toBeUndefined();
    // A vegeta run records no k6 section at all.
    expect(k6Major({ ...slower, k6: undefined } as unknown as RunSummary)).toBeUndefined();
  });

  it('a v1 baseline against a v2 candidate: inconclusive, naming the versions, unless forced', () => {
    const candidate = withK6(slower, 'v2.2.0');
    expect(workloadsDiffer(history[0]!, candidate)).toBe(true);
    const r = compareRuns(history, candidate, DEFAULT_GATE_CONFIG);
    expect(r.verdict).toBe('inconclusive');
    expect(r.fingerprint).toEqual({
      match: false,
      forced: false,
      differences: ['k6 major version 1 -> 2 (v1.8.1 -> v2.2.0)'],
    });
    expect(r.reason).toMatch(/workload differs.*k6 major version 1 -> 2/);
    const forced = compareRuns(history, candidate, { ...DEFAULT_GATE_CONFIG, forceFingerprint: true });
    expect(forced.verdict).toBe('fail');
    expect(forced.fingerprint.forced).toBe(true);
  });

  it('another minor or patch version of the same major compares as before', () => {
    const candidate = withK6(slower, 'v1.9.0');
    expect(fingerprintDifferences(history[0]!, candidate)).toEqual([]);
    expect(compareRuns(history, candidate, DEFAULT_GATE_CONFIG).verdict).toBe('fail');
  });

  it('a run without a recorded k6 version is not held against the other', () => {
    const candidate = withK6(slower, undefined);
    expect(workloadsDiffer(history[0]!, candidate)).toBe(false);
    expect(compareRuns(history, candidate, DEFAULT_GATE_CONFIG).verdict).toBe('fail');
  });

  it('lists the major version with the scenario differences', () => {
    const candidate = withK6(
      {
        ...slower,
        fingerprint: { scenarios: { default: { executor: 'constant-arrival-rate', rate: 200 } }, hash: 'x' },
      },
      'v2.0.0',
    );
    expect(fingerprintDifferences(history[0]!, candidate)).toEqual([
      'k6 major version 1 -> 2 (v1.8.1 -> v2.0.0)',
      'scenario default: rate 100 -> 200',
    ]);
  });
});
