import { describe, expect, it } from 'vitest';
import { classify, estimateBeyondTolerance } from '../../../src/domain/compare/verdict.js';
import type { Comparison } from '../../../src/domain/report.js';
import { comparison } from '../../render/reports.js';

describe('classify: the verdict of one interval against the tolerance', () => {
  describe('higher-is-worse ratio (latency) with a 10% tolerance: the bad edge is 1.1, the good edge 0.9', () => {
    it.each([
      // The whole interval is beyond the bad edge: a regression.
      [[1.1000001, 1.3], 'regression'],
      // lo exactly at the bad edge is not "beyond" it: the interval still reaches the tolerated side.
      [[1.1, 1.3], 'inconclusive'],
      // hi exactly at the bad edge stays within the tolerance: unchanged.
      [[1.0, 1.1], 'unchanged'],
      [[0.95, 1.05], 'unchanged'],
      // Straddles the bad edge: neither worse than tolerated nor within it can be claimed.
      [[1.05, 1.15], 'inconclusive'],
      [[0.5, 1.5], 'inconclusive'],
      // The whole interval is below the good edge: an improvement; hi at the good edge is only unchanged.
      [[0.7, 0.8999999], 'improvement'],
      [[0.7, 0.9], 'unchanged'],
    ] as const)('%j -> %s', (interval, verdict) => {
      expect(classify([...interval], 0.1, 'ratio', 'higher-is-worse')).toBe(verdict);
    });
  });

  describe('higher-is-better ratio (throughput) with a 10% tolerance: mirrored by inversion', () => {
    it.each([
      // A noisy throughput interval around no change straddles the edge: inconclusive, never a regression
      // (its inverse is [1/1.05, 1/0.85] = [0.952, 1.176]; mirrored in the wrong order it would be beyond 1.1).
      [[0.85, 1.05], 'inconclusive'],
      [[0.88, 1.2], 'inconclusive'],
      // A rise that may be small is within the tolerance on the bad side: unchanged.
      [[0.95, 1.2], 'unchanged'],
      // Throughput confidently down by more than the tolerance: a regression.
      [[0.5, 0.8], 'regression'],
      // Confidently up by more than the tolerance: an improvement, not a regression.
      [[1.2, 1.5], 'improvement'],
      [[0.95, 1.05], 'unchanged'],
    ] as const)('%j -> %s', (interval, verdict) => {
      expect(classify([...interval], 0.1, 'ratio', 'higher-is-better')).toBe(verdict);
    });
  });

  describe('differences (rates) with an absolute tolerance of 0.001', () => {
    it.each([
      // higher-is-worse (error rate): the edges are +0.001 (bad) and -0.001 (good).
      [[0.0011, 0.01], 'higher-is-worse', 'regression'],
      [[0.001, 0.01], 'higher-is-worse', 'inconclusive'],
      [[-0.0005, 0.001], 'higher-is-worse', 'unchanged'],
      [[-0.01, -0.0011], 'higher-is-worse', 'improvement'],
      [[-0.01, -0.001], 'higher-is-worse', 'unchanged'],
      // higher-is-better (checks): mirrored by negation, so a drop is the bad side.
      [[-0.05, -0.0011], 'higher-is-better', 'regression'],
      [[-0.05, -0.001], 'higher-is-better', 'inconclusive'],
      [[-0.001, 0.0005], 'higher-is-better', 'unchanged'],
      // Straddling the bad edge of a drop: inconclusive (mirrored in the wrong order it would be a regression).
      [[-0.05, 0.0005], 'higher-is-better', 'inconclusive'],
      [[0.0011, 0.05], 'higher-is-better', 'improvement'],
    ] as const)('%j %s -> %s', (interval, direction, verdict) => {
      expect(classify([...interval], 0.001, 'difference', direction)).toBe(verdict);
    });
  });

  describe('unknown direction: unchanged only when the whole interval is within the tolerance on both sides', () => {
    it.each([
      [[0.95, 1.05], 'ratio', 0.1, 'unchanged'],
      // The ratio tolerance is symmetric in log space: 1/1.1 and 1.1 are both exactly at the edge.
      [[1 / 1.1, 1.1], 'ratio', 0.1, 'unchanged'],
      [[0.95, 1.2], 'ratio', 0.1, 'inconclusive'],
      [[0.8, 1.05], 'ratio', 0.1, 'inconclusive'],
      [[1.5, 2], 'ratio', 0.1, 'inconclusive'],
      [[-0.001, 0.001], 'difference', 0.001, 'unchanged'],
      [[-0.002, 0.0005], 'difference', 0.001, 'inconclusive'],
      [[0, 0.0015], 'difference', 0.001, 'inconclusive'],
      [[0.5, 0.9], 'difference', 0.001, 'inconclusive'],
    ] as const)('%j %s (tolerance %d) -> %s', (interval, scale, tolerance, verdict) => {
      expect(classify([...interval], tolerance, scale, 'unknown')).toBe(verdict);
    });
  });
});

