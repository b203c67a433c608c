/**
 * The rolling history an artifact baseline carries forward, when two runs of the default branch overlap (issue 25
 * item 12): each read the history at its start, so the one that uploads last would carry a history without the
 * other's run. The baseline cycle re-reads the newest artifact just before its upload and merges it with what it
 * read at the start. Pure.
 */
import type { RunSummary } from './run-summary.js';

/**
 * One run's identity across artifacts: a carried run is the same run re-serialized, so its start, end, commit and
 * sample count agree (two runs of one commit do not share a start to the millisecond and a sample count).
 */
const identity = (run: RunSummary): string =>
  JSON.stringify([run.run.start, run.run.end, run.git?.commit ?? null, run.ingest.samples]);

/** Start time for ordering; a start that does not parse sorts last (it came from a validated file, but is text). */
const startOf = (run: RunSummary): number => {
  const t = Date.parse(run.run.start);
  return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
};

/**
 * The runs of both histories, each once, newest first by start time (ties keep `read`'s order, then `latest`'s).
 * `read` is the history the gate read at its start, `latest` the newest stored one re-read before writing; the
 * store keeps as many as it keeps.
 */
export function mergeRunHistories(read: readonly RunSummary[], latest: readonly RunSummary[]): RunSummary[] {
  const seen = new Set<string>();
  const all: RunSummary[] = [];
  for (const run of [...read, ...latest]) {
    const id = identity(run);
    if (seen.has(id)) continue;
    seen.add(id);
    all.push(run);
  }
  return all
    .map((run, i) => ({ run, i, t: startOf(run) }))
    .sort((a, b) => (b.t === a.t ? a.i - b.i : b.t > a.t ? 1 : -1))
    .map((x) => x.run);
}
