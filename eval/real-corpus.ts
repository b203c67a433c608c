/**
 * The real corpus of the evaluation: the pinned k6 running examples/shop.js against the demo service, whose knobs
 * inject each change. Five baseline runs of the unchanged service form the history; every candidate is then asked
 * to every rule. A/B mode runs two services (baseline and candidate) and interleaves them.
 */
import { resolve } from 'node:path';
import { DEFAULT_GATE_CONFIG } from '../src/domain/gate-config.js';
import type { RunSummary } from '../src/domain/run-summary.js';
import { startDemoService, type DemoKnobs, type DemoService } from '../src/demo/service.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { MemoryLogger } from '../src/io/logger.js';
import { ProcessK6Runner } from '../src/io/k6-runner.js';
import { runAB } from '../src/pipeline/ab-mode.js';
import { prepareLiveRun, runK6Live, type PreparedRun } from '../src/pipeline/live-run.js';
import {
  decide,
  defaultWantsAnotherRun,
  RULES as ALL_RULES,
  type Procedure,
  type Resolution,
  type RuleName,
} from './rules.js';
import { resolutionText, VerdictSplit } from './verdict-split.js';

/** The procedures whose gate verdicts the real runs show: the runs made are the ones the default asks for. */
const SHOWN: Procedure[] = ['perf-gate', 'perf-gate --max-runs 1'];

/** The default's repeats are made as it asks; always repeating (`--runs 3`) is left to the simulation. */
const RULES = ALL_RULES.filter((r) => r !== 'perf-gate --runs 3');

const BASE: Partial<DemoKnobs> = { errorRate: 0.001 };
const CHANGES: Array<[string, Partial<DemoKnobs>, boolean]> = [
  ['A/A (no change)', {}, true],
  ['latency +5%', { slowdown: 1.05 }, false],
  ['latency +10%', { slowdown: 1.1 }, false],
  ['latency +25%', { slowdown: 1.25 }, false],
  ['slowest tenth ×1.5 only', { tailSlowdown: 1.5 }, false],
  ['one endpoint (GET /products/:id) +50%', { endpointSlowdown: { product: 1.5 } }, false],
  ['error rate 0.1% → 0.5%', { errorRate: 0.005 }, false],
];

