/**
 * About 300 lines: the guard and the saturation panel's "the load generator fell behind" weigh the same signals of
 * k6 (its CPU, its run-queue wait, its drops) with the same thresholds and phrases; one file states each once.
 *
 * The divergence and saturation guard. A client-side latency regression is the service's only when the service
 * agrees or the client is trustworthy:
 * - Divergence: the client's latency regressed, but the server's own latency (its request histograms) and its CPU
 *   per request did not: "suspect the network or the load generator" (the guides' rule), so the comparison becomes
 *   `inconclusive` with that reason instead of failing the gate.
 * - A saturated generator (k6 short of CPU; or dropped iterations and VUs at maxVUs while the server's CPU per
 *   request did not change) measures its own queueing: its client-side regressions (timings, throughput, dropped
 *   iterations; not errors or checks) become `inconclusive` with that reason.
 * - A k6 that waited long for a CPU makes a rise in dropped iterations inconclusive even when the baseline's k6
 *   waited as long: the drops follow the contention, which two busy machines do not share like a timing does.
 * Server-side comparisons (CPU per request) are never touched: they are the server's truth. Which metrics are the
 * client's, and which time a request as the server's histograms do, the metric catalog says (`measures`).
 */
import {
  DROPPED_ITERATIONS,
  HTTP_REQS,
  ITERATIONS,
  SERVER_CPU_PER_REQUEST,
  isClientSide,
  isRequestLatency,
  VUS,
} from '../metric-catalog.js';
import type { Comparison } from '../report.js';
import { estimateBeyondTolerance } from './verdict.js';
import type { RunSummary } from '../run-summary.js';
import type { ServerRouteHistogram } from '../server-summary.js';

/** k6 used this share of the CPUs it may run on, or more: it had no headroom. */
export const GENERATOR_CPU_SATURATED = 0.9;
/** k6's threads waited for a CPU this share of their runnable time, or more: they were starved. */
export const GENERATOR_WAIT_SATURATED = 0.3;

/** A wait share counts as the candidate's own starvation only this much above the baseline's (same machine load). */
export const GENERATOR_WAIT_MARGIN = 0.1;

/** The phrase for k6's run-queue wait when it is at or above GENERATOR_WAIT_SATURATED. */
function waitPhrase(run: RunSummary): string | undefined {
  const w = run.generator?.runQueueWaitShare;
  return w !== undefined && w >= GENERATOR_WAIT_SATURATED
    ? `k6 waited for a CPU ${(w * 100).toFixed(0)}% of the time it was ready to run`
    : undefined;
}

/**
 * Why the run's load generator was saturated, one phrase each; [] when nothing says it was. k6's run-queue wait
 * counts when it is at least GENERATOR_WAIT_SATURATED and, when the baseline runs measured it, at least
 * GENERATOR_WAIT_MARGIN above their mean: a machine that was just as busy for the baseline compares like with like.
 */
export function generatorSaturation(run: RunSummary, history: readonly RunSummary[] = []): string[] {
  return [...generatorStarvation(run, history), ...generatorBudgetReached(run)];
}

/** The phrase for k6's own CPU when it used GENERATOR_CPU_SATURATED of the CPUs it may run on, or more. */
function cpuPhrase(run: RunSummary): string | undefined {
  const g = run.generator;
  if (!g || !(g.wallSeconds > 0) || !g.cpusAllowed) return undefined;
  const share = g.cpuSeconds / g.wallSeconds / g.cpusAllowed;
  return share >= GENERATOR_CPU_SATURATED
    ? `k6 used ${(share * 100).toFixed(0)}% of the ${g.cpusAllowed} CPU(s) it may run on`
    : undefined;
}

/** k6 itself short of CPU: the decisive sign that client-side timings measure the generator. */
export function generatorStarvation(run: RunSummary, history: readonly RunSummary[] = []): string[] {
  const reasons: string[] = [];
  const g = run.generator;
  if (g && g.wallSeconds > 0) {
    const cpu = cpuPhrase(run);
    if (cpu) reasons.push(cpu);
    const before = history
      .map((r) => r.generator?.runQueueWaitShare)
      .filter((w): w is number => w !== undefined);
    const baselineWait = before.length ? before.reduce((s, w) => s + w, 0) / before.length : undefined;
    const phrase = waitPhrase(run);
    if (
      phrase &&
      (baselineWait === undefined || (g.runQueueWaitShare as number) >= baselineWait + GENERATOR_WAIT_MARGIN)
    )
      reasons.push(phrase);
  }
  return reasons;
}

