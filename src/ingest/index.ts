import { mergeRunSummaries as mergeExact } from '../domain/merge.js';
import type { RunSummary } from '../domain/run-summary.js';
import { PerfGateError } from '../errors.js';
import { PRODUCT_VERSION } from '../version.js';
import { DEFAULT_MAX_SERIES, RunSummaryBuilder } from './builder.js';
import { computeFingerprint } from './fingerprint.js';
import { K6CsvLineParser } from './k6-csv-line.js';
import { K6JsonLineParser } from './k6-json-line.js';
import type { WorkloadFingerprint } from '../domain/run-summary.js';
import { VegetaFolder } from './vegeta-fold.js';
import { detectFormat, VegetaCsvLineParser, VegetaJsonLineParser, type ResultFormat } from './vegeta-line.js';
import { vegetaFingerprint } from './vegeta-fingerprint.js';

export { applyEndOfTestSummary } from './thresholds.js';
export { retypeCustomMetrics } from './retype.js';
export { computeFingerprint } from './fingerprint.js';
export { parseRunSummary } from './validate.js';
export { detectFormat, type ResultFormat } from './vegeta-line.js';
export { vegetaFingerprint, type VegetaWorkload } from './vegeta-fingerprint.js';

/** What the line source found out about the input's end (filled in while it is read). */
export interface LineSourceReport {
  /** The stream ended in the middle of a line (k6 killed): that last partial line is handed over as truncated. */
  truncatedLastLine: boolean;
  /** A gzip stream ended without its trailer (k6 killed while writing `.gz`). */
  gzipUnfinished: boolean;
  bytes: number;
}

/** Corrupt lines in the middle of an input are skipped and counted; above this fraction the input is refused. */
export const MAX_CORRUPT_FRACTION = 0.01;
/** The first window length; it doubles as a long run grows (see MAX_WINDOWS in builder.ts). */
export const DEFAULT_WINDOW_SECONDS = 1;
/** No warm-up is left out unless asked: arrival-rate tests start at full rate, and k6 has no ramp by default. */
export const DEFAULT_WARMUP_SECONDS = 0;

export interface SummarizeOptions {
  warmupSeconds?: number;
  windowSeconds?: number;
  maxSeries?: number;
  scriptContent?: string;
  /** The JSON `k6 inspect <script>` prints: the workload fingerprint comes from its scenarios. */
  k6Options?: unknown;
  k6Version?: string;
  git?: { commit?: string; ref?: string };
  /** Called after every batch of lines (the caller throttles what it prints). */
  onProgress?: (p: IngestProgress) => void;
  /** Read the input as this encoding rather than telling it from the first line (`--format`). */
  format?: ResultFormat;
  /** A vegeta run perf-gate started: its workload fingerprint (rate, duration, targets) and version. */
  vegeta?: { fingerprint: WorkloadFingerprint; version?: string };
}

/** How far a live run has got: lines read, samples kept, and (asked for when shown) requests and p95 so far. */
export interface IngestProgress {
  lines: number;
  samples: number;
  soFar(): { requests?: number; p95Ms?: number };
}

export interface Summarized {
  summary: RunSummary;
  /** Metrics of a type perf-gate does not know, ignored: `[name, type]`. */
  ignoredMetrics: Array<[string, string]>;
}

/**
 * Folds the lines of a k6 output (`--out json` or `--out csv`), batch by batch as the source hands them over, into
 * a RunSummary, in constant memory whatever the input size. `label` names the input in messages; `report` is what
 * the source found out about the input's end (io/line-source.ts fills it in).
 * @throws PerfGateError for an empty input, too many corrupt lines, or no samples left to compare.
 */
