import { describe, expect, it } from 'vitest';
import type { CapacityStep } from '../../src/domain/capacity-model.js';
import { capacityLine, capacitySection, formatEstimate, valuesAt } from '../../src/render/capacity.js';

const step = (offered: number, p95: number | null): CapacityStep => ({
  offered,
  achieved: offered,
  seconds: 10,
  requests: offered * 10,
  errorRate: 0,
  p50: p95,
  p95,
  p99: p95,
  dropped: 0,
  slos: [],
  verdict: 'met',
  reason: '',
});

describe('valuesAt: a value per chart category from the steps a run measured', () => {
  const steps = [step(200, 30), step(100, 10), step(400, null), step(300, NaN)];
  it('is measured at a step, interpolated between steps, the nearest step beyond them', () => {
    // Unsorted steps and steps without a value (null, NaN) are handled: only 100 -> 10 and 200 -> 30 count.
    expect(valuesAt(steps, [50, 100, 150, 175, 200, 250], (s) => s.p95)).toEqual([10, 10, 20, 25, 30, 30]);
  });
  it('is 0 with no usable step, and the later value when two steps share a rate', () => {
    expect(valuesAt([step(100, null)], [100, 200], (s) => s.p95)).toEqual([0, 0]);
    expect(valuesAt([step(100, 10), step(100, 20)], [100, 150], (s) => s.p95)).toEqual([10, 20]);
  });
});

describe('the capacity line', () => {
  const c = {
    baseline: { rate: 400, low: 400, high: 420 },
    candidate: { rate: 300, low: 290, high: null },
    change: -0.25,
    changeRange: [-0.3, null] as [number, number | null],
    tolerance: 0.1,
    verdict: 'regression' as const,
  };
  it('gives both estimates with their ranges, the change with its range, the tolerance and the verdict', () => {
    expect(capacityLine(c as never)).toBe(
      '400/s [400–420] → 300/s [290–not reached], -25% [-30%, open] (tolerance 10%): regression',
    );
    expect(capacityLine({ ...c, change: 0.051, changeRange: [0.01, 0.1] } as never)).toBe(
      '400/s [400–420] → 300/s [290–not reached], +5.1% [+1%, +10%] (tolerance 10%): regression',
    );
    expect(capacityLine({ ...c, change: 0, changeRange: null } as never)).toBe(
      '400/s [400–420] → 300/s [290–not reached], +0% (tolerance 10%): regression',
    );
    expect(capacityLine({ ...c, baseline: null, change: null, verdict: 'no-baseline' } as never)).toBe(
      'none → 300/s [290–not reached] (tolerance 10%): no-baseline',
    );
  });
  it('rounds an estimate to four significant digits', () => {
    expect(formatEstimate({ rate: 1234.56, low: 1200.04, high: 1300.5 })).toBe('1235/s [1200–1301]');
    expect(formatEstimate(null)).toBe('none');
  });
});

