import { describe, expect, it } from 'vitest';
import { mergeRunSummaries } from '../../src/domain/merge.js';
import { summaryAt } from '../support/summaries.js';

describe('mergeRunSummaries', () => {
  it('keeps a warning that several shards give once, in the order first seen', () => {
    const a = summaryAt('2026-01-01T00:00:00Z');
    const b = summaryAt('2026-01-01T00:00:00Z');
    a.warnings = ['w1', 'w2'];
    b.warnings = ['w2', 'w3'];
    expect(mergeRunSummaries([a, b]).warnings).toEqual(['w1', 'w2', 'w3']);
  });

  it('adds the ingest counts and keeps a truncation', () => {
    const a = summaryAt('2026-01-01T00:00:00Z');
    const b = summaryAt('2026-01-01T00:00:00Z');
    b.ingest.truncated = true;
    const merged = mergeRunSummaries([a, b]);
    expect(merged.ingest).toMatchObject({ lines: 60, samples: 60, shards: 2, truncated: true });
    expect(merged.series[0]!.counters.http_reqs).toBe(20);
  });

  it('passes a k6 threshold only if it passed in every shard, and keeps one that only some shards report', () => {
    const a = summaryAt('2026-01-01T00:00:00Z');
    const b = summaryAt('2026-01-01T00:00:00Z');
    const c = summaryAt('2026-01-01T00:00:00Z');
    const p95 = { metric: 'http_req_duration', expression: 'p(95)<200' };
    const failed = { metric: 'http_req_failed', expression: 'rate<0.01' };
    const checks = { metric: 'checks', expression: 'rate>0.99' };
    a.thresholds = [
      { ...p95, ok: true },
      { ...failed, ok: true },
    ];
    b.thresholds = [
      { ...p95, ok: false },
      { ...failed, ok: true },
    ];
    c.thresholds = [
      { ...p95, ok: true },
      { ...checks, ok: false },
    ];
    expect(mergeRunSummaries([a, b, c]).thresholds).toEqual([
      { ...p95, ok: false },
      { ...failed, ok: true },
      { ...checks, ok: false },
    ]);
    // The same metric with another expression is another threshold.
    b.thresholds = [{ ...p95, expression: 'p(95)<300', ok: true }];
    expect(mergeRunSummaries([a, b]).thresholds).toEqual([
      { ...p95, ok: true },
      { ...failed, ok: true },
      { ...p95, expression: 'p(95)<300', ok: true },
    ]);
  });

  it("coalesces every shard's windows to the longest length, and refuses lengths that do not divide each other", () => {
    const a = summaryAt('2026-01-01T00:00:00Z');
    const b = summaryAt('2026-01-01T00:00:00Z');
    a.windowSeconds = 5;
    b.windowSeconds = 10;
    expect(mergeRunSummaries([a, b]).windowSeconds).toBe(10);
    expect(mergeRunSummaries([b, a]).windowSeconds).toBe(10);
    b.windowSeconds = 7.5;
    expect(() => mergeRunSummaries([a, b])).toThrow(
      new RangeError('shards have window lengths that do not divide each other (5s and 7.5s)'),
    );
  });

  it('lists all traffic first, then the breakdowns in the order the shards named them', () => {
    const a = summaryAt('2026-01-01T00:00:00Z');
    const b = summaryAt('2026-01-01T00:00:00Z');
    const all = a.series[0]!;
    const named = (name: string) => ({ ...all, key: { name } });
    a.series = [named('GET /b'), all];
    b.series = [named('GET /a'), named('GET /b'), all];
    expect(mergeRunSummaries([a, b]).series.map((s) => s.key)).toEqual([
      {},
      { name: 'GET /b' },
      { name: 'GET /a' },
    ]);
    // Past a few dozen series the sort merges runs and asks the comparator both ways round.
    const many = Array.from({ length: 100 }, (_, i) => named(`GET /${i}`));
    a.series = [...many.slice(0, 70), all, ...many.slice(70)];
    b.series = [all];
    expect(mergeRunSummaries([a, b]).series.map((s) => s.key)).toEqual([{}, ...many.map((s) => s.key)]);
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeRunSummaries([])).toThrow(RangeError);
  });
});
