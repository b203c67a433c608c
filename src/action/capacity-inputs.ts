import { PerfGateError } from '../errors.js';
import type { OptionValues } from '../options/read.js';
import { INPUT } from '../options/spec.js';
import { stepWarmup } from '../pipeline/capacity.js';

/** The action's capacity-mode inputs, read through the spec like every other input. */
export interface CapacityInputs {
  slos: string[];
  from: number;
  to: number;
  stepSeconds: number;
  warmupSeconds: number;
  exec: string;
  tolerance: number;
  resolution: number;
}

/** `mode: capacity` runs a script against objectives; results produced elsewhere cannot be searched. */
export function capacityInputs(
  values: OptionValues,
  script: string | undefined,
  hasResults: boolean,
): CapacityInputs {
  if (!script || hasResults)
    throw new PerfGateError(
      `mode 'capacity' runs a '${INPUT.script}' (its rates are perf-gate's), not '${INPUT.results}'`,
      `Set '${INPUT.script}' to the k6 script and leave '${INPUT.results}' empty`,
    );
  const slos = values.slo ?? [];
  if (slos.length === 0)
    throw new PerfGateError(
      `mode 'capacity' needs input '${INPUT.slo}'`,
      'Give one objective per line, e.g. http_req_duration:p95<200ms',
    );
  const stepSeconds = values.stepDuration as number;
  return {
    slos,
    from: values.from as number,
    to: values.to as number,
    stepSeconds,
    warmupSeconds: values.warmup ?? stepWarmup(stepSeconds),
    exec: values.exec as string,
    tolerance: values.capacityTolerance as number,
    resolution: values.capacityResolution as number,
  };
}
