import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { PRIOR_DF, robustRunNoise, runNoise } from '../../../src/domain/compare/run-noise.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { seededRandom, standardNormal } from '../../../src/domain/random.js';
import { DEFAULT_SIM, simulateRun } from '../../../eval/simulate.js';

describe('run-to-run noise from a long history: successive differences, clipped', () => {
  it('is the halved mean squared successive difference, moderated by the prior (computed by hand)', () => {
    // d = +0.03, -0.03, +0.03, -0.03: none clipped; s² = 4 · 0.0009 / (2 · 4) = 0.00045; df_s = 2 · 16 / 11.
    const dfs = 32 / 11;
    const noise = robustRunNoise([0, 0.03, 0, 0.03, 0], [0, 0, 0, 0, 0], 0.03);
    expect(noise.df).toBeCloseTo(PRIOR_DF + dfs, 12);
    expect(noise.variance).toBeCloseTo((PRIOR_DF * 0.0009 + dfs * 0.00045) / (PRIOR_DF + dfs), 12);
    expect(noise.runs).toBe(5);
    // The within-run variance is taken out first.
    const within = robustRunNoise([0, 0.03, 0, 0.03, 0], [0.0001, 0.0001, 0.0001, 0.0001, 0.0001], 0.03);
    expect(within.variance).toBeCloseTo((PRIOR_DF * 0.0009 + dfs * 0.00035) / (PRIOR_DF + dfs), 12);
  });

  it('is the prior alone below 2 runs', () => {
    expect(robustRunNoise([0.1], [0], 0.03)).toEqual({ variance: 0.0009, df: PRIOR_DF, runs: 0 });
    expect(robustRunNoise([], [], 0.03)).toEqual({ variance: 0.0009, df: PRIOR_DF, runs: 0 });
  });

  const history = (n: number, seed: number, sd = 0.03) => {
    const random = seededRandom(seed);
    return Array.from({ length: n }, () => sd * standardNormal(random));
  };

  it('ignores a slow drift that the sample variance takes for noise', () => {
    // 30 runs with a 3% run effect on a drift of 1% per run (+29% over the history).
    const drifting = history(30, 1).map((x, i) => x + 0.01 * i);
    const zeros = drifting.map(() => 0);
    const robust = Math.sqrt(robustRunNoise(drifting, zeros, 0.03).variance);
    const plain = Math.sqrt(runNoise(drifting, zeros, 0.03).variance);
    expect(robust).toBeGreaterThan(0.025);
    expect(robust).toBeLessThan(0.036);
    expect(plain).toBeGreaterThan(0.07);
  });

  it('is not carried away by one odd run', () => {
    const runs = history(30, 2);
    runs[14] = runs[14]! + 0.4; // one runner 50% slower
    const zeros = runs.map(() => 0);
    expect(Math.sqrt(robustRunNoise(runs, zeros, 0.03).variance)).toBeLessThan(0.045);
    expect(Math.sqrt(runNoise(runs, zeros, 0.03).variance)).toBeGreaterThan(0.06);
  });
});

describe('noise from the long history, location from the base commit', () => {
  const random = seededRandom(6);
  const spec = { ...DEFAULT_SIM, requests: 6000, rho: 0.5 };
  const long = Array.from({ length: 30 }, (_, i) =>
    simulateRun(spec, random, Date.UTC(2026, 0, 1) + i * 3_600_000),
  );
  const candidate = simulateRun(spec, random, Date.UTC(2026, 0, 3));
  const base = long.slice(-5).reverse();

  it('estimates the noise from all 30 runs, the baseline value from the base commit runs', () => {
    const plain = compareRuns(base, candidate, DEFAULT_GATE_CONFIG);
    const withLong = compareRuns(base, candidate, DEFAULT_GATE_CONFIG, { noiseHistory: [...long].reverse() });
    expect(withLong.settings.noiseRuns).toBe(30);
    expect(withLong.baseline?.runs).toBe(5);
    const p95 = (r: typeof plain) =>
      r.comparisons.find((c) => c.stat === 'p95' && Object.keys(c.series).length === 0)!;
    expect(p95(withLong).baseline).toBe(p95(plain).baseline);
    expect(p95(withLong).method).toMatch(/run noise from 30 runs of the history \(robust\) and the prior/);
    expect(p95(withLong).interval).not.toEqual(p95(plain).interval);
    expect(p95(plain).method).toMatch(/run noise from 5 baseline runs and the prior/);
  });

  it('says the run noise is assumed (the prior alone) with a single baseline run', () => {
    const one = compareRuns([long[0]!], candidate, DEFAULT_GATE_CONFIG);
    const c = one.comparisons.find((x) => x.stat === 'p95' && Object.keys(x.series).length === 0)!;
    expect(c.method).toMatch(/run noise assumed \d+%/);
    expect(c.method).not.toMatch(/run noise from/);
  });

  it('reports a resolution within 15% of its floor (the variance known)', () => {
    const r = compareRuns(base, candidate, DEFAULT_GATE_CONFIG, { noiseHistory: long }).resolution!;
    expect(r.floor).toBeDefined();
    expect(r.detectable / r.floor!).toBeLessThan(1.15);
    expect(r.detectable).toBeGreaterThanOrEqual(r.floor!);
  });
});