describe('estimateBeyondTolerance: the point estimate is on the bad side of the tolerance', () => {
  const base = comparison({ interval: [0.9, 1.3], verdict: 'inconclusive' });
  const ratio = (r: number | null, direction: Comparison['direction']): Comparison => ({
    ...base,
    ratio: r,
    candidate: r === null ? 5 : 100 * r,
    baseline: r === null ? 0 : 100,
    direction,
  });
  const rate = (baseline: number, candidate: number, direction: Comparison['direction']): Comparison => ({
    ...base,
    metric: direction === 'higher-is-better' ? 'checks' : 'http_req_failed',
    stat: 'rate',
    scale: 'difference',
    tolerance: 0.001,
    baseline,
    candidate,
    ratio: baseline > 0 ? candidate / baseline : null,
    direction,
  });

  it('suspects a latency above 1 + tolerance, not one at or below it', () => {
    expect(estimateBeyondTolerance(ratio(1.2, 'higher-is-worse'))).toBe(true);
    expect(estimateBeyondTolerance(ratio(1.1, 'higher-is-worse'))).toBe(false);
    expect(estimateBeyondTolerance(ratio(0.5, 'higher-is-worse'))).toBe(false);
  });

  it('suspects a throughput below 1 - tolerance, not a rise', () => {
    expect(estimateBeyondTolerance(ratio(0.8, 'higher-is-better'))).toBe(true);
    expect(estimateBeyondTolerance(ratio(0.9, 'higher-is-better'))).toBe(false);
    expect(estimateBeyondTolerance(ratio(1.5, 'higher-is-better'))).toBe(false);
  });

  it('cannot suspect a ratio that does not exist (a zero baseline)', () => {
    expect(estimateBeyondTolerance(ratio(null, 'higher-is-worse'))).toBe(false);
  });

  it('suspects an error rate that rose by more than the tolerance, not one that fell', () => {
    expect(estimateBeyondTolerance(rate(0.01, 0.02, 'higher-is-worse'))).toBe(true);
    expect(estimateBeyondTolerance(rate(0.01, 0.0105, 'higher-is-worse'))).toBe(false);
    expect(estimateBeyondTolerance(rate(0.02, 0.01, 'higher-is-worse'))).toBe(false);
  });

  it('suspects a checks pass rate that dropped by more than the tolerance, not one that improved', () => {
    expect(estimateBeyondTolerance(rate(0.99, 0.95, 'higher-is-better'))).toBe(true);
    expect(estimateBeyondTolerance(rate(0.95, 0.99, 'higher-is-better'))).toBe(false);
    expect(estimateBeyondTolerance(rate(0.99, 0.9895, 'higher-is-better'))).toBe(false);
  });

  it('takes the tolerance as the edge, exclusive, for a difference', () => {
    // 0.5 and 0.25 are exact in binary, so the difference is exactly the tolerance.
    const atEdge = { ...rate(0.25, 0.5, 'higher-is-worse'), tolerance: 0.25 };
    expect(estimateBeyondTolerance(atEdge)).toBe(false);
    expect(estimateBeyondTolerance({ ...atEdge, candidate: 0.5000001 })).toBe(true);
    const dropAtEdge = { ...rate(0.5, 0.25, 'higher-is-better'), tolerance: 0.25 };
    expect(estimateBeyondTolerance(dropAtEdge)).toBe(false);
    expect(estimateBeyondTolerance({ ...dropAtEdge, candidate: 0.2499999 })).toBe(true);
  });
});
