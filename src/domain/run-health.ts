/**
 * The run-health check every run passes before it is judged or stored: did the run measure the service at all?
 * A broken run (the service down, a script that throws, a run that stopped early, a gated metric that vanished) is
 * never a baseline and never a pass; the report leads with its findings. Pure: a run summary (and the baseline it
 * is compared with) in, findings out. docs/statistics.md ("Run health") states each threshold and why.
 */
import {
  DROPPED_ITERATIONS,
  HTTP_REQ_FAILED,
  HTTP_REQS,
  ITERATIONS,
  metricMeaning,
} from './metric-catalog.js';
import { thresholdMetric } from './metric-catalog.js';
import { scriptThresholds as thresholdsOf } from './compare/series.js';
import type { HealthFinding } from './report.js';
import type { RunSummary, SeriesSummary } from './run-summary.js';

export type { HealthCheck, HealthFinding, HealthSeverity } from './report.js';

/** At or above this share of failed requests the run measured an outage, not the service: broken. */
export const FAILED_SHARE_BROKEN = 0.95;
/** At or above this share, half the traffic took the error path: a warning (the error-rate comparison gates it). */
export const FAILED_SHARE_WARNING = 0.5;
/**
 * At or above this share of iterations ending in an uncaught exception, the load is not the workload the script
 * describes (a tenth of its iterations stop early and skip what follows): broken. Any exception is a warning: one
 * in 10,000 iterations (a rare bad response) leaves the measurement sound.
 */
export const EXCEPTION_SHARE_BROKEN = 0.1;
/** At or above this share of scheduled iterations dropped (never started), the offered load was not offered. */
export const DROPPED_SHARE_BROKEN = 0.5;
/**
 * A run whose samples span less than this share of its scheduled length stopped early. k6 never ends a scheduled
 * scenario before its time unless aborted; a first request slow to answer costs a second or two, not half.
 */
export const SPAN_SHARE_BROKEN = 0.5;
/** Below this scheduled length a short span is not judged: startup takes a second of a short test. */
const SHORT_RUN_MIN_SECONDS = 5;

const pct = (x: number): string => `${(x * 100).toFixed(x < 0.001 ? 3 : 1)}%`;
const count = (n: number): string => n.toLocaleString('en-US');

/** Samples of a metric in a series, whatever its type; 0 when the series has none. */
export function samplesOf(series: SeriesSummary | undefined, metric: string): number {
  if (!series) return 0;
  const trend = series.trends[metric]?.count ?? 0;
  const failedTrend = series.failedTrends[metric]?.count ?? 0;
  const rate = series.rates[metric]?.total ?? 0;
  const counter = series.counters[metric] ?? 0;
  const gauge = metric in series.gauges ? 1 : 0;
  return trend + failedTrend + rate + counter + gauge;
}

/** How to repeat the run by hand: the command the run recorded, else the generator's own words. */
function byHand(run: RunSummary): string {
  if (run.execution?.command) return `run it by hand: ${run.execution.command}`;
  return run.tool?.name === 'vegeta'
    ? 'run the attack by hand with vegeta attack and read its errors'
    : 'run the script by hand with k6 run and read its errors';
}

function requestHealth(run: RunSummary, all: SeriesSummary): HealthFinding[] {
  const requests = all.counters[HTTP_REQS] ?? 0;
  const failedCounts = all.rates[HTTP_REQ_FAILED];
  if (requests === 0 || !failedCounts || failedCounts.total === 0) return [];
  const share = failedCounts.passes / failedCounts.total;
  if (share < FAILED_SHARE_WARNING) return [];
  const broken = share >= FAILED_SHARE_BROKEN;
  return [
    {
      severity: broken ? 'broken' : 'warning',
      check: 'requests-failed',
      what: `${pct(share)} of ${count(failedCounts.total)} requests failed${broken ? ': the service was down, refused the load or answered every request with an error, so the run measured no working service' : ''}`,
      see: `check that the service is up at the script's target, then ${byHand(run)}`,
    },
  ];
}

function exceptionHealth(run: RunSummary, all: SeriesSummary): HealthFinding[] {
  const exceptions = run.execution?.exceptions ?? 0;
  if (exceptions === 0) return [];
  // k6 counts an iteration that threw in `iterations` too: the share is of the iterations started.
  const iterations = Math.max(all.counters[ITERATIONS] ?? 0, exceptions);
  const share = exceptions / iterations;
  const first = run.execution?.firstException;
  return [
    {
      severity: share >= EXCEPTION_SHARE_BROKEN ? 'broken' : 'warning',
      check: 'script-exceptions',
      what: `the script threw an uncaught exception in ${count(exceptions)} of ${count(iterations)} iterations (${pct(share)})`,
      see: first ? `the first error was: ${first.replace(/\s+/g, ' ').trim()}` : byHand(run),
    },
  ];
}

function activityHealth(run: RunSummary, all: SeriesSummary | undefined): HealthFinding[] {
  const requests = all?.counters[HTTP_REQS] ?? 0;
  const iterations = all?.counters[ITERATIONS] ?? 0;
  const dropped = all?.counters[DROPPED_ITERATIONS] ?? 0;
  if (requests === 0 && iterations === 0)
    return [
      {
        severity: 'broken',
        check: 'nothing-ran',
        what:
          dropped > 0
            ? `no iteration ran: all ${count(dropped)} scheduled iterations were dropped`
            : 'the run made no request and completed no iteration',
        see: byHand(run),
      },
    ];
  const scheduled = iterations + dropped;
  if (dropped === 0 || dropped / scheduled < DROPPED_SHARE_BROKEN) return [];
  return [
    {
      severity: 'broken',
      check: 'iterations-dropped',
      what: `k6 dropped ${count(dropped)} of ${count(scheduled)} scheduled iterations (${pct(dropped / scheduled)}): the load the script describes was never offered`,
      see: `raise the scenario's preAllocatedVUs/maxVUs, then ${byHand(run)}`,
    },
  ];
}

