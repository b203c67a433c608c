/**
 * Overhead of live ingestion: the requests per second k6 achieves against the demo service while perf-gate reads
 * its samples from a FIFO and summarizes them, divided by the same with k6 writing no samples at all (no --out).
 * Each live stream k6 can write (plain NDJSON, gzipped NDJSON, CSV; src/io/k6-runner.ts LIVE_FORMATS) is one arm;
 * the arms' order rotates every round so drift favours none; the demo service runs in its own process, as a real
 * service would. Target: ratio at least 0.95 for the default stream of each k6 major version.
 *
 *   node scripts/run-ts.mjs bench/live-overhead.ts [--rounds 3] [--duration 15s] [--vus 20]
 *     [--k6 <path>] [--formats json,json-gzip,csv]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoService } from '../src/demo/service.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { MemoryLogger } from '../src/io/logger.js';
import {
  LIVE_FORMATS,
  liveStreamFor,
  ProcessK6Runner,
  type K6RunRequest,
  type K6Runner,
  type LiveFormat,
} from '../src/io/k6-runner.js';
import { prepareLiveRun, runK6Live } from '../src/pipeline/live-run.js';
import { arg, median } from './util.js';

/** k6's own figure for both arms: `http_reqs` rate from its end-of-test summary export. */
function exportedRate(path: string): number {
  const exported = JSON.parse(readFileSync(path, 'utf8')) as { metrics: { http_reqs: { rate: number } } };
  return exported.metrics.http_reqs.rate;
}

/** A K6Runner that keeps the rate k6 reported before perf-gate deletes the export with its temporary folder. */
class RateRecordingRunner implements K6Runner {
  rate = NaN;
  constructor(private readonly inner: ProcessK6Runner) {}
  get location() {
    return this.inner.location;
  }
  version() {
    return this.inner.version();
  }
  inspect(script: string, env: Record<string, string>, cwd: string, k6Args?: readonly string[]) {
    return this.inner.inspect(script, env, cwd, k6Args);
  }
  async run(request: K6RunRequest) {
    const result = await this.inner.run(request);
    this.rate = exportedRate(request.summaryExportPath);
    return result;
  }
}

async function startServiceProcess(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [process.argv[1] as string, '--serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    child.stdout.once('data', (d: Buffer) => ok(d.toString().trim()));
    child.once('exit', () => fail(new Error('the demo service exited')));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--serve') {
    const service = await startDemoService({ medianMs: 2, p99Ms: 6 });
    process.stdout.write(`${service.url}\n`);
    process.once('SIGTERM', () => void service.close().then(() => process.exit(0)));
    return;
  }
  const rounds = Number(arg(argv, '--rounds', '3'));
  const duration = arg(argv, '--duration', '15s');
  const vus = arg(argv, '--vus', '20');
  const formats = arg(argv, '--formats', LIVE_FORMATS.join(',')).split(',') as LiveFormat[];
  for (const f of formats) if (!LIVE_FORMATS.includes(f)) throw new Error(`unknown format ${f}`);
  const k6 = new ProcessK6Runner(locateK6(arg(argv, '--k6', '') || undefined, process.env, process.cwd()));
  const version = await k6.version();
  const script = resolve('bench', 'live-overhead.js');
  const service = await startServiceProcess();
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-live-'));
  const env = { BASE_URL: service.url, DURATION: duration, VUS: vus };
  const reference = async () => {
    const exportPath = join(dir, 'export.json');
    const r = await k6.run({
      script,
      cwd: process.cwd(),
      scriptEnv: env,
      extraArgs: [],
      samplesPath: undefined,
      summaryExportPath: exportPath,
    });
    if (r.exitCode !== 0) throw new Error(`k6 exited ${r.exitCode}: ${r.errors.join('; ')}`);
    return exportedRate(exportPath);
  };
  const recording = new RateRecordingRunner(k6);
  const prepared = await prepareLiveRun(
    { script, cwd: process.cwd(), scriptEnv: env, k6Args: [] },
    recording,
  );
  const samples = new Map<LiveFormat, number>();
  const live = (format: LiveFormat) => async () => {
    const { summary } = await runK6Live({ ...prepared, liveStream: format }, recording, new MemoryLogger());
    samples.set(format, summary.ingest.samples);
    return recording.rate;
  };
  const arms: Array<{ name: string; run: () => Promise<number>; rates: number[] }> = [
    { name: 'no --out (reference)', run: reference, rates: [] },
    ...formats.map((f) => ({ name: f, run: live(f), rates: [] as number[] })),
  ];
  try {
    for (let i = 0; i < rounds; i++) {
      process.stderr.write(`round ${i + 1} of ${rounds} (${arms.length} × ${duration})\n`);
      for (let j = 0; j < arms.length; j++) {
        const arm = arms[(i + j) % arms.length]!;
        arm.rates.push(await arm.run());
      }
    }
  } finally {
    service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ref = median(arms[0]!.rates);
  const runs = (rates: number[]) => rates.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `k6 ${version}, ${vus} VUs, ${duration} per run, ${rounds} rounds, demo service in its own process; default live stream for this k6: ${liveStreamFor(version).format}`,
  );
  console.log(
    `k6 with no --out (reference): ${ref.toFixed(0)} requests/s (median; runs: ${runs(arms[0]!.rates)})`,
  );
  for (const arm of arms.slice(1)) {
    const rate = median(arm.rates);
    console.log(
      `k6 --out ${arm.name} to a FIFO → perf-gate: ${rate.toFixed(0)} requests/s (median; runs: ${runs(arm.rates)}); ${samples.get(arm.name as LiveFormat)} samples in the last run; ratio ${(rate / ref).toFixed(3)} (target ≥ 0.95)`,
    );
  }
}

await main();