/**
 * Milliseconds k6's threads waited for a CPU per request of the run (per iteration without HTTP requests):
 * waitSeconds = cpuSeconds · w / (1 - w), since the run-queue wait share w = wait / (wait + on-CPU time).
 * Undefined without k6's CPU figures or any request.
 */
export function generatorWaitPerRequestMs(run: RunSummary): number | undefined {
  const g = run.generator;
  const w = g?.runQueueWaitShare;
  const all = run.series[0];
  const requests = all?.counters[HTTP_REQS] || all?.counters[ITERATIONS] || 0;
  if (!g || w === undefined || w >= 1 || !(requests > 0)) return undefined;
  return (((g.cpuSeconds * w) / (1 - w)) * 1000) / requests;
}

/** How much longer per request the candidate's k6 waited for a CPU than the baseline runs' did (ms, >= 0). */
function extraWaitPerRequestMs(run: RunSummary, history: readonly RunSummary[]): number | undefined {
  const own = generatorWaitPerRequestMs(run);
  if (own === undefined) return undefined;
  const before = history.map(generatorWaitPerRequestMs).filter((x): x is number => x !== undefined);
  const base = before.length > 0 ? before.reduce((a, b) => a + b, 0) / before.length : 0;
  return Math.max(0, own - base);
}

/**
 * A starved k6 adds its wait to the times it measures, so it explains a latency regression of about that size:
 * one whose absolute change is at most WAIT_EXPLAINS times the extra wait per request. A regression many times
 * larger than anything k6 waited is the service's, however busy the machine was.
 */
export const WAIT_EXPLAINS = 2;

/**
 * What shows that the load generator measurably fell behind, for naming it the first saturated resource; undefined
 * when nothing does. Only what k6 did counts: it dropped iterations, it used its CPUs up, or the time it waited for
 * a CPU (beyond the baseline runs') explains an all-traffic latency regression, established or suspected (a rise of
 * at most WAIT_EXPLAINS times that wait per request). A long run-queue wait alone (a busy shared machine, k6 at a few % of a CPU) is not k6 falling behind.
 */
export function generatorFellBehind(
  comparisons: readonly Comparison[],
  history: readonly RunSummary[],
  candidate: RunSummary,
): string | undefined {
  const dropped = candidate.series[0]?.counters[DROPPED_ITERATIONS] ?? 0;
  if (dropped > 0) return `k6 dropped ${dropped} iterations`;
  const cpu = cpuPhrase(candidate);
  if (cpu) return cpu;
  const extraWait = extraWaitPerRequestMs(candidate, history);
  // An extra wait of 0 explains no rise (the rise must be above 0 and at most twice the wait): no separate check.
  if (extraWait === undefined || waitPhrase(candidate) === undefined) return undefined;
  const explained = comparisons.find(
    (c) =>
      isRequestLatency(c.metric) &&
      Object.keys(c.series).length === 0 &&
      c.candidate !== null &&
      c.baseline !== null &&
      c.candidate > c.baseline &&
      (c.verdict === 'regression' || estimateBeyondTolerance(c)) &&
      c.candidate - c.baseline <= WAIT_EXPLAINS * extraWait,
  );
  return explained
    ? `k6 waited about ${extraWait.toFixed(1)} ms more per request for a CPU than in the baseline runs, enough to explain +${((explained.candidate as number) - (explained.baseline as number)).toFixed(1)} ms on ${explained.metric} ${explained.stat}`
    : undefined;
}

/**
 * Dropped iterations and VUs at maxVUs: the VU budget was spent. A slower service spends it too (its VUs wait
 * longer), so on its own this does not say the generator, rather than the service, was the bottleneck.
 */
