/**
 * The harder real corpus: the pinned k6 running eval/hard.js (150 requests/s for 15 s) against eval/hard-service.ts
 * (stalls that hit bursts of requests, a bimodal endpoint, errors on one minor endpoint only), its metrics scraped.
 * Each change gets a fresh service process (warmed up first) and its own history of 5 runs of the unchanged service; then its
 * candidates, each making the runs perf-gate's default asks for (one, and more while a regression is suspected, up
 * to 3). The CPU case's history serves two rows: candidates on the same process (same metrics URL) and on a second
 * process (another port: the metrics URL changes, as with random ports in CI).
 *
 *   node scripts/run-ts.mjs eval/evaluate.ts --hard [--scale 1] [--only <part of a label>] [--duration 15s]
 *     [--save-runs DIR]   (every run's summary, named by its order and label, to study the decisions again)
 *
 * Prints the tables for docs/statistics.md; the number of trials of each row is printed with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_GATE_CONFIG } from '../src/domain/gate-config.js';
import type { RunSummary } from '../src/domain/run-summary.js';
import { cpuPerRequest } from '../src/domain/compare/server-efficiency.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { MemoryLogger } from '../src/io/logger.js';
import { ProcessK6Runner } from '../src/io/k6-runner.js';
import { prepareLiveRun, runK6Live } from '../src/pipeline/live-run.js';
import type { HardKnobs } from './hard-service.js';
import {
  decide,
  defaultWantsAnotherRun,
  RULES as ALL_RULES,
  type Procedure,
  type Resolution,
} from './rules.js';
import { resolutionText, VerdictSplit } from './verdict-split.js';

const SHOWN: Procedure[] = ['perf-gate', 'perf-gate --max-runs 1'];
const RULES = ALL_RULES.filter((r) => r !== 'perf-gate --runs 3');

interface HardCase {
  label: string;
  trials: number;
  /** The knobs of the candidate; `cpuShare` is CPU per request added, as a share of the history's. */
  change: Partial<HardKnobs> & { cpuShare?: number };
  watched: 'p95' | 'error rate';
  /** Candidates on a second service process: the metrics URL (and the port) differ from the history's. */
  newUrl?: boolean;
  /** Shares the history of the case before it. */
  sameHistory?: boolean;
}

const CASES: HardCase[] = [
  { label: 'A/A (no change)', trials: 24, change: {}, watched: 'p95' },
  { label: 'slowest tenth of every endpoint ×1.4', trials: 12, change: { tailFactor: 1.4 }, watched: 'p95' },
  {
    label: 'reviews (15% of traffic) errors ×5: 0.2% → 1%',
    trials: 12,
    change: { reviewErrorRate: 0.01 },
    watched: 'error rate',
  },
  { label: 'latency +15%', trials: 8, change: { slowdown: 1.15 }, watched: 'p95' },
  { label: 'latency +25%', trials: 12, change: { slowdown: 1.25 }, watched: 'p95' },
  { label: 'CPU per request +50%, same metrics URL', trials: 6, change: { cpuShare: 0.5 }, watched: 'p95' },
  {
    label: 'CPU per request +50%, metrics URL changed',
    trials: 6,
    change: { cpuShare: 0.5 },
    watched: 'p95',
    newUrl: true,
    sameHistory: true,
  },
];

interface HardService {
  url: string;
  metricsUrl: string;
  setKnobs(knobs: Partial<HardKnobs>): Promise<void>;
  close(): Promise<void>;
}

/** Starts the service as its own process (its CPU is its own), warmed up with a few hundred requests. */
async function startService(seed: number): Promise<HardService> {
  // Its own process group (scripts/run-ts.mjs runs the bundle as a child): stopped as a group, by its id.
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'eval/hard-service.ts', '--serve', '--seed', String(seed)],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const line = await new Promise<string>((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`hard service exited with ${code}`)));
  });
  const [, url, metricsUrl] = line.split(' ') as [string, string, string];
  // Warmed until its CPU per request has settled: with a few hundred requests the first history run still carried
  // the fresh process's compilation (its CPU per request fell from 0.9 to 0.5 ms through the run), an outlier no
  // candidate had. In CI every run is a fresh process and carries it alike; here only the first would.
  const WARMUP_REQUESTS = 4000;
  const paths = ['/catalog', '/item/1', '/orders'];
  await Promise.all(
    Array.from({ length: 8 }, async (_, lane) => {
      for (let i = lane; i < WARMUP_REQUESTS; i += 8)
        await (await fetch(`${url}${paths[i % paths.length]!}`)).text();
    }),
  );
  return {
    url,
    metricsUrl,
    async setKnobs(knobs) {
      await (await fetch(`${url}/__knobs`, { method: 'POST', body: JSON.stringify(knobs) })).text();
    },
    close: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}

