/**
 * Overhead of live ingestion: the requests per second k6 achieves against the demo service while perf-gate reads
 * its samples from a FIFO and summarizes them, divided by the same with k6 writing no samples at all (no --out).
 * Each live stream k6 can write (plain NDJSON, gzipped NDJSON, CSV; src/io/k6-runner.ts LIVE_FORMATS) is one arm;
 * the arms' order rotates every round so drift favours none; the demo service runs in its own process, as a real
 * service would. Target: ratio at least 0.95 for the default stream of each k6 major version.
 *
 * Beside the rate, each arm reports k6's CPU time per request (from /usr/bin/time) and perf-gate's (reading and
 * summarizing the stream): costs per request that other load on a shared machine barely moves. `--stdout` adds an
 * arm with k6 writing JSON to its standard output (buffered on v1 and v2), discarded: k6's side of that cost only.
 *
 *   node scripts/run-ts.mjs bench/live-overhead.ts [--rounds 3] [--duration 15s] [--vus 20]
 *     [--k6 <path>] [--formats json,json-gzip,csv] [--stdout]
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** k6's own figures for every arm: `http_reqs` rate and count from its end-of-test summary export. */
function exported(path: string): { rate: number; count: number } {
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    metrics: { http_reqs: { rate: number; count: number } };
  };
  return json.metrics.http_reqs;
}

/**
 * k6 runs through a wrapper that has /usr/bin/time write the CPU seconds (user + system) `k6 run` took: a cost per
 * request that other load on the machine barely moves, unlike the request rate. With K6_STDOUT_NULL set, k6's
 * standard output goes to /dev/null (the `json=-` arm: what k6 pays to write buffered JSON to a pipe).
 */
function cpuWrapper(dir: string, k6: string): { path: string; cpuSeconds: () => number } {
  if (!existsSync('/usr/bin/time'))
    throw new Error('this benchmark needs /usr/bin/time (GNU time) for CPU times');
  const path = join(dir, 'k6-timed');
  const cpuFile = join(dir, 'cpu.txt');
  writeFileSync(
    path,
    `#!/bin/sh
if [ "$1" = run ]; then
  if [ -n "$K6_STDOUT_NULL" ]; then exec /usr/bin/time -f '%U %S' -o '${cpuFile}' '${k6}' "$@" > /dev/null; fi
  exec /usr/bin/time -f '%U %S' -o '${cpuFile}' '${k6}' "$@"
fi
exec '${k6}' "$@"
`,
  );
  chmodSync(path, 0o755);
  return {
    path,
    cpuSeconds: () =>
      readFileSync(cpuFile, 'utf8')
        .trim()
        .split(/\s+/)
        .slice(-2)
        .reduce((a, b) => a + Number(b), 0),
  };
}

interface ArmRun {
  rate: number;
  /** k6's CPU time per request, µs. */
  k6Cpu: number;
  /** perf-gate's CPU time per request (reading and summarizing the stream), µs. */
  pgCpu: number;
}

/** A K6Runner that keeps k6's figures before perf-gate deletes the export with its temporary folder. */
class RateRecordingRunner implements K6Runner {
  rate = NaN;
  count = NaN;
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
    ({ rate: this.rate, count: this.count } = exported(request.summaryExportPath));
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
  const real = locateK6(arg(argv, '--k6', '') || undefined, process.env, process.cwd());
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-live-'));
  const timed = cpuWrapper(dir, real.path);
  const k6 = new ProcessK6Runner({ path: timed.path, source: real.source });
  const version = await k6.version();
  const script = resolve('bench', 'live-overhead.js');
  const service = await startServiceProcess();
  const env = { BASE_URL: service.url, DURATION: duration, VUS: vus };
  const recording = new RateRecordingRunner(k6);
  const noLiveStream = (extraArgs: string[]) => async (): Promise<ArmRun> => {
    const exportPath = join(dir, 'export.json');
    const r = await k6.run({
      script,
      cwd: process.cwd(),
      scriptEnv: env,
      extraArgs,
      samplesPath: undefined,
      summaryExportPath: exportPath,
    });
    if (r.exitCode !== 0) throw new Error(`k6 exited ${r.exitCode}: ${r.errors.join('; ')}`);
    const { rate, count } = exported(exportPath);
    return { rate, k6Cpu: (timed.cpuSeconds() / count) * 1e6, pgCpu: 0 };
  };
  const toStdout = noLiveStream(['--out', 'json=-']);
  const prepared = await prepareLiveRun(
    { script, cwd: process.cwd(), scriptEnv: env, k6Args: [] },
    recording,
  );
  const samples = new Map<string, number>();
  const live = (format: LiveFormat) => async (): Promise<ArmRun> => {
    const before = process.cpuUsage();
    const { summary } = await runK6Live({ ...prepared, liveStream: format }, recording, new MemoryLogger());
    const used = process.cpuUsage(before);
    samples.set(format, summary.ingest.samples);
    return {
      rate: recording.rate,
      k6Cpu: (timed.cpuSeconds() / recording.count) * 1e6,
      pgCpu: (used.user + used.system) / recording.count,
    };
  };
  const arms: Array<{ name: string; run: () => Promise<ArmRun>; runs: ArmRun[] }> = [
    { name: 'no --out (reference)', run: noLiveStream([]), runs: [] },
    ...formats.map((f) => ({ name: f, run: live(f), runs: [] as ArmRun[] })),
  ];
  if (argv.includes('--stdout'))
    arms.push({
      name: 'json=- (stdout to /dev/null, k6 side only)',
      run: async () => {
        process.env.K6_STDOUT_NULL = '1';
        try {
          return await toStdout();
        } finally {
          delete process.env.K6_STDOUT_NULL;
        }
      },
      runs: [],
    });
  try {
    for (let i = 0; i < rounds; i++) {
      process.stderr.write(`round ${i + 1} of ${rounds} (${arms.length} × ${duration})\n`);
      for (let j = 0; j < arms.length; j++) {
        const arm = arms[(i + j) % arms.length]!;
        arm.runs.push(await arm.run());
      }
    }
  } finally {
    service.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ref = median(arms[0]!.runs.map((r) => r.rate));
  const refCpu = median(arms[0]!.runs.map((r) => r.k6Cpu));
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `k6 ${version}, ${vus} VUs, ${duration} per run, ${rounds} rounds, demo service in its own process; default live stream for this k6: ${liveStreamFor(version).format}`,
  );
  console.log(
    `${arms[0]!.name}: ${ref.toFixed(0)} requests/s (median; runs: ${list(arms[0]!.runs.map((r) => r.rate))}); k6 CPU ${refCpu.toFixed(0)} µs/request`,
  );
  for (const arm of arms.slice(1)) {
    const rate = median(arm.runs.map((r) => r.rate));
    const k6Cpu = median(arm.runs.map((r) => r.k6Cpu));
    const pgCpu = median(arm.runs.map((r) => r.pgCpu));
    console.log(
      `${arm.name}: ${rate.toFixed(0)} requests/s (median; runs: ${list(arm.runs.map((r) => r.rate))}); ratio ${(rate / ref).toFixed(3)} (target ≥ 0.95); k6 CPU ${k6Cpu.toFixed(0)} µs/request (+${(k6Cpu - refCpu).toFixed(0)} over the reference), perf-gate CPU ${pgCpu.toFixed(0)} µs/request${samples.has(arm.name) ? `; ${samples.get(arm.name)} samples in the last run` : ''}`,
    );
  }
}

await main();
