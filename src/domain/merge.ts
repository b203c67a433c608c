import type { RunSummary } from './run-summary.js';
import { SeriesAccumulator } from './series-accumulator.js';
import { mergeShardServers, poolServerSections } from './server-merge.js';

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
  // Every series is a fold of the shards' series through the one accumulator ingestion uses.
  const series = new Map<string, SeriesAccumulator>();
  for (const shard of shards) {
    for (const x of shard.series) {
      const id = JSON.stringify(x.key);
      const acc = SeriesAccumulator.fromJSON(x).coalesce(seconds);
      const mine = series.get(id);
      if (mine) mine.merge(acc);
      else series.set(id, acc);
    }
  }
  const [first, ...rest] = shards as [RunSummary, ...RunSummary[]];
  const out: RunSummary = { ...structuredClone({ ...first, series: [] }), windowSeconds: seconds };
  const thresholds = new Map(out.thresholds.map((t) => [`${t.metric}\u0000${t.expression}`, { ...t }]));
  for (const shard of rest) {
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
    if (shard.execution) {
      // Every shard's (or repeat's) script exceptions count; the first message seen is kept.
      const mine = out.execution ?? { exceptions: 0 };
      out.execution = {
        ...shard.execution,
        ...mine,
        exceptions: mine.exceptions + shard.execution.exceptions,
      };
    }
    out.warnings.push(...shard.warnings.filter((w) => !out.warnings.includes(w)));
  }
  out.thresholds = [...thresholds.values()];
  // All traffic first, then the rest in the order the shards named them.
  const merged = [...series.values()].map((acc) => acc.toJSON());
  const isAllTraffic = (s: (typeof merged)[number]) => Object.keys(s.key).length === 0;
  out.series = [...merged.filter(isAllTraffic), ...merged.filter((s) => !isAllTraffic(s))];
  const server = mergeShardServers(
    shards.map((s) => s.server),
    out.series[0]?.windows ?? [],
    seconds,
  );
  delete out.server;
  if (server) out.server = server;
  return out;
}

/**
 * Pools repeated runs of one test (run one after another, not concurrently): an exact merge whose duration is the
 * sum of the runs' durations, so request rates stay per second of load, not per second of wall clock.
 */
export function poolRepeatedRuns(runs: readonly RunSummary[]): RunSummary {
  if (runs.length === 1) return runs[0] as RunSummary;
  const merged = mergeRunSummaries(runs);
  const server = poolServerSections(
    runs.map((r) => r.server),
    merged.windowSeconds,
  );
  return {
    ...merged,
    ...(server ? { server } : {}),
    run: { ...merged.run, durationSeconds: runs.reduce((s, r) => s + r.run.durationSeconds, 0) },
  };
}
