/**
 * The capacity search: a geometric staircase of offered rates from `from` up to `to`, then bisection (at the
 * geometric mean) between the highest rate that met every objective and the lowest that did not, until the
 * bracket is within `resolution`. Pure: it only says which rate to run next and what the steps so far show.
 */
import type { CapacityStep, SearchSettings } from '../capacity-model.js';

export const DEFAULT_FACTOR = 2;
export const DEFAULT_MAX_STEPS = 16;

/** Where the search stands: the bracket [good, bad] the steps so far give. */
export interface Bracket {
  /** The highest rate that met every objective below `bad`; null when none did. */
  good: number | null;
  /** The lowest rate that did not; null when every step met them. */
  bad: number | null;
  /** A step at which the load generator could not keep up, when one stopped the search. */
  generatorLimited: number | null;
}

/** The bracket of a list of steps, in any order. */
export function bracketOf(steps: readonly Pick<CapacityStep, 'offered' | 'verdict'>[]): Bracket {
  const broken = steps.filter((s) => s.verdict === 'broken').map((s) => s.offered);
  const bad = broken.length > 0 ? Math.min(...broken) : null;
  const good = steps
    .filter((s) => s.verdict === 'met' && (bad === null || s.offered < bad))
    .map((s) => s.offered);
  const limited = steps.filter((s) => s.verdict === 'generator-limited').map((s) => s.offered);
  return {
    good: good.length > 0 ? Math.max(...good) : null,
    bad,
    generatorLimited: limited.length > 0 ? Math.min(...limited) : null,
  };
}

/**
 * The next rate to offer, or null when the search is over: the staircase climbs by `factor` (capped at `to`)
 * until a step fails; then the geometric mean of the bracket, rounded to a whole rate, until the bracket is within
 * `resolution`, the rounding cannot split it, or `maxSteps` are spent. A generator-limited step ends the search
 * (a higher rate would measure k6, not the service).
 * @example nextRate({ from: 20, to: 2000, factor: 2, resolution: 0.05, maxSteps: 16 }, []) // 20
 */
export function nextRate(
  settings: SearchSettings,
  steps: readonly Pick<CapacityStep, 'offered' | 'verdict'>[],
): number | null {
  if (steps.length >= settings.maxSteps) return null;
  if (steps.length === 0) return settings.from;
  const { good, bad, generatorLimited } = bracketOf(steps);
  if (generatorLimited !== null) return null;
  if (bad === null) {
    const last = Math.max(...steps.map((s) => s.offered));
    if (last >= settings.to) return null;
    return Math.min(settings.to, Math.round(last * settings.factor));
  }
  if (good === null) return null; // broken at the first rate: below the range
  if (bad / good - 1 <= settings.resolution) return null;
  const mid = Math.round(Math.sqrt(good * bad));
  return mid <= good || mid >= bad ? null : mid;
}