export async function summarizeLines(
  batches: AsyncIterable<string[]>,
  label: string,
  report: LineSourceReport,
  options: SummarizeOptions = {},
): Promise<Summarized> {
  const builderFor = (vegeta: boolean) =>
    new RunSummaryBuilder({
      warmupSeconds: options.warmupSeconds ?? DEFAULT_WARMUP_SECONDS,
      windowSeconds: options.windowSeconds ?? DEFAULT_WINDOW_SECONDS,
      maxSeries: options.maxSeries ?? DEFAULT_MAX_SERIES,
      producerVersion: PRODUCT_VERSION,
      k6Version: vegeta ? undefined : options.k6Version,
      git: options.git,
      fingerprint: vegeta
        ? (options.vegeta?.fingerprint ?? vegetaFingerprint(undefined))
        : computeFingerprint(options.scriptContent, options.k6Options),
      ...(vegeta ? { tool: { name: 'vegeta' as const, version: options.vegeta?.version } } : {}),
    });
  // The tool and encoding come from the first non-empty line (or --format); the builder follows from them.
  let format: ResultFormat | undefined;
  let builder: RunSummaryBuilder | undefined;
  let folder: VegetaFolder | undefined;
  let parse: ((line: string) => boolean | 'corrupt') | undefined;
  let lines = 0;
  let corrupt = 0;
  let lastCorrupt = false;
  let linesAtProgress = 0;
  const start = (first: string): ((line: string) => boolean | 'corrupt') => {
    format = options.format ?? detectFormat(first) ?? 'k6-csv';
    const vegeta = format.startsWith('vegeta');
    const b = builderFor(vegeta);
    builder = b;
    if (vegeta) {
      const fold = new VegetaFolder(b);
      folder = fold;
      const parser = format === 'vegeta-json' ? new VegetaJsonLineParser() : new VegetaCsvLineParser();
      return (line) => {
        const parsed = parser.parse(line);
        if (parsed.kind === 'result') fold.add(parsed.result);
        return parsed.kind === 'corrupt' ? 'corrupt' : true;
      };
    }
    const parser = format === 'k6-json' ? new K6JsonLineParser() : new K6CsvLineParser();
    return (line) => {
      const parsed = parser.parse(line);
      if (parsed.kind === 'sample') b.add(parsed.sample);
      else if (parsed.kind === 'metric') b.declare(parsed.metric);
      return parsed.kind === 'corrupt' ? 'corrupt' : true;
    };
  };
  for await (const batch of batches) {
    for (const line of batch) {
      lines++;
      if (parse === undefined) {
        // Blank lines before the first record (a shell's stray newline) do not decide the format.
        if (line.trim() === '') continue;
        parse = start(line);
      }
      lastCorrupt = parse(line) === 'corrupt';
      if (lastCorrupt) corrupt++;
    }
    if (options.onProgress && lines > linesAtProgress) {
      linesAtProgress = lines;
      options.onProgress({ lines, samples: builder?.samples ?? 0, soFar: () => builder?.soFar() ?? {} });
    }
  }
  options.onProgress?.({ lines, samples: builder?.samples ?? 0, soFar: () => builder?.soFar() ?? {} });
  const vegeta = folder !== undefined;
  const tool = vegeta ? 'vegeta' : 'k6';
  const what = vegeta ? 'vegeta results' : 'k6 samples';
  const b = builder ?? builderFor(false);

  const warnings: string[] = [];
  // A cut-off last line is what a killed k6 (or vegeta) leaves: lose that one sample, say so, and go on.
  const cutOff = report.truncatedLastLine && lastCorrupt;
  if (cutOff) corrupt--;
  if (cutOff || report.gzipUnfinished) {
    warnings.push(
      `${label} ends abruptly (${report.gzipUnfinished ? 'gzip stream without its end' : 'last line cut off'}): ${tool} was probably stopped; everything before the cut was summarized`,
    );
  }
  if (lines === 0 || b.samples + b.excludedWarmup + b.excludedSetupTeardown === 0) {
    throw new PerfGateError(
      `no k6 samples or vegeta results in ${label}${corrupt > 0 ? ` (${corrupt} unreadable lines)` : ''}`,
      'Pass the file k6 wrote with --out json=<file> (or csv=<file>), or vegeta results encoded with `vegeta encode --to json` (or csv)',
    );
  }
  if (corrupt > 0) {
    const fraction = corrupt / lines;
    if (fraction > MAX_CORRUPT_FRACTION) {
      throw new PerfGateError(
        `${label} has ${corrupt} corrupt lines out of ${lines} (${(fraction * 100).toFixed(1)}%, more than ${MAX_CORRUPT_FRACTION * 100}%)`,
        vegeta
          ? 'The file is damaged or not vegeta results; encode them again with `vegeta encode --to json`'
          : 'The file is damaged or not k6 output; re-run k6 with --out json=<file>',
      );
    }
    warnings.push(`${corrupt} corrupt line(s) in ${label} were skipped`);
  }
  // Any k6 metric can be gated (gRPC, WebSockets, browser, custom Trends and Rates): only an empty run is refused.
  if (b.samples === 0) {
    throw new PerfGateError(
      `no ${what} in ${label} after ${b.excludedWarmup > 0 ? 'the warm-up' : 'setup and teardown'}`,
      'Check that the script does its work in the default function or a scenario, and that --warmup is shorter than the test',
    );
  }
  const summary = b.finish({
    lines,
    skippedLines: corrupt,
    truncated: cutOff || report.gzipUnfinished,
    warnings,
  });
  return { summary, ignoredMetrics: b.ignoredMetrics() };
}

/**
 * Merges the shards of one distributed test exactly. Shards of different workloads are refused.
 * @throws PerfGateError when the shards do not belong together.
 */
export function mergeRunSummaries(shards: readonly RunSummary[]): RunSummary {
  const hashes = new Set(shards.map((s) => s.fingerprint.hash));
  if (hashes.size > 1) {
    throw new PerfGateError(
      `the ${shards.length} results have ${hashes.size} different workload fingerprints: they are not shards of one test`,
      'Merge only the outputs of one k6 test split with --execution-segment',
    );
  }
  try {
    return mergeExact(shards);
  } catch (err) {
    throw new PerfGateError(
      `cannot merge: ${(err as Error).message}`,
      'Summarize every shard with the same --window',
    );
  }
}
