/**
 * vegeta ingestion speed: perf-gate's summarizer against a reference that only reads every line with
 * node:readline and JSON.parse's it (CSV: splits it on commas), on the same stream, in the same run, alternating,
 * each in a fresh process so peak RSS is its own. The stream replays the captured real attack
 * (__tests__/fixtures/vegeta/, the pinned vegeta v12.13.0 against the demo service, bodies and headers included),
 * shifted one second per replay. Prints lines/s, the time ratio (perf-gate / reference) and peak RSS.
 *
 *   node scripts/run-ts.mjs bench/vegeta-ingest-speed.ts [--lines 1000000] [--rounds 3] [--format json|csv]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { summarizeK6Output } from '../src/io/k6-output.js';
import { projectRoot } from '../src/io/project-root.js';
import { arg, median } from './util.js';

interface Measured {
  ms: number;
  maxRssMb: number;
  lines: number;
}

/** The captured attack replayed until at least `minLines` lines, each replay one second later. */
async function generate(path: string, format: 'json' | 'csv', minLines: number): Promise<number> {
  const fixture = join(
    projectRoot() as string,
    '__tests__',
    'fixtures',
    'vegeta',
    `attack-v12.13.0.${format}`,
  );
  const lines = readFileSync(fixture, 'utf8').trimEnd().split('\n');
  const out = createWriteStream(path);
  let written = 0;
  for (let k = 0; written < minLines; k++) {
    const chunk: string[] = [];
    for (const line of lines) {
      if (format === 'csv') {
        const comma = line.indexOf(',');
        chunk.push(`${BigInt(line.slice(0, comma)) + BigInt(k) * 1_000_000_000n}${line.slice(comma)}`);
      } else {
        chunk.push(
          line.replace(/"timestamp":"([^".]+)/, (_, s: string) => {
            const shifted = new Date(Date.parse(`${s}Z`) + k * 1000).toISOString().slice(0, 19);
            return `"timestamp":"${shifted}`;
          }),
        );
      }
    }
    written += chunk.length;
    if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return written;
}

async function reference(path: string, csv: boolean): Promise<Measured> {
  const t0 = performance.now();
  let lines = 0;
  let checksum = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (csv) checksum += Number(line.split(',')[2]) || 0;
    else checksum += (JSON.parse(line) as { latency?: number }).latency ?? 0;
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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const [, mode, path, format] = argv as [string, string, string, string];
    const m = mode === 'reference' ? await reference(path, format === 'csv') : await perfGate(path);
    process.stdout.write(JSON.stringify(m));
    return;
  }
  const minLines = Number(arg(argv, '--lines', '1000000'));
  const rounds = Number(arg(argv, '--rounds', '3'));
  const format = arg(argv, '--format', 'json');
  if (format !== 'json' && format !== 'csv') throw new Error('--format is json or csv');
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-vegeta-bench-'));
  const path = join(dir, `vegeta.${format}`);
  try {
    process.stderr.write(`generating a vegeta ${format} stream of at least ${minLines} lines...\n`);
    const lines = await generate(path, format, minLines);
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
    console.log(
      `input: ${lines} lines, ${(bytes / lines).toFixed(0)} bytes per line (vegeta encode --to ${format}, a real attack replayed)`,
    );
    console.log(
      `reference (readline + ${format === 'csv' ? 'split' : 'JSON.parse'}): ${(lines / (refMs / 1000)).toFixed(0)} lines/s, median ${refMs.toFixed(0)} ms, peak RSS ${Math.max(...ref.map((m) => m.maxRssMb)).toFixed(0)} MB`,
    );
    console.log(
      `perf-gate summarize:               ${(lines / (pgMs / 1000)).toFixed(0)} lines/s, median ${pgMs.toFixed(0)} ms, peak RSS ${Math.max(...pg.map((m) => m.maxRssMb)).toFixed(0)} MB`,
    );
    console.log(
      `time ratio perf-gate / reference: ${(pgMs / refMs).toFixed(3)} (below 1.0: faster than merely parsing)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
