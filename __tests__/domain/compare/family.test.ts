import { describe, expect, it } from 'vitest';
import { controlFamily, inFamily, suspectedRegression } from '../../../src/domain/compare/family.js';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { worthAnotherRun } from '../../../src/domain/compare/sequential.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { seededRandom } from '../../../src/domain/random.js';
import type { Comparison } from '../../../src/domain/report.js';
import { DEFAULT_SIM, simulateRun } from '../../../eval/simulate.js';
import { comparison } from '../../render/reports.js';

const LEVELS = { alpha: 0.01, regressionAlpha: 0.01 };
const endpoint = (name: string, over: Partial<Comparison>): Comparison =>
  comparison({ series: { name }, ...over });

describe('the per-series rows judged as one family (Holm)', () => {
  it('takes the gated per-series rows with a direction, not all traffic or reported rows', () => {
    expect(inFamily(endpoint('a', {}))).toBe(true);
    expect(inFamily(comparison())).toBe(false);
    expect(inFamily(endpoint('a', { gated: false }))).toBe(false);
    expect(inFamily(endpoint('a', { direction: 'unknown' }))).toBe(false);
  });

  it('suspects a row beyond its tolerance whose change survives the family, and no other', () => {
    const moved = endpoint('orders', {
      ratio: 1.4,
      interval: [1.06, 1.83],
      verdict: 'inconclusive',
      pValues: { change: 0.0004, regression: 0.02 },
    });
    const noisy = endpoint('search', {
      ratio: 1.15,
      interval: [0.95, 1.4],
      verdict: 'inconclusive',
      pValues: { change: 0.004, regression: 0.3 },
    });
    const quiet = endpoint('home', { ratio: 1.03, pValues: { change: 0.3, regression: 0.9 } });
    const allTraffic = comparison({ ratio: 1.02, pValues: { change: 0.2, regression: 0.95 } });
    const out = controlFamily([allTraffic, moved, noisy, quiet], LEVELS);
    expect(out[0]).toEqual(allTraffic);
    expect(out[1]!.suspected).toBe(true); // 0.0004 <= 0.01 / 3
    // The second step needs 0.01 / 2: 0.004 clears it.
    expect(out[2]!.suspected).toBe(true);
    expect(out[3]!.suspected).toBeUndefined();
    // With a fourth row the second step needs 0.01 / 3: the noisy row no longer survives the family.
    const more = controlFamily([moved, noisy, quiet, { ...quiet, stat: 'p50' }], LEVELS);
    expect(more.map((c) => c.suspected === true)).toEqual([true, false, false, false]);
    expect(suspectedRegression(more[0]!)).toBe(true);
    expect(suspectedRegression(more[1]!)).toBe(false);
  });

  it("withdraws a row's own regression that does not survive the family, and never adds one", () => {
    const alone = endpoint('orders', {
      ratio: 1.3,
      interval: [1.11, 1.52],
      verdict: 'regression',
      pValues: { change: 0.0001, regression: 0.008 },
    });
    const others = ['a', 'b', 'c'].map((n) => endpoint(n, { pValues: { change: 0.5, regression: 1 } }));
    const [judged] = controlFamily([alone, ...others], LEVELS);
    expect(judged!.verdict).toBe('inconclusive');
    expect(judged!.note).toMatch(/not once the 4 gated per-series rows are judged together \(Holm\)/);
    expect(judged!.suspected).toBe(true);
    // Alone in its family it stands.
    expect(controlFamily([alone], LEVELS)[0]!.verdict).toBe('regression');
    // A row the interval does not call a regression stays what it was, however small its p-value.
    const unchanged = endpoint('x', { pValues: { change: 0, regression: 0 } });
    expect(controlFamily([unchanged], LEVELS)[0]!.verdict).toBe('unchanged');
  });

  it('keeps the chance that an unchanged service shows any suspected row at most alpha', () => {
    // 12 rows whose estimates all lie beyond the tolerance, with uniform p-values (no change): per row at 1%
    // about 11% of trials would show one; Holm keeps the family at 1%.
    const random = seededRandom(3);
    let familyAlarms = 0;
    let rowAlarms = 0;
    const trials = 4000;
    for (let t = 0; t < trials; t++) {
      const rows = Array.from({ length: 12 }, (_, i) => {
        const p = random();
        return endpoint(`e${i}`, {
          ratio: 1.2,
          interval: [0.9, 1.6],
          verdict: 'inconclusive',
          pValues: { change: p, regression: Math.min(1, p * 5) },
        });
      });
      if (rows.some((c) => c.pValues!.change <= 0.01)) rowAlarms++;
      if (controlFamily(rows, LEVELS).some((c) => c.suspected)) familyAlarms++;
    }
    expect(rowAlarms / trials).toBeGreaterThan(0.09);
    expect(familyAlarms / trials).toBeLessThanOrEqual(0.0125);
  });
});

describe('a per-series regression the all-traffic rows do not show', () => {
  // Two endpoints, half the traffic each; GET /b 15% slower: all traffic moves about 7% (within the 10% tolerance).
  const random = seededRandom(2);
  const spec = { ...DEFAULT_SIM, requests: 8000, rho: 0.5, runEffectSd: 0.005 };
  const history = [0, 1, 2, 3, 4].map((i) => simulateRun(spec, random, Date.UTC(2026, 0, 1) + i * 3_600_000));
  const candidate = simulateRun(
    { ...spec, slowdown: 1.15, endpoint: 'GET /b' },
    random,
    Date.UTC(2026, 0, 2),
  );
  const report = compareRuns(history, candidate, DEFAULT_GATE_CONFIG);

  it('makes the gate suspected, naming the endpoint, and earns another run', () => {
    expect(
      report.comparisons.filter((c) => c.gated && Object.keys(c.series).length === 0 && c.suspected),
    ).toEqual([]);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reason).toMatch(
      /suspected but not established: http_req_duration p50 \(GET \/b\) \+16\.0%/,
    );
    const b = report.comparisons.filter((c) => c.series.name === 'GET /b' && c.gated && c.stat !== 'rate');
    expect(b.every((c) => c.suspected)).toBe(true);
    expect(report.comparisons.filter((c) => c.series.name === 'GET /a' && c.suspected)).toEqual([]);
    expect(worthAnotherRun(report, 1, 3)).toBe(true);
  });
});
