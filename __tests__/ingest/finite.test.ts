import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/action/report-file.js';
import { nonFiniteAt } from '../../src/ingest/finite.js';
import { readBaselineFile } from '../../src/io/github/baseline-file.js';
import { readRunSummary } from '../../src/io/run-summary-file.js';
import { report } from '../render/reports.js';
import { summaryAt } from '../support/summaries.js';

describe('nonFiniteAt', () => {
  it('finds the first number JSON.parse read as Infinity, by its path', () => {
    expect(nonFiniteAt(JSON.parse('{"a":{"b":[1,2,-1e999]},"c":1e999}'))).toBe('a.b.2');
    expect(nonFiniteAt(JSON.parse('1e400'))).toBe('(top level)');
    expect(nonFiniteAt(JSON.parse('{"a":[1,{"b":null,"c":"1e999"}]}'))).toBeUndefined();
  });
  it('walks a deeply nested document without overflowing the stack', () => {
    expect(nonFiniteAt(JSON.parse(`${'['.repeat(100_000)}1e999${']'.repeat(100_000)}`))).toMatch(/^0(\.0)+$/);
  });
});

describe('a number too large for a double is refused wherever a document is read from outside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'finite-'));
  /** The document as JSON text with its first `"key":<number>` replaced by 1e999. */
  const withInfinity = (doc: unknown, key: string): string => {
    const text = JSON.stringify(doc);
    const out = text.replace(new RegExp(`"${key}":-?[0-9.e+-]+`), `"${key}":1e999`);
    expect(out).not.toBe(text);
    return out;
  };

  it('a run summary file (perf-gate compare, merge, a local baseline)', async () => {
    const file = join(dir, 'summary.json');
    writeFileSync(file, withInfinity(summaryAt('2026-01-01T00:00:00Z'), 'durationSeconds'));
    await expect(readRunSummary(file)).rejects.toThrow(/run.durationSeconds is not a finite number/);
  });

  it('a baseline artifact: skipped with the reason', async () => {
    const file = join(dir, 'run-1.json');
    writeFileSync(file, withInfinity(summaryAt('2026-01-01T00:00:00Z'), 'durationSeconds'));
    expect(await readBaselineFile(file)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/is not a finite number/),
    });
  });

  it("the companion's report artifact (an Infinity would break the Mermaid chart)", async () => {
    const file = join(dir, 'report.json');
    writeFileSync(file, withInfinity(report(), 'candidate'));
    await expect(readReport(file)).rejects.toThrow(/candidate is not a finite number/);
  });
});
