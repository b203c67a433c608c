/**
 * End to end: the bundled CLI runs the real pinned k6 against the demo service, twice unchanged (the first run
 * becomes the baseline, the second passes), then against the service slowed 2x (the gate fails with exit 1).
 * Bad input (no script, a broken script, no k6) exits 2 with one line and never writes a baseline.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedK6 } from '../support/k6.js';
import { TREND_FILE } from '../../src/io/trend-file.js';

describe('perf-gate run with the real k6 against the demo service', () => {
  let bundle: string;
  let k6: string;
  let service: DemoService;
  const baselineDir = mkdtempSync(join(tmpdir(), 'perf-gate-e2e-'));
  const storeDir = join(baselineDir, 'default');
  /** `perf-gate run examples/shop.js` against the demo service, storing baselines under `dir`. */
  const shop = (dir: string, duration: string, extra: string[] = [], env: Record<string, string> = {}) =>
    cli(
      bundle,
      [
        'run',
        'examples/shop.js',
        '-e',
        `BASE_URL=${service.url}`,
        '-e',
        `DURATION=${duration}`,
        '--baseline-dir',
        dir,
        ...extra,
      ],
      { K6_PATH: k6, ...env },
    );
  const gate = (extra: string[] = [], env: Record<string, string> = {}) =>
    shop(baselineDir, '10s', extra, env);
  /** The stored runs (the trend file beside them is not a run). */
  const baselineFiles = () =>
    (existsSync(storeDir) ? readdirSync(storeDir) : []).filter((f) => f !== TREND_FILE);
  /** The commits of the default branch's trend kept beside the runs. */
  const trendCommits = () =>
    existsSync(join(storeDir, TREND_FILE))
      ? (
          JSON.parse(readFileSync(join(storeDir, TREND_FILE), 'utf8')) as {
            entries: Array<{ commit: string }>;
          }
        ).entries.map((e) => e.commit)
      : [];

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 11 });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('exits 2 with one line when the script is missing, and writes no baseline', async () => {
    const r = await cli(bundle, ['run', 'examples/nope.js', '--baseline-dir', baselineDir], { K6_PATH: k6 });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: script not found: examples\/nope\.js\. /),
    ]);
    expect(baselineFiles()).toEqual([]);
  });

  it('exits 2 with one line when the script has a syntax error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broken-'));
    writeFileSync(join(dir, 'broken.js'), 'export default function ( {\n');
    const r = await cli(bundle, ['run', join(dir, 'broken.js'), '--baseline-dir', baselineDir], {
      K6_PATH: k6,
    });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: k6 cannot load .*broken\.js: .*Unexpected/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(baselineFiles()).toEqual([]);
  });

  it('exits 2 with one line when k6 cannot be found', async () => {
    const r = await cli(bundle, ['run', 'examples/shop.js', '--baseline-dir', baselineDir], {
      K6_PATH: '/nonexistent/k6',
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: k6 not found at \/nonexistent\/k6 \(from K6_PATH\)/),
    ]);
    expect(baselineFiles()).toEqual([]);
  });

  it('stores the first run as the baseline, passes an unchanged rerun, and fails a 2x slowdown', async () => {
    const first = await gate();
    expect(first.stderr).toMatch(/this run is now the baseline/i);
    expect(first.code).toBe(0);
    expect(baselineFiles()).toHaveLength(1);
    // The stored run added its entry to the trend beside it (this checkout's commit).
    expect(trendCommits()).toEqual([expect.stringMatching(/^[0-9a-f]{40}$/)]);

    const second = await gate();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(baselineFiles()).toHaveLength(1);
    const entries = trendCommits().length;

    service.setKnobs({ slowdown: 2 });
    try {
      const third = await gate();
      expect(third.code, third.stdout + third.stderr).toBe(1);
      expect(third.stdout).toMatch(/http_req_duration/);
      expect(third.stdout).toMatch(/regress/i);
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
    // A failed gate never replaces the baseline, nor adds a trend entry.
    expect(baselineFiles()).toHaveLength(1);
    expect(trendCommits()).toHaveLength(entries);
  }, 120_000);

  it("fails (exit 1) and names the thresholds when k6's own thresholds fail (k6 exit 99)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thresholds-'));
    const script = join(dir, 'strict.js');
    writeFileSync(
      script,
      `import http from 'k6/http';
export const options = { vus: 2, iterations: 60, thresholds: { http_req_duration: ['p(95)<0.001'] } };
export default function () { http.get(__ENV.BASE_URL + '/products', { tags: { name: 'GET /products' } }); }
`,
    );
    const r = await cli(
      bundle,
      ['run', script, '-e', `BASE_URL=${service.url}`, '--baseline-dir', join(dir, 'store')],
      { K6_PATH: k6 },
    );
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/p\(95\)<0\.001/);
    expect(existsSync(join(dir, 'store', 'default'))).toBe(false);
  }, 60_000);
  it('repeats an inconclusive candidate up to --max-runs with --rerun inconclusive, splitting the confidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'max-runs-'));
    const run = (extra: string[]) => shop(dir, '4s', extra);
    // Three baseline runs: with one, the run-to-run noise is the prior's alone, and a short run of a service that
    // shares the test's process can drift past it.
    expect((await run([])).code).toBe(0);
    for (let i = 0; i < 2; i++) expect((await run(['--add-baseline'])).code).toBe(0);
    const stored = readdirSync(join(dir, 'default')).sort();
    // 10% slower is exactly the tolerance: no number of short runs can tell, so all three are made.
    service.setKnobs({ slowdown: 1.1 });
    try {
      const reportPath = join(dir, 'report.json');
      const r = await run([
        '--max-runs',
        '3',
        '--rerun',
        'inconclusive',
        '--read-only',
        '--json',
        reportPath,
      ]);
      expect(r.code, r.stdout + r.stderr).toBe(0); // a suspected regression warns by default
      expect(r.stderr).toMatch(/not settled after 1 run\(s\).*run 2 of at most 3/);
      expect(r.stderr).toMatch(/not settled after 2 run\(s\).*run 3 of at most 3/);
      const report = JSON.parse(readFileSync(reportPath, 'utf8'));
      expect(['pass', 'inconclusive']).toContain(report.verdict);
      expect(report.settings).toMatchObject({ candidateRuns: 3, looks: 3, rerun: 'inconclusive' });
      expect(report.settings.confidence).toBe(0.99);
      expect(report.settings.regressionConfidence).toBeCloseTo(1 - 0.01 / 3, 10);
      expect(r.stdout).toMatch(
        /3 runs pooled of at most 3 \(it runs again while a gated comparison is unsettled; a regression's bound at 99\.67% on each look\)/,
      );
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
    // --read-only: the candidate's runs wrote nothing.
    expect(readdirSync(join(dir, 'default')).sort()).toEqual(stored);
  }, 120_000);
});