function spanHealth(run: RunSummary): HealthFinding[] {
  const scheduled = run.execution?.scheduledSeconds;
  if (scheduled === undefined || scheduled < SHORT_RUN_MIN_SECONDS) return [];
  const span = run.run.durationSeconds + run.run.warmupSeconds;
  if (span >= SPAN_SHARE_BROKEN * scheduled) return [];
  return [
    {
      severity: 'broken',
      check: 'run-short',
      what: `the run's samples span ${span.toFixed(1)}s of the ${scheduled}s its scenarios are scheduled for: it stopped early`,
      see: byHand(run),
    },
  ];
}

/** A threshold whose aggregation is a Trend's (avg, min, max, med, p(N)): its metric samples every event. */
const TREND_AGGREGATION = /^\s*(avg|min|max|med|p\(\d+(\.\d+)?\))\s*[<>=!]/;

/**
 * Metrics the run should have samples of and has none: a metric the newest baseline has samples of and gates (the
 * catalog, a threshold, a duration Trend), and a Trend a threshold of the run names. A counter or rate a threshold
 * names may rightly stay empty (`errors: count<10` with no error), so only a Trend's emptiness is a finding there.
 */
function missingMetrics(run: RunSummary, baseline: RunSummary | undefined): HealthFinding[] {
  const all = run.series[0];
  const thresholds = [...thresholdsOf(run), ...(baseline ? thresholdsOf(baseline) : [])];
  const missing = new Map<string, string>();
  const baseAll = baseline?.series[0];
  if (baseline && baseAll) {
    const names = new Set([
      ...Object.keys(baseAll.trends),
      ...Object.keys(baseAll.rates),
      ...Object.keys(baseAll.counters),
    ]);
    for (const metric of names) {
      const before = samplesOf(baseAll, metric);
      if (before === 0 || samplesOf(all, metric) > 0) continue;
      // Only gated meanings count (every gated meaning is a primary one; counters such as dropped_iterations are
      // not gated, so their vanishing is no finding).
      if (!metricMeaning(metric, baseline.metrics[metric], thresholds).gated) continue;
      missing.set(
        metric,
        `${metric} has no samples in this run (the baseline has ${count(before)}): a gated statistic vanished from the comparison`,
      );
    }
  }
  // A threshold k6 already failed fails the gate by itself, in its own name: only one that passed on no samples
  // (or whose outcome is unknown) hides the vanished metric.
  const failed = new Set(run.thresholds.filter((t) => !t.ok).map((t) => `${t.metric} ${t.expression}`));
  for (const t of thresholdsOf(run)) {
    const metric = thresholdMetric(t.metric);
    if (failed.has(`${t.metric} ${t.expression}`)) continue;
    if (missing.has(metric) || !TREND_AGGREGATION.test(t.expression) || samplesOf(all, metric) > 0) continue;
    missing.set(
      metric,
      `${metric} has no samples in this run, though the threshold ${t.metric} ${t.expression} names it: the code that records it never ran`,
    );
  }
  const first = run.execution?.firstException;
  return [...missing.values()].map((what) => ({
    severity: 'broken' as const,
    check: 'metric-missing' as const,
    what,
    see: first
      ? `the script threw (the first error was: ${first.replace(/\s+/g, ' ').trim()})`
      : `check the branch of the script that records it, then ${byHand(run)}`,
  }));
}

/**
 * The run's health findings, broken ones first. `baseline` is the newest baseline run the candidate is compared
 * with (absent for a first run): a metric it gates must not vanish. `expectDropped` (capacity steps past the
 * capacity, which drop iterations by design) leaves dropped iterations to the search.
 *
 * Thresholds (each a constant above): failed requests >= 95% broken, >= 50% a warning; uncaught exceptions in
 * >= 10% of the iterations broken, any a warning; no request and no iteration broken; >= 50% of the scheduled
 * iterations dropped broken; samples spanning < 50% of a scheduled length of at least 5 s broken; a gated or
 * thresholded metric with no samples broken.
 */
export function runHealth(
  run: RunSummary,
  baseline?: RunSummary,
  options: { expectDropped?: boolean } = {},
): HealthFinding[] {
  const all = run.series[0];
  const activity = activityHealth(run, all).filter(
    (f) => !(options.expectDropped && f.check === 'iterations-dropped'),
  );
  const findings = [
    ...activity,
    ...(all ? requestHealth(run, all) : []),
    ...(all ? exceptionHealth(run, all) : []),
    ...spanHealth(run),
    ...(activity.some((f) => f.check === 'nothing-ran') ? [] : missingMetrics(run, baseline)),
  ];
  return orderedFindings(findings);
}

/** Findings with the broken ones first, each group in its order. */
export const orderedFindings = (findings: readonly HealthFinding[]): HealthFinding[] => [
  ...findings.filter((f) => f.severity === 'broken'),
  ...findings.filter((f) => f.severity !== 'broken'),
];

/** The broken findings of a run's health, if any. */
export const brokenFindings = (findings: readonly HealthFinding[] | undefined): HealthFinding[] =>
  (findings ?? []).filter((f) => f.severity === 'broken');

/** One finding in words: what is wrong, then how to see it. The comment, the summary and the terminal say this. */
export const findingText = (f: HealthFinding): string => `${f.what}; ${f.see}`;

/** The sentence a broken run's verdict leads with. */
export function brokenReason(findings: readonly HealthFinding[]): string {
  const broken = brokenFindings(findings);
  return `The run is broken: ${broken.map(findingText).join('. ')}.`;
}
