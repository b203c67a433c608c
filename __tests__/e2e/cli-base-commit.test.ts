/**
 * `perf-gate run` on a branch of a real git repository, with the real k6 against the demo service: each stored run
 * records its commit, and a branch is compared with the runs at its merge base with main (and its ancestors), not
 * with main's newest runs. Main runs at A, then at B with a 40% slowdown merged.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedK6 } from '../support/k6.js';
import { shopWithoutThresholds } from '../support/shop-script.js';
import { TREND_FILE } from '../../src/io/trend-file.js';

const SLOWDOWN = 1.4;

describe('perf-gate run on a branch chooses the baseline by its merge base', () => {
  let bundle: string;
  let k6: string;
  let service: DemoService;
  const repo = mkdtempSync(join(tmpdir(), 'perf-gate-cli-git-'));
  const store = mkdtempSync(join(tmpdir(), 'perf-gate-cli-store-'));
  let a: string;
  let b: string;

  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: repo,
      },
    }).trim();
  const commit = (file: string) => {
    writeFileSync(join(repo, file), file);
    git('add', file);
    git('commit', '-q', '-m', file);
    return git('rev-parse', 'HEAD');
  };
  /** `perf-gate run` in the repository; `save` adds the run to the baselines (main), else reads only (a branch). */
  const run = async (name: string, save: boolean) => {
    const reportPath = join(store, `${name}.json`);
    const r = await cli(
      bundle,
      [
        'run',
        shopWithoutThresholds(),
        '-e',
        `BASE_URL=${service.url}`,
        '-e',
        'DURATION=6s',
        '--baseline-dir',
        store,
        '--json',
        reportPath,
        // Main's runs are stored once each (no repeat while a regression is suspected), so the counts are known.
        ...(save ? ['--add-baseline', '--max-runs', '1'] : ['--read-only']),
      ],
      { K6_PATH: k6 },
      repo,
    );
    return { ...r, report: JSON.parse(readFileSync(reportPath, 'utf8')) as Report };
  };

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 31 });
    git('init', '-q', '-b', 'main');
    a = commit('a.txt');
  });
  afterAll(async () => {
    await service?.close();
  });

  it('stores main at A, then at B with the slowdown merged, each run with its commit', async () => {
    const first = await run('a', true);
    expect(first.code, first.stderr).toBe(0);
    b = commit('b.txt');
    service.setKnobs({ slowdown: SLOWDOWN });
    const second = await run('b', true);
    // Locally a regression against A fails the run (exit 1) when the data establish it; it is stored either way.
    expect([0, 1], second.stdout + second.stderr).toContain(second.code);
    // On main itself the newest runs are the baseline, as before.
    expect(second.report.baseline).toMatchObject({ commit: a, runs: 1 });
    expect(second.report.baseline?.baseCommit).toBeUndefined();
    const stored = readdirRuns(store).map((r) => r.git?.commit);
    expect(stored.sort()).toEqual([a, b].sort());
  }, 90_000);

  it('a branch from A, whose code matches A, is compared with A and passes', async () => {
    service.setKnobs({ slowdown: 1 });
    git('checkout', '-q', '-b', 'feature', a);
    commit('feature.txt');
    const r = await run('feature-a', false);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(['pass', 'inconclusive']).toContain(r.report.verdict);
    expect(allTrafficP50(r.report).verdict).not.toBe('improvement');
    expect(r.report.baseline).toMatchObject({
      baseCommit: a,
      basis: 'base-commit',
      commit: a,
      runs: 1,
      distance: 0,
    });
    expect(r.stdout).toContain(`baseline: 1 run at the base commit ${a.slice(0, 7)}`);
  }, 60_000);

  it('rebased on B, it is compared with B (A fills the history) and passes too', async () => {
    service.setKnobs({ slowdown: SLOWDOWN });
    try {
      git('rebase', '-q', 'main');
      const r = await run('feature-b', false);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(['pass', 'inconclusive']).toContain(r.report.verdict);
      expect(allTrafficP50(r.report).verdict).not.toBe('regression');
      expect(r.report.baseline).toMatchObject({
        baseCommit: b,
        basis: 'base-commit',
        commit: b,
        distance: 0,
      });
      expect(r.report.baseline?.commits?.map((c) => [c.commit, c.runs, c.behind])).toEqual([
        [b, 1, 0],
        [a, 1, 1],
      ]);
      expect(r.stdout).toContain(`baseline: 1 run at the base commit ${b.slice(0, 7)} (+1 older)`);
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
  }, 60_000);
});

/** The run summaries stored in the gate's directory. */
function readdirRuns(dir: string): Array<{ git?: { commit?: string } }> {
  const gate = join(dir, 'default');
  return readdirSync(gate)
    .filter((f) => f.endsWith('.json') && f !== TREND_FILE)
    .map((f) => JSON.parse(readFileSync(join(gate, f), 'utf8')) as { git?: { commit?: string } });
}

/**
 * The all-traffic median's comparison: the statistic a stall of a busy shared machine moves least (a tail percentile
 * of a 6-second run can swing several-fold), so it is what tells which baseline a run was compared with.
 */
function allTrafficP50(report: Report) {
  const c = report.comparisons.find(
    (x) => x.metric === 'http_req_duration' && x.stat === 'p50' && Object.keys(x.series).length === 0,
  );
  if (!c) throw new Error('no all-traffic p50 comparison in the report');
  return c;
}
