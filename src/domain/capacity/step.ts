/**
 * One step of the capacity search: a RunSummary of k6 at one offered rate (warm-up already left out) reduced to
 * what the search needs, and judged against the objectives with an interval over the step's windows. Pure.
 */
import { Histogram } from '../histogram.js';
import { meanInterval } from '../stats/mean-interval.js';
import {
  DROPPED_ITERATIONS,
  HTTP_REQ_DURATION,
  HTTP_REQ_FAILED,
  HTTP_REQS,
  ITERATIONS,
} from '../metric-catalog.js';
import type { RunSummary, WindowStats } from '../run-summary.js';
import {
  CAPACITY_RATE_UNIT,
  type CapacityStep,
  type SloAtStep,
  type StepVerdict,
} from '../capacity-model.js';
import { within, type Slo } from './slo.js';
import { stepServerView } from './step-server.js';

/** The achieved rate must reach this share of the offered rate: below it requests pile up (the knee). */
export const KEEP_UP = 0.95;
/** Dropped iterations above this share of the offered ones mean the load generator could not keep up. */
export const DROPPED_SHARE = 0.01;

function windowValue(w: WindowStats, slo: Slo): number | undefined {
  if (slo.quantile !== undefined) {
    const h = w.trends[slo.metric];
    if (!h || h.count === 0) return undefined;
    return Histogram.fromJSON(h).quantile(slo.quantile);
  }
  const r = w.rates[slo.metric];
  if (!r || r.total === 0) return undefined;
  return r.passes / r.total;
}

function judgeSlo(summary: RunSummary, slo: Slo, confidence: number): SloAtStep {
  const all = summary.series[0];
  let value: number | null = null;
  if (all && slo.quantile !== undefined) {
    const h = all.trends[slo.metric];
    if (h && h.count > 0) value = Histogram.fromJSON(h).quantile(slo.quantile);
  } else if (all) {
    const r = all.rates[slo.metric];
    if (r && r.total > 0) value = r.passes / r.total;
  }
  const perWindow = (all?.windows ?? [])
    .map((w) => windowValue(w, slo))
    .filter((v): v is number => v !== undefined);
  // Windows a second or more long are nearly independent for a service in steady state, which is what a step
  // below the knee is; above it the values trend upward and the interval is wide, the honest answer there.
  const interval = meanInterval(perWindow, confidence);
  // The interval is about the mean of the window values; it is centred on the pooled value, which is what the
  // user's objective is written against.
  const low = interval && value !== null ? value - (interval.mean - interval.low) : null;
  const high = interval && value !== null ? value + (interval.high - interval.mean) : null;
  let verdict: SloAtStep['verdict'] = 'unclear';
  // A rate whose every window is exactly 0 (no failures at all) has no spread, and is met.
  if (value !== null && low !== null && high !== null) {
    if (within(slo, high)) verdict = 'met';
    else if (!within(slo, low)) verdict = 'broken';
  } else if (value !== null && !within(slo, value) && perWindow.length < 2) verdict = 'broken';
  return {
    slo: slo.text,
    value,
    low,
    high,
    limit: slo.limit,
    margin: value === null ? null : (slo.limit - value) / slo.limit,
    verdict,
  };
}

const fmt = (n: number) => Number(n.toPrecision(3)).toString();

/**
 * Judges one step. Each objective is `met` when its interval (one-sided bound at `confidence` over the step's
 * windows) is within the limit, `broken` when it is wholly beyond, `unclear` otherwise; an unclear one counts by
 * its point estimate. The step is `generator-limited` when k6 dropped more than DROPPED_SHARE of the iterations
 * while every objective held (the load generator or its VU budget fell short, not the service); `broken` when an
 * objective failed or the achieved rate fell below KEEP_UP of the offered one; else `met`.
 */
export function judgeStep(
  summary: RunSummary,
  offered: number,
  slos: readonly Slo[],
  confidence: number,
): CapacityStep {
  const all = summary.series[0];
  const seconds = summary.run.durationSeconds;
  const requests = all?.counters[HTTP_REQS] ?? 0;
  // In the offered rate's unit (CAPACITY_RATE_UNIT): iterations, however many requests each makes.
  const achieved = seconds > 0 ? (all?.counters[ITERATIONS] ?? 0) / seconds : 0;
  const failed = all?.rates[HTTP_REQ_FAILED];
  const duration = all?.trends[HTTP_REQ_DURATION];
  const q = (p: number) => (duration && duration.count > 0 ? Histogram.fromJSON(duration).quantile(p) : null);
  const dropped = all?.counters[DROPPED_ITERATIONS] ?? 0;
  const server = stepServerView(summary);
  const judged = slos.map((s) => judgeSlo(summary, s, confidence));
  const keptUp = achieved >= KEEP_UP * offered;
  const droppedShare = seconds > 0 ? dropped / (offered * seconds) : 0;
  // An unclear objective (its interval straddles the limit) is decided by its point estimate, and said so;
  // the pipeline lengthens such a step once before it comes to that.
  const pointWithin = (s: SloAtStep, i: number) => s.value !== null && within(slos[i] as Slo, s.value);
  const failing = judged.filter(
    (s, i) => s.verdict === 'broken' || (s.verdict === 'unclear' && !pointWithin(s, i)),
  );
  const unclear = judged.filter((s, i) => s.verdict === 'unclear' && pointWithin(s, i));
  let verdict: StepVerdict;
  let reason: string;
  if (droppedShare > DROPPED_SHARE && failing.length === 0) {
    verdict = 'generator-limited';
    reason = `k6 dropped ${dropped} iterations (${fmt(droppedShare * 100)}% of those offered) while every objective held: the load generator could not keep up, not the service`;
  } else if (failing.length > 0 || !keptUp) {
    verdict = 'broken';
    const parts = failing.map(
      (s) => `${s.slo} ${s.verdict === 'broken' ? 'broken' : 'broken by its point estimate'}`,
    );
    if (!keptUp) parts.push(`achieved ${fmt(achieved)} of ${fmt(offered)} ${CAPACITY_RATE_UNIT} offered`);
    reason = parts.join('; ');
  } else {
    verdict = 'met';
    reason =
      unclear.length > 0
        ? `held, ${unclear.map((s) => s.slo).join(', ')} by its point estimate only (its interval reaches the limit)`
        : 'every objective held and the achieved rate kept up';
  }
  return {
    offered,
    achieved,
    seconds,
    requests,
    errorRate: failed && failed.total > 0 ? failed.passes / failed.total : null,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    dropped,
    slos: judged,
    verdict,
    reason,
    ...(server ? { server } : {}),
  };
}
