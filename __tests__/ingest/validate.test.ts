import { describe, expect, it } from 'vitest';
import { RUN_SUMMARY_SCHEMA_VERSION } from '../../src/domain/run-summary.js';
import { PerfGateError } from '../../src/errors.js';
import { parseRunSummary } from '../../src/ingest/validate.js';
import { summaryAt } from '../support/summaries.js';

const valid = () => JSON.parse(JSON.stringify(summaryAt('2026-01-01T00:00:00Z')));
const failure = (json: unknown): PerfGateError => {
  try {
    parseRunSummary(json, 'baseline.json');
  } catch (err) {
    if (err instanceof PerfGateError) return err;
    throw err;
  }
  throw new Error('parseRunSummary accepted it');
};

describe('parseRunSummary: a stored run summary is hostile until checked', () => {
  it('returns a valid summary as it is', () => {
    const json = valid();
    expect(parseRunSummary(json, 'baseline.json')).toBe(json);
  });

  it("does not check the schema's formats (dates are checked where they are used)", () => {
    const json = valid();
    json.run.start = 'not a date';
    expect(parseRunSummary(json, 'baseline.json').run.start).toBe('not a date');
  });

  it('refuses an older schema version with how to re-create it, a newer one with an upgrade', () => {
    const older = failure({ ...valid(), schemaVersion: RUN_SUMMARY_SCHEMA_VERSION - 1 });
    expect(older.message).toBe(
      `baseline.json is a run summary of schema version ${RUN_SUMMARY_SCHEMA_VERSION - 1}; this perf-gate reads version ${RUN_SUMMARY_SCHEMA_VERSION}`,
    );
    expect(older.hint).toBe('Re-create the baseline with this perf-gate (--save-baseline)');
    expect(failure({ ...valid(), schemaVersion: RUN_SUMMARY_SCHEMA_VERSION + 1 }).hint).toBe(
      'Upgrade perf-gate',
    );
  });

  it('names the first bad field, or the top level', () => {
    const json = valid();
    json.run.durationSeconds = 'ten';
    const bad = failure(json);
    expect(bad.message).toMatch(
      /^baseline\.json is not a valid perf-gate run summary: run\.durationSeconds /,
    );
    expect(bad.hint).toBe('Re-create it with `perf-gate summarize` or a new baseline run');
    expect(failure([]).message).toMatch(/: \(top level\) /);
    expect(failure(null).message).toMatch(/: \(top level\) /);
  });

  it('refuses a number JSON cannot hold (1e999 parses as Infinity), naming it and how to re-create the file', () => {
    const json = JSON.parse(
      JSON.stringify(valid()).replace('"durationSeconds":10', '"durationSeconds":1e999'),
    );
    const bad = failure(json);
    expect(bad.message).toBe(
      'baseline.json is not a valid perf-gate run summary: run.durationSeconds is not a finite number',
    );
    expect(bad.hint).toBe('Re-create it with `perf-gate summarize` or a new baseline run');
  });

  it('checks what the schema cannot: the buckets of every histogram add up to its count', () => {
    const json = valid();
    json.series[0].trends.http_req_duration.count += 1;
    const bad = failure(json);
    expect(bad.message).toMatch(/^baseline\.json: series\.0\.trends\.http_req_duration: /);
    expect(bad.hint).toBe('The file is damaged; re-create it');
    const failed = valid();
    failed.series[0].failedTrends.http_req_duration = {
      ...failed.series[0].trends.http_req_duration,
      count: 99,
    };
    expect(failure(failed).message).toMatch(/^baseline\.json: series\.0\.failedTrends\.http_req_duration: /);
  });
});