export function generatorBudgetReached(run: RunSummary): string[] {
  const reasons: string[] = [];
  const all = run.series[0];
  const dropped = all?.counters[DROPPED_ITERATIONS] ?? 0;
  if (dropped > 0) reasons.push(`k6 dropped ${dropped} iterations`);
  const maxVUs = Object.values(run.fingerprint.scenarios).reduce(
    (s, sc) => s + (typeof sc.maxVUs === 'number' ? sc.maxVUs : 0),
    0,
  );
  const vus = all?.gauges[VUS];
  if (maxVUs > 0 && vus !== undefined && vus >= maxVUs) reasons.push(`VUs reached maxVUs (${maxVUs})`);
  return reasons;
}

/**
 * A quantile (seconds) of all requests: the route histograms of the most common metric merged (same bucket bounds
 * summed), then interpolated inside the bucket that holds the rank, as PromQL's histogram_quantile does.
 */
export function serverLatencyQuantile(
  routes: readonly ServerRouteHistogram[],
  key: 'p50' | 'p95' | 'p99',
): number | undefined {
  const byMetric = new Map<string, ServerRouteHistogram[]>();
  for (const r of routes) byMetric.set(r.metric, [...(byMetric.get(r.metric) ?? []), r]);
  const [first] = [...byMetric.values()].sort((a, b) => b.length - a.length);
  if (!first) return undefined;
  const sums = new Map<number, number>();
  for (const r of first)
    for (const [le, c] of r.buckets) {
      const bound = le ?? Infinity;
      sums.set(bound, (sums.get(bound) ?? 0) + c);
    }
  const buckets = [...sums.entries()].sort((a, b) => a[0] - b[0]);
  const total = buckets.at(-1)?.[1] ?? 0;
  if (!(total > 0)) return undefined;
  const rank = { p50: 0.5, p95: 0.95, p99: 0.99 }[key] * total;
  let prevBound = 0;
  let prevCum = 0;
  for (const [bound, cum] of buckets) {
    // The first bucket that reaches the rank (PromQL's rule): the buckets before it all fell short of it.
    if (cum >= rank) {
      if (bound === Infinity) return prevBound;
      return prevBound + ((bound - prevBound) * (rank - prevCum)) / (cum - prevCum);
    }
    prevBound = bound;
    prevCum = cum;
  }
  return undefined;
}

/**
 * The server's own change of a latency quantile over all its routes (newest baseline run that has it), or
 * undefined when either side has no request histogram. The change counts only beyond the bucket resolution.
 */
function serverLatencyChange(history: RunSummary[], candidate: RunSummary, stat: string): number | undefined {
  if (stat !== 'p50' && stat !== 'p95' && stat !== 'p99') return undefined;
  const c = serverLatencyQuantile(candidate.server?.targets[0]?.routes ?? [], stat);
  const base = history.find((r) => r.server?.targets[0]?.routes.length);
  const b = base ? serverLatencyQuantile(base.server?.targets[0]?.routes ?? [], stat) : undefined;
  if (c === undefined || b === undefined || !(b > 0)) return undefined;
  return c / b - 1;
}

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

/**
 * Applies the guard to the comparisons (returns new objects; the others unchanged) and says why in `notes`.
 * `latencyTolerance` decides whether the server's own latency moved.
 */
const serverCpu = (comparisons: readonly Comparison[]): Comparison | undefined =>
  comparisons.find((c) => c.metric === SERVER_CPU_PER_REQUEST && Object.keys(c.series).length === 0);

/**
 * Why the run's generator counts as saturated, [] when it does not: k6 short of CPU decides alone; a spent VU
 * budget only when the server's own CPU per request says the service did not get costlier (neither regressed nor
 * suspected of it), since a slower service spends the budget too and its regression must not be explained away.
 */
export function saturationReasons(
  comparisons: readonly Comparison[],
  history: RunSummary[],
  candidate: RunSummary,
): string[] {
  const starved = generatorStarvation(candidate, history);
  return starved.length > 0 || budgetExplains(comparisons, candidate)
    ? [...starved, ...generatorBudgetReached(candidate)]
    : [];
}

/** A spent VU budget counts as saturation only when the server's CPU per request says the service is not costlier. */
function budgetExplains(comparisons: readonly Comparison[], candidate: RunSummary): boolean {
  const cpu = serverCpu(comparisons);
  const cpuNotWorse = cpu !== undefined && cpu.verdict !== 'regression' && !estimateBeyondTolerance(cpu);
  return cpuNotWorse && generatorBudgetReached(candidate).length > 0;
}

