/**
 * Change points on the default branch's trend, per statistic (about 280 lines: the search, its refinement and the
 * report of each change point share the noise model and the levels, and the method is defined here in full). The method (docs/statistics.md, "Change points on
 * the default branch"):
 *
 * 1. The values: ln(estimate) for ratio statistics (latency, throughput, CPU per request), the estimate for rates;
 *    each with its within-run variance w_t = se².
 * 2. The noise beyond w_t: an AR(1) run effect, τ² and φ estimated robustly from lag differences and moderated
 *    toward the prior (noise.ts), leaving out the differences across a change point (noiseAndSegments).
 * 3. Binary segmentation: the whole series is tested for one shift (split-test.ts: a precision-weighted scan with
 *    one-off outliers set aside, p-value by parametric bootstrap under the fitted noise model); when p ≤ alpha it is
 *    split there and each side is tested the same way, down to segments of 2 × minSegment.
 * 4. Refinement, as Apache Otava re-checks its points: each change point is re-tested on the window between its
 *    neighbours (moving to that window's best split); the least significant one above alpha is dropped, until all
 *    hold.
 * 5. Per change point: the levels before and after (precision-weighted means of the adjacent segments, one-off
 *    outlier runs left out), the
 *    change (a ratio after/before, or a difference for rates) with an interval from the model's variance of the two
 *    levels (AR(1) covariance included), each bound one-sided at `confidence` with t(df of the noise); and the
 *    cumulative change since the level before a run of consecutive steps in the same direction (a staircase of small
 *    steps adds up), which decides whether the change is beyond the statistic's tolerance.
 *
 * Deterministic: each tested window draws from its own generator seeded by (seed, statistic, window), so a result
 * does not depend on the order of the search or on the other statistics.
 */
import { DEFAULT_GATE_CONFIG } from '../gate-config.js';
import { seededRandom } from '../random.js';
import { studentTQuantile } from '../stats/student-t.js';
import { changeBeyondTolerance } from '../compare/verdict.js';
import { levelDifference, segmentLevel, type SegmentLevel } from './levels.js';
import { statisticSeries, type Trend, type TrendEntry, type TrendStatistic } from './model.js';
import { estimateTrendNoise, type TrendNoise } from './noise.js';
import { clipOutliers, OUTLIER_VARIANCE, scanSplits, testSplit } from './split-test.js';

export interface ChangePointOptions {
  /** Seed of the bootstrap's generator. */
  seed: number;
  /** Significance each change point must reach (bootstrap p-value). */
  alpha: number;
  /** Fewest runs on each side of a change point: a shift must hold for this many runs to be one. */
  minSegment: number;
  /** Bootstrap replicates per tested window. */
  replicates: number;
  /** One-sided confidence of each bound of a change's interval. */
  confidence: number;
  /** Prior run-to-run variation (a coefficient of variation; for rates, times the median rate). */
  runNoisePrior: number;
  /** Prior lag-1 autocorrelation of the run effect. */
  autocorrelationPrior: number;
  /** A run further than this many standard deviations from its neighbourhood's median is a one-off outlier. */
  outlierZ: number;
}

export const DEFAULT_CHANGE_POINT_OPTIONS: ChangePointOptions = {
  seed: 1,
  alpha: 0.01,
  minSegment: 3,
  replicates: 499,
  confidence: DEFAULT_GATE_CONFIG.confidence,
  runNoisePrior: DEFAULT_GATE_CONFIG.runNoisePrior,
  autocorrelationPrior: 0.3,
  outlierZ: 3.5,
};

/** A run of the trend, as a change point names it. */
export interface TrendRun {
  /** Index in trend.entries. */
  index: number;
  commit: string;
  date: string;
  runId?: number;
}

export interface ChangePoint {
  statistic: string;
  /** The last run at the old level and the first at the new one: the change came in between. */
  lastBefore: TrendRun;
  firstAfter: TrendRun;
  /** Levels of the adjacent segments, in the statistic's unit (geometric means for ratio statistics). */
  before: number;
  after: number;
  /** after / before for ratio statistics, after - before for rates; with its interval. */
  change: number;
  interval: [number, number];
  pValue: number;
  /** The change is on the statistic's bad side (slower, more errors, less throughput). */
  worse: boolean;
  /**
   * The change since the level before the first of the consecutive change points in this direction that end here
   * (the same as `change` for a lone step): where a staircase of small steps passes the tolerance.
   */
  cumulative: { since: TrendRun; before: number; change: number; interval: [number, number]; steps: number };
  /** The cumulative change's estimate lies beyond the tolerance (on its own side: regression or improvement). */
  beyondTolerance: boolean;
}

