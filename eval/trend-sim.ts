/**
 * Simulated default-branch trends with known truth, for the change-point evaluation and its tests: each run's p95
 * on the log scale is the true level (steps, one-off outliers) plus an AR(1) run effect (runner drift between runs)
 * plus the run's own estimation error (2-5%); the se each entry reports is itself estimated (batch means with 19
 * degrees of freedom), as a real entry's is. Seeded: the same spec and seed give the same trend.
 */
import { seededRandom, standardNormal, type RandomSource } from '../src/domain/random.js';
import type { Trend, TrendEntry, TrendStatistic } from '../src/domain/trend/model.js';

export interface TrendSimSpec {
  runs: number;
  baseMs: number;
  /** The run's own estimation error (log scale): uniform in this range per run. */
  withinSd: [number, number];
  /** Degrees of freedom of the reported se (batch means over 20 batches: 19). */
  seDf: number;
  /** Standard deviation of the run effect (log scale). */
  runEffectSd: number;
  /** Lag-1 autocorrelation of the run effect. */
  autocorrelation: number;
  /** Level changes: from run `at` on, latency is multiplied by `factor`. */
  steps: Array<{ at: number; factor: number }>;
  /** One-off runs: run `at` alone is multiplied by `factor`. */
  outliers: Array<{ at: number; factor: number }>;
}

export const DEFAULT_TREND_SIM: TrendSimSpec = {
  runs: 60,
  baseMs: 120,
  withinSd: [0.02, 0.05],
  seDf: 19,
  runEffectSd: 0.03,
  autocorrelation: 0.5,
  steps: [],
  outliers: [],
};

export const P95: TrendStatistic = {
  id: 'http_req_duration p95',
  metric: 'http_req_duration',
  stat: 'p95',
  series: {},
  scale: 'ratio',
  direction: 'higher-is-worse',
  tolerance: 0.1,
  unit: 'ms',
};

const chiSquare = (df: number, random: RandomSource) => {
  let s = 0;
  for (let i = 0; i < df; i++) s += standardNormal(random) ** 2;
  return s;
};

/** The sha of simulated run i: 40 hex digits. */
export const simCommit = (i: number): string => (i + 1).toString(16).padStart(40, 'a');

/** One simulated trend of the p95 statistic. */
export function simulateTrend(spec: TrendSimSpec, random: RandomSource): Trend {
  const phi = spec.autocorrelation;
  const innovation = spec.runEffectSd * Math.sqrt(1 - phi * phi);
  let u = spec.runEffectSd * standardNormal(random);
  const entries: TrendEntry[] = [];
  for (let i = 0; i < spec.runs; i++) {
    if (i > 0) u = phi * u + innovation * standardNormal(random);
    let level = Math.log(spec.baseMs);
    for (const s of spec.steps) if (i >= s.at) level += Math.log(s.factor);
    for (const o of spec.outliers) if (i === o.at) level += Math.log(o.factor);
    const sd = spec.withinSd[0] + (spec.withinSd[1] - spec.withinSd[0]) * random();
    const y = level + u + sd * standardNormal(random);
    const se = sd * Math.sqrt(chiSquare(spec.seDf, random) / spec.seDf);
    entries.push({
      commit: simCommit(i),
      date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      runId: 1000 + i,
      points: { [P95.id]: { estimate: Number(Math.exp(y).toPrecision(6)), se: Number(se.toPrecision(3)) } },
    });
  }
  return { statistics: { [P95.id]: P95 }, entries };
}

/** A seeded trend, for tests. */
export const simulatedTrend = (spec: Partial<TrendSimSpec>, seed: number): Trend =>
  simulateTrend({ ...DEFAULT_TREND_SIM, ...spec }, seededRandom(seed));