/**
 * Client-side regressions the load generator or the network explain are made inconclusive (the file's header says
 * when), with a reason for each; `diverged` says the client saw a latency regression the server did not.
 */
export function guardClientRegressions(
  comparisons: readonly Comparison[],
  history: RunSummary[],
  candidate: RunSummary,
  latencyTolerance: number,
): { comparisons: Comparison[]; reasons: string[]; diverged: boolean } {
  const reasons: string[] = [];
  const cpu = serverCpu(comparisons);
  const cpuAgrees = cpu !== undefined && (cpu.verdict === 'unchanged' || cpu.verdict === 'improvement');
  const saturation = saturationReasons(comparisons, history, candidate);
  const extraWait = extraWaitPerRequestMs(candidate, history);
  const suspect = (c: Comparison): boolean => isClientSide(c.metric) && c.gated && c.verdict === 'regression';
  const inconclusive = (c: Comparison, note: string): Comparison => {
    if (!reasons.includes(note)) reasons.push(note);
    return { ...c, verdict: 'inconclusive', note };
  };
  // Every client-side timing, throughput and dropped iterations: a starved generator distorts them all.
  if (saturation.length > 0) {
    // Only k6's starvation (not a spent VU budget the server's CPU vouches for) is weighed against each timing.
    const starvedOnly = !budgetExplains(comparisons, candidate);
    const note = `the load generator was saturated (${saturation.join('; ')}): this is not the service's regression`;
    const tooLarge = (c: Comparison): boolean =>
      starvedOnly &&
      extraWait !== undefined &&
      candidate.metrics[c.metric]?.contains === 'time' &&
      c.candidate !== null &&
      c.baseline !== null &&
      c.candidate - c.baseline > WAIT_EXPLAINS * extraWait;
    const out = comparisons.map((c) => {
      if (!suspect(c)) return c;
      if (!tooLarge(c)) return inconclusive(c, note);
      const stands = `k6 was short of CPU (${saturation.join('; ')}), but it waited about ${(extraWait as number).toFixed(1)} ms more per request than in the baseline runs: too little to explain +${((c.candidate as number) - (c.baseline as number)).toFixed(1)} ms on ${c.metric} ${c.stat}, so the regression is the service's`;
      // One such reason is enough: the first timing it clears is named.
      if (!reasons.some((r) => r.startsWith('k6 was short of CPU'))) reasons.push(stands);
      return c;
    });
    return { comparisons: out, reasons, diverged: false };
  }
  // A starved k6 drops iterations itself, however starved the baseline's k6 was: unlike a timing, a drop count
  // does not compare like with like across two busy machines (the drops follow how the contention fell).
  const busy = waitPhrase(candidate);
  const droppedByStarvedGenerator = (c: Comparison): boolean =>
    busy !== undefined && suspect(c) && c.metric === DROPPED_ITERATIONS;
  const droppedNote = `k6 dropped iterations while it was starved (${busy ?? ''}): the drops may be the load generator's own, not the service's`;
  const guarded = comparisons.map((c) => (droppedByStarvedGenerator(c) ? inconclusive(c, droppedNote) : c));
  // Divergence: decided on all-traffic request latency, then applied to every client-side timing of the run.
  let divergence: string | undefined;
  for (const c of guarded) {
    if (divergence || !cpuAgrees || !suspect(c) || !isRequestLatency(c.metric)) continue;
    if (Object.keys(c.series).length > 0 || c.ratio === null) continue;
    const server = serverLatencyChange(history, candidate, c.stat);
    if (server === undefined || server > latencyTolerance) continue;
    divergence = `the client saw ${pct(c.ratio - 1)} (${c.metric} ${c.stat}) that the server did not (server ${c.stat} ${pct(server)}, CPU per request ${pct((cpu?.ratio ?? 1) - 1)}): suspect the network or the load generator${busy ? ` (the load generator was saturated: ${busy})` : ''}`;
  }
  const note = divergence;
  const out = note
    ? guarded.map((c) => (suspect(c) && c.stat !== 'throughput' ? inconclusive(c, note) : c))
    : guarded;
  return { comparisons: out, reasons, diverged: note !== undefined };
}
