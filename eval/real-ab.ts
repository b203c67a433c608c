/**
 * Issue 26's targets for same-runner A/B with the real k6: two demo services on this machine (the candidate's
 * `slowdown` knob set), examples/shop.js, the sequential design as shipped (a warm-up pair, a first look at 4
 * pairs, one more per look up to 20). Prints one Markdown row per case: the verdicts, the pairs run (median and
 * range) and why the sequences stopped; on stderr, each trial's verdict, pairs, stop reason and the gated all-traffic
 * rows still open when it stopped. This machine's background load is part of the test.
 *
 *   node scripts/run-ts.mjs eval/real-ab.ts [--trials 3] [--duration 5s] [--only <part of a case's label>]
 *     [--record <dir>]   (each trial's pairs as JSON, for eval/replay-ab.ts)
 *
 * Targets (issue 26): unchanged: fail <= 1%, pass >= 95%; +10% at a 5% tolerance: fail >= 90%; +5% at a 2%
 * tolerance: fail >= 80% within max-pairs 20; median pairs for unchanged and for +25%: <= 5.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from 'simple-statistics';
import { arg } from '../bench/util.js';
import { startDemoService, type DemoKnobs } from '../src/demo/service.js';
import { DEFAULT_GATE_CONFIG } from '../src/domain/gate-config.js';
import type { ABStopReason } from '../src/domain/report.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { ProcessK6Runner } from '../src/io/k6-runner.js';
import { MemoryLogger } from '../src/io/logger.js';
import { runAB } from '../src/pipeline/ab-mode.js';

const argv = process.argv.slice(2);
const TRIALS = Number(arg(argv, '--trials', '3'));
const DURATION = arg(argv, '--duration', '5s');
const ONLY = arg(argv, '--only', '');
// Each trial's compared pairs as JSON (<dir>/<case>-<trial>.json), to replay other stopping rules on the same pairs.
const RECORD = arg(argv, '--record', '');

const BASE: Partial<DemoKnobs> = { errorRate: 0.001 };
const CASES: Array<{ label: string; change: Partial<DemoKnobs>; tolerance: number }> = [
  { label: 'unchanged, tolerance 5%', change: {}, tolerance: 0.05 },
  { label: '+10%, tolerance 5%', change: { slowdown: 1.1 }, tolerance: 0.05 },
  { label: '+5%, tolerance 2%', change: { slowdown: 1.05 }, tolerance: 0.02 },
  { label: '+25%, tolerance 5%', change: { slowdown: 1.25 }, tolerance: 0.05 },
];

async function main(): Promise<void> {
  const k6 = new ProcessK6Runner(locateK6(undefined, process.env, process.cwd()));
  const started = Date.now();
  console.log(
    `#### A/B with the real k6 (examples/shop.js, ${DURATION} per arm, first look 4 pairs, max-pairs 20, ${TRIALS} trials a case)\n`,
  );
  console.log('| case | trials | fail | inconclusive | pass | pairs: median (range) | stopped |');
  console.log('|---|---|---|---|---|---|---|');
  for (const c of CASES.filter((x) => x.label.includes(ONLY))) {
    const verdicts = { fail: 0, inconclusive: 0, pass: 0 } as Record<string, number>;
    const pairs: number[] = [];
    const stops = new Map<ABStopReason, number>();
    const baseline = await startDemoService(BASE);
    const candidate = await startDemoService({ ...BASE, ...c.change });
    try {
      for (let t = 0; t < TRIALS; t++) {
        process.stderr.write(`${c.label}: trial ${t + 1} of ${TRIALS}\n`);
        const { report, pairs: compared } = await runAB(
          {
            cwd: process.cwd(),
            script: resolve('examples', 'shop.js'),
            scriptEnv: { DURATION },
            k6Args: [],
            targetEnv: 'BASE_URL',
            baselineTarget: baseline.url,
            candidateTarget: candidate.url,
            pairs: 4,
            maxPairs: 20,
            gate: { ...DEFAULT_GATE_CONFIG, latencyTolerance: c.tolerance },
          },
          k6,
          new MemoryLogger(),
        );
        if (RECORD) {
          mkdirSync(RECORD, { recursive: true });
          const name = `${c.label.replace(/[^a-z0-9+]+/gi, '-')}-${t + 1}.json`;
          writeFileSync(
            join(RECORD, name),
            JSON.stringify({ case: c.label, tolerance: c.tolerance, pairs: compared }),
          );
        }
        verdicts[report.verdict] = (verdicts[report.verdict] ?? 0) + 1;
        // Which gated all-traffic rows were still open when it stopped (what a `futile` or `max-pairs` stop was about).
        const open = report.comparisons
          .filter((x) => x.gated && Object.keys(x.series).length === 0 && x.verdict !== 'unchanged')
          .map(
            (x) =>
              `${x.metric} ${x.stat} ${x.verdict} ${x.ratio?.toFixed(3)} [${x.interval?.map((b) => b.toFixed(3)).join(', ')}]`,
          );
        process.stderr.write(
          `  ${report.verdict}, ${report.ab?.pairs} pairs, stopped ${report.ab?.stopped}${open.length > 0 ? `; open: ${open.join('; ')}` : ''}\n`,
        );
        if (report.ab) {
          pairs.push(report.ab.pairs);
          stops.set(report.ab.stopped, (stops.get(report.ab.stopped) ?? 0) + 1);
        }
      }
    } finally {
      await baseline.close();
      await candidate.close();
    }
    const range = pairs.length > 0 ? `${median(pairs)} (${Math.min(...pairs)}-${Math.max(...pairs)})` : '–';
    const stopped = [...stops].map(([why, n]) => `${why} ${n}`).join(', ');
    console.log(
      `| ${c.label} | ${TRIALS} | ${verdicts.fail ?? 0} | ${verdicts.inconclusive ?? 0} | ${verdicts.pass ?? 0} | ${range} | ${stopped} |`,
    );
  }
  console.log(`\n(${Math.round((Date.now() - started) / 1000)} s)`);
}

await main();