describe('the layout of the capacity section', () => {
  it('puts one blank line between every part, so each renders as its own block', () => {
    const lines = capacitySection({
      capacity: {
        baseline: { rate: 300, low: 300, high: 400 },
        candidate: { rate: 200, low: 200, high: 300 },
        change: -0.33,
        changeRange: [-0.5, -0.1],
        tolerance: 0.1,
        verdict: 'regression',
        slos: ['http_req_duration:p95<200ms'],
        brokeFirst: ['http_req_duration:p95<200ms'],
        margins: null,
        generatorLimited: 400,
        bottleneck: { resource: 'GC', evidence: 'at 300/s gc' },
        steps: { baseline: [step(100, 10), step(300, 50)], candidate: [step(100, 20), step(300, 150)] },
      },
    } as never);
    const outline = lines.filter((l) => !l.startsWith('|') && !l.startsWith('  '));
    expect(outline).toEqual([
      expect.stringMatching(/^\*\*Capacity\*\* \(maximum sustained rate under `http_req_duration:p95<200ms`/),
      '',
      '**Broke first:** `http_req_duration:p95<200ms`.',
      '',
      '**Bottleneck:** GC: at 300/s gc.',
      '',
      '**Load generator:** k6 could not keep up at 400/s; the service may carry more.',
      '',
      '```mermaid',
      'xychart-beta',
      '```',
      '',
      '```mermaid',
      'xychart-beta',
      '```',
      '',
      "<sub>Lines: baseline, candidate, then the objective; values between a run's steps are interpolated.</sub>",
      '',
      '<details><summary>Baseline steps: 2 steps</summary>',
      '',
      '',
      '</details>',
      '',
      '<details><summary>Candidate steps: 2 steps</summary>',
      '',
      '',
      '</details>',
    ]);
  });
});

describe('the capacity section of the comment', () => {
  const section = (baselineSteps: CapacityStep[], candidateSteps: CapacityStep[], margins: unknown = null) =>
    capacitySection({
      capacity: {
        baseline: baselineSteps.length > 0 ? { rate: 300, low: 300, high: 400 } : null,
        candidate: { rate: 300, low: 300, high: 400 },
        change: baselineSteps.length > 0 ? 0 : null,
        changeRange: null,
        tolerance: 0.1,
        verdict: baselineSteps.length > 0 ? 'unchanged' : 'no-baseline',
        slos: ['http_req_duration:p95<200ms', 'http_req_failed:rate<1%'],
        brokeFirst: [],
        margins,
        generatorLimited: null,
        steps: { baseline: baselineSteps, candidate: candidateSteps },
      },
    } as never);

  it("gives the margins at the candidate's rate, and no margins line when there are none", () => {
    const margin = { slo: 'http_req_duration:p95<200ms', value: 150, margin: 0.25 };
    expect(section([], [step(100, 20)], [margin])).toContain(
      '**Margins at 300/s:** `http_req_duration:p95<200ms` 150 ms (25% headroom).',
    );
    for (const none of [null, []])
      expect(section([], [step(100, 20)], none).some((l) => l.startsWith('**Margins'))).toBe(false);
  });

  it('lists the steps in order of offered rate, with their header, once per run', () => {
    const steps = [step(300, 150), step(100, 20), step(200, null)];
    const lines = section([], steps);
    const start = lines.indexOf('<details><summary>Candidate steps: 3 steps</summary>');
    expect(lines.slice(start, start + 8)).toEqual([
      '<details><summary>Candidate steps: 3 steps</summary>',
      '',
      '| offered iterations/s | achieved iterations/s | p50 | p95 | p99 | errors | dropped | objectives |',
      '|---|---|---|---|---|---|---|---|',
      '| 100 | 100 | 20 ms | 20 ms | 20 ms | 0% | 0 | ✓ |',
      '| 200 | 200 | n/a | n/a | n/a | 0% | 0 | ✓ |',
      '| 300 | 300 | 150 ms | 150 ms | 150 ms | 0% | 0 | ✓ |',
      '',
    ]);
    expect(lines.some((l) => l.startsWith('<details><summary>Baseline steps'))).toBe(false);
    // Without baseline steps no blank line is left for their table: the candidate's follows one blank line.
    expect(lines[start - 1]).toBe('');
    expect(lines[start - 2]).not.toBe('');
    expect(section(steps, steps).filter((l) => l.startsWith('<details><summary>'))).toEqual([
      '<details><summary>Baseline steps: 3 steps</summary>',
      '<details><summary>Candidate steps: 3 steps</summary>',
    ]);
  });

  it('marks each step: objectives met, broken, or a generator that could not keep up', () => {
    const steps = [
      { ...step(100, 20), verdict: 'met' as const },
      { ...step(200, 250), verdict: 'broken' as const },
      { ...step(300, 90), verdict: 'generator-limited' as const },
    ];
    const rows = section([], steps).filter((l) => /^\| \d/.test(l));
    expect(rows.map((r) => r.split(' | ').at(-1))).toEqual(['✓ |', '✗ |', '⚠️ generator |']);
  });

  it("gives a step's error rate in percent to four digits, n/a when the step made no request, and its dropped", () => {
    const steps = [
      { ...step(100, 20), errorRate: 0.01234, dropped: 3 },
      { ...step(200, null), errorRate: null, requests: 0 },
    ];
    const rows = section([], steps).filter((l) => /^\| \d/.test(l));
    expect(rows).toEqual([
      '| 100 | 100 | 20 ms | 20 ms | 20 ms | 1.234% | 3 | ✓ |',
      '| 200 | 200 | n/a | n/a | n/a | n/a | 0 | ✓ |',
    ]);
  });

  it("draws each objective's limit across its chart: 200 ms for p95, 1% for errors", () => {
    const lines = section([], [step(100, 20), step(300, 150)]);
    const limits = lines.filter((l) => /^ {2}line \[([1-9]\d*), \1\]$/.test(l));
    expect(limits).toEqual(['  line [200, 200]', '  line [1, 1]']);
    expect(lines.filter((l) => l.startsWith('  title '))).toEqual([
      '  title "p95 latency (ms) against offered rate"',
      '  title "error rate (%) against offered rate"',
    ]);
  });

  it('draws the baseline line before the candidate and the objective when a baseline has steps, else none', () => {
    const lines = (baselineSteps: CapacityStep[]) => {
      const all = section(baselineSteps, [step(100, 20), step(300, 150)]);
      const latency = all.slice(all.indexOf('  title "p95 latency (ms) against offered rate"'));
      return latency.slice(0, latency.indexOf('```')).filter((l) => l.startsWith('  line '));
    };
    expect(lines([step(100, 10), step(300, 50)])).toEqual([
      '  line [10, 50]',
      '  line [20, 150]',
      '  line [200, 200]',
    ]);
    expect(lines([])).toEqual(['  line [20, 150]', '  line [200, 200]']);
  });
});
