/**
 * The evaluation of perf-gate's comparison against the rules peers use, on runs with known truth. Prints Markdown
 * tables (false alarms on A/A pairs, detection per injected regression) for docs/statistics.md.
 *
 *   node scripts/run-ts.mjs eval/evaluate.ts [--trials 100] [--aa-trials 400] [--seed 1] [--rho 0.95,0.5]
 *     [--only <part of a change's label>]   (one scenario, no A/B tables: e.g. more trials of one row)
 *     [--ab-only]                           (the A/B tables only)
 *   node scripts/run-ts.mjs eval/evaluate.ts --real [--repeats 4] [--duration 10s] [--no-ab]
 *   node scripts/run-ts.mjs eval/evaluate.ts --hard [--scale 1] [--duration 15s] [--only <label part>]
 *
 * Simulated corpus: each trial draws a fresh history of 5 default-branch runs and one candidate (20,000 requests
 * each, log-normal latencies, AR(1) autocorrelation in log space (rho 0.95 and 0.5), a 3% run effect, error
 * bursts), injects the change, and asks every rule. A/B mode: 5 or 10 interleaved pairs whose arms share the
 * machine effect of their pair, and the sequential design (a first look at 4 pairs, one more per look up to 20).
 * Real corpus: the real k6 against the demo service (5 baseline runs, then candidates per change).
 * Harder real corpus: the real k6 against eval/hard-service.ts (stalls, a bimodal endpoint, errors on one minor
 * endpoint, CPU per request; see hard-corpus.ts).
 */
import { DEFAULT_GATE_CONFIG, type GateConfig } from '../src/domain/gate-config.js';
import { median } from 'simple-statistics';
import { seededRandom, type RandomSource } from '../src/domain/random.js';
import type { RunSummary } from '../src/domain/run-summary.js';
import { arg } from '../bench/util.js';
import { realCorpus } from './real-corpus.js';
import { hardCorpus } from './hard-corpus.js';
import { resolutionText, VerdictSplit } from './verdict-split.js';
import {
  decide,
  PROCEDURES,
  RULES,
  type Decision,
  type Procedure,
  type Resolution,
  type RuleName,
} from './rules.js';
import { DEFAULT_SIM, simulateRun, type SimSpec } from './simulate.js';
import { AB_FIRST_LOOK, AB_MAX_PAIRS, abSequentialTrial, abTrial, HOUR } from './ab-trials.js';

export interface Scenario {
  label: string;
  /** What the candidate changes; empty for A/A. */
  change: Partial<SimSpec>;
  aa: boolean;
}

export const SCENARIOS: Scenario[] = [
  { label: 'A/A (no change)', change: {}, aa: true },
  { label: 'latency +5%', change: { slowdown: 1.05 }, aa: false },
  { label: 'latency +10%', change: { slowdown: 1.1 }, aa: false },
  { label: 'latency +15%', change: { slowdown: 1.15 }, aa: false },
  { label: 'latency +25%', change: { slowdown: 1.25 }, aa: false },
  { label: 'slowest tenth ×1.5 only', change: { slowdown: 1.5, tailOnly: true }, aa: false },
  { label: 'one endpoint (half the traffic) +50%', change: { slowdown: 1.5, endpoint: 'GET /b' }, aa: false },
  { label: 'error rate 0.1% → 0.5%', change: { errorRate: 0.005 }, aa: false },
];

const HISTORY = 5;

/** Counts of alarms per rule over trials. */
type Tally = Record<RuleName, number>;
const emptyTally = (): Tally => Object.fromEntries(RULES.map((r) => [r, 0])) as Tally;

function simulatedTrial(
  scenario: Scenario,
  base: SimSpec,
  random: RandomSource,
  config: GateConfig,
): Decision {
  const start = Date.UTC(2026, 0, 1);
  const history: RunSummary[] = [];
  for (let i = 0; i < HISTORY; i++) history.push(simulateRun(base, random, start + i * HOUR));
  // Three repeats of the candidate, one after another (each its own run effect): the default rules use the first.
  const candidates = [0, 1, 2].map((k) =>
    simulateRun({ ...base, ...scenario.change }, random, start + HISTORY * HOUR + k * (HOUR / 4)),
  );
  return decide(history, candidates, config, scenario.change.errorRate ? 'error rate' : 'p95');
}

