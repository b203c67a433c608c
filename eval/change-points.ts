/**
 * The evaluation of change-point detection on the default branch's trend, over simulated trends with known truth
 * (eval/trend-sim.ts). Prints Markdown tables for docs/statistics.md.
 *
 *   node scripts/run-ts.mjs eval/change-points.ts [--trials 200] [--seed 1] [--phi 0.5] [--tau 0.03]
 *     [--alpha 0.01] [--only <part of a scenario's label>]
 *
 * Each trial is read twice:
 * - offline: the whole trend analysed once (what the job summary's table shows after the last run);
 * - online: the trend analysed after every run, as the default branch's job does (what would have raised a warning
 *   and when). A change point reported again a run or two later is the same one (shifts.ts: sameChangePoint).
 *
 * Targets (issue 27): A/A trends of 60 runs flag at most 1% of runs; one +15% step is found in at least 90% of
 * trials, within one run of the true commit; a staircase of four +5% steps over 20 runs is reported within 3 runs of
 * the cumulative change passing the tolerance (10%); a one-off run 2x slower is not reported as a sustained change.
 */
import { arg } from '../bench/util.js';
import { seededRandom } from '../src/domain/random.js';
import {
  detectChangePoints,
  type ChangePoint,
  type ChangePointOptions,
} from '../src/domain/trend/change-points.js';
import type { Trend } from '../src/domain/trend/model.js';
import { ALERT_WINDOW_RUNS, alertingChangePoints, sameChangePoint } from '../src/domain/trend/shifts.js';
import { DEFAULT_TREND_SIM, simulateTrend, type TrendSimSpec } from './trend-sim.js';

const argv = process.argv.slice(2);
const TRIALS = Number(arg(argv, '--trials', '200'));
const SEED = Number(arg(argv, '--seed', '1'));
const ONLY = arg(argv, '--only', '');
const SIM: TrendSimSpec = {
  ...DEFAULT_TREND_SIM,
  autocorrelation: Number(arg(argv, '--phi', String(DEFAULT_TREND_SIM.autocorrelation))),
  runEffectSd: Number(arg(argv, '--tau', String(DEFAULT_TREND_SIM.runEffectSd))),
};
const OPTIONS: Partial<ChangePointOptions> = {
  ...(argv.includes('--alpha') ? { alpha: Number(arg(argv, '--alpha', '0.01')) } : {}),
};

/** A trend cut to its first `runs` entries: what the job saw after that run. */
const prefix = (trend: Trend, runs: number): Trend => ({
  statistics: trend.statistics,
  entries: trend.entries.slice(0, runs),
});

const changePointsOf = (trend: Trend): ChangePoint[] =>
  detectChangePoints(trend, OPTIONS).statistics.flatMap((s) => s.changePoints);

/**
 * Online: after each run from `from` on, the alerts a job would raise (worse, beyond the tolerance, first run at the
 * new level among the newest ALERT_WINDOW_RUNS), deduplicated across runs as an issue would be. Returns each distinct alert with the run it was
 * first raised after.
 */
function onlineAlerts(
  trend: Trend,
  from: number,
  until = trend.entries.length,
): Array<{ cp: ChangePoint; run: number }> {
  const raised: Array<{ cp: ChangePoint; run: number }> = [];
  for (let runs = from; runs <= until; runs++) {
    const seen = prefix(trend, runs);
    for (const cp of alertingChangePoints(detectChangePoints(seen, OPTIONS), ALERT_WINDOW_RUNS)) {
      const known = raised.some((r) =>
        sameChangePoint(seen, cp, { statistic: r.cp.statistic, commit: r.cp.firstAfter.commit }),
      );
      if (!known) raised.push({ cp, run: runs - 1 });
    }
  }
  return raised;
}

/** Online: every change point the table would show after each run (not only alerts), deduplicated likewise. */
function onlineChangePoints(trend: Trend, from: number): number {
  const raised: ChangePoint[] = [];
  for (let runs = from; runs <= trend.entries.length; runs++) {
    const seen = prefix(trend, runs);
    for (const cp of changePointsOf(seen)) {
      if (
        !raised.some((r) =>
          sameChangePoint(seen, cp, { statistic: r.statistic, commit: r.firstAfter.commit }),
        )
      )
        raised.push(cp);
    }
  }
  return raised.length;
}

/**
 * Online: the first run (from `from` to `until`) after which the job summary's table shows a change point for the
 * worse placed at or after `since`, beyond the tolerance or not (the table shows each with its cumulative change
 * and interval); undefined when none is shown by then. Stops at the first, so it costs a few analyses.
 */
function firstShown(trend: Trend, since: number, from: number, until: number): number | undefined {
  for (let runs = from; runs <= until; runs++)
    if (changePointsOf(prefix(trend, runs)).some((c) => c.worse && c.firstAfter.index >= since))
      return runs - 1;
  return undefined;
}

