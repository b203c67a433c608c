/**
 * End to end: the bundled CLI runs the real pinned vegeta against the demo service. The first attack becomes the
 * baseline, an unchanged one passes, a 2x slowdown fails on latency and 5% of 500s fail on the error rate. The same
 * attack encoded as JSON and as CSV gives the very same summary, and the README's pipe into `summarize -` works.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedVegeta } from '../support/vegeta.js';
import { TREND_FILE } from '../../src/io/trend-file.js';

/** Runs a shell pipeline without blocking this process's event loop (the demo service runs in it). */
function sh(script: string, env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `set -euo pipefail; ${script}`], {
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('perf-gate vegeta with the real vegeta against the demo service', () => {
  let bundle: string;
  let vegeta: string;
  let service: DemoService;
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-vegeta-'));
  const storeDir = join(dir, 'store', 'default');
  const targets = join(dir, 'targets.txt');
  /** The stored runs (the trend file beside them is not a run). */
  const baselineFiles = () =>
    (existsSync(storeDir) ? readdirSync(storeDir) : []).filter((f) => f !== TREND_FILE);
  const gate = (extra: string[] = []) =>
    cli(
      bundle,
      [
        'vegeta',
        targets,
        '--rate',
        '100/s',
        '--duration',
        '8s',
        '--baseline-dir',
        join(dir, 'store'),
        ...extra,
      ],
      { VEGETA_PATH: vegeta },
    );

  beforeAll(async () => {
    bundle = buildBundle();
    vegeta = pinnedVegeta();
    service = await startDemoService({ seed: 15 });
    // Two paths that fold into one series, a query string that is dropped, and another endpoint.
    writeFileSync(
      targets,
      [
        `GET ${service.url}/products`,
        `GET ${service.url}/products/42?x=1`,
        `GET ${service.url}/products/43`,
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await service?.close();
  });

  it('exits 2 with one line when the targets file is missing, and writes no baseline', async () => {
    const r = await cli(
      bundle,
      [
        'vegeta',
        join(dir, 'nope.txt'),
        '--rate',
        '10/s',
        '--duration',
        '1s',
        '--baseline-dir',
        join(dir, 'store'),
      ],
      { VEGETA_PATH: vegeta },
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: vegeta targets file not found: /),
    ]);
    expect(baselineFiles()).toEqual([]);
  });

  it('exits 2 with one line for a rate that is no fixed workload', async () => {
    const r = await cli(bundle, ['vegeta', targets, '--rate', 'infinity', '--duration', '1s'], {
      VEGETA_PATH: vegeta,
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: --rate "infinity" is not a rate perf-gate can gate/),
    ]);
  });

  it("exits 2 with vegeta's own words when vegeta refuses an extra flag, and writes no baseline", async () => {
    const r = await gate(['--', '-no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(
      /^error: vegeta did not complete the attack \(vegeta attack exit \d+\): .*no-such-flag/,
    );
    expect(baselineFiles()).toEqual([]);
  });

  it('stores the baseline, passes an unchanged service, fails a 2x slowdown and 5% of 500s', async () => {
    const first = await gate();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stderr).toMatch(/this run is now the baseline/i);
    expect(baselineFiles()).toHaveLength(1);
    const stored = JSON.parse(readFileSync(join(storeDir, baselineFiles()[0] as string), 'utf8'));
    expect(stored.tool).toEqual({ name: 'vegeta', version: 'v12.13.0' });
    expect(stored.fingerprint.scenarios.vegeta).toMatchObject({
      executor: 'vegeta',
      rate: 100,
      duration: '8s',
    });
    expect(stored.series.map((s: { key: unknown }) => s.key)).toEqual(
      expect.arrayContaining([{}, { name: 'GET /products/:id' }, { name: 'GET /products' }]),
    );
    expect(stored.series).toHaveLength(3);

    const unchanged = await gate(['--read-only', '--json', join(dir, 'unchanged.json')]);
    expect(unchanged.code, unchanged.stdout + unchanged.stderr).toBe(0);
    const same = JSON.parse(readFileSync(join(dir, 'unchanged.json'), 'utf8'));
    expect(same.verdict).not.toBe('fail');
    expect(same.candidate.tool).toBe('vegeta');
    expect(same.fingerprint.match).toBe(true);
    expect(unchanged.stdout).toMatch(/open-model load generator/);

    service.setKnobs({ slowdown: 2 });
    try {
      const slow = await gate(['--read-only', '--json', join(dir, 'slow.json')]);
      expect(slow.code, slow.stdout + slow.stderr).toBe(1);
      const report = JSON.parse(readFileSync(join(dir, 'slow.json'), 'utf8'));
      expect(report.verdict).toBe('fail');
      expect(
        report.comparisons.some(
          (c: { metric: string; verdict: string; gated: boolean }) =>
            c.metric === 'http_req_duration' && c.verdict === 'regression' && c.gated,
        ),
      ).toBe(true);
    } finally {
      service.setKnobs({ slowdown: 1 });
    }

    service.setKnobs({ errorRate: 0.05 });
    try {
      const errors = await gate(['--read-only', '--json', join(dir, 'errors.json')]);
      expect(errors.code, errors.stdout + errors.stderr).toBe(1);
      const report = JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8'));
      expect(report.verdict).toBe('fail');
      const failed = report.comparisons.find(
        (c: { metric: string; series: object }) =>
          c.metric === 'http_req_failed' && Object.keys(c.series).length === 0,
      );
      expect(failed.verdict).toBe('regression');
      expect(failed.candidate).toBeGreaterThan(0.02);
    } finally {
      service.setKnobs({ errorRate: 0 });
    }
    expect(baselineFiles()).toHaveLength(1);
  }, 120_000);

  it('summarizes the JSON and the CSV encodings of one attack identically, and reads the README pipe', async () => {
    const env = { V: vegeta, CLI: join(bundle, 'cli.js'), D: dir, T: targets };
    const attack = await sh(
      '"$V" attack -targets="$T" -rate=50/s -duration=2s > "$D/r.bin"; "$V" encode --to json < "$D/r.bin" > "$D/r.json";' +
        ' "$V" encode --to csv < "$D/r.bin" > "$D/r.csv"; gzip -c "$D/r.json" > "$D/r.json.gz"',
      env,
    );
    expect(attack.code, attack.stderr).toBe(0);
    for (const input of ['r.json', 'r.csv', 'r.json.gz']) {
      const r = await cli(
        bundle,
        ['summarize', join(dir, input), '--out', join(dir, `${input}.summary.json`)],
        {},
      );
      expect(r.code, r.stderr).toBe(0);
    }
    const json = readFileSync(join(dir, 'r.json.summary.json'), 'utf8');
    expect(JSON.parse(json).ingest.lines).toBe(100);
    expect(JSON.parse(json).tool).toEqual({ name: 'vegeta' });
    expect(readFileSync(join(dir, 'r.csv.summary.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(dir, 'r.json.gz.summary.json'), 'utf8')).toBe(json);

    // --format forces the encoding: the right one reads the same, a wrong one is refused with exit 2.
    const forced = await cli(
      bundle,
      ['summarize', join(dir, 'r.csv'), '--format', 'vegeta-csv', '--out', join(dir, 'forced.json')],
      {},
    );
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'forced.json'), 'utf8')).toBe(json);
    const wrong = await cli(
      bundle,
      ['summarize', join(dir, 'r.json'), '--format', 'vegeta-csv', '--out', join(dir, 'wrong.json')],
      {},
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*r\.json/)]);
    expect(existsSync(join(dir, 'wrong.json'))).toBe(false);

    // The README's one-liner: attack, encode, and summarize from standard input.
    const piped = await sh(
      '"$V" attack -targets="$T" -rate=20/s -duration=1s | "$V" encode | node "$CLI" summarize - --out "$D/piped.json"',
      env,
    );
    expect(piped.code, piped.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'piped.json'), 'utf8'));
    expect(summary.ingest.lines).toBe(20);
    expect(summary.series[0].counters.http_reqs).toBe(20);
  }, 60_000);
});