const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}% (${k}/${n})`;

function simulated(
  trials: number,
  aaTrials: number,
  seed: number,
  rho: number,
  only?: string,
  abOnly = false,
): void {
  const random = seededRandom(seed);
  const config = DEFAULT_GATE_CONFIG;
  const base = { ...DEFAULT_SIM, rho };
  if (!abOnly) simulatedScenarios(trials, aaTrials, seed, rho, only, random, config, base);
  if (only) return;
  simulatedAB(trials, aaTrials, rho, random, config, base);
}

function simulatedScenarios(
  trials: number,
  aaTrials: number,
  seed: number,
  rho: number,
  only: string | undefined,
  random: RandomSource,
  config: GateConfig,
  base: SimSpec,
): void {
  console.log(
    `### Simulated corpus: rho ${rho} (seed ${seed}; ${HISTORY} baseline runs per trial; 20,000 requests per run; 3% run effect)\n`,
  );
  console.log(`| change | trials | ${RULES.join(' | ')} |`);
  console.log(`|---|---|${RULES.map(() => '---').join('|')}|`);
  const splits: string[] = [];
  const resolutions: Record<string, Resolution[]> = { 'one run': [], '--runs 3': [] };
  for (const scenario of SCENARIOS.filter((s) => !only || s.label.includes(only))) {
    const n = scenario.aa ? aaTrials : trials;
    const tally = emptyTally();
    const splitsOf = Object.fromEntries(PROCEDURES.map((p) => [p, new VerdictSplit()])) as Record<
      Procedure,
      VerdictSplit
    >;
    for (let t = 0; t < n; t++) {
      const d = simulatedTrial(scenario, base, random, config);
      for (const r of RULES) if (d.alarms[r]) tally[r]++;
      for (const p of PROCEDURES) splitsOf[p].add(d.outcomes[p]);
      if (scenario.aa) {
        const one = d.outcomes['perf-gate --max-runs 1']?.resolution;
        const three = d.outcomes['perf-gate --runs 3']?.resolution;
        if (one !== undefined) resolutions['one run']!.push(one);
        if (three !== undefined) resolutions['--runs 3']!.push(three);
      }
      if (t % 25 === 24) process.stderr.write(`rho ${rho}, ${scenario.label}: ${t + 1}/${n}\n`);
    }
    const what = scenario.aa ? 'false alarms' : 'detected';
    console.log(
      `| ${scenario.label} | ${n} | ${RULES.map((r) => `${what} ${pct(tally[r], n)}`).join(' | ')} |`,
    );
    splits.push(`| ${scenario.label} | ${n} | ${PROCEDURES.map((p) => splitsOf[p].text()).join(' | ')} |`);
  }
  console.log('');
  console.log(`### What the job shows, rho ${rho}: perf-gate's gate verdicts on the same trials\n`);
  console.log(`| change | trials | ${PROCEDURES.join(' | ')} |`);
  console.log(`|---|---|${PROCEDURES.map(() => '---').join('|')}|`);
  for (const line of splits) console.log(line);
  console.log('');
  if (resolutions['one run']!.length > 0) {
    console.log(
      `### Resolution on A/A runs, rho ${rho}: the smallest latency change each report could have caught\n`,
    );
    console.log('| procedure | report.resolution.detectable |');
    console.log('|---|---|');
    for (const [what, values] of Object.entries(resolutions))
      console.log(`| ${what} against ${HISTORY} baseline runs | ${resolutionText(values)} |`);
    console.log('');
  }
}

function simulatedAB(
  trials: number,
  aaTrials: number,
  rho: number,
  random: RandomSource,
  config: GateConfig,
  base: SimSpec,
): void {
  const abConfig = { ...config, latencyTolerance: 0.05 };
  let abResolution: string | undefined;
  console.log(`### A/B mode, simulated: rho ${rho} (interleaved pairs, tolerance 5%)\n`);
  console.log(
    `| change | trials | 5 pairs | 10 pairs | sequential ${AB_FIRST_LOOK}-${AB_MAX_PAIRS} pairs | median pairs (sequential) |`,
  );
  console.log('|---|---|---|---|---|---|');
  for (const [label, change, n] of [
    ['A/A (no change)', {}, Math.min(aaTrials, 200)],
    ['latency +10%', { slowdown: 1.1 }, trials],
  ] as const) {
    const abResolutions: Resolution[] = [];
    const cells = [5, 10].map((pairs) => {
      let alarms = 0;
      for (let t = 0; t < n; t++) {
        const trial = abTrial(change, base, pairs, random, abConfig);
        if (trial.failed) alarms++;
        if (pairs === 10 && label.startsWith('A/A') && trial.resolution !== undefined)
          abResolutions.push(trial.resolution);
      }
      return `${label.startsWith('A/A') ? 'false alarms' : 'detected'} ${pct(alarms, n)}`;
    });
    let sequentialAlarms = 0;
    const pairCounts: number[] = [];
    for (let t = 0; t < n; t++) {
      const trial = abSequentialTrial(change, base, random, abConfig);
      if (trial.failed) sequentialAlarms++;
      pairCounts.push(trial.pairs);
    }
    cells.push(
      `${label.startsWith('A/A') ? 'false alarms' : 'detected'} ${pct(sequentialAlarms, n)}`,
      String(median(pairCounts)),
    );
    console.log(`| ${label} | ${n} | ${cells.join(' | ')} |`);
    if (abResolutions.length > 0) abResolution = resolutionText(abResolutions);
  }
  console.log('');
  if (abResolution) console.log(`A/B resolution on A/A trials (10 pairs, tolerance 5%): ${abResolution}\n`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--hard')) {
    await hardCorpus({
      scale: Number(arg(argv, '--scale', '1')),
      duration: arg(argv, '--duration', '15s'),
      ...(argv.includes('--only') ? { only: arg(argv, '--only', '') } : {}),
      ...(argv.includes('--save-runs') ? { saveRuns: arg(argv, '--save-runs', '') } : {}),
    });
    return;
  }
  if (argv.includes('--real')) {
    await realCorpus({
      repeats: Number(arg(argv, '--repeats', '4')),
      duration: arg(argv, '--duration', '10s'),
      ab: !argv.includes('--no-ab'),
    });
    return;
  }
  for (const rho of arg(argv, '--rho', '0.95,0.5').split(',').map(Number))
    simulated(
      Number(arg(argv, '--trials', '100')),
      Number(arg(argv, '--aa-trials', '400')),
      Number(arg(argv, '--seed', '1')),
      rho,
      argv.includes('--only') ? arg(argv, '--only', '') : undefined,
      argv.includes('--ab-only'),
    );
}

await main();
