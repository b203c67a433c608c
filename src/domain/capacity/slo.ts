/**
 * Service-level objectives for capacity mode, e.g. `http_req_duration:p95<200ms` or `http_req_failed:rate<1%`:
 * a metric, a statistic (a percentile `pNN` of a Trend, or `rate` of a Rate) and an upper limit. Capacity is the
 * highest offered rate at which every objective still holds. Pure.
 */
import { PerfGateError } from '../../errors.js';

export interface Slo {
  /** As written by the user (trimmed), for messages and the report. */
  text: string;
  metric: string;
  /** `p95` (a percentile of a Trend, in ms) or `rate` (a fraction 0..1 of a Rate). */
  stat: string;
  /** The quantile 0..1 for a percentile, undefined for `rate`. */
  quantile?: number;
  /** The upper limit, in ms for percentiles and as a fraction for rates. */
  limit: number;
  /** `<` or `<=`. */
  inclusive: boolean;
}

const SHAPE = /^([\p{L}\p{N}_]+):(p\d{1,2}(?:\.\d+)?|rate)\s*(<=?)\s*([0-9]*\.?[0-9]+)\s*(ms|s|%)?$/u;

/**
 * Parses one objective; errors name it by `label` (`--slo`, `input 'slo'`). Percentiles take `ms` (default) or `s`; rates a fraction (`0.01`) or a percentage (`1%`).
 * @throws PerfGateError naming the objective and the shape it should have.
 * @example parseSlo('http_req_duration:p95<200ms') // { metric: 'http_req_duration', stat: 'p95', quantile: 0.95, limit: 200, ... }
 */
export function parseSlo(raw: string, label = '--slo'): Slo {
  const text = raw.trim();
  const m = SHAPE.exec(text);
  const bad = (why: string): never => {
    throw new PerfGateError(
      `${label} "${text.slice(0, 80)}" ${why}`,
      'Write it like http_req_duration:p95<200ms or http_req_failed:rate<1%',
    );
  };
  if (!m) return bad('is not metric:stat<limit');
  const [, metric, stat, op, num, unit] = m as unknown as [string, string, string, string, string, string?];
  const value = Number(num);
  if (stat === 'rate') {
    if (unit === 'ms' || unit === 's') bad('is a rate: its limit is a fraction or a percentage');
    const limit = unit === '%' ? value / 100 : value;
    if (!(limit > 0 && limit <= 1)) bad('needs a rate limit above 0 and at most 100%');
    return { text, metric, stat, limit, inclusive: op === '<=' };
  }
  // SHAPE allows at most two digits before the point (p99.99 at most): only p0 is out of range.
  const quantile = Number(stat.slice(1)) / 100;
  if (!(quantile > 0)) bad('needs a percentile between p0 and p100');
  if (unit === '%') bad('is a percentile: its limit is a duration (ms or s)');
  const limit = unit === 's' ? value * 1000 : value;
  if (!(limit > 0)) bad('needs a limit above 0');
  return { text, metric, stat, quantile, limit, inclusive: op === '<=' };
}

/** Whether a value satisfies the objective's limit. */
export const within = (slo: Slo, value: number): boolean =>
  slo.inclusive ? value <= slo.limit : value < slo.limit;
