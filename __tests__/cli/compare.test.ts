/** `perf-gate compare` in-process: run summaries and raw k6 output alike, one outcome function for the exit code. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli.js';
import { ROOT } from '../support/k6.js';

const FIXTURE = join(ROOT, '__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz');

const cli = cliInProcess;

describe('perf-gate compare', () => {
  it('summarizes raw k6 output on the fly instead of calling it damaged JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-compare-'));
    const r = await cli(['compare', FIXTURE, FIXTURE, '--json', join(dir, 'r.json')]);
    expect(r.stderr).not.toMatch(/not JSON/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/perf-gate: (PASS|INCONCLUSIVE)/);
  });

  it('says what is wrong with a file that is neither', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-compare-'));
    writeFileSync(join(dir, 'bad.json'), '{"producer": {"name": "perf-gate"}, "cut off');
    const r = await cli(['compare', join(dir, 'bad.json'), FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad.json is not a run summary \(not JSON: damaged or cut off\)/);
  });

  it('refuses an ambiguous tolerance with what to write', async () => {
    const r = await cli(['compare', FIXTURE, FIXTURE, '--tolerance', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--tolerance "5" is ambiguous\. Write 5% for 5 percent/);
  });
});
