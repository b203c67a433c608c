/**
 * Overhead of live ingestion: the requests per second k6 achieves against the demo service while perf-gate reads
 * its samples from a FIFO and summarizes them, divided by the same with k6 writing its samples to /dev/null.
 * Arms alternate (reference first on odd rounds) so drift favours neither; the demo service runs in its own
 * process, as a real service would. Target: ratio at least 0.95.
 *
 *   node scripts/run-ts.mjs bench/live-overhead.ts [--rounds 3] [--duration 15s] [--vus 20]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoService } from '../src/demo/service.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { MemoryLogger } from '../src/io/logger.js';
import { ProcessK6Runner, type K6RunRequest, type K6Runner } from '../src/io/k6-runner.js';
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
  inspect(script: string, env: Record<string, string>, cwd: string) {
    return this.inner.inspect(script, env, cwd);
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
  const k6 = new ProcessK6Runner(locateK6(undefined, process.env, process.cwd()));
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
      samplesPath: '/dev/null',
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
  const withPerfGate = async () => {
    const { summary } = await runK6Live(prepared, recording, new MemoryLogger());
    samples = summary.ingest.samples;
    return recording.rate;
  };
  let samples = 0;
  const ref: number[] = [];
  const pg: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      process.stderr.write(`round ${i + 1} of ${rounds} (2 × ${duration})\n`);
      if (i % 2 === 0) {
        ref.push(await reference());
        pg.push(await withPerfGate());
      } else {
        pg.push(await withPerfGate());
        ref.push(await reference());
      }
    }
  } finally {
    service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const r = median(ref);
  const p = median(pg);
  console.log(
    `k6 ${await k6.version()}, ${vus} VUs, ${duration} per run, ${rounds} rounds, demo service in its own process`,
  );
  console.log(
    `k6 --out json=/dev/null:         ${r.toFixed(0)} requests/s (median; runs: ${ref.map((x) => x.toFixed(0)).join(', ')})`,
  );
  console.log(
    `k6 --out json=FIFO → perf-gate:  ${p.toFixed(0)} requests/s (median; runs: ${pg.map((x) => x.toFixed(0)).join(', ')}); ${samples} samples in the last run`,
  );
  console.log(`throughput ratio perf-gate / reference: ${(p / r).toFixed(3)} (target ≥ 0.95)`);
}

await main();
