import { Histogram, type HistogramJSON } from './histogram.js';
import type { RateCounts, RunSummary, SeriesSummary, WindowStats } from './run-summary.js';

function mergeHistograms(into: Record<string, HistogramJSON>, from: Record<string, HistogramJSON>): void {
  for (const [metric, h] of Object.entries(from)) {
    const mine = into[metric];
    into[metric] = mine ? Histogram.fromJSON(mine).merge(Histogram.fromJSON(h)).toJSON() : h;
  }
}

function mergeRates(into: Record<string, RateCounts>, from: Record<string, RateCounts>): void {
  for (const [metric, r] of Object.entries(from)) {
    const mine = into[metric];
    into[metric] = mine ? { passes: mine.passes + r.passes, total: mine.total + r.total } : { ...r };
  }
}

function mergeWindows(into: WindowStats[], from: WindowStats[]): WindowStats[] {
  const byStart = new Map(into.map((w) => [w.start, w]));
  for (const w of from) {
    const mine = byStart.get(w.start);
    if (!mine) {
      byStart.set(w.start, structuredClone(w));
      continue;
    }
    mine.requests += w.requests;
    mine.failed += w.failed;
    mergeHistograms(mine.trends, w.trends);
    mergeRates(mine.rates, w.rates);
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Re-buckets windows into windows of `seconds`, aligned to absolute time. */
function coalesceWindows(windows: WindowStats[], seconds: number): WindowStats[] {
  return mergeWindows(
    [],
    windows.map((w) => ({ ...structuredClone(w), start: Math.floor(w.start / seconds) * seconds })),
  );
}

function mergeSeries(into: SeriesSummary, from: SeriesSummary): void {
  mergeHistograms(into.trends, from.trends);
  mergeHistograms(into.failedTrends, from.failedTrends);
  mergeRates(into.rates, from.rates);
  for (const [m, v] of Object.entries(from.counters)) into.counters[m] = (into.counters[m] ?? 0) + v;
  for (const [m, v] of Object.entries(from.gauges)) into.gauges[m] = Math.max(into.gauges[m] ?? -Infinity, v);
  into.windows = mergeWindows(into.windows, from.windows);
}

/**
 * Merges the RunSummaries of the shards of ONE test (k6 --execution-segment, k6-operator pods) exactly: histogram
 * buckets, counts, counters and windows add up; gauges take the maximum; the span is the union of the shards'.
 * k6 thresholds are evaluated per shard, so a threshold counts as passed only if it passed in every shard.
 * The caller checks that the shards share a workload fingerprint and window length.
 * @throws RangeError when the shards' window lengths do not divide each other, or histogram accuracies differ.
 */
export function mergeRunSummaries(shards: readonly RunSummary[]): RunSummary {
  if (shards.length === 0) throw new RangeError('nothing to merge');
  // Window lengths double as runs grow; coalesce every shard to the longest so windows line up.
  const seconds = Math.max(...shards.map((s) => s.windowSeconds));
  for (const s of shards) {
    const ratio = seconds / s.windowSeconds;
    if (Math.abs(ratio - Math.round(ratio)) > 1e-9) {
      throw new RangeError(
        `shards have window lengths that do not divide each other (${s.windowSeconds}s and ${seconds}s)`,
      );
    }
  }
  const [first, ...rest] = shards.map((s) =>
    s.windowSeconds === seconds
      ? s
      : {
          ...s,
          windowSeconds: seconds,
          series: s.series.map((x) => ({ ...x, windows: coalesceWindows(x.windows, seconds) })),
        },
  ) as [RunSummary, ...RunSummary[]];
  const out: RunSummary = structuredClone(first);
  const seriesIndex = new Map(out.series.map((s) => [JSON.stringify(s.key), s]));
  const thresholds = new Map(out.thresholds.map((t) => [`${t.metric}\u0000${t.expression}`, { ...t }]));
  for (const shard of rest) {
    if (shard.windowSeconds !== out.windowSeconds) {
      throw new RangeError(
        `shards have different window lengths (${out.windowSeconds}s and ${shard.windowSeconds}s)`,
      );
    }
    for (const s of shard.series) {
      const id = JSON.stringify(s.key);
      const mine = seriesIndex.get(id);
      if (mine) mergeSeries(mine, s);
      else {
        const copy = structuredClone(s);
        out.series.push(copy);
        seriesIndex.set(id, copy);
      }
    }
    for (const [name, info] of Object.entries(shard.metrics)) out.metrics[name] ??= info;
    for (const t of shard.thresholds) {
      const id = `${t.metric}\u0000${t.expression}`;
      const mine = thresholds.get(id);
      if (mine) mine.ok = mine.ok && t.ok;
      else thresholds.set(id, { ...t });
    }
    const start = Math.min(Date.parse(out.run.start), Date.parse(shard.run.start));
    const end = Math.max(Date.parse(out.run.end), Date.parse(shard.run.end));
    out.run = {
      ...out.run,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      durationSeconds: Math.max(0.001, (end - start) / 1000),
    };
    for (const k of [
      'lines',
      'samples',
      'skippedLines',
      'excludedSetupTeardown',
      'excludedWarmup',
      'shards',
    ] as const) {
      out.ingest[k] += shard.ingest[k];
    }
    out.ingest.truncated ||= shard.ingest.truncated;
    out.warnings.push(...shard.warnings.filter((w) => !out.warnings.includes(w)));
  }
  out.thresholds = [...thresholds.values()];
  // All traffic first, then the rest in a stable order.
  out.series.sort((a, b) => (Object.keys(a.key).length === 0 ? -1 : Object.keys(b.key).length === 0 ? 1 : 0));
  return out;
}

/**
 * Pools repeated runs of one test (run one after another, not concurrently): an exact merge whose duration is the
 * sum of the runs' durations, so request rates stay per second of load, not per second of wall clock.
 */
export function poolRepeatedRuns(runs: readonly RunSummary[]): RunSummary {
  if (runs.length === 1) return runs[0] as RunSummary;
  const merged = mergeRunSummaries(runs);
  return {
    ...merged,
    run: { ...merged.run, durationSeconds: runs.reduce((s, r) => s + r.run.durationSeconds, 0) },
  };
}
