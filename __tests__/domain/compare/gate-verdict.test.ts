import { describe, expect, it } from 'vitest';
import {
  comparisonName,
  decideGate,
  describeComparison,
  listComparisons,
} from '../../../src/domain/compare/gate-verdict.js';
import type { Comparison } from '../../../src/domain/report.js';

const latency = (series: Record<string, string>, interval: [number, number]): Comparison => ({
  metric: 'http_req_duration',
  stat: 'p95',
  series,
  baseline: 10,
  candidate: 10 * Math.sqrt(interval[0] * interval[1]),
  ratio: Math.sqrt(interval[0] * interval[1]),
  scale: 'ratio',
  interval,
  tolerance: 0.1,
  direction: 'higher-is-worse',
  verdict: interval[0] > 1.1 ? 'regression' : interval[1] <= 1.1 ? 'unchanged' : 'inconclusive',
  gated: true,
  method: 'test',
  samples: { baseline: 1000, candidate: 1000 },
});

describe('the gate verdict and its reason', () => {
  it('names a comparison by metric and statistic, and a breakdown by its series values joined by spaces', () => {
    expect(comparisonName(latency({}, [1, 1.21]))).toBe('http_req_duration p95');
    const breakdown = latency({ method: 'GET', name: '/products' }, [1, 1.21]);
    expect(comparisonName(breakdown)).toBe('http_req_duration p95 (GET /products)');
    expect(describeComparison(breakdown)).toBe('http_req_duration p95 (GET /products) +10.0%');
    // A rate's change in percentage points, two decimals: 0.10% -> 0.60% is 0.50 pp.
    const rate = { ...latency({}, [0.004, 0.006]), metric: 'http_req_failed', stat: 'rate' };
    const rise = { ...rate, scale: 'difference' as const, baseline: 0.001, candidate: 0.006 };
    expect(describeComparison(rise)).toBe('http_req_failed rate +0.50 pp');
    expect(describeComparison({ ...rise, candidate: 0 })).toBe('http_req_failed rate -0.10 pp');
  });

  it('names all traffic first, then the worst breakdowns, and counts the rest', () => {
    const cs = [
      latency({ name: 'GET /a' }, [1.2, 1.3]),
      latency({ name: 'GET /b' }, [1.5, 1.7]),
      latency({}, [1.15, 1.25]),
      latency({ name: 'GET /c' }, [1.11, 1.2]),
      latency({ name: 'GET /d' }, [1.3, 1.4]),
    ];
    expect(listComparisons(cs)).toBe(
      'http_req_duration p95 +19.9%, http_req_duration p95 (GET /b) +59.7%, ' +
        'http_req_duration p95 (GET /d) +34.9% and 2 more',
    );
    const { verdict, reason } = decideGate(cs, [], false, []);
    expect(verdict).toBe('fail');
    expect(reason).toMatch(/and 2 more regressed beyond tolerance\.$/);
  });

  it('is inconclusive only when a regression is suspected: a gated all-traffic estimate beyond the tolerance', () => {
    // Straddling the tolerance with the estimate within it (1.095) is a pass: the resolution says what it could see.
    expect(decideGate([latency({}, [1.0, 1.2])], [], false, []).verdict).toBe('pass');
    // The estimate beyond it (1.2), not established: suspected.
    const suspectedRun = decideGate([latency({}, [1.05, 1.37])], [], false, []);
    expect(suspectedRun.verdict).toBe('inconclusive');
    expect(suspectedRun.reason).toMatch(
      /^a regression is suspected but not established: http_req_duration p95 \+19\.9%/,
    );
    // A per-series estimate beyond the tolerance alone does not make the gate yellow; the family's suspicion does
    // (family.ts: the change must survive Holm over the gated per-series rows).
    expect(decideGate([latency({ name: 'GET /a' }, [1.05, 1.37])], [], false, []).verdict).toBe('pass');
    const familySuspect = { ...latency({ name: 'GET /a' }, [1.05, 1.37]), suspected: true };
    const bySeries = decideGate([familySuspect], [], false, []);
    expect(bySeries.verdict).toBe('inconclusive');
    expect(bySeries.reason).toMatch(/http_req_duration p95 \(GET \/a\) \+19\.9%/);
  });

  it('fails on k6 threshold failures even without a regression, naming them', () => {
    const r = decideGate(
      [],
      [{ metric: 'http_req_duration', expression: 'p(95)<200', ok: false }],
      false,
      [],
    );
    expect(r).toEqual({ verdict: 'fail', reason: "k6's thresholds failed (http_req_duration p(95)<200)." });
  });

  it('is not made inconclusive by a reported or a per-series comparison that is only suspected', () => {
    const suspected = latency({}, [1.05, 1.37]);
    expect(decideGate([suspected], [], false, []).verdict).toBe('inconclusive');
    const unchanged = latency({}, [0.95, 1.05]);
    expect(decideGate([{ ...suspected, gated: false }, unchanged], [], false, []).verdict).toBe('pass');
    expect(decideGate([latency({ name: 'GET /a' }, [1.05, 1.37])], [], false, []).verdict).toBe('pass');
    expect(decideGate([{ ...suspected, ratio: 1.05 }], [], false, []).verdict).toBe('pass');
  });

  it('adds the regressions to failed thresholds, unless the workloads differ (then they mean nothing)', () => {
    const failed = [{ metric: 'http_req_duration', expression: 'p(95)<200', ok: false }];
    const slower = [latency({}, [1.15, 1.25])];
    expect(decideGate(slower, failed, false, []).reason).toBe(
      "k6's thresholds failed (http_req_duration p(95)<200), and http_req_duration p95 +19.9% regressed beyond tolerance.",
    );
    expect(decideGate(slower, failed, true, ['scenario a: rate 1 -> 2'])).toEqual({
      verdict: 'fail',
      reason: "k6's thresholds failed (http_req_duration p(95)<200).",
    });
  });

  it('never passes when no gated statistic was compared, and says what was compared and why not gated', () => {
    // A config that reports everything (report-only, `gate: false`) must not turn a 68% slowdown into a pass.
    const slower = latency({}, [1.6, 1.75]);
    const reportedOnly = decideGate([{ ...slower, gated: false }], [], false, []);
    expect(reportedOnly.verdict).toBe('inconclusive');
    expect(reportedOnly.reason).toBe(
      'no gated statistic was compared: the 1 compared (http_req_duration p95 +67.3%) are reported only, by the ' +
        'report-only setting, `gate: false` rules, or because the metric is a diagnostic or has no known direction. ' +
        'A gate that judges nothing cannot pass: gate at least one statistic (drop it from report-only, or its `gate: false` rule).',
    );
    // The list names all traffic's statistics when any was compared, and the breakdowns only when none was.
    const byName = (name: string, interval: [number, number]) => ({
      ...latency({ name }, interval),
      gated: false,
    });
    const mixed = decideGate([byName('GET /a', [1.2, 1.3]), { ...slower, gated: false }], [], false, []);
    expect(mixed.reason).toMatch(
      /^no gated statistic was compared: the 2 compared \(http_req_duration p95 \+67\.3%\) are /,
    );
    const breakdownsOnly = decideGate(
      [byName('GET /a', [1.2, 1.3]), byName('GET /b', [0.9, 1])],
      [],
      false,
      [],
    );
    expect(breakdownsOnly.reason).toMatch(
      /^no gated statistic was compared: the 2 compared \(.*GET \/a.*, .*GET \/b.*\) are /,
    );
    const nothing = decideGate([], [], false, []);
    expect(nothing.verdict).toBe('inconclusive');
    expect(nothing.reason).toMatch(/^no statistic was compared: this run and the baseline share no metric/);
    // One gated statistic compared, within tolerance: a pass that counts it.
    expect(decideGate([latency({}, [0.95, 1.05])], [], false, [])).toEqual({
      verdict: 'pass',
      reason: 'No gated statistic regressed beyond its tolerance (1 compared).',
    });
  });
});
