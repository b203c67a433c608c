import { describe, expect, it } from 'vitest';
import { detectWarmup } from '../../../src/domain/compare/warmup.js';
import { Histogram } from '../../../src/domain/histogram.js';
import type { RunSummary, WindowStats } from '../../../src/domain/run-summary.js';
import { summaryAt } from '../../support/summaries.js';

/** A run whose window i has 20 samples around medians[i] ms, windows of 1 s starting at the run's start. */
function runWithMedians(medians: number[], startSeconds = 1_767_225_600): RunSummary {
  const run = summaryAt(new Date(startSeconds * 1000).toISOString());
  const windows: WindowStats[] = medians.map((m, i) => ({
    start: startSeconds + i,
    requests: 20,
    failed: 0,
    trends: {
      http_req_duration: Histogram.of(
        Array.from({ length: 20 }, (_, j) => m * (0.9 + j * 0.01)),
        0.01,
      ).toJSON(),
    },
    rates: {},
  }));
  return { ...run, windowSeconds: 1, series: [{ ...run.series[0]!, windows }] };
}

describe('detectWarmup', () => {
  it('finds the first 8 of 30 windows at 3x, and says to leave out 8 s', () => {
    const found = detectWarmup(
      runWithMedians([...Array(8).fill(30), ...Array(22).fill(10)]),
      'http_req_duration',
    );
    expect(found?.seconds).toBe(8);
    expect(found?.ratio).toBeCloseTo(3, 1);
  });
  it('tolerates one window in between, and finds a faster start too', () => {
    const bumpy = [30, 30, 12, 30, 30, ...Array(25).fill(10)];
    expect(detectWarmup(runWithMedians(bumpy), 'http_req_duration')?.seconds).toBe(5);
    const fast = [...Array(4).fill(4), ...Array(26).fill(10)];
    expect(detectWarmup(runWithMedians(fast), 'http_req_duration')?.ratio).toBeCloseTo(0.4, 1);
  });
  it('says nothing of a steady run, a single slow window, a slow half, or too few windows', () => {
    expect(detectWarmup(runWithMedians(Array(30).fill(10)), 'http_req_duration')).toBeUndefined();
    expect(detectWarmup(runWithMedians([30, ...Array(29).fill(10)]), 'http_req_duration')).toBeUndefined();
    expect(
      detectWarmup(runWithMedians([...Array(15).fill(30), ...Array(15).fill(10)]), 'http_req_duration'),
    ).toBeUndefined();
    expect(detectWarmup(runWithMedians([30, 30, 10, 10, 10]), 'http_req_duration')).toBeUndefined();
    expect(detectWarmup(runWithMedians([]), 'http_req_duration')).toBeUndefined();
  });

  it('ends the warm-up at the second window in a row that is not slow: a slow window later does not extend it', () => {
    const later = [...Array(4).fill(30), 10, 10, ...Array(9).fill(10), 30, ...Array(14).fill(10)];
    expect(detectWarmup(runWithMedians(later), 'http_req_duration')?.seconds).toBe(4);
  });

  it('says nothing of a run that alternates slow and fast windows to its end', () => {
    // Steady 25: every other window is slow up to the last, so the "warm-up" would be the whole run.
    expect(detectWarmup(runWithMedians([40, 10, 40, 10, 40, 10]), 'http_req_duration')).toBeUndefined();
  });

  it('holds at its edges: 2 windows and exactly a third of the run are a warm-up', () => {
    const at = (medians: number[]) => detectWarmup(runWithMedians(medians), 'http_req_duration')?.seconds;
    expect(at([30, 30, ...Array(28).fill(10)])).toBe(2);
    expect(at([...Array(10).fill(30), ...Array(20).fill(10)])).toBe(10);
  });

  it('keeps to one side: a fast window between slow ones is the one allowed in between, not part of the warm-up', () => {
    const found = detectWarmup(runWithMedians([30, 4, 30, 4, ...Array(26).fill(10)]), 'http_req_duration');
    expect(found?.seconds).toBe(3);
    expect(found?.ratio).toBeCloseTo(3, 1);
  });
});
