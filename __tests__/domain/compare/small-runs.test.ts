/** Statistics at small n: every comparison is defined (or says it cannot gate) for runs of 0 to a few requests. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { estimateLogQuantile } from '../../../src/domain/compare/quantile-estimate.js';
import { customRun } from '../../support/custom-runs.js';

const tiny = (iterations: number, seed: number, day = 1) =>
  customRun(
    {
      iterations,
      rate: 5,
      rates: { errs: 0.3 },
      trends: { step: 40 },
      thresholds: { errs: ['rate<0.5'] },
      http: true,
      seed,
    },
    Date.UTC(2026, 0, day),
  );

describe('small runs never crash the comparison', () => {
  it.each([1, 2, 3, 10])(
    '%i-iteration runs compare without throwing, and nothing is gated on so few samples',
    (n) => {
      const report = compareRuns([tiny(n, 1, 1)], tiny(n, 2, 2), DEFAULT_GATE_CONFIG);
      expect(['pass', 'inconclusive']).toContain(report.verdict);
      expect(report.comparisons.length).toBeGreaterThan(0);
      expect(report.comparisons.filter((c) => c.gated)).toEqual([]);
    },
  );

  it('order-statistic fallback stays inside [0, 1] for every n and quantile', () => {
    for (const n of [1, 2, 3, 4, 5, 10, 11]) {
      const run = tiny(n, 3);
      for (const q of [0.5, 0.9, 0.95, 0.99, 0.999]) {
        const e = estimateLogQuantile(
          run.series[0]!,
          'http_req_duration',
          q,
          DEFAULT_GATE_CONFIG.minTailSamples,
        );
        expect(e && Number.isFinite(e.log) && e.variance >= 0, `n=${n} q=${q}`).toBe(true);
      }
    }
  });

  it('property: compareRuns over random tiny histories and candidates never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 0, maxLength: 4 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 1000 }),
        (historySizes, candidateSize, seed) => {
          const history = historySizes.map((n, i) => tiny(n, seed + i, i + 1));
          const report = compareRuns(history, tiny(candidateSize, seed + 99, 10), DEFAULT_GATE_CONFIG, {
            looks: 3,
          });
          expect(report.verdict).not.toBe('fail');
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
