/**
 * The one request builder: the rules between options, the same for the CLI and the action, each error in the
 * surface's words, and everything refused before any load runs.
 */
import { describe, expect, it } from 'vitest';
import { stepWarmup } from '../../src/options/request-modes.js';
import { action, cli, errorOf } from '../support/requests.js';

describe('which load runs', () => {
  it('a script, with the arguments after it for k6 and the defaults of the spec', () => {
    const built = cli('run', ['load.js', '--', '--tag', 'env=ci']);
    expect(built.request).toMatchObject({
      mode: 'history',
      run: { script: 'load.js', k6Args: ['--tag', 'env=ci'], runs: 1, maxRuns: 3, rerun: 'suspected' },
    });
    expect(built.store).toEqual({ kind: 'directory', dir: '/repo/.perf-gate/default' });
    expect(built.baseline).toEqual({ save: 'auto', history: 5, acceptFailedThresholds: false });
  });

  it('capacity keeps its own baselines unless a gate id says otherwise, on both surfaces', () => {
    const slo = 'http_req_duration:p95<200ms';
    expect(cli('capacity', ['load.js', '--slo', slo]).gateId).toBe('capacity');
    expect(cli('capacity', ['load.js', '--slo', slo]).store).toMatchObject({
      dir: '/repo/.perf-gate/capacity',
    });
    expect(cli('capacity', ['load.js', '--slo', slo, '--gate-id', 'api']).gateId).toBe('api');
    expect(action({ mode: 'capacity', script: 'a.js', slo }).gateId).toBe('capacity');
  });

  it('leaves a quarter of each capacity step, at most 5 s, as warm-up unless told', () => {
    expect(stepWarmup(8)).toBe(2);
    expect(stepWarmup(60)).toBe(5);
    const built = cli('capacity', ['a.js', '--slo', 'http_req_duration:p95<200ms', '--step-duration', '8s']);
    expect(built.request?.mode === 'capacity' && built.request.capacity.warmupSeconds).toBe(2);
  });

  it("keeps the action's baseline artifact for retention-days when given, else the repository's default", () => {
    expect(action({ script: 'a.js', 'retention-days': '30' }).store).toEqual({
      kind: 'artifact',
      name: 'perf-gate-baseline',
      retentionDays: 30,
    });
    expect(action({ script: 'a.js' }).store).not.toHaveProperty('retentionDays');
  });

  it('takes results given as blank lines only for no results', () => {
    expect(action({ script: 'a.js', results: '\n  \n# none\n' }).request).toMatchObject({ mode: 'history' });
  });

  it('scrapes server metrics during a capacity search, named or not; cuts a bad scenario function name at 60', () => {
    const capacity = (args: string[]) =>
      cli('capacity', ['a.js', '--slo', 'http_req_duration:p95<200ms', ...args]).request;
    const built = capacity([
      '--server-metrics',
      'api=http://127.0.0.1:2121/metrics',
      '--server-metrics',
      'http://db/m',
    ]);
    expect(built?.mode === 'capacity' && built.capacity.serverMetrics).toEqual([
      { name: 'api', url: 'http://127.0.0.1:2121/metrics' },
      { url: 'http://db/m' },
    ]);
    const bare = capacity([]);
    expect(bare?.mode === 'capacity' && bare.capacity).not.toHaveProperty('serverMetrics');
    expect(errorOf(() => capacity(['--exec', `${'x'.repeat(70)}()`]))).toBe(
      `--exec "${'x'.repeat(60)}" is not a function name`,
    );
  });

  it('stores on a push to the default branch in the action, never from a pull request', () => {
    expect(action({ script: 'a.js' }, 'push')).toMatchObject({ refresh: true, baseline: { save: 'append' } });
    expect(action({ script: 'a.js' })).toMatchObject({ refresh: false, baseline: { save: 'never' } });
    expect(action({ script: 'a.js', 'save-baseline': 'always' }).baseline.save).toBe('append');
  });
});

const hintOf = (build: () => unknown): string | undefined => {
  try {
    build();
  } catch (err) {
    return (err as { hint?: string }).hint;
  }
  return 'no error';
};

describe('what a refusal tells the user to write', () => {
  const ab = (baseline: string) =>
    cli('ab', ['a.js', '--baseline-target', baseline, '--candidate-target', 'http://127.0.0.1:2']);

  it('an A/B target: the same address with http:// in front, whatever scheme it had', () => {
    expect(hintOf(() => ab('127.0.0.1:18080'))).toBe(
      'Write the full URL with its scheme, e.g. http://127.0.0.1:18080',
    );
    expect(hintOf(() => ab('FTP://files:21'))).toBe(
      'Write the full URL with its scheme, e.g. http://files:21',
    );
    expect(hintOf(() => ab('ws://'))).toBe('Write the full URL with its scheme, e.g. http://127.0.0.1:8080');
  });

  it('server metrics in A/B mode: the per-version inputs', () => {
    const inputs = { script: 'a.js', 'baseline-target': 'http://x:1', 'candidate-target': 'http://x:2' };
    expect(hintOf(() => action({ ...inputs, 'server-metrics': 'http://x:3/metrics' }))).toBe(
      "Use 'baseline-server-metrics' and 'candidate-server-metrics', one URL per line each",
    );
  });
});

