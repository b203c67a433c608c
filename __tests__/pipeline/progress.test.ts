import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/pipeline/progress.js';

describe('progress lines of a live run', () => {
  it('say how far the run is, its requests and its p95 so far', () => {
    expect(progressLine(20.4, 60, { samples: 30_000, requests: 3412, p95Ms: 41.3 })).toBe(
      'k6 running: 20 s of 60, 3,412 requests, p95 so far 41 ms',
    );
    expect(progressLine(5, undefined, { samples: 1200 })).toBe('k6 running: 5 s, 1,200 samples');
  });
});