const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}% (${k}/${n})`;
const random = seededRandom(SEED);
const trendOf = (spec: Partial<TrendSimSpec>) => simulateTrend({ ...SIM, ...spec }, random);
const wanted = (label: string) => ONLY === '' || label.includes(ONLY);
const rows: string[] = [];
const started = Date.now();

if (wanted('A/A')) {
  let offline = 0;
  let offlineAlerts = 0;
  let online = 0;
  let onlineAlertCount = 0;
  const trials = TRIALS;
  for (let i = 0; i < trials; i++) {
    const trend = trendOf({});
    const cps = changePointsOf(trend);
    offline += cps.length;
    offlineAlerts += cps.filter((c) => c.worse && c.beyondTolerance).length;
    online += onlineChangePoints(trend, 6);
    onlineAlertCount += onlineAlerts(trend, 6).length;
  }
  const runs = trials * SIM.runs;
  rows.push(
    `| A/A, ${SIM.runs} runs | ${trials} | change points on ${pct(offline, runs)} of runs; alerts on ${pct(offlineAlerts, runs)} | change points ever shown on ${pct(online, runs)} of runs; alerts raised on ${pct(onlineAlertCount, runs)} |`,
  );
}

if (wanted('+15%')) {
  let found = 0;
  let placed = 0;
  let alerted = 0;
  let onlineFound = 0;
  const delays: number[] = [];
  for (let i = 0; i < TRIALS; i++) {
    const at = 15 + Math.floor(random() * 31);
    const trend = trendOf({ steps: [{ at, factor: 1.15 }] });
    const cps = changePointsOf(trend).filter((c) => c.worse);
    const near = cps.find((c) => Math.abs(c.firstAfter.index - at) <= 1);
    if (cps.some((c) => Math.abs(c.firstAfter.index - at) <= 3)) found++;
    if (near) placed++;
    if (near?.beyondTolerance) alerted++;
    const first = onlineAlerts(trend, at + 1, Math.min(SIM.runs, at + 12)).find(
      (a) => Math.abs(a.cp.firstAfter.index - at) <= 3,
    );
    if (first) {
      onlineFound++;
      delays.push(first.run - at);
    }
  }
  delays.sort((a, b) => a - b);
  rows.push(
    `| one +15% step (run 15-45 of ${SIM.runs}) | ${TRIALS} | found ${pct(found, TRIALS)}; within one run of the true commit ${pct(placed, TRIALS)}; beyond the tolerance ${pct(alerted, TRIALS)} | alert raised within 11 runs ${pct(onlineFound, TRIALS)}, ${delays[Math.floor(delays.length / 2)] ?? '–'} runs after the step (median), ${delays[Math.floor(0.9 * delays.length)] ?? '–'} (90th percentile) |`,
  );
}

if (wanted('staircase')) {
  const crossing = 25;
  let offlineWithin = 0;
  let onlineWithin = 0;
  let early = 0;
  let byThird = 0;
  let shownWithin = 0;
  const delays: number[] = [];
  for (let i = 0; i < TRIALS; i++) {
    const trend = trendOf({
      steps: [20, 25, 30, 35].map((at) => ({ at, factor: 1.05 })),
    });
    const first = changePointsOf(trend).find((c) => c.worse && c.beyondTolerance);
    if (first && Math.abs(first.firstAfter.index - crossing) <= 3) offlineWithin++;
    // Reported (the table shows a change point for the worse of the staircase) by 3 runs after the crossing.
    if (firstShown(trend, 17, 21, crossing + 4) !== undefined) shownWithin++;
    const raised = onlineAlerts(trend, 21).find((a) => a.cp.firstAfter.index >= 17);
    if (raised) {
      const delay = raised.run - crossing;
      delays.push(delay);
      if (delay < 0) early++;
      else if (delay <= 3) onlineWithin++;
      if (raised.run - 30 <= 3) byThird++;
    } else delays.push(Infinity);
  }
  delays.sort((a, b) => a - b);
  const q = (p: number) => delays[Math.min(delays.length - 1, Math.floor(p * delays.length))];
  rows.push(
    `| staircase: 4 × +5% at runs 20, 25, 30, 35 (+10.25% at run 25) | ${TRIALS} | the first change point beyond the tolerance within 3 runs of run 25: ${pct(offlineWithin, TRIALS)} | reported (a change point for the worse in the table) by 3 runs after run 25: ${pct(shownWithin, TRIALS)}; alert 0-3 runs after run 25: ${pct(onlineWithin, TRIALS)} (earlier: ${pct(early, TRIALS)}); by 3 runs after the third step (+15.8%, run 30): ${pct(byThird, TRIALS)}; delay after run 25 median ${q(0.5)}, 90th percentile ${q(0.9)} runs |`,
  );
}

if (wanted('outlier')) {
  let offline = 0;
  let online = 0;
  for (let i = 0; i < TRIALS; i++) {
    const at = 10 + Math.floor(random() * 48);
    const trend = trendOf({ outliers: [{ at, factor: 2 }] });
    if (changePointsOf(trend).some((c) => Math.abs(c.firstAfter.index - at) <= 3)) offline++;
    if (
      onlineAlerts(trend, at + 1, Math.min(SIM.runs, at + 6)).some(
        (a) => Math.abs(a.cp.firstAfter.index - at) <= 3,
      )
    )
      online++;
  }
  rows.push(
    `| one run 2x slower (run 10-57), then normal | ${TRIALS} | reported as a change point ${pct(offline, TRIALS)} | alert raised ${pct(online, TRIALS)} |`,
  );
}

console.log(
  `#### Change points, simulated (seed ${SEED}; run effect ${SIM.runEffectSd * 100}% with lag-1 autocorrelation ${SIM.autocorrelation}; within-run 2-5%)\n`,
);
console.log('| trend | trials | whole trend analysed once | analysed after every run (as the job does) |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.error(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
