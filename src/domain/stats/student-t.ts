import { normalQuantile } from './normal-quantile.js';
import { regularizedIncompleteBeta } from './incomplete-beta.js';

/**
 * The CDF of Student's t distribution with `df` degrees of freedom (df may be fractional, e.g. Welch's).
 *
 * Definition: for t ≥ 0, F(t) = 1 - I_{df/(df+t²)}(df/2, 1/2) / 2; F(-t) = 1 - F(t).
 * Complexity: one incomplete beta evaluation.
 * @throws RangeError if df is not positive.
 * @example studentTCdf(2.0, 10) // 0.963305...
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTCdf: df must be > 0, got ${df}`);
  const tail = regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5) / 2;
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The quantile of Student's t: the t with studentTCdf(t, df) = p.
 *
 * Definition: the root of studentTCdf(t, df) - p, found by bisection on a bracket grown from the normal quantile,
 * to an absolute accuracy of 1e-10. For df > 1e6 the normal quantile is returned.
 * Complexity: ~60 CDF evaluations.
 * @throws RangeError if p is not in (0, 1) or df is not positive.
 * @example studentTQuantile(0.975, 10) // 2.2281388519649385
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be > 0, got ${df}`);
  const z = normalQuantile(p);
  if (df > 1e6) return z;
  if (p === 0.5) return 0;
  let lo = p > 0.5 ? 0 : Math.min(z, -1);
  let hi = p > 0.5 ? Math.max(z, 1) : 0;
  while (studentTCdf(hi, df) < p) hi *= 2;
  while (studentTCdf(lo, df) > p) lo *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-10 * Math.max(1, Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
