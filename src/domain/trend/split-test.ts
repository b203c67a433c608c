/**
 * The test behind every change point: is there one shift in the mean of y[a..b), and where? A weighted CUSUM-type
 * scan over the split positions on outlier-clipped values, calibrated by a parametric bootstrap under the fitted
 * no-change noise model (within-run variances plus the AR(1) run effect), so that few points, unequal
 * uncertainties and autocorrelation are all in the threshold rather than assumed away.
 */
import { median } from 'simple-statistics';
import { standardNormal, type RandomSource } from '../random.js';
import { pointWeight } from './levels.js';
import type { TrendNoise } from './noise.js';

/** The within-run variance an outlier run is given once found: it then weighs about 1e-9 of a run. */
export const OUTLIER_VARIANCE = 1e6;

/** Half-width of the running median a point is compared with to decide whether it is a one-off outlier. */
const OUTLIER_HALF_WINDOW = 2;

/**
 * Clips one-off outliers: a value further than z · sqrt(w_t + τ²) from the median of its neighbourhood (itself and
 * up to 2 runs on each side) is moved to that bound. A median of 5 follows a real step (three of the five values
 * are already on the new level at the step) but ignores one or two odd runs, so a single run 2x slower is not read
 * as a shift. Returns the clipped values and the indexes clipped.
 */
export function clipOutliers(
  y: readonly number[],
  w: readonly number[],
  noise: TrendNoise,
  z: number,
): { values: number[]; outliers: number[] } {
  const values: number[] = [];
  const outliers: number[] = [];
  for (let t = 0; t < y.length; t++) {
    const around = y.slice(Math.max(0, t - OUTLIER_HALF_WINDOW), t + OUTLIER_HALF_WINDOW + 1);
    const center = around.length >= 3 ? median(around as number[]) : (y[t] as number);
    const bound = z * Math.sqrt((w[t] as number) + noise.variance);
    const v = y[t] as number;
    if (Math.abs(v - center) > bound) {
      outliers.push(t);
      values.push(center + Math.sign(v - center) * bound);
    } else values.push(v);
  }
  return { values, outliers };
}

/**
 * The scan: for each split s with at least `minSegment` points on each side,
 *   T(s) = |m_R - m_L| / sqrt(1/V_L + 1/V_R),   m = Σ v_t y_t / Σ v_t,  V = Σ v_t,  v_t = 1 / (w_t + τ²),
 * the standardized difference of the two sides' precision-weighted means as if points were independent (the
 * bootstrap supplies the autocorrelation). Returns the largest T and the first split that attains it (s is the
 * first index of the right side, relative to y[0]); undefined when no split is allowed. O(n) with prefix sums.
 */
export function scanSplits(
  y: readonly number[],
  w: readonly number[],
  noise: TrendNoise,
  minSegment: number,
): { split: number; statistic: number } | undefined {
  const n = y.length;
  if (n < 2 * minSegment) return undefined;
  const cv: number[] = [0];
  const cvy: number[] = [0];
  for (let t = 0; t < n; t++) {
    const v = pointWeight(w[t] as number, noise);
    cv.push((cv[t] as number) + v);
    cvy.push((cvy[t] as number) + v * (y[t] as number));
  }
  const V = cv[n] as number;
  const VY = cvy[n] as number;
  let best: { split: number; statistic: number } | undefined;
  for (let s = minSegment; s <= n - minSegment; s++) {
    const vl = cv[s] as number;
    const vr = V - vl;
    const diff = (VY - (cvy[s] as number)) / vr - (cvy[s] as number) / vl;
    const statistic = Math.abs(diff) / Math.sqrt(1 / vl + 1 / vr);
    if (!best || statistic > best.statistic + 1e-12) best = { split: s, statistic };
  }
  return best;
}

/** One series of the null model: y_t = e_t + u_t, e_t ~ N(0, w_t), u stationary AR(1) with variance τ² and φ. */
export function simulateNull(w: readonly number[], noise: TrendNoise, random: RandomSource): number[] {
  const tau = Math.sqrt(noise.variance);
  const phi = noise.autocorrelation;
  const innovation = tau * Math.sqrt(1 - phi * phi);
  let u = tau * standardNormal(random);
  return w.map((wt, t) => {
    if (t > 0) u = phi * u + innovation * standardNormal(random);
    return u + Math.sqrt(wt) * standardNormal(random);
  });
}

export interface SplitTest {
  /** First index of the new level, relative to the tested window. */
  split: number;
  statistic: number;
  /** (1 + #{T* ≥ T}) / (B + 1); `undefined` when the test stopped early because it could not reach `alpha`. */
  pValue: number | undefined;
}

/** The scan with one-off outliers set aside: clipped, and weighing (almost) nothing. */
function scanWithoutOutliers(
  y: readonly number[],
  w: readonly number[],
  noise: TrendNoise,
  options: { minSegment: number; outlierZ: number },
): { split: number; statistic: number } | undefined {
  const { values, outliers } = clipOutliers(y, w, noise, options.outlierZ);
  const odd = new Set(outliers);
  const weights = w.map((x, t) => (odd.has(t) ? OUTLIER_VARIANCE : x));
  return scanSplits(values, weights, noise, options.minSegment);
}

/**
 * Tests one window: the observed max T with outliers set aside against B replicates of the null model, each treated
 * and scanned the same way (so the outlier rule and the scan's maximum over positions are in the calibration). Stops
 * as soon as the count of exceedances makes p > alpha certain (Besag & Clifford's sequential Monte Carlo test), so
 * the windows without a change cost little.
 */
export function testSplit(
  y: readonly number[],
  w: readonly number[],
  noise: TrendNoise,
  options: { minSegment: number; replicates: number; alpha: number; outlierZ: number },
  random: RandomSource,
): SplitTest | undefined {
  const observed = scanWithoutOutliers(y, w, noise, options);
  if (!observed) return undefined;
  const B = options.replicates;
  const limit = Math.floor(options.alpha * (B + 1));
  let exceed = 0;
  for (let b = 0; b < B; b++) {
    const t = scanWithoutOutliers(simulateNull(w, noise, random), w, noise, options)?.statistic ?? 0;
    if (t >= observed.statistic) exceed++;
    if (exceed >= limit) return { ...observed, pValue: undefined };
  }
  return { ...observed, pValue: (1 + exceed) / (B + 1) };
}
