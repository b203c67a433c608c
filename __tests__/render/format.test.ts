import { describe, expect, it } from 'vitest';
import {
  abPairsText,
  age,
  candidateRunsText,
  formatChange,
  formatConfidence,
  formatTolerance,
  formatValue,
  inconclusiveAdvice,
  healthWarningLines,
  isDiagnostic,
  isHeadlineRow,
  resolutionText,
  rowMark,
  rowVerdictText,
  seriesLabel,
} from '../../src/render/format.js';
import type { Report } from '../../src/domain/report.js';
import { abPairs, comparison, report, suspected } from './reports.js';

describe('candidateRunsText', () => {
  it('says how many runs could be made, not how many looks: --runs 2 --max-runs 3 is "of at most 3"', () => {
    const r = report({
      settings: {
        confidence: 0.99,
        inconclusivePolicy: 'warn',
        noiseRuns: 5,
        candidateRuns: 2,
        looks: 2,
        maxRuns: 3,
        rerun: 'suspected',
        regressionConfidence: 0.995,
      },
    });
    expect(candidateRunsText(r)).toBe(
      "2 runs pooled of at most 3 (it runs again while a regression is suspected; a regression's bound at 99.5% on each look)",
    );
  });
  it('says how many runs were pooled without looks, and why it would run again with them', () => {
    const settings = report().settings;
    expect(candidateRunsText(report({ settings: { ...settings, candidateRuns: 3 } }))).toBe('3 runs pooled');
    expect(
      candidateRunsText(
        report({ settings: { ...settings, candidateRuns: 1, looks: 3, rerun: 'inconclusive' } }),
      ),
    ).toBe('1 run of at most 3 (it runs again while a gated comparison is unsettled)');
  });
  it('says nothing for one plain run', () => {
    expect(candidateRunsText(report())).toBeUndefined();
  });
  it('says in A/B mode how many pairs ran, after the warm-up, and why it stopped', () => {
    const ab = {
      pairs: 6,
      warmupPairs: 1,
      firstLook: 4,
      maxPairs: 20,
      looks: 17,
      order: 'AB BA BA AB',
      stopped: 'regression',
    } as const;
    const settings = { ...report().settings, looks: 17, regressionConfidence: 1 - 0.01 / 17 };
    expect(candidateRunsText(report({ ab, settings }))).toBe(
      "6 A/B pairs of at most 20 (AB BA BA AB blocks, after 1 warm-up pair, discarded); stopped: a regression is established; a regression's bound at 99.94% on each of 17 looks",
    );
    expect(
      candidateRunsText(report({ ab: { ...ab, maxPairs: 4, looks: 1, pairs: 4, stopped: 'max-pairs' } })),
    ).toBe(
      '4 A/B pairs of at most 4 (AB BA BA AB blocks, after 1 warm-up pair, discarded); stopped: still open at max-pairs',
    );
    expect(candidateRunsText(report({ ab: { ...ab, pairs: 5, stopped: 'futile' }, settings }))).toBe(
      "5 A/B pairs of at most 20 (AB BA BA AB blocks, after 1 warm-up pair, discarded); stopped: more pairs could not settle it by max-pairs (no regression is suspected, and every unsettled comparison projected to max-pairs at its estimate and spread still crosses its tolerance); a regression's bound at 99.94% on each of 17 looks",
    );
  });
});

