/**
 * `start` and its options: which versions are started (A/B against a base on a pull request and `perf-gate ab`, the
 * head alone on a push and `perf-gate run`), the URL templates, and the options refused with it, on both surfaces.
 */
import { describe, expect, it } from 'vitest';
import { action, cli, errorOf, PR_BASE as BASE } from '../support/requests.js';

describe('start', () => {
  it('perf-gate ab --start: A/B against --base-ref, the plan with the defaults of the spec', () => {
    const built = cli('ab', ['load.js', '--start', 'node server.js', '--base-ref', 'main', '--pairs', '3']);
    expect(built.request).toBeUndefined();
    expect(built.served).toMatchObject({
      kind: 'ab',
      baseRef: 'main',
      plan: {
        start: 'node server.js',
        readyUrl: 'http://127.0.0.1:{port}/',
        readyTimeoutSeconds: 60,
        targetEnv: 'BASE_URL',
        serverMetrics: [],
      },
      ab: { script: 'load.js', pairs: 3, maxPairs: 20, cwd: '/repo' },
    });
  });

  it('perf-gate ab --start without --base-ref leaves the base to the merge base', () => {
    const built = cli('ab', ['load.js', '--start', 'node s.js']);
    expect(built.served).toMatchObject({ kind: 'ab', baseRef: undefined });
  });

  it("the action on a pull request compares with the event's base commit; on a push it starts the head alone", () => {
    const inputs = { script: 'load.js', start: 'npm start', build: 'npm ci', stop: 'kill $(cat pid)' };
    const pr = action(inputs);
    expect(pr.served).toMatchObject({
      kind: 'ab',
      baseRef: BASE,
      plan: { start: 'npm start', build: 'npm ci', stop: 'kill $(cat pid)' },
    });
    const push = action(inputs, 'push');
    expect(push.served).toMatchObject({ kind: 'head', run: { script: 'load.js' } });
    expect(push.baseline.save).toBe('append');
    expect(push.refresh).toBe(true);
  });

  it('a pull request event without a base commit is an error naming it', () => {
    expect(errorOf(() => action({ script: 'a.js', start: 'npm start' }, 'pull_request', null))).toMatch(
      /input 'start' runs A\/B against the pull request's base commit, but the event names none/,
    );
  });

  it('server-metrics keeps {port} for each version, and is checked as a URL with a port in its place', () => {
    const built = cli('ab', [
      'load.js',
      '--start',
      'node s.js',
      '--server-metrics',
      'api=http://127.0.0.1:{port}/metrics',
    ]);
    expect(built.served?.plan.serverMetrics).toEqual([
      { name: 'api', url: 'http://127.0.0.1:{port}/metrics' },
    ]);
    expect(
      errorOf(() => cli('ab', ['load.js', '--start', 'x', '--server-metrics', 'ftp://h:{port}/m'])),
    ).toMatch(/--server-metrics "ftp:\/\/h:\{port\}\/m" is not an http\(s\) URL/);
    // Without start, {port} means nothing: the URL is refused as it is.
    expect(errorOf(() => cli('run', ['load.js', '--server-metrics', 'http://127.0.0.1:{port}/m']))).toMatch(
      /is not an http\(s\) URL/,
    );
  });

  it('refuses a ready URL that is not http(s), in the words of each surface', () => {
    expect(errorOf(() => cli('ab', ['a.js', '--start', 'x', '--ready-url', '127.0.0.1:{port}']))).toMatch(
      /--ready-url "127.0.0.1:\{port\}" is not an http\(s\) URL/,
    );
    expect(errorOf(() => action({ script: 'a.js', start: 'x', 'ready-url': 'tcp://h:{port}' }))).toMatch(
      /input 'ready-url' "tcp:\/\/h:\{port\}" is not an http\(s\) URL/,
    );
  });

  it('refuses the options of hand-started versions with start', () => {
    for (const flag of ['--baseline-target', '--candidate-target', '--baseline-server-metrics'])
      expect(errorOf(() => cli('ab', ['a.js', '--start', 'x', flag, 'http://127.0.0.1:1']))).toMatch(
        new RegExp(`--start starts the versions itself, so ${flag} has nothing to say`),
      );
    // An input left empty is not given: the action's blank per-version lists say nothing.
    expect(
      errorOf(() =>
        action({
          script: 'a.js',
          start: 'node s.js',
          'baseline-server-metrics': '',
          'candidate-server-metrics': '\n',
        }),
      ),
    ).toBe('no error');
  });

  it('refuses build, stop and base-ref without start', () => {
    expect(errorOf(() => cli('ab', ['a.js', '--base-ref', 'main']))).toMatch(
      /--base-ref is for a service perf-gate starts, but --start is not set/,
    );
    expect(errorOf(() => action({ script: 'a.js', build: 'make' }))).toMatch(
      /input 'build' is for a service perf-gate starts, but 'start' is not set/,
    );
  });

  it('refuses start with results, capacity and prometheus', () => {
    expect(errorOf(() => action({ results: 'out.json', start: 'x' }))).toMatch(
      /input 'start' starts a service for a k6 script, not for 'results'/,
    );
    expect(
      errorOf(() =>
        action({ script: 'a.js', mode: 'capacity', slo: 'http_req_duration:p95<1s', start: 'x' }),
      ),
    ).toMatch(/not for capacity mode/);
    expect(
      errorOf(() => cli('run', ['a.js', '--start', 'x', '--prometheus', 'http://127.0.0.1:9090'])),
    ).toMatch(/--prometheus reads a server that scrapes one service/);
  });

  it('without start, A/B and history requests are what they were', () => {
    expect(action({ script: 'a.js' }).served).toBeUndefined();
    expect(
      cli('ab', [
        'a.js',
        '--baseline-target',
        'http://127.0.0.1:1',
        '--candidate-target',
        'http://127.0.0.1:2',
      ]).request?.mode,
    ).toBe('ab');
  });

  it('perf-gate run --start starts the head alone for a history run', () => {
    const built = cli('run', ['a.js', '--start', 'node s.js', '--target-env', 'API']);
    expect(built.served).toMatchObject({ kind: 'head', plan: { targetEnv: 'API' }, run: { script: 'a.js' } });
  });
});