describe('perf-gate ab with the real k6 against two demo services', () => {
  let bundle: string;
  let k6: string;
  const services: DemoService[] = [];

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    services.push(await startDemoService({ seed: 31 }), await startDemoService({ seed: 32, slowdown: 1.6 }));
  });
  afterAll(async () => {
    for (const s of services) await s.close();
  });

  const ab = (extra: string[]) =>
    cli(
      bundle,
      [
        'ab',
        'examples/shop.js',
        '-e',
        'DURATION=3s',
        '--baseline-target',
        services[0]!.url,
        '--candidate-target',
        services[1]!.url,
        ...extra,
      ],
      { K6_PATH: k6 },
    );

  it('interleaves the two targets and fails a candidate 60% slower (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ab-cli-'));
    const r = await ab(['--pairs', '3', '--max-pairs', '6', '--json', join(dir, 'report.json')]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/FAIL/);
    // A warm-up pair first; then pairs until the regression holds even without its most extreme pair.
    expect(r.stderr).toMatch(/Warm-up pair \(discarded\)/);
    expect(r.stdout).toMatch(
      /this change: \d A\/B pairs of at most 6 \(AB BA BA AB blocks, after 1 warm-up pair/,
    );
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      baseline: { runs: number };
      comparisons: Array<{ method: string }>;
      ab: { pairs: number; stopped: string };
    };
    expect(report.ab.stopped).toBe('regression');
    expect(report.ab.pairs).toBeGreaterThanOrEqual(3);
    expect(report.ab.pairs).toBeLessThanOrEqual(6);
    expect(report.baseline.runs).toBe(report.ab.pairs);
    expect(
      report.comparisons.some((c) => c.method.startsWith(`paired t over ${report.ab.pairs} A/B pairs`)),
    ).toBe(true);
  }, 90_000);

  it('exits 2 with one line for fewer than 3 pairs, before running anything', async () => {
    const r = await ab(['--pairs', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--pairs "2" is not a whole number of at least 3/);
  });
});
