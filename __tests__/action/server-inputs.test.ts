/** The action's server-side inputs: `server-metrics` one URL per line, `prometheus` and its named queries. */
import { describe, expect, it } from 'vitest';
import { readActionConfig, type ActionEnvironment } from '../../src/action/inputs.js';

/** The script run the inputs build. */
const runOf = (c: ReturnType<typeof readActionConfig>) =>
  c.request?.mode === 'history' ? c.request.run : undefined;

const env = (inputs: Record<string, string>): ActionEnvironment => ({
  input: (name) => inputs[name] ?? '',
  workspace: '/work/repo',
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  defaultBranch: 'main',
  sha: 'abc123',
});

describe('server-metrics and prometheus inputs', () => {
  it('reads one URL per line, skipping blank lines', () => {
    const c = readActionConfig(
      env({
        script: 'a.js',
        'server-metrics': 'http://127.0.0.1:2121/metrics\n\n  http://127.0.0.1:9100/metrics \n',
      }),
    );
    expect(runOf(c)?.serverMetrics).toEqual([
      { url: 'http://127.0.0.1:2121/metrics' },
      { url: 'http://127.0.0.1:9100/metrics' },
    ]);
    expect(runOf(c)?.prometheus).toBeUndefined();
  });
  it('reads name=url lines as named targets (their role, paired across runs by name)', () => {
    const c = readActionConfig(
      env({
        script: 'a.js',
        'server-metrics':
          'api=http://127.0.0.1:2121/metrics\nworker = http://localhost:9100/metrics?x=1\nhttp://127.0.0.1:9200/m',
      }),
    );
    expect(runOf(c)?.serverMetrics).toEqual([
      { name: 'api', url: 'http://127.0.0.1:2121/metrics' },
      { name: 'worker', url: 'http://localhost:9100/metrics?x=1' },
      { url: 'http://127.0.0.1:9200/m' },
    ]);
  });
  it('is empty when not given', () => {
    expect(runOf(readActionConfig(env({ script: 'a.js' })))?.serverMetrics).toBeUndefined();
  });
  it('reads the Prometheus server and its named queries (a query may hold = signs)', () => {
    const c = readActionConfig(
      env({
        script: 'a.js',
        prometheus: 'http://127.0.0.1:9090',
        'prometheus-query': 'pool_wait=sum(rate(db_wait_total{job="api"}[30s]))',
      }),
    );
    expect(runOf(c)?.prometheus).toEqual({
      url: 'http://127.0.0.1:9090',
      queries: { pool_wait: 'sum(rate(db_wait_total{job="api"}[30s]))' },
    });
  });
});

describe('A/B mode: each version its own metrics', () => {
  const ab = {
    script: 'a.js',
    'baseline-target': 'http://127.0.0.1:8081',
    'candidate-target': 'http://127.0.0.1:8082',
  };
  it('pairs baseline-server-metrics with candidate-server-metrics', () => {
    const c = readActionConfig(
      env({
        ...ab,
        'baseline-server-metrics': 'http://127.0.0.1:8081/metrics',
        'candidate-server-metrics': 'http://127.0.0.1:8082/metrics',
      }),
    );
    expect(c.request?.mode === 'ab' && c.request.ab.serverMetrics).toEqual({
      baseline: ['http://127.0.0.1:8081/metrics'],
      candidate: ['http://127.0.0.1:8082/metrics'],
    });
  });
  it('refuses server-metrics in A/B mode (which version?) and the A/B inputs without A/B mode', () => {
    expect(() => readActionConfig(env({ ...ab, 'server-metrics': 'http://127.0.0.1:8082/metrics' }))).toThrow(
      /in A\/B mode 'server-metrics' does not say which version it belongs to/,
    );
    expect(() =>
      readActionConfig(env({ script: 'a.js', 'candidate-server-metrics': 'http://127.0.0.1:8082/metrics' })),
    ).toThrow(/'baseline-server-metrics' and 'candidate-server-metrics' are for A\/B mode/);
  });
  it('pairs the two versions URL by URL, and each must be an http(s) URL', () => {
    expect(() =>
      readActionConfig(env({ ...ab, 'baseline-server-metrics': 'http://127.0.0.1:8081/metrics' })),
    ).toThrow(
      /pairs 'baseline-server-metrics' with 'candidate-server-metrics' line by line, but there are 1 baseline and 0/,
    );
    expect(() =>
      readActionConfig(
        env({
          ...ab,
          'baseline-server-metrics': 'localhost:1/metrics',
          'candidate-server-metrics': 'http://x/metrics',
        }),
      ),
    ).toThrow(/input 'baseline-server-metrics' "localhost:1\/metrics" is not an http\(s\) URL/);
  });
  it('refuses a target without its scheme before any load runs (issue 23)', () => {
    expect(() => readActionConfig(env({ ...ab, 'baseline-target': '127.0.0.1:18080' }))).toThrow(
      /input 'baseline-target' "127\.0\.0\.1:18080" is not an http\(s\) URL/,
    );
  });
});