describe('formatValue: a value in its unit, at the precision a reader needs', () => {
  it.each([
    [1234, 'ms', '1.23 s'],
    [1000, 'ms', '1.00 s'],
    [999.6, 'ms', '1000 ms'],
    [100, 'ms', '100 ms'],
    [99.94, 'ms', '99.9 ms'],
    [10, 'ms', '10.0 ms'],
    [9.994, 'ms', '9.99 ms'],
    [0.5, 'ms', '0.50 ms'],
    [0.0123, 'fraction', '1.23%'],
    [0.01, 'fraction', '1.00%'],
    [0.00123, 'fraction', '0.123%'],
    [0, 'fraction', '0.00%'],
    [1, 'fraction', '100.00%'],
    [415.4, 'per-second', '415/s'],
    [100, 'per-second', '100/s'],
    [99.94, 'per-second', '99.9/s'],
    [2_500_000, 'bytes', '2.5 MB'],
    [1_000_000, 'bytes', '1.0 MB'],
    [999_999, 'bytes', '1000.0 kB'],
    [1000, 'bytes', '1.0 kB'],
    [999, 'bytes', '999 B'],
    [123.4, '', '123'],
    [100, '', '100'],
    [12.345, '', '12.3'],
    [12.345, undefined, '12.3'],
    [NaN, 'ms', '–'],
    [Infinity, 'fraction', '–'],
  ] as const)('%d %s -> %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});

describe('formatChange and formatTolerance', () => {
  it('gives a ratio as a signed percentage with its interval, a rate as percentage points', () => {
    expect(formatChange(comparison({ ratio: 1.042, interval: [1.011, 1.075] }))).toBe('+4.2% [+1.1%, +7.5%]');
    expect(formatChange(comparison({ ratio: 0.9, interval: [0.8, 1] }))).toBe('−10.0% [−20.0%, +0.0%]');
    expect(formatChange(comparison({ ratio: 1.5, interval: null }))).toBe('+50.0%');
    expect(formatChange(comparison({ ratio: null }))).toBe('new');
    const rate = { scale: 'difference', baseline: 0.001, candidate: 0.005 } as const;
    expect(formatChange(comparison({ ...rate, interval: [0.0021, 0.006] }))).toBe('+0.40 pp [+0.21, +0.60]');
    expect(formatChange(comparison({ ...rate, candidate: 0, interval: null }))).toBe('−0.10 pp');
  });

  it('gives the tolerance as the reader thinks of it', () => {
    expect(formatTolerance(comparison({ tolerance: 0.1 }))).toBe('10%');
    expect(formatTolerance(comparison({ tolerance: 0.125 }))).toBe('12.5%');
    expect(formatTolerance(comparison({ scale: 'difference', tolerance: 0.001 }))).toBe('0.1 pp');
    expect(formatTolerance(comparison({ scale: 'difference', tolerance: 0.00025 }))).toBe('0.025 pp');
    expect(formatConfidence(0.99)).toBe('99%');
    expect(formatConfidence(1 - 0.01 / 3)).toBe('99.67%');
  });
});

describe('seriesLabel and age', () => {
  it.each([
    [{}, 'all traffic'],
    [{ scenario: 'browse' }, 'scenario browse'],
    [{ name: 'GET /a' }, 'GET /a'],
    [{ name: 'GET /a', scenario: 'buy', method: 'GET' }, 'GET /a (scenario buy, method GET)'],
    [{ scenario: 'buy', group: '::checkout' }, 'scenario buy, group ::checkout'],
  ])('%j -> %s', (key, label) => {
    expect(seriesLabel(key)).toBe(label);
  });

  it.each([
    ['2026-01-01T00:00:00Z', 'just now'],
    ['2025-12-31T23:58:31Z', 'just now'],
    ['2025-12-31T23:58:30Z', '2 minutes ago'],
    ['2025-12-31T23:59:00Z', 'just now'],
    ['2025-12-31T23:00:00Z', '60 minutes ago'],
    ['2025-12-31T22:30:00Z', '2 hours ago'],
    ['2025-12-31T23:01:00Z', '59 minutes ago'],
    ['2025-12-31T00:00:00Z', '24 hours ago'],
    ['2025-12-30T12:00:00Z', '2 days ago'],
    ['2025-12-30T00:00:00Z', '2 days ago'],
    ['2025-12-01T00:00:00Z', '31 days ago'],
  ])('%s before 2026-01-01 is %s', (iso, text) => {
    expect(age(iso, '2026-01-01T00:00:00Z')).toBe(text);
  });

  it('says nothing of an unknown or unreadable time', () => {
    expect(age(undefined, '2026-01-01T00:00:00Z')).toBeUndefined();
    expect(age('yesterday', '2026-01-01T00:00:00Z')).toBeUndefined();
    expect(age('2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z')).toBe('60 minutes ago');
    expect(age('2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z')).toBe('just now');
    expect(age('2026-01-01T00:00:00Z', '2026-01-01T00:02:00Z')).toBe('2 minutes ago');
  });
});

describe('how a row reads: its mark, its verdict words, and whether it is in the open table', () => {
  const gated = { gated: true } as const;
  const reported = { gated: false } as const;
  it.each([
    [{ ...gated, verdict: 'regression' }, 'regression', 'regression', true],
    [{ ...reported, verdict: 'regression' }, 'plain', 'regression', false],
    [{ ...gated, verdict: 'inconclusive', suspected: true }, 'suspected', 'suspected', true],
    [{ ...reported, verdict: 'inconclusive', suspected: true }, 'plain', 'suspected', false],
    [{ ...gated, verdict: 'improvement' }, 'improvement', 'improvement', true],
    [{ ...reported, verdict: 'improvement' }, 'plain', 'improvement', false],
    [{ ...gated, verdict: 'unchanged' }, 'within', 'unchanged', true],
    [{ ...gated, verdict: 'inconclusive' }, 'within', 'within tolerance', true],
    [{ ...reported, verdict: 'inconclusive', direction: 'unknown' }, 'plain', 'changed', false],
    [{ ...gated, verdict: 'regression', direction: 'unknown' }, 'plain', 'regression', true],
    [{ ...reported, verdict: 'regression', diagnostic: true }, 'plain', 'regression', false],
  ] as const)('%j: %s, "%s", open %s', (over, mark, words, open) => {
    const c = comparison(over);
    expect(rowMark(c)).toBe(mark);
    expect(rowVerdictText(c)).toBe(words);
    expect(isHeadlineRow(c)).toBe(open);
  });

  it('puts a gated breakdown row in the open table only when it regressed or is suspected', () => {
    const key = { series: { name: 'GET /a' }, gated: true } as const;
    expect(isHeadlineRow(comparison({ ...key, verdict: 'unchanged' }))).toBe(false);
    expect(isHeadlineRow(comparison({ ...key, verdict: 'inconclusive' }))).toBe(false);
    expect(isHeadlineRow(comparison({ ...key, verdict: 'regression' }))).toBe(true);
    expect(isHeadlineRow(comparison({ ...key, verdict: 'inconclusive', suspected: true }))).toBe(true);
    expect(isDiagnostic(comparison({ diagnostic: true, gated: true }))).toBe(false);
    expect(isDiagnostic(comparison({ diagnostic: true, gated: false }))).toBe(true);
  });
});

describe('resolutionText', () => {
  const resolution = (detectable: number, scale: 'ratio' | 'difference' = 'ratio', tolerance = 0.1) => ({
    metric: 'http_req_duration',
    stat: 'p95',
    scale,
    tolerance,
    detectable,
  });

  it('speaks only when the run could not have seen a change of twice the tolerance', () => {
    expect(resolutionText(report({ resolution: resolution(0.19) }))).toBeUndefined();
    expect(resolutionText(report({ resolution: resolution(0.2) }))).toBe(
      'This run could only have caught a change of 20% or more in http_req_duration p95 (tolerance 10%): more requests per run or more runs sharpen it.',
    );
    // A/B mode sharpens with pairs: its advice never speaks of runs against a stored baseline.
    expect(resolutionText({ ...abPairs(), verdict: 'pass', resolution: resolution(0.2) })).toBe(
      'This run could only have caught a change of 20% or more in http_req_duration p95 (tolerance 10%): more pairs or longer runs sharpen it.',
    );
    expect(resolutionText(report({ resolution: resolution(0.005, 'difference', 0.001) }))).toMatch(
      /^This run could only have caught a change of 0\.5 pp or more in http_req_duration p95 \(tolerance 0\.1 pp\)/,
    );
  });

  it('says nothing when the gate failed, had no baseline, or has no resolution', () => {
    expect(resolutionText(report({ verdict: 'fail', resolution: resolution(0.5) }))).toBeUndefined();
    expect(resolutionText(report({ verdict: 'no-baseline', resolution: resolution(0.5) }))).toBeUndefined();
    expect(resolutionText(report())).toBeUndefined();
    expect(resolutionText(report({ verdict: 'inconclusive', resolution: resolution(0.5) }))).toMatch(/50%/);
  });
});

describe('resolutionText: the computed advice', () => {
  const coarseWith = (over: Partial<NonNullable<Report['resolution']>>): Report =>
    report({
      resolution: {
        metric: 'http_req_duration',
        stat: 'p95',
        detectable: 0.245,
        tolerance: 0.1,
        scale: 'ratio',
        ...over,
      },
    });

  it('names the run-to-run noise, what more runs reach, and that longer runs would not help', () => {
    const text = resolutionText(
      coarseWith({
        floor: 0.212,
        advice: {
          dominant: 'run-to-run',
          share: 0.86,
          runs: { runs: 3, detectable: 0.16 },
          longer: { factor: 3, detectable: 0.24 },
          history: { runs: 10, detectable: 0.21 },
        },
      }),
    );
    expect(text).toBe(
      'This run could only have caught a change of 24.5% or more in http_req_duration p95 (tolerance 10%; 21.2% with ' +
        'the variance known): runs differ more than requests do (the run-to-run noise is 86% of the variance): ' +
        '--runs 3 would reach about 16%; --history 10 about 21%; longer runs would not help; A/B mode removes the ' +
        'run-to-run term.',
    );
  });

  it('names the within-run noise when longer runs help, best first, in the comment as settings', () => {
    const text = resolutionText(
      coarseWith({
        advice: {
          dominant: 'candidate',
          share: 0.7,
          runs: { runs: 3, detectable: 0.15 },
          longer: { factor: 3, detectable: 0.17 },
          history: { runs: 10, detectable: 0.24 },
        },
      }),
      (t) => t,
      (name, value) => `\`${name}: ${value}\``,
    );
    expect(text).toMatch(
      /\(its within-run noise is 70% of the variance\): `runs: 3` would reach about 15%; 3x longer runs about 17%\.$/,
    );
  });

  it('says what sharpens a rate, whose interval has no variance parts, and nothing below twice the tolerance', () => {
    expect(resolutionText(coarseWith({ scale: 'difference', detectable: 0.004, tolerance: 0.001 }))).toBe(
      'This run could only have caught a change of 0.4 pp or more in http_req_duration p95 (tolerance 0.1 pp): more ' +
        'requests per run or more runs sharpen it.',
    );
    expect(resolutionText(coarseWith({ detectable: 0.19 }))).toBeUndefined();
  });
});

describe('inconclusiveAdvice', () => {
  it('advises more pairs in A/B mode, never A/B mode itself', () => {
    const ab = abPairs();
    const text = inconclusiveAdvice(ab);
    expect(text).toContain(`after ${ab.ab!.pairs} A/B pairs`);
    expect(text).toContain(`--max-pairs ${2 * ab.ab!.maxPairs}`);
    expect(text).not.toMatch(/with A\/B mode/);
    // Stopped for another reason than the limit: more pairs are not the advice.
    expect(inconclusiveAdvice({ ...ab, ab: { ...ab.ab!, stopped: 'settled' } })).toBe(
      `a regression is suspected but not proven after ${ab.ab!.pairs} A/B pairs. Re-run to confirm or clear it: each pair narrows the interval.`,
    );
  });
  it('advises a rerun, a longer test or A/B mode against a stored baseline, in the surface’s words', () => {
    expect(inconclusiveAdvice(suspected())).toMatch(/Re-run .* run the test longer .* A\/B mode/);
    expect(inconclusiveAdvice(abPairs(), (name, value) => `\`${name}: ${value}\``)).toContain(
      '`max-pairs: 40`',
    );
  });
});
describe('abPairsText', () => {
  const ab = {
    pairs: 6,
    warmupPairs: 2,
    firstLook: 4,
    maxPairs: 20,
    looks: 17,
    order: 'AB BA BA AB',
    stopped: 'max-pairs',
  } as const;

  it('counts the warm-up pairs in the plural, and leaves them out when there were none', () => {
    expect(abPairsText(ab, 0.9994)).toBe(
      '6 A/B pairs of at most 20 (AB BA BA AB blocks, after 2 warm-up pairs, discarded); stopped: still open at max-pairs; ' +
        "a regression's bound at 99.94% on each of 17 looks",
    );
    expect(abPairsText({ ...ab, warmupPairs: 0, looks: 1 }, 0.95)).toBe(
      '6 A/B pairs of at most 20 (AB BA BA AB blocks); stopped: still open at max-pairs',
    );
  });
});

describe('healthWarningLines', () => {
  it('words the warnings only: a broken finding leads the reason instead', () => {
    const finding = (severity: 'warning' | 'broken', what: string) => ({
      severity,
      check: 'requests-failed' as const,
      what,
      see: 'run it by hand',
    });
    const lines = healthWarningLines({
      health: [finding('broken', 'all failed'), finding('warning', 'some failed')],
    } as never);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^run health: some failed/);
  });
});
