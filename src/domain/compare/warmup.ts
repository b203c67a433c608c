/**
 * Warm-up detection: a change-point at the start of a run, judged on the per-window statistics already computed.
 *
 * Definition. For the run's primary latency Trend, m_i is the median of window i (windows with at least
 * MIN_WINDOW_SAMPLES samples). The steady state S is the median of m_i over the last two thirds of the windows. The
 * warm-up is the longest run of leading windows whose medians all lie beyond FACTOR of S on the same side (slower,
 * or faster), allowing one window in between that does not. It is reported when it covers at least MIN_WINDOWS
 * windows, at most a third of the run, and the run has at least 3 × MIN_WINDOWS windows; otherwise nothing is said.
 * O(windows). Pure.
 */
import { Histogram } from '../histogram.js';
import type { RunSummary } from '../run-summary.js';
import { median } from 'simple-statistics';

const FACTOR = 1.5;
const MIN_WINDOW_SAMPLES = 5;
const MIN_WINDOWS = 2;

export interface WarmupFinding {
  /** Seconds from the run's first sample to the end of the last warm-up window: the `--warmup` that leaves it out. */
  seconds: number;
  /** Median latency of the warm-up windows over the steady state's (3 = three times slower). */
  ratio: number;
  metric: string;
}

export function detectWarmup(run: RunSummary, metric: string): WarmupFinding | undefined {
  const all = run.series[0];
  if (!all) return undefined;
  const windows = all.windows
    .map((w) => ({ start: w.start, h: w.trends[metric] }))
    .filter((w) => w.h !== undefined && w.h.count >= MIN_WINDOW_SAMPLES)
    .map((w) => ({ start: w.start, median: Histogram.fromJSON(w.h!).quantile(0.5) }))
    .filter((w) => w.median > 0);
  if (windows.length < 3 * MIN_WINDOWS) return undefined;
  const steady = median(windows.slice(Math.floor(windows.length / 3)).map((w) => w.median));
  const side = (m: number) => (m > steady * FACTOR ? 1 : m < steady / FACTOR ? -1 : 0);
  const first = side(windows[0]!.median);
  if (first === 0) return undefined;
  let last = 0;
  let misses = 0;
  for (let i = 1; i < windows.length && misses <= 1; i++) {
    if (side(windows[i]!.median) === first) {
      last = i;
      misses = 0;
    } else misses++;
  }
  const count = last + 1;
  if (count < MIN_WINDOWS || count > windows.length / 3) return undefined;
  const runStart = Date.parse(run.run.start) / 1000;
  const end = windows[last]!.start + run.windowSeconds;
  return {
    seconds: Math.max(1, Math.ceil(end - runStart)),
    ratio: median(windows.slice(0, count).map((w) => w.median)) / steady,
    metric,
  };
}
