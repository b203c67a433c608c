/**
 * The Wilson score interval for a binomial proportion x/n at normal quantile z (e.g. 2.326 for a one-sided 99%
 * bound on each side).
 *
 * Definition: centre (p̂ + z²/2n) / (1 + z²/n), half-width z √(p̂(1-p̂)/n + z²/4n²) / (1 + z²/n), p̂ = x/n.
 * Unlike the Wald interval it behaves at x = 0 (upper bound ≈ z²/(n + z²)) and x = n.
 * Complexity O(1).
 * @throws RangeError if n <= 0 or x is outside [0, n].
 * @example wilsonInterval(0, 1000, 1.959964) // [0, 0.003827...]
 */
export function wilsonInterval(x: number, n: number, z: number): [number, number] {
  if (!(n > 0)) throw new RangeError(`wilsonInterval: n must be > 0, got ${n}`);
  if (!(x >= 0 && x <= n)) throw new RangeError(`wilsonInterval: x must be in [0, n], got ${x}`);
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
