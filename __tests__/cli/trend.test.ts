/** `perf-gate trend` in-process: the trend beside the baseline runs, its change points, JSON, none and a damaged one. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli.js';
import { serializeTrend } from '../../src/domain/trend/codec.js';
import { LocalBaselineStore } from '../../src/io/local-baseline-store.js';
import { summaryAt } from '../support/summaries.js';
import { exactTrend, steps, trendCommit } from '../support/trends.js';

const cli = cliInProcess;

const sha = (i: number) => trendCommit(i, 'c');
/** 20 runs at 100 ms, then 8 at 125 ms (exact values, se 2%). */
const stepped = exactTrend(steps([0.1, 20], [0.125, 8]), 'c');

/** A baseline directory (`<root>/<gate-id>`) holding one run and, when given, the trend file's text. */
async function baselineDir(trendText?: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'perf-gate-trend-'));
  const dir = join(root, 'default');
  mkdirSync(dir);
  await new LocalBaselineStore(dir, root).write([summaryAt('2026-01-02T10:00:00Z')], [], 5);
  if (trendText !== undefined) writeFileSync(join(dir, 'perf-gate-trend.json'), trendText);
  return root;
}

describe('perf-gate trend', () => {
  it('prints the trend with the change point: the run, the commits either side and the change', async () => {
    const root = await baselineDir(JSON.stringify(serializeTrend(stepped)));
    const r = await cli(['trend', '--baseline-dir', root]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Trend: 28 runs of the default branch, 1 statistics/);
    expect(r.stdout).toMatch(/WORSE\s+run 21 /);
    expect(r.stdout).toContain(`${sha(19).slice(0, 7)}..${sha(20).slice(0, 7)}`);
  });

  it('--json gives the stored trend and the analysis', async () => {
    const root = await baselineDir(JSON.stringify(serializeTrend(stepped)));
    const r = await cli(['trend', '--baseline-dir', root, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      analysis: {
        runs: number;
        statistics: Array<{ changePoints: Array<{ firstAfter: { commit: string } }> }>;
      };
    };
    expect(out.analysis.runs).toBe(28);
    expect(out.analysis.statistics[0]?.changePoints.map((c) => c.firstAfter.commit)).toEqual([sha(20)]);
  });

  it('reads the directory of the gate id', async () => {
    const root = await baselineDir(JSON.stringify(serializeTrend(stepped)));
    const r = await cli(['trend', '--baseline-dir', root, '--gate-id', 'other']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no trend in .*other yet/);
  });

  it('without a trend, or with a damaged one, says so and exits 0', async () => {
    const none = await cli(['trend', '--baseline-dir', await baselineDir()]);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/no trend in .* yet: each run stored as the baseline/);
    const damaged = await cli(['trend', '--baseline-dir', await baselineDir('{"schemaVersion": 1, "ent')]);
    expect(damaged.code).toBe(0);
    expect(damaged.stderr).toMatch(/trend stored with .* is not used \(not JSON/);
  });
});
