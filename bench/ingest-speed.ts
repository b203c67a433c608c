/**
 * Ingestion speed and memory: perf-gate's summarizer against a reference that only reads every line with
 * node:readline and JSON.parse's it, on the same generated k6 JSON stream, in the same run, alternating, each in a
 * fresh process so peak RSS is its own. Prints lines/s, the time ratio (perf-gate / reference; below 1.0 means
 * perf-gate summarizes faster than merely parsing) and peak RSS.
 *
 *   node scripts/run-ts.mjs bench/ingest-speed.ts [--lines 5000000] [--rounds 3] [--format json|csv]
 *
 * With --format csv the reference splits each line on commas instead (CSV has no JSON to parse).
 */
import { generateK6Csv, generateK6Json } from './generate-k6-output.js';
import { runIngestBench } from './ingest-harness.js';

await runIngestBench({
  describe: (format) => `k6 --out ${format}`,
  defaultLines: 5_000_000,
  generate: (path, format, minLines) => (format === 'csv' ? generateK6Csv : generateK6Json)(path, minLines),
  jsonValue: (parsed) => (parsed as { data?: { value?: number } }).data?.value ?? 0,
});
