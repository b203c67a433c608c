/**
 * The result of one capacity search, as stored in a RunSummary's optional `capacity` section
 * (schemas/run-summary.schema.json): the estimate with its bracket, what broke first, the margins at the rate
 * reported, and every step. Pure.
 */
import { bottleneckOf, type Bottleneck } from './bottleneck.js';
import { bracketOf, type SearchSettings } from './search.js';
import type { CapacityStep, SloAtStep } from './step.js';

/** Requests per second: `rate` is the highest rate shown sustainable, [low, high] the bracket the search ended in. */
export interface CapacityEstimate {
  rate: number;
  low: number;
  /** The lowest rate that broke an objective; null when none did up to `to` (capacity is at least `low`). */
  high: number | null;
}

export interface CapacityRun {
  /** The objectives, as written. */
  slos: string[];
  /** The script's function that was driven. */
  exec: string;
  settings: SearchSettings & { stepSeconds: number; warmupSeconds: number };
  estimate: CapacityEstimate;
  /** What failed at the lowest failing rate: objectives as written, or `throughput` (achieved < offered). */
  brokeFirst: string[];
  /** Each objective at the rate reported (null when no rate met them). */
  margins: SloAtStep[] | null;
  /** The offered rate at which the load generator could not keep up, when that ended the search. */
  generatorLimited: number | null;
  /** What the service's own metrics show ran out at the breaking rate (with `server-metrics`), when one stood out. */
  bottleneck?: Bottleneck;
  /** In the order they were run. */
  steps: CapacityStep[];
}

/** Summarises the steps of a finished search. */
export function capacityRunOf(
  steps: readonly CapacityStep[],
  slos: readonly string[],
  exec: string,
  settings: CapacityRun['settings'],
): CapacityRun {
  const { good, bad, generatorLimited } = bracketOf(steps);
  const at = (rate: number | null) => (rate === null ? undefined : steps.find((s) => s.offered === rate));
  const badStep = at(bad);
  const brokeFirst = badStep
    ? [
        ...badStep.slos.filter((s) => s.verdict !== 'met').map((s) => s.slo),
        ...(badStep.achieved < 0.95 * badStep.offered ? ['throughput'] : []),
      ]
    : [];
  const bottleneck = bottleneckOf(at(good), badStep);
  return {
    slos: [...slos],
    exec,
    settings,
    estimate: { rate: good ?? 0, low: good ?? 0, high: bad },
    brokeFirst,
    margins: at(good)?.slos ?? null,
    generatorLimited,
    ...(bottleneck ? { bottleneck } : {}),
    steps: [...steps],
  };
}
