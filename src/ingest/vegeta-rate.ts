import { PerfGateError } from '../errors.js';

const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/**
 * A vegeta attack rate as `vegeta attack -rate` takes it (`freq/duration`): `100/s`, `100/1s`, `6000/1m`,
 * `50/500ms`, or a bare `100` (per second). Returns requests per second. `0` and `infinity` (vegeta's
 * as-fast-as-possible modes) are refused: they define no fixed workload to compare.
 * @example parseVegetaRate('6000/1m') // 100
 * @throws PerfGateError naming the value (by `label`: `--rate`, `input 'vegeta-rate'`) and how to write it.
 */
export function parseVegetaRate(text: string, label = 'vegeta rate'): number {
  const m = /^\s*(\d{1,9})\s*(?:\/\s*(\d+(?:\.\d+)?)?\s*(ns|us|µs|ms|s|m|h))?\s*$/.exec(text);
  const freq = m ? Number(m[1]) : NaN;
  const per = m?.[3] ? Number(m[2] ?? '1') * (UNIT_SECONDS[m[3]] as number) : 1;
  if (!m || !(freq > 0) || !(per > 0))
    throw new PerfGateError(
      `${label} "${text}" is not a rate perf-gate can gate`,
      'Write it like 100/s, 100/1s or 6000/1m (a positive number of requests per period)',
    );
  return freq / per;
}
