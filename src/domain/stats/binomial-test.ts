import { gammaln } from 'simple-statistics';

/**
 * Upper tail of the binomial distribution: P(X ≥ k) for X ~ Binomial(n, p), summed in log space.
 * Complexity O(n - k).
 * @example binomialUpperTail(3, 3, 0.5) // 0.125
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log(1 - p);
  const logNFact = gammaln(n + 1);
  let sum = 0;
  for (let i = k; i <= n; i++) {
    sum += Math.exp(logNFact - gammaln(i + 1) - gammaln(n - i + 1) + i * logP + (n - i) * logQ);
  }
  return Math.min(1, sum);
}

/**
 * The exact conditional test that the candidate's error rate is higher than the baseline's (one-sided, equivalent
 * to Fisher's exact test): given the total t = x_b + x_c errors, under equal rates the candidate's share is
 * Binomial(t, n_c / (n_b + n_c)); the p-value is P(X ≥ x_c). Exact for small counts, where normal approximations fail.
 * Complexity O(x_b).
 * @example errorIncreasePValue(0, 10_000, 8, 10_000) // 0.00390625 (= 0.5^8)
 */
export function errorIncreasePValue(
  xBaseline: number,
  nBaseline: number,
  xCandidate: number,
  nCandidate: number,
): number {
  return binomialUpperTail(xCandidate, xBaseline + xCandidate, nCandidate / (nBaseline + nCandidate));
}