export async function realCorpus(options: { repeats: number; duration: string; ab: boolean }): Promise<void> {
  const k6 = new ProcessK6Runner(locateK6(undefined, process.env, process.cwd()));
  const script = resolve('examples', 'shop.js');
  const logger = new MemoryLogger();
  const service = await startDemoService(BASE);
  const env = { BASE_URL: service.url, DURATION: options.duration };
  const prepared: PreparedRun = await prepareLiveRun(
    { script, cwd: process.cwd(), scriptEnv: env, k6Args: [] },
    k6,
  );
  const run = async (label: string): Promise<RunSummary> => {
    process.stderr.write(`${label}\n`);
    return (await runK6Live(prepared, k6, logger)).summary;
  };
  const history: RunSummary[] = [];
  console.log(`### Real corpus (k6 ${await k6.version()}, examples/shop.js, ${options.duration} per run)\n`);
  try {
    for (let i = 0; i < 5; i++) history.push(await run(`baseline ${i + 1} of 5`));
    console.log(`| change | runs | ${RULES.join(' | ')} |`);
    console.log(`|---|---|${RULES.map(() => '---').join('|')}|`);
    const shown: string[] = [];
    const resolutions: Resolution[] = [];
    for (const [label, change, aa] of CHANGES) {
      service.setKnobs({ ...BASE, slowdown: 1, tailSlowdown: 1, endpointSlowdown: {}, ...change });
      const tally = Object.fromEntries(RULES.map((r) => [r, 0])) as Record<RuleName, number>;
      const splits = SHOWN.map(() => new VerdictSplit());
      for (let i = 0; i < options.repeats; i++) {
        // The runs perf-gate's default asks for: one, and another while a regression is suspected (up to 3).
        const candidates = [await run(`${label}: ${i + 1} of ${options.repeats}`)];
        while (defaultWantsAnotherRun(history, candidates, DEFAULT_GATE_CONFIG))
          candidates.push(
            await run(`${label}: ${i + 1} of ${options.repeats}, run ${candidates.length + 1}`),
          );
        const d = decide(history, candidates, DEFAULT_GATE_CONFIG, change.errorRate ? 'error rate' : 'p95');
        for (const r of RULES) if (d.alarms[r]) tally[r]++;
        SHOWN.forEach((p, k) => splits[k]?.add(d.outcomes[p]));
        const one = d.outcomes['perf-gate --max-runs 1']?.resolution;
        if (aa && one !== undefined) resolutions.push(one);
      }
      shown.push(`| ${label} | ${options.repeats} | ${splits.map((x) => x.text()).join(' | ')} |`);
      const what = aa ? 'false alarms' : 'detected';
      console.log(
        `| ${label} | ${options.repeats} | ${RULES.map((r) => `${what} ${tally[r]}/${options.repeats}`).join(' | ')} |`,
      );
    }
    console.log('');
    console.log(`#### What the job shows, real: perf-gate's gate verdicts on the same runs\n`);
    console.log(`| change | runs | ${SHOWN.join(' | ')} |`);
    console.log(`|---|---|${SHOWN.map(() => '---').join('|')}|`);
    for (const line of shown) console.log(line);
    console.log('');
    console.log(
      `Resolution on the real A/A runs (one run against 5, report.resolution.detectable): ${resolutionText(resolutions)}`,
    );
  } finally {
    await service.close();
  }
  console.log('');
  if (options.ab) await realAB(k6, options.duration, Math.max(1, Math.floor(options.repeats / 2)));
}

/** A/B mode for real: two services, the candidate's changed, 5 interleaved pairs per trial, tolerance 5%. */
async function realAB(k6: ProcessK6Runner, duration: string, trials: number): Promise<void> {
  const gate = { ...DEFAULT_GATE_CONFIG, latencyTolerance: 0.05 };
  console.log(`### A/B mode, real (5 interleaved pairs of ${duration}, tolerance 5%)\n`);
  console.log('| change | trials | perf-gate A/B |');
  console.log('|---|---|---|');
  for (const [label, change] of [
    ['A/A (no change)', {}],
    ['latency +10%', { slowdown: 1.1 }],
  ] as const) {
    let alarms = 0;
    const split = new VerdictSplit();
    const abResolutions: Resolution[] = [];
    const services: DemoService[] = [
      await startDemoService(BASE),
      await startDemoService({ ...BASE, ...change }),
    ];
    try {
      for (let t = 0; t < trials; t++) {
        process.stderr.write(`A/B ${label}: trial ${t + 1} of ${trials}\n`);
        const { report } = await runAB(
          {
            cwd: process.cwd(),
            script: resolve('examples', 'shop.js'),
            scriptEnv: { DURATION: duration },
            k6Args: [],
            targetEnv: 'BASE_URL',
            baselineTarget: services[0]!.url,
            candidateTarget: services[1]!.url,
            pairs: 5,
            maxPairs: 5,
            gate,
          },
          k6,
          new MemoryLogger(),
        );
        if (report.verdict === 'fail') alarms++;
        split.add({ verdict: report.verdict, runs: 5 });
        if (report.resolution !== undefined) abResolutions.push(report.resolution);
      }
    } finally {
      for (const s of services) await s.close();
    }
    console.log(
      `| ${label} | ${trials} | ${label.startsWith('A/A') ? 'false alarms' : 'detected'} ${alarms}/${trials}; ${split.text().replace(/ \(5\.00 runs\)$/, '')}${label.startsWith('A/A') ? `; resolution ${resolutionText(abResolutions)}` : ''} |`,
    );
  }
}
