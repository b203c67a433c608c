/**
 * The result of one capacity search, as stored in a RunSummary's optional `capacity` section
 * (schemas/run-summary.schema.json): the estimate with its bracket, what broke first, the margins at the rate
 * reported, and every step. Pure.
 */
import type { CapacityRun, CapacityStep } from '../capacity-model.js';
import { bottleneckOf } from './bottleneck.js';
import { bracketOf } from './search.js';
import { KEEP_UP } from './step.js';

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
        ...(badStep.achieved < KEEP_UP * badStep.offered ? ['throughput'] : []),
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
