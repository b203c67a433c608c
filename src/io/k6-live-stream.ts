import { k6MajorOf } from './k6-version-text.js';

/**
 * The outputs k6 can stream every sample through, with its tags and time, to a FIFO perf-gate reads as k6 runs:
 * NDJSON (`--out json=F`), gzipped NDJSON (k6 gzips when the name ends in `.gz`), and CSV with microsecond times
 * (CSV declares no metric types: custom metrics get theirs from k6's end-of-test summary).
 */
export const LIVE_FORMATS = ['json', 'json-gzip', 'csv'] as const;
export type LiveFormat = (typeof LIVE_FORMATS)[number];

/** The `--out` value that makes k6 write `format` to `path`. */
export function samplesOutArg(format: LiveFormat, path: string): string {
  return format === 'csv' ? `csv=fileName=${path},timeFormat=unix_micro` : `json=${path}`;
}

/**
 * The live stream for a k6 version: the cheapest in CPU per request, k6's and perf-gate's together (measured with
 * bench/live-overhead.ts; figures in docs/ingestion.md). k6 v1 writes JSON with a code-generated encoder, one write
 * per flush: plain NDJSON, which costs it next to nothing. k6 v2 encodes JSON through encoding/json and writes each
 * line on its own, which costs it 60-70% more CPU per request than no output (gzip does not help; it adds
 * compression): CSV there (about a quarter more), whose custom metric types k6's end-of-test summary supplies
 * afterwards (retypeCustomMetrics).
 */
export function liveStreamFor(
  k6Version: string | undefined,
  override?: LiveFormat,
): { format: LiveFormat; fileName: string } {
  const major = k6MajorOf(k6Version);
  const format = override ?? (major !== undefined && major >= 2 ? 'csv' : 'json');
  return {
    format,
    fileName: format === 'json-gzip' ? 'samples.json.gz' : format === 'csv' ? 'samples.csv' : 'samples.json',
  };
}