describe('refused before any load runs, naming the flag or the input (issue 23)', () => {
  it('an A/B target without its scheme', () => {
    const args = [
      'ab',
      'a.js',
      '--baseline-target',
      '127.0.0.1:18080',
      '--candidate-target',
      'http://127.0.0.1:18081',
    ];
    expect(errorOf(() => cli('ab', args.slice(1)))).toBe(
      '--baseline-target "127.0.0.1:18080" is not an http(s) URL',
    );
    expect(
      errorOf(() => action({ script: 'a.js', 'baseline-target': 'http://x:1', 'candidate-target': 'x:2' })),
    ).toBe(`input 'candidate-target' "x:2" is not an http(s) URL`);
  });

  it('server metrics per version only when given', () => {
    const inputs = { script: 'a.js', 'baseline-target': 'http://x:1', 'candidate-target': 'http://x:2' };
    const ab = (extra: Record<string, string>) => {
      const built = action({ ...inputs, ...extra }).request;
      return built?.mode === 'ab' ? built.ab.serverMetrics : 'not ab';
    };
    expect(ab({})).toBeUndefined();
    expect(
      ab({
        'baseline-server-metrics': 'http://x:3/metrics',
        'candidate-server-metrics': 'http://x:4/metrics',
      }),
    ).toEqual({ baseline: ['http://x:3/metrics'], candidate: ['http://x:4/metrics'] });
  });

  it('the mode: the companion comments, capacity searches, anything else gates', () => {
    expect(action({ mode: 'comment' }).mode).toBe('comment');
    expect(action({ script: 'a.js' }).mode).toBe('gate');
    expect(action({ script: 'a.js', mode: 'capacity', slo: 'http_req_duration:p95<200ms' }).mode).toBe(
      'capacity',
    );
  });

  it('a capacity run without an objective', () => {
    expect(errorOf(() => action({ script: 'a.js', mode: 'capacity' }))).toBe(
      "capacity mode needs input 'slo'",
    );
  });

  it('keeps a baseline whose thresholds failed out unless told otherwise', () => {
    const policy = (extra: Record<string, string>) => {
      const built = action({ script: 'a.js', ...extra }).request;
      return built?.mode === 'history' ? built.run.baseline.acceptFailedThresholds : 'not history';
    };
    expect(policy({})).toBe(false);
    expect(policy({ 'baseline-failed-thresholds': 'true' })).toBe(true);
  });

  it('max-pairs below pairs, on both surfaces; the defaults are a first look at 4 pairs, at most 20', () => {
    const targets = ['--baseline-target', 'http://127.0.0.1:1', '--candidate-target', 'http://127.0.0.1:2'];
    const built = cli('ab', ['a.js', ...targets]);
    expect(built.request).toMatchObject({ mode: 'ab', ab: { pairs: 4, maxPairs: 20 } });
    expect(errorOf(() => cli('ab', ['a.js', ...targets, '--pairs', '6', '--max-pairs', '5']))).toBe(
      '--max-pairs (5) is below --pairs (6)',
    );
    const inputs = { script: 'a.js', 'baseline-target': 'http://x:1', 'candidate-target': 'http://x:2' };
    expect(errorOf(() => action({ ...inputs, pairs: '30' }))).toBe(
      "input 'max-pairs' (20) is below input 'pairs' (30)",
    );
    // Every pair is listed in the report, so their number is bounded.
    expect(errorOf(() => action({ ...inputs, 'max-pairs': '100000' }))).toBe(
      `input 'max-pairs' "100000" is more than 200`,
    );
  });

  it('a vegeta duration without its unit', () => {
    expect(errorOf(() => cli('vegeta', ['t.txt', '--rate', '10/s', '--duration', '5']))).toBe(
      '--duration "5" has no unit',
    );
    expect(
      errorOf(() => action({ 'vegeta-targets': 't.txt', 'vegeta-rate': '10/s', 'vegeta-duration': '5' })),
    ).toBe(`input 'vegeta-duration' "5" has no unit`);
  });

  it('a warm-up as long as the vegeta attack', () => {
    expect(
      errorOf(() => cli('vegeta', ['t.txt', '--rate', '10/s', '--duration', '15s', '--warmup', '20s'])),
    ).toBe('--warmup (20s) is as long as the attack (15s): nothing would be left to compare');
    const attack = (warmup: string) => () =>
      cli('vegeta', ['t.txt', '--rate', '10/s', '--duration', '15s', '--warmup', warmup]);
    expect(errorOf(attack('15s'))).toBe(
      '--warmup (15s) is as long as the attack (15s): nothing would be left to compare',
    );
    expect(errorOf(attack('14s'))).toBe('no error');
  });

  it('a zero tolerance', () => {
    expect(errorOf(() => cli('run', ['a.js', '--tolerance', '0']))).toBe(
      '--tolerance "0" is zero: no interval can show a change within it',
    );
    expect(errorOf(() => action({ script: 'a.js', tolerance: '0%' }))).toBe(
      `input 'tolerance' "0%" is zero: no interval can show a change within it`,
    );
  });

  it('server metrics with no k6 run to scrape them during', () => {
    expect(
      errorOf(() => action({ results: 'out.json', 'server-metrics': 'http://127.0.0.1:2121/metrics' })),
    ).toMatch(/^'server-metrics' and 'prometheus' are read for the span of a k6 run/);
    expect(errorOf(() => cli('run', ['a.js', '--server-metrics', '127.0.0.1:2121/metrics']))).toBe(
      '--server-metrics "127.0.0.1:2121/metrics" is not an http(s) URL',
    );
    expect(errorOf(() => cli('run', ['a.js', '--server-metrics', 'api=127.0.0.1:2121/metrics']))).toBe(
      '--server-metrics "127.0.0.1:2121/metrics" is not an http(s) URL',
    );
    // A hostile value is quoted up to 200 characters.
    expect(errorOf(() => cli('run', ['a.js', '--server-metrics', 'x'.repeat(300)]))).toBe(
      `--server-metrics "${'x'.repeat(200)}" is not an http(s) URL`,
    );
    expect(
      errorOf(() =>
        cli('run', [
          'a.js',
          '--server-metrics',
          'api=http://a/metrics',
          '--server-metrics',
          'api=http://b/metrics',
        ]),
      ),
    ).toBe('--server-metrics names two targets "api"');
  });

  it('no source of samples, naming each input and what to set it to', () => {
    expect(errorOf(() => action({}))).toBe(
      "neither input 'script' nor 'results' nor 'vegeta-targets' is set",
    );
    expect(hintOf(() => action({}))).toBe(
      "Set 'script' to a k6 script to run, 'vegeta-targets' to a vegeta targets file, or 'results' to k6 or vegeta output files",
    );
  });

  it('more than one source of samples, saying both or all', () => {
    expect(errorOf(() => action({ script: 'a.js', results: 'out.json' }))).toBe(
      "inputs 'script' and 'results' are both set",
    );
    expect(errorOf(() => action({ script: 'a.js', results: 'out.json', 'vegeta-targets': 't.txt' }))).toBe(
      "inputs 'script' and 'results' and 'vegeta-targets' are all set",
    );
  });

  it('a Prometheus server with no k6 run to query it for', () => {
    expect(
      errorOf(() =>
        action({
          results: 'out.json',
          prometheus: 'http://127.0.0.1:9090',
          'prometheus-query': 'cpu=rate(x[1m])',
        }),
      ),
    ).toMatch(/^'server-metrics' and 'prometheus' are read for the span of a k6 run/);
  });

  it('a k6 checksum that is not exactly 64 hex digits; one that is, in lower case', () => {
    const hex = 'A'.repeat(64);
    for (const sha of [`x${hex}`, `${hex}x`, hex.slice(1)])
      expect(errorOf(() => action({ script: 'a.js', 'k6-sha256': sha }))).toBe(
        `input 'k6-sha256' "${sha}" is not a SHA-256 (64 hex digits)`,
      );
    expect(action({ script: 'a.js', 'k6-sha256': hex }).k6).toMatchObject({ sha256: 'a'.repeat(64) });
  });

  it('an A/B target outside A/B mode, and server metrics with results: what to do instead', () => {
    const capacity = { mode: 'capacity', script: 'a.js', slo: 'http_req_duration:p95<200ms' };
    expect(errorOf(() => action({ ...capacity, 'baseline-target': 'http://127.0.0.1:1' }))).toBe(
      "input 'baseline-target' is for A/B mode",
    );
    expect(hintOf(() => action({ ...capacity, 'baseline-target': 'http://127.0.0.1:1' }))).toBe(
      "Drop it, or run A/B mode with a 'script'",
    );
    expect(
      hintOf(() => action({ results: 'out.json', 'server-metrics': 'http://127.0.0.1:2121/metrics' })),
    ).toBe("Give the script instead of its results, or drop 'server-metrics' and 'prometheus'");
  });

  it('contradicting save flags, and a k6 version that is none', () => {
    expect(errorOf(() => cli('run', ['a.js', '--save-baseline', '--read-only']))).toBe(
      '--save-baseline and --read-only contradict each other',
    );
    expect(hintOf(() => cli('run', ['a.js', '--save-baseline', '--read-only']))).toBe('Pick one');
    expect(hintOf(() => action({ script: 'a.js', results: 'out.json' }))).toBe('Set only one of them');
    expect(errorOf(() => action({ script: 'a.js', 'k6-version': 'latest' }))).toBe(
      `input 'k6-version' "latest" is not a k6 release version`,
    );
    for (const version of ['1.8', 'v1.8.1-rc1', 'x1.8.1', '1.8.1.2', 'V1.8.1'])
      expect(errorOf(() => action({ script: 'a.js', 'k6-version': version }))).toMatch(
        /is not a k6 release version/,
      );
    for (const version of ['1.8.1', 'v10.20.30'])
      expect(errorOf(() => action({ script: 'a.js', 'k6-version': version }))).toBe('no error');
  });
});