/** The mean CPU seconds per request of the runs' first scraped target. */
function meanCpuPerRequest(runs: readonly RunSummary[]): number {
  const values = runs
    .map((r) =>
      r.server?.targets[0] ? cpuPerRequest(r.server.targets[0], r.windowSeconds)?.value : undefined,
    )
    .filter((v): v is number => v !== undefined);
  if (values.length === 0)
    throw new Error('the hard service exposed no CPU per request: is /metrics scraped?');
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export async function hardCorpus(options: {
  scale: number;
  duration: string;
  only?: string;
  /** A directory to keep every run's summary in (`<n>-<label>.json`), to study the decisions again without k6. */
  saveRuns?: string;
}): Promise<void> {
  let saved = 0;
  const keep = async (label: string, summary: RunSummary): Promise<RunSummary> => {
    if (options.saveRuns) {
      await mkdir(options.saveRuns, { recursive: true });
      const name = `${String(++saved).padStart(4, '0')}-${label.replace(/[^A-Za-z0-9]+/g, '-')}.json`;
      await writeFile(join(options.saveRuns, name), JSON.stringify(summary));
    }
    return summary;
  };
  const k6 = new ProcessK6Runner(locateK6(undefined, process.env, process.cwd()));
  const logger = new MemoryLogger();
  const script = resolve('eval', 'hard.js');
  const runOn = async (service: HardService) => {
    const prepared = await prepareLiveRun(
      {
        script,
        cwd: process.cwd(),
        scriptEnv: { BASE_URL: service.url, DURATION: options.duration },
        k6Args: [],
        serverMetrics: [{ url: service.metricsUrl }],
      },
      k6,
    );
    return async (what: string): Promise<RunSummary> => {
      process.stderr.write(`${what}\n`);
      return keep(what, (await runK6Live(prepared, k6, logger)).summary);
    };
  };
  console.log(
    `### Harder real corpus (k6 ${await k6.version()}, eval/hard.js against eval/hard-service.ts, ${options.duration} at 150/s, 5 baseline runs per change)\n`,
  );
  console.log(`| change | trials | ${RULES.join(' | ')} |`);
  console.log(`|---|---|${RULES.map(() => '---').join('|')}|`);
  const shown: string[] = [];
  const resolutions: Resolution[] = [];
  const floors: number[] = [];
  let history: RunSummary[] = [];
  let service: HardService | undefined;
  let seed = 1;
  try {
    for (const c of CASES.filter((x) => !options.only || x.label.includes(options.only))) {
      const trials = Math.max(1, Math.round(c.trials * options.scale));
      if (!c.sameHistory || !service) {
        await service?.close();
        service = await startService(seed++);
        const baselineRun = await runOn(service);
        history = [];
        for (let i = 0; i < 5; i++) history.push(await baselineRun(`${c.label}: baseline ${i + 1} of 5`));
      }
      const { cpuShare, ...knobs } = c.change;
      const cpuWorkMs = cpuShare ? cpuShare * meanCpuPerRequest(history) * 1000 : 0;
      let target = service;
      if (c.newUrl) target = await startService(seed++);
      await target.setKnobs({ ...knobs, cpuWorkMs });
      const candidateRun = await runOn(target);
      const tally = Object.fromEntries(RULES.map((r) => [r, 0])) as Record<string, number>;
      const splits = SHOWN.map(() => new VerdictSplit());
      for (let t = 0; t < trials; t++) {
        const candidates = [await candidateRun(`${c.label}: ${t + 1} of ${trials}`)];
        while (defaultWantsAnotherRun(history, candidates, DEFAULT_GATE_CONFIG))
          candidates.push(
            await candidateRun(`${c.label}: ${t + 1} of ${trials}, run ${candidates.length + 1}`),
          );
        const d = decide(history, candidates, DEFAULT_GATE_CONFIG, c.watched);
        for (const r of RULES) if (d.alarms[r]) tally[r]!++;
        SHOWN.forEach((p, k) => splits[k]?.add(d.outcomes[p]));
        const one = d.outcomes['perf-gate --max-runs 1']?.resolution;
        if (c.label.startsWith('A/A') && one !== undefined) {
          resolutions.push(one);
          if (one.floor !== undefined) floors.push(one.detectable / one.floor);
        }
      }
      if (target !== service) await target.close();
      await service.setKnobs({ slowdown: 1, tailFactor: 1, reviewErrorRate: 0.002, cpuWorkMs: 0 });
      const what = c.label.startsWith('A/A') ? 'false alarms' : 'detected';
      console.log(
        `| ${c.label} | ${trials} | ${RULES.map((r) => `${what} ${tally[r]}/${trials}`).join(' | ')} |`,
      );
      shown.push(`| ${c.label} | ${trials} | ${splits.map((x) => x.text()).join(' | ')} |`);
    }
  } finally {
    await service?.close();
  }
  console.log('');
  console.log(`#### What the job shows, harder real corpus: perf-gate's gate verdicts on the same runs\n`);
  console.log(`| change | trials | ${SHOWN.join(' | ')} |`);
  console.log(`|---|---|${SHOWN.map(() => '---').join('|')}|`);
  for (const line of shown) console.log(line);
  console.log('');
  const sortedFloors = [...floors].sort((a, b) => a - b);
  const median = sortedFloors[Math.floor(sortedFloors.length / 2)];
  console.log(
    `Resolution on the A/A runs (one run against 5, report.resolution.detectable): ${resolutionText(resolutions)}` +
      (median !== undefined
        ? `; detectable / floor (the variance known): median ${median.toFixed(3)} over ${floors.length}`
        : ''),
  );
}