export interface StatisticChangePoints {
  statistic: TrendStatistic;
  /** Runs that carry the statistic. */
  runs: number;
  changePoints: ChangePoint[];
  /** Runs read as one-off outliers (clipped, never a change point on their own). */
  outliers: TrendRun[];
  /** The segments between change points: first and last run, level in the statistic's unit. */
  levels: Array<{ first: TrendRun; last: TrendRun; level: number }>;
  noise: TrendNoise;
}

export interface TrendAnalysis {
  /** Runs in the trend. */
  runs: number;
  statistics: StatisticChangePoints[];
  options: ChangePointOptions;
}

/** FNV-1a of a string mixed with numbers: a stable seed per statistic and window. */
function seedOf(seed: number, id: string, a: number, b: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of `${id}\u0000${a}:${b}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

const runOf = (entry: TrendEntry, index: number): TrendRun => ({
  index,
  commit: entry.commit,
  date: entry.date,
  ...(entry.runId !== undefined ? { runId: entry.runId } : {}),
});

/** Change points of one statistic's values (in order), as indexes of the first point of each new level. */
export function segmentSeries(
  y: readonly number[],
  w: readonly number[],
  noise: TrendNoise,
  options: ChangePointOptions,
  id = '',
): Array<{ index: number; pValue: number }> {
  const test = (a: number, b: number) =>
    testSplit(y.slice(a, b), w.slice(a, b), noise, options, seededRandom(seedOf(options.seed, id, a, b)));
  const found = new Map<number, number>();
  const search = (a: number, b: number): void => {
    const r = test(a, b);
    if (!r || r.pValue === undefined) return;
    found.set(a + r.split, r.pValue);
    search(a, a + r.split);
    search(a + r.split, b);
  };
  search(0, y.length);
  // Refine: each point re-tested between its neighbours; drop the weakest failing one until all hold.
  let points = [...found.keys()].sort((p, q) => p - q);
  for (let round = 0; round < 4 * points.length + 4; round++) {
    const retested = points.map((_, i) => {
      const a = i === 0 ? 0 : (points[i - 1] as number);
      const b = i === points.length - 1 ? y.length : (points[i + 1] as number);
      const r = test(a, b);
      return r ? { index: a + r.split, pValue: r.pValue } : { index: points[i] as number, pValue: undefined };
    });
    const failing = retested.findIndex((r) => r.pValue === undefined);
    if (failing < 0) {
      const moved = retested.map((r) => r.index);
      const settled = moved.every((m, i) => m === points[i]) || new Set(moved).size !== moved.length;
      if (settled) return retested.map((r) => ({ index: r.index, pValue: r.pValue as number }));
      points = moved;
      continue;
    }
    points = points.filter((_, i) => i !== failing);
  }
  return [];
}

/**
 * The noise and the change points, each estimated without the other's influence. A step left in the lag
 * differences passes for run-to-run noise and can hide itself (noise.ts), so:
 * 1. the noise of all differences gives the scan's best split, significant or not (one position: on a trend
 *    without a change, leaving out its k differences per lag barely moves the estimate);
 * 2. the noise without the differences across that split decides the segmentation;
 * 3. the noise without the differences across the change points found decides it again, until the change points
 *    stay the same (at most 3 rounds; the last round's answer stands).
 * Measured on simulated trends (docs/statistics.md, "Change points"): one +15% step placed within a run 91% of the
 * time where the noise of all differences gave 87.5%, with the A/A rate of the whole trend at 0.1%.
 */
function noiseAndSegments(
  y: readonly number[],
  w: readonly number[],
  priorSd: number,
  options: ChangePointOptions,
  id: string,
): { noise: TrendNoise; found: Array<{ index: number; pValue: number }> } {
  const noiseWithout = (breaks: readonly number[]) =>
    estimateTrendNoise(y, w, priorSd, options.autocorrelationPrior, breaks);
  const candidate = scanSplits(y, w, noiseWithout([]), options.minSegment);
  let breaks = candidate ? [candidate.split] : [];
  let noise = noiseWithout(breaks);
  let found = segmentSeries(y, w, noise, options, id);
  for (let round = 0; round < 3; round++) {
    const next = found.map((f) => f.index);
    if (next.length === breaks.length && next.every((b, i) => b === breaks[i])) break;
    breaks = next;
    noise = noiseWithout(breaks);
    found = segmentSeries(y, w, noise, options, id);
  }
  return { noise, found };
}

/** The runs' values on the scale the statistic is compared on, and back. */
const toScale = (s: TrendStatistic, x: number) => (s.scale === 'ratio' ? Math.log(x) : x);
const fromScale = (s: TrendStatistic, x: number) => (s.scale === 'ratio' ? Math.exp(x) : x);

/** The change-point analysis of one statistic of the trend. */
export function analyseStatistic(
  trend: Trend,
  statistic: TrendStatistic,
  options: ChangePointOptions = DEFAULT_CHANGE_POINT_OPTIONS,
): StatisticChangePoints {
  const series = statisticSeries(trend, statistic.id);
  const y = series.map((p) => toScale(statistic, p.point.estimate));
  const w = series.map((p) => p.point.se * p.point.se);
  const run = (i: number) => runOf(series[i]!.entry, series[i]!.index);
  // A rate's run-to-run prior is relative to its typical level (3% of a 0.1% error rate, not 3 points).
  const typical =
    [...series.map((p) => p.point.estimate)].sort((a, b) => a - b)[Math.floor(series.length / 2)] ?? 0;
  const priorSd = statistic.scale === 'ratio' ? options.runNoisePrior : options.runNoisePrior * typical;
  const { noise, found } = noiseAndSegments(y, w, priorSd, options, statistic.id);
  const { outliers } = clipOutliers(y, w, noise, options.outlierZ);
  // A one-off run does not move a level: it weighs (almost) nothing there.
  const odd = new Set(outliers);
  const levelW = w.map((x, i) => (odd.has(i) ? OUTLIER_VARIANCE : x));
  const bounds = [0, ...found.map((f) => f.index), y.length];
  const segments = bounds
    .slice(0, -1)
    .map((start, i) => segmentLevel(y, levelW, noise, start, bounds[i + 1] as number))
    .filter((s) => s !== undefined);
  const t = studentTQuantile(options.confidence, Math.max(1, noise.df));
  const changeOf = (a: SegmentLevel, b: SegmentLevel) => {
    const d = levelDifference(a, b, noise);
    const half = t * Math.sqrt(d.variance);
    return {
      change: fromScale(statistic, d.difference),
      interval: [fromScale(statistic, d.difference - half), fromScale(statistic, d.difference + half)] as [
        number,
        number,
      ],
    };
  };
  const worseOf = (a: SegmentLevel, b: SegmentLevel) =>
    statistic.direction === 'higher-is-worse' ? b.level > a.level : b.level < a.level;
  const changePoints: ChangePoint[] = [];
  let since = 0;
  found.forEach((f, i) => {
    const before = segments[i] as SegmentLevel;
    const after = segments[i + 1] as SegmentLevel;
    const worse = worseOf(before, after);
    if (i > 0 && worseOf(segments[i - 1] as SegmentLevel, before) !== worse) since = i;
    const reference = segments[since] as SegmentLevel;
    const step = changeOf(before, after);
    const cumulative = changeOf(reference, after);
    changePoints.push({
      statistic: statistic.id,
      lastBefore: run(f.index - 1),
      firstAfter: run(f.index),
      before: fromScale(statistic, before.level),
      after: fromScale(statistic, after.level),
      ...step,
      pValue: f.pValue,
      worse,
      cumulative: {
        since: run(reference.end - 1),
        before: fromScale(statistic, reference.level),
        ...cumulative,
        steps: i - since + 1,
      },
      beyondTolerance:
        changeBeyondTolerance(cumulative.change, statistic.scale, statistic.tolerance, statistic.direction) ||
        changeBeyondTolerance(
          // An improvement beyond the tolerance is worth showing too: mirror the direction.
          cumulative.change,
          statistic.scale,
          statistic.tolerance,
          statistic.direction === 'higher-is-worse' ? 'higher-is-better' : 'higher-is-worse',
        ),
    });
  });
  return {
    statistic,
    runs: y.length,
    changePoints,
    outliers: outliers.map(run),
    levels: segments.map((s) => ({
      first: run(s.start),
      last: run(s.end - 1),
      level: fromScale(statistic, s.level),
    })),
    noise,
  };
}

/**
 * Change points of every statistic of the trend (the trend's statistics in id order). A statistic carried by fewer
 * than 2 × minSegment runs has none (nothing can be tested yet).
 */
export function detectChangePoints(trend: Trend, options: Partial<ChangePointOptions> = {}): TrendAnalysis {
  const o = { ...DEFAULT_CHANGE_POINT_OPTIONS, ...options };
  const statistics = Object.values(trend.statistics)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => analyseStatistic(trend, s, o));
  return { runs: trend.entries.length, statistics, options: o };
}
