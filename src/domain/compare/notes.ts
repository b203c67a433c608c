/**
 * The guides' pitfalls, caught from what the runs already hold (docs/statistics.md, "Pitfalls the gate points
 * out"): a closed-model test (coordinated omission), a warm-up left in (or how much a warm-up took out), an open
 * model whose VUs reached their budget, and a script with no thresholds. Each note says what to do. Advice only:
 * nothing here changes a verdict. Pure.
 */
import { Histogram } from '../histogram.js';
import type { GateConfig } from '../gate-config.js';
import { executorsText, loadModelOf, vuBudgetOf } from '../load-model.js';
import {
  BUILTIN_METRICS,
  HTTP_REQ_DURATION,
  HTTP_REQ_FAILED,
  ITERATION_DURATION,
  ITERATIONS,
  VUS,
} from '../metric-catalog.js';
import { toolOf, type RunSummary } from '../run-summary.js';
import { scriptThresholds } from './series.js';
import { detectWarmup } from './warmup.js';

const round = (x: number, digits = 2) => Number(x.toPrecision(digits));

/** The Trend that stands for the run's latency: the request duration, else a gated built-in, else a custom Trend. */
export function primaryLatencyMetric(run: RunSummary): string | undefined {
  const trends = Object.keys(run.series[0]?.trends ?? {});
  if (trends.includes(HTTP_REQ_DURATION)) return HTTP_REQ_DURATION;
  return (
    trends.find((m) => BUILTIN_METRICS[m]?.gated && BUILTIN_METRICS[m]?.role === 'primary') ??
    trends.find((m) => !(m in BUILTIN_METRICS))
  );
}

function closedModelNote(candidate: RunSummary): string | undefined {
  if (loadModelOf(candidate.fingerprint) !== 'closed') return undefined;
  const all = candidate.series[0];
  const iterations = all?.counters[ITERATIONS] ?? 0;
  const rate = Math.max(1, Math.round(iterations / candidate.run.durationSeconds));
  const iterationDuration = all?.trends[ITERATION_DURATION];
  const iterationSeconds = iterationDuration
    ? Histogram.fromJSON(iterationDuration).quantile(0.95) / 1000
    : 1;
  const vus = Math.max(10, Math.ceil(rate * iterationSeconds * 2));
  return (
    `This is a closed-model test (${executorsText(candidate.fingerprint)}): a slower service receives fewer ` +
    'requests, so throughput is gated, and the latency percentiles understate what users would wait ' +
    '(coordinated omission). An open-model version keeps the rate fixed whatever the latency: ' +
    `{ executor: 'constant-arrival-rate', rate: ${rate}, timeUnit: '1s', duration: '${Math.round(candidate.run.durationSeconds)}s', ` +
    `preAllocatedVUs: ${vus}, maxVUs: ${vus * 2} }.`
  );
}

function warmupNote(candidate: RunSummary): string | undefined {
  const { warmupSeconds } = candidate.run;
  if (warmupSeconds > 0) {
    const { excludedWarmup, samples } = candidate.ingest;
    const share = excludedWarmup / Math.max(1, excludedWarmup + samples);
    return `The warm-up setting left out the first ${warmupSeconds} s: ${excludedWarmup.toLocaleString('en-US')} samples, ${round(share * 100)}% of the run.`;
  }
  const metric = primaryLatencyMetric(candidate);
  const found = metric ? detectWarmup(candidate, metric) : undefined;
  if (!found) return undefined;
  const how = found.ratio > 1 ? `${round(found.ratio)}x slower` : `${round(1 / found.ratio)}x faster`;
  return (
    `The first ${found.seconds} s were ${how} than the rest of the run (${found.metric} median per second): a warm-up ` +
    `(JIT, caches, connection pools). \`--warmup ${found.seconds}s\` (input \`warmup\`) would leave it out of the comparison.`
  );
}

function vuBudgetNote(candidate: RunSummary): string | undefined {
  if (loadModelOf(candidate.fingerprint) !== 'open') return undefined;
  const budget = vuBudgetOf(candidate.fingerprint);
  const peak = candidate.series[0]?.gauges[VUS];
  if (budget === undefined || peak === undefined || peak < budget) return undefined;
  return (
    `The VUs reached the scenarios' budget (${peak} of ${budget} maxVUs): k6 had no VU free to start iterations on ` +
    'time, so this run partly measures the load generator. Raise maxVUs (about rate × p95 iteration time × 2).'
  );
}

function thresholdsHint(
  history: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
): string | undefined {
  // vegeta has no thresholds to suggest: its attack has no script.
  if (toolOf(candidate) !== 'k6' || scriptThresholds(candidate).length > 0) return undefined;
  const baseline = history[0]?.series[0];
  const duration = baseline?.trends[HTTP_REQ_DURATION];
  if (!duration || duration.count === 0) return undefined;
  const p95 = Histogram.fromJSON(duration).quantile(0.95) * (1 + config.latencyTolerance);
  const failed = baseline.rates[HTTP_REQ_FAILED];
  const errorRate = failed && failed.total > 0 ? failed.passes / failed.total : 0;
  const limit = round(Math.max(0.01, errorRate + config.errorRateTolerance));
  return (
    'The script has no thresholds. From the baseline, for example: thresholds: { http_req_duration: ' +
    `['p(95)<${Math.ceil(p95)}'], http_req_failed: ['rate<${limit}'] } (a hint; perf-gate applies nothing).`
  );
}

function openGeneratorNote(candidate: RunSummary): string | undefined {
  if (toolOf(candidate) !== 'vegeta') return undefined;
  return 'The runs were produced by vegeta, an open-model load generator: requests went out on schedule whatever the latency, so the latencies are free of coordinated omission.';
}

export function pitfallNotes(history: RunSummary[], candidate: RunSummary, config: GateConfig): string[] {
  return [
    openGeneratorNote(candidate),
    closedModelNote(candidate),
    warmupNote(candidate),
    vuBudgetNote(candidate),
    thresholdsHint(history, candidate, config),
  ].filter((n): n is string => n !== undefined);
}
