/**
 * The default branch's trend over real runs (issue 27, "over a real trend"): the real k6 on examples/shop.js against
 * the demo service, one `perf-gate run --add-baseline` per commit of a scratch git repository (so each run is stored
 * as the baseline and adds its trend entry, through the real CLI and baseline cycle), the service stepped by its
 * `slowdown` knob at known runs. Then the stored trend is read back as `perf-gate trend` reads it and the change
 * points of http_req_duration p95 are printed against the true steps. Load only on 127.0.0.1, bounded by --duration.
 *
 *   node scripts/run-ts.mjs eval/real-trend.ts [--runs 24] [--step-at 13] [--factor 1.15] [--duration 8s]
 *
 * `--step-at` is the 1-based run whose service is first slowed; `--staircase` instead slows by `--factor` at four
 * runs spread over the second half.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { arg } from '../bench/util.js';
import { main } from '../src/cli/main.js';
import { startDemoService } from '../src/demo/service.js';
import { detectChangePoints } from '../src/domain/trend/change-points.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { LocalBaselineStore } from '../src/io/local-baseline-store.js';
import { MemoryLogger } from '../src/io/logger.js';
import { loadTrend } from '../src/pipeline/baseline-cycle.js';

const argv = process.argv.slice(2);
const RUNS = Number(arg(argv, '--runs', '24'));
const FACTOR = Number(arg(argv, '--factor', '1.15'));
const DURATION = arg(argv, '--duration', '8s');
const STAIRCASE = argv.includes('--staircase');
const STEP_AT = Number(arg(argv, '--step-at', String(Math.floor(RUNS / 2) + 1)));
/** The 1-based runs where the service is slowed by FACTOR (once, or four times for a staircase). */
const STEPS = STAIRCASE
  ? [0, 1, 2, 3].map((k) => Math.floor(RUNS / 2) + 1 + k * Math.max(1, Math.floor(RUNS / 10)))
  : [STEP_AT];

const root = resolve('.');
const k6 = locateK6(undefined, process.env, root).path;
const repo = mkdtempSync(join(tmpdir(), 'perf-gate-real-trend-'));
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'eval',
      GIT_AUTHOR_EMAIL: 'eval@localhost',
      GIT_COMMITTER_NAME: 'eval',
      GIT_COMMITTER_EMAIL: 'eval@localhost',
    },
  });
cpSync(join(root, 'examples', 'shop.js'), join(repo, 'shop.js'));
git('init', '-q', '-b', 'main');
git('add', 'shop.js');
git('commit', '-q', '-m', 'the load test');

const service = await startDemoService({ seed: 7, errorRate: 0.001 });
const started = Date.now();
const sink = new PassThrough() as unknown as NodeJS.WriteStream;
(sink as unknown as PassThrough).resume();
const truth: number[] = [];
try {
  process.chdir(repo);
  for (let run = 1; run <= RUNS; run++) {
    const level = FACTOR ** STEPS.filter((s) => run >= s).length;
    service.setKnobs({ slowdown: level });
    git('commit', '-q', '--allow-empty', '-m', `run ${run} (slowdown ${level.toFixed(4)})`);
    truth.push(level);
    const code = await main(
      [
        'run',
        'shop.js',
        '--add-baseline',
        '--max-runs',
        '1',
        '--k6',
        k6,
        '--env',
        `BASE_URL=${service.url}`,
        '--env',
        `DURATION=${DURATION}`,
      ],
      { stdout: () => undefined, stderr: sink },
    );
    process.stderr.write(`run ${run} of ${RUNS}: slowdown ${level.toFixed(3)}, exit ${code}\n`);
  }
} finally {
  process.chdir(root);
  await service.close();
}

const trend = await loadTrend(
  new LocalBaselineStore(join(repo, '.perf-gate', 'default'), repo),
  new MemoryLogger(),
);
if (!trend) throw new Error(`no trend was stored in ${repo}/.perf-gate/default`);
const analysis = detectChangePoints(trend);
const steps = STEPS.map((s) => `run ${s}`).join(', ');
const truthText = STAIRCASE
  ? `staircase: 4 × ${((FACTOR - 1) * 100).toFixed(0)}% at ${steps}`
  : `one ${((FACTOR - 1) * 100).toFixed(0)}% step at ${steps}`;
for (const id of ['http_req_duration p50', 'http_req_duration p95']) {
  const s = analysis.statistics.find((x) => x.statistic.id === id);
  const found = s?.changePoints ?? [];
  const shown = found
    .map(
      (c) =>
        `run ${c.firstAfter.index + 1}: ×${c.change.toFixed(3)} [${c.interval[0].toFixed(3)}, ${c.interval[1].toFixed(3)}]` +
        `${c.cumulative.steps > 1 ? `, cumulative ×${c.cumulative.change.toFixed(3)}` : ''}${c.beyondTolerance ? ' (beyond the tolerance)' : ''}`,
    )
    .join('; ');
  const outliers = s?.outliers.map((o) => o.index + 1).join(', ') ?? '';
  console.log(
    `| ${truthText} | ${trend.entries.length} runs of ${DURATION} | ${id} | ${shown || 'no change point'}${outliers ? `; one-off runs ${outliers}` : ''} |`,
  );
}
console.error(`(${((Date.now() - started) / 1000).toFixed(0)} s; trend in ${repo}/.perf-gate/default)`);
