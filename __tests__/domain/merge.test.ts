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

  it('refuses to merge nothing', () => {
    expect(() => mergeRunSummaries([])).toThrow(RangeError);
  });
});
