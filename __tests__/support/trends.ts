/** Trends of exact p95 values for the trend's tests: one entry an hour, each with a 2% standard error. */
import type { Trend, TrendStatistic } from '../../src/domain/trend/model.js';
import { P95 } from '../../eval/trend-sim.js';

/** A commit of the test trends: `i` padded with `fill` to 40 characters. */
export const trendCommit = (i: number, fill = 'e') => String(i).padStart(40, fill);

/** The trend of these p95 values (seconds), in order, with commits padded with `fill`. */
export const exactTrend = (values: number[], fill = 'e'): Trend => ({
  statistics: { [P95.id]: P95 },
  entries: values.map((v, i) => ({
    commit: trendCommit(i, fill),
    date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    points: { [P95.id]: { estimate: v, se: 0.02 } },
  })),
});

/** Levels held for a number of runs each: `steps([100, 20], [125, 5])` is 20 runs at 100 then 5 at 125. */
export const steps = (...levels: Array<[number, number]>): number[] =>
  levels.flatMap(([v, n]) => Array<number>(n).fill(v));

/** The default branch's error rate as the trend follows it: a difference of fractions, 0.1 point tolerated. */
export const ERROR_RATE: TrendStatistic = {
  id: 'http_req_failed rate',
  metric: 'http_req_failed',
  stat: 'rate',
  series: {},
  scale: 'difference',
  direction: 'higher-is-worse',
  tolerance: 0.001,
  unit: 'fraction',
};
