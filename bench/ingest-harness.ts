/**
 * The measurement both ingestion benchmarks share: perf-gate's summarizer against a reference that only reads every
 * line with node:readline and JSON.parse's it (CSV: splits it on commas), on the same generated stream, in the same
 * run, alternating which goes first, each in a fresh process so peak RSS is its own. Prints lines/s, the time ratio
 * (perf-gate / reference; below 1.0 means perf-gate summarizes faster than merely parsing) and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { summarizeK6Output } from '../src/io/k6-output.js';
import { arg, median } from './util.js';

interface Measured {
  ms: number;
  maxRssMb: number;
  lines: number;
}

export interface IngestBench {
  /** What the stream is, e.g. `k6 --out json`, for the report line. */
  describe(format: 'json' | 'csv'): string;
  defaultLines: number;
  /** Writes at least `minLines` lines to `path`; returns how many. */
  generate(path: string, format: 'json' | 'csv', minLines: number): Promise<number>;
  /** The number the reference reads from one parsed JSON line (so the parse cannot be optimised away). */
  jsonValue(parsed: unknown): number;
}

async function reference(bench: IngestBench, path: string, csv: boolean): Promise<Measured> {
  const t0 = performance.now();
  let lines = 0;
  let checksum = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    checksum += csv ? Number(line.split(',')[2]) || 0 : bench.jsonValue(JSON.parse(line));
    lines++;
  }
  if (!Number.isFinite(checksum)) throw new Error('unreachable');
  return { ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024, lines };
}

async function perfGate(path: string): Promise<Measured> {
  const t0 = performance.now();
  const summary = await summarizeK6Output(path);
  return {
    ms: performance.now() - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    lines: summary.ingest.lines,
  };
}

function child(mode: 'reference' | 'perf-gate', path: string, format: string): Measured {
  const r = spawnSync(process.execPath, [process.argv[1] as string, '--child', mode, path, format], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Measured;
}

export async function runIngestBench(bench: IngestBench): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const [, mode, path, format] = argv as [string, string, string, string];
    const m = mode === 'reference' ? await reference(bench, path, format === 'csv') : await perfGate(path);
    process.stdout.write(JSON.stringify(m));
    return;
  }
  const minLines = Number(arg(argv, '--lines', String(bench.defaultLines)));
  const rounds = Number(arg(argv, '--rounds', '3'));
  const format = arg(argv, '--format', 'json');
  if (format !== 'json' && format !== 'csv') throw new Error('--format is json or csv');
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-bench-'));
  const path = join(dir, `input.${format}`);
  try {
    process.stderr.write(`generating a ${bench.describe(format)} stream of at least ${minLines} lines...\n`);
    const lines = await bench.generate(path, format, minLines);
    const bytes = statSync(path).size;
    const ref: Measured[] = [];
    const pg: Measured[] = [];
    for (let i = 0; i < rounds; i++) {
      process.stderr.write(`round ${i + 1} of ${rounds}\n`);
      // Alternate which goes first so page-cache warmth and machine drift favour neither.
      if (i % 2 === 0) {
        ref.push(child('reference', path, format));
        pg.push(child('perf-gate', path, format));
      } else {
        pg.push(child('perf-gate', path, format));
        ref.push(child('reference', path, format));
      }
    }
    if (pg.some((m) => m.lines !== lines)) throw new Error('perf-gate did not read every line');
    const refMs = median(ref.map((m) => m.ms));
    const pgMs = median(pg.map((m) => m.ms));
    const rss = (ms: Measured[]) => Math.max(...ms.map((m) => m.maxRssMb)).toFixed(0);
    console.log(
      `input: ${lines} lines, ${(bytes / lines).toFixed(0)} bytes per line (${bench.describe(format)}, a real run replayed)`,
    );
    console.log(
      `reference (readline + ${format === 'csv' ? 'split' : 'JSON.parse'}): ${(lines / (refMs / 1000)).toFixed(0)} lines/s, median ${refMs.toFixed(0)} ms, peak RSS ${rss(ref)} MB`,
    );
    console.log(
      `perf-gate summarize:               ${(lines / (pgMs / 1000)).toFixed(0)} lines/s, median ${pgMs.toFixed(0)} ms, peak RSS ${rss(pg)} MB`,
    );
    console.log(
      `time ratio perf-gate / reference: ${(pgMs / refMs).toFixed(3)} (below 1.0: faster than merely parsing)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
