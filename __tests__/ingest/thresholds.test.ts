import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { applyEndOfTestSummary } from '../../src/ingest/thresholds.js';
import { summaryAt } from '../support/summaries.js';

const before = () => summaryAt('2026-01-01T00:00:00Z');

describe("applyEndOfTestSummary: k6's threshold outcomes", () => {
  it('reads handleSummary layout ({ok}) as it is and --summary-export booleans inverted, sorted', () => {
    const s = applyEndOfTestSummary(before(), {
      metrics: {
        http_req_failed: { thresholds: { 'rate<0.01': { ok: true }, 'rate<0.001': { ok: false } } },
        checks: { thresholds: { 'rate>0.99': false } },
        http_req_duration: { thresholds: { 'p(95)<500': true } },
        vus: {},
        weird: { thresholds: { 'a<1': 'yes', 'b<1': null, 'c<1': { ok: 'true' } } },
      },
    });
    expect(s.thresholds).toEqual([
      { metric: 'checks', expression: 'rate>0.99', ok: true },
      { metric: 'http_req_duration', expression: 'p(95)<500', ok: false },
      { metric: 'http_req_failed', expression: 'rate<0.001', ok: false },
      { metric: 'http_req_failed', expression: 'rate<0.01', ok: true },
    ]);
    expect(s.warnings).toEqual([]);
  });

  it('leaves the outcomes unknown, with a warning, for the new machine-readable summary', () => {
    const s = applyEndOfTestSummary(before(), {
      version: '1',
      config: {},
      metadata: {},
      results: { metrics: [] },
    });
    expect(s.thresholds).toEqual([]);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatch(/new machine-readable layout/);
    // Without its config and metadata it is not that layout: a summary without metrics is refused.
    expect(() => applyEndOfTestSummary(before(), { results: { metrics: [] }, config: {} })).toThrow(
      PerfGateError,
    );
  });

  it('refuses a summary without metrics, saying which file to pass', () => {
    for (const bad of [null, {}, { metrics: 3 }, 'text']) {
      expect(() => applyEndOfTestSummary(before(), bad)).toThrow(
        "the k6 end-of-test summary has no 'metrics'",
      );
    }
  });
});
