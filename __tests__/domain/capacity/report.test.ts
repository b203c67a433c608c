/**
 * The capacity Report and its rendering: the verdict from the capacity comparison, objectives that changed make
 * it inconclusive, the report and the stored summary validate against their schemas, and the comment shows the
 * capacity line, the charts (p95 and error rate against offered rate, both runs, the objectives' lines) and the
 * steps, with text from the report escaped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { capacityReport } from '../../../src/domain/capacity/report.js';
import { capacityRunOf } from '../../../src/domain/capacity/result.js';
import type { CapacityStep } from '../../../src/domain/capacity-model.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { parseRunSummary } from '../../../src/ingest/validate.js';
import { renderComment, renderTerminal } from '../../../src/render/index.js';
import { valuesAt } from '../../../src/render/capacity.js';
import { ROOT } from '../../support/k6.js';
import { SETTINGS, SLOS, stepAt } from '../../support/capacity-steps.js';
import { summaryAt } from '../../support/summaries.js';

const validateReport = new Ajv({ strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')),
);

function summaryWith(
  steps: CapacityStep[],
  slos = SLOS,
): RunSummary & { capacity: ReturnType<typeof capacityRunOf> } {
  return { ...summaryAt('2026-01-01T00:00:00Z'), capacity: capacityRunOf(steps, slos, 'default', SETTINGS) };
}

const baseline = summaryWith([
  stepAt(20, 52, 'met'),
  stepAt(40, 55, 'met'),
  stepAt(80, 222, 'broken'),
  stepAt(57, 53, 'met'),
  stepAt(77, 70, 'met'),
]);
const slower = summaryWith([
  stepAt(20, 78, 'met'),
  stepAt(40, 80, 'met'),
  stepAt(80, 900, 'broken'),
  stepAt(57, 300, 'broken'),
  stepAt(48, 90, 'met'),
  stepAt(52, 120, 'met'),
  stepAt(54, 260, 'broken'),
]);
const input = { tolerance: 0.1, confidence: 0.99, inconclusivePolicy: 'warn' as const };

describe('the capacity report', () => {
  it('summarises a search: rate, bracket, what broke first, margins at the rate reported', () => {
    expect(baseline.capacity.estimate).toEqual({ rate: 77, low: 77, high: 80 });
    expect(baseline.capacity.brokeFirst).toEqual([SLOS[0], 'throughput']);
    expect(baseline.capacity.margins?.[0]?.value).toBe(70);
  });

  it('fails a candidate 1.5x slower, and the stored summary and the report validate', () => {
    const report = capacityReport({ ...input, baselines: [baseline], candidate: slower });
    expect(report.verdict).toBe('fail');
    expect(report.capacity).toMatchObject({
      baseline: { rate: 77, low: 77, high: 80 },
      candidate: { rate: 52, low: 52, high: 54 },
      verdict: 'regression',
    });
    expect(report.capacity?.steps.baseline).toHaveLength(5);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(parseRunSummary(JSON.parse(JSON.stringify(slower)), 'test').capacity?.estimate.rate).toBe(52);
  });

  it('passes the same capacity and has no baseline without a stored capacity', () => {
    expect(capacityReport({ ...input, baselines: [baseline], candidate: baseline }).verdict).toBe('pass');
    const none = capacityReport({
      ...input,
      baselines: [summaryAt('2026-01-01T00:00:00Z')],
      candidate: baseline,
    });
    expect(none.verdict).toBe('no-baseline');
    expect(none.warnings[0]).toMatch(/no capacity measurement/);
  });

  it("names the baseline's provenance with the runs compared, and none without a stored capacity", () => {
    const provenance = { runs: 9, commit: 'c'.repeat(40), source: 'local directory' };
    const withRuns = capacityReport({
      ...input,
      provenance,
      baselines: [baseline, baseline],
      candidate: slower,
    });
    expect(withRuns.baseline).toEqual({ ...provenance, runs: 2 });
    const none = capacityReport({
      ...input,
      provenance,
      baselines: [summaryAt('2026-01-01T00:00:00Z')],
      candidate: slower,
    });
    expect(none.baseline).toBeNull();
    expect(capacityReport({ ...input, baselines: [baseline], candidate: slower }).baseline).toBeNull();
  });

  it('is inconclusive against a baseline measured with other objectives, unless forced', () => {
    const other = summaryWith(slower.capacity.steps, ['http_req_duration:p99<500ms']);
    const r = capacityReport({ ...input, baselines: [baseline], candidate: other });
    expect(r.verdict).toBe('inconclusive');
    expect(r.fingerprint).toMatchObject({ match: false, forced: false });
    const forced = capacityReport({ ...input, baselines: [baseline], candidate: other, force: true });
    expect(forced.verdict).toBe('fail');
    // The report says the comparison was forced.
    expect(forced.fingerprint.forced).toBe(true);
    // ...and that the objectives differ, forced or not.
    expect(forced.fingerprint.match).toBe(false);
    expect(forced.fingerprint.differences).toEqual(r.fingerprint.differences);
    expect(capacityReport({ ...input, baselines: [baseline], candidate: slower }).fingerprint).toEqual({
      match: true,
      forced: false,
      differences: [],
    });
  });
});

describe('rendering capacity', () => {
  const report = capacityReport({ ...input, baselines: [baseline], candidate: slower });

  it('shows the capacity line, both runs and the objective in each chart, and the steps', () => {
    const md = renderComment(report, { gateId: 'capacity', now: '2026-01-02T00:00:00Z' });
    expect(md).toContain('**Capacity**');
    expect(md).toContain(
      '77/s \\[77–80\\] → 52/s \\[52–54\\], -32.5% \\[-35%, -29.9%\\] \\(tolerance 10%\\): regression',
    );
    expect(md).toContain(', in iterations/s):');
    expect(md).toContain('x-axis "offered iterations/s" [20, 40, 48, 52, 54, 57, 77, 80]');
    // p95 chart: baseline, candidate, then the 200 ms objective; the error-rate chart's objective is 1%.
    expect(md).toContain('line [200, 200, 200, 200, 200, 200, 200, 200]');
    expect(md).toContain('line [1, 1, 1, 1, 1, 1, 1, 1]');
    expect(md).toContain('| 77 | 77 | 35 ms | 70 ms | 84 ms | 0% | 0 | ✓ |');
    expect(md).toContain(
      '**Margins at 52/s:** `http_req_duration:p95<200ms` 120 ms (40% headroom); `http_req_failed:rate<1%` 0% (100% headroom).',
    );
    expect(md).toMatch(/```\n\n```mermaid/);
    expect(renderTerminal(report, { color: false })).toMatch(/capacity: 77\/s \[77–80\] → 52\/s/);
  });

  it('escapes objectives from a hostile report', () => {
    const hostile = structuredClone(report);
    hostile.capacity!.slos = ['x:p95<1ms`<img src=x>` @everyone'];
    hostile.capacity!.brokeFirst = ['<script>'];
    const md = renderComment(hostile, { gateId: 'capacity', now: '2026-01-02T00:00:00Z' });
    // Inside one code span (no backtick can end it early) the text is shown, never interpreted; no mention pings.
    expect(md).toContain("`x:p95<1ms'<img src=x>' @\u200deveryone`");
    expect(md).toContain('`<script>`');
    expect(md).not.toContain('@everyone');
  });

  it('interpolates a run between its steps and holds its ends (known values)', () => {
    const steps = [stepAt(20, 50, 'met'), stepAt(40, 100, 'met')];
    expect(valuesAt(steps, [10, 20, 30, 40, 80], (s) => s.p95)).toEqual([50, 50, 75, 100, 100]);
    expect(valuesAt([], [10], (s) => s.p95)).toEqual([0]);
  });
});
