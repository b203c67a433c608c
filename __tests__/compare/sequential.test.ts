import { describe, expect, it } from 'vitest';
import {
  confidencePerLook,
  estimateBeyondTolerance,
  worthAnotherRun,
} from '../../src/domain/compare/sequential.js';
import type { Comparison } from '../../src/domain/report.js';
import { comparison, report } from '../render/reports.js';

describe('repeating the candidate while a regression is suspected (or inconclusive)', () => {
  it('splits the confidence over the looks (Bonferroni)', () => {
    expect(confidencePerLook(0.99, 1)).toBe(0.99);
    expect(confidencePerLook(0.99, 3)).toBeCloseTo(0.9966666667, 10);
    expect(confidencePerLook(0.95, 2)).toBeCloseTo(0.975, 12);
    expect(confidencePerLook(0.9, 10)).toBeCloseTo(0.99, 12);
    expect(() => confidencePerLook(1, 2)).toThrow(RangeError);
    expect(() => confidencePerLook(0.99, 0)).toThrow(RangeError);
    expect(() => confidencePerLook(0.99, 1.5)).toThrow(RangeError);
  });

  it('knows on which side of the tolerance an estimate lies', () => {
    expect(estimateBeyondTolerance(comparison({ ratio: 1.12, tolerance: 0.1 }))).toBe(true);
    expect(estimateBeyondTolerance(comparison({ ratio: 1.08, tolerance: 0.1 }))).toBe(false);
    const throughput = { direction: 'higher-is-better', tolerance: 0.1 } as const;
    expect(estimateBeyondTolerance(comparison({ ...throughput, ratio: 0.85 }))).toBe(true);
    expect(estimateBeyondTolerance(comparison({ ...throughput, ratio: 1.2 }))).toBe(false);
    const rate = { scale: 'difference', tolerance: 0.001, baseline: 0.001 } as const;
    expect(estimateBeyondTolerance(comparison({ ...rate, candidate: 0.0025 }))).toBe(true);
    expect(estimateBeyondTolerance(comparison({ ...rate, candidate: 0.0015 }))).toBe(false);
    expect(estimateBeyondTolerance(comparison({ ratio: null }))).toBe(false);
  });

  // An inconclusive gate whose all-traffic p95 is estimated 14% up (tolerance 10%): a suspected regression.
  const suspect = comparison({ ratio: 1.14, interval: [1.02, 1.27], verdict: 'inconclusive' });
  const unsure = comparison({ ratio: 1.03, interval: [0.92, 1.15], verdict: 'inconclusive' });
  const inconclusiveWith = (c: Comparison) => {
    const r = report({ verdict: 'inconclusive' });
    r.comparisons[1] = c; // the all-traffic p95
    return r;
  };

  it('runs again on a suspected regression by default, and on any inconclusive verdict when asked', () => {
    expect(worthAnotherRun(inconclusiveWith(suspect), 1, 3)).toBe(true);
    expect(worthAnotherRun(inconclusiveWith(unsure), 1, 3)).toBe(false);
    expect(worthAnotherRun(inconclusiveWith(unsure), 1, 3, 'inconclusive')).toBe(true);
    // Only a gated all-traffic comparison makes the gate inconclusive, so only such a one is a suspect.
    expect(worthAnotherRun(inconclusiveWith({ ...suspect, gated: false }), 1, 3)).toBe(false);
    expect(worthAnotherRun(inconclusiveWith({ ...suspect, series: { name: 'GET /a' } }), 1, 3)).toBe(false);
  });

  it('runs again only while runs are left and more data could settle it', () => {
    const suspected = inconclusiveWith(suspect);
    expect(worthAnotherRun(suspected, 2, 3)).toBe(true);
    expect(worthAnotherRun(suspected, 3, 3)).toBe(false);
    expect(worthAnotherRun(suspected, 1, 1)).toBe(false);
    for (const verdict of ['pass', 'fail', 'no-baseline'] as const)
      expect(worthAnotherRun({ ...suspected, verdict }, 1, 3, 'inconclusive')).toBe(false);
    // A different workload stays different however often it runs; forced, it is compared like any other.
    const differences = ['scenario browse: rate 40 -> 80'];
    const mismatch = { ...suspected, fingerprint: { match: false, forced: false, differences } };
    expect(worthAnotherRun(mismatch, 1, 3, 'inconclusive')).toBe(false);
    const forced = { ...suspected, fingerprint: { match: false, forced: true, differences } };
    expect(worthAnotherRun(forced, 1, 3)).toBe(true);
  });
});
