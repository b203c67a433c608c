/** `perf-gate trend` in-process: the trend beside the baseline runs, its change points, JSON, none and a damaged one. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { serializeTrend } from '../../src/domain/trend/codec.js';
import type { Trend } from '../../src/domain/trend/model.js';
import { LocalBaselineStore } from '../../src/io/local-baseline-store.js';
import { P95 } from '../../eval/trend-sim.js';
import { summaryAt } from '../support/summaries.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const err = new PassThrough() as unknown as NodeJS.WriteStream;
  (err as unknown as PassThrough).on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: err });
  return { code, stdout, stderr };
}

const sha = (i: number) => String(i).padStart(40, 'c');
/** 20 runs at 100 ms, then 8 at 125 ms (exact values, se 2%). */
const stepped: Trend = {
  statistics: { [P95.id]: P95 },
  entries: [...Array<number>(20).fill(0.1), ...Array<number>(8).fill(0.125)].map((v, i) => ({
    commit: sha(i),
    date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    points: { [P95.id]: { estimate: v, se: 0.02 } },
  })),
};

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
