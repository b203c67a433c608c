/** The action's server-side inputs: `server-metrics` one URL per line, `prometheus` and its named queries. */
import { describe, expect, it } from 'vitest';
import { readActionConfig, type ActionEnvironment } from '../../src/action/inputs.js';

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
    expect(c.serverMetrics).toEqual(['http://127.0.0.1:2121/metrics', 'http://127.0.0.1:9100/metrics']);
    expect(c.prometheus).toBeUndefined();
  });
  it('is empty when not given', () => {
    expect(readActionConfig(env({ script: 'a.js' })).serverMetrics).toEqual([]);
  });
  it('reads the Prometheus server and its named queries (a query may hold = signs)', () => {
    const c = readActionConfig(
      env({
        script: 'a.js',
        prometheus: 'http://127.0.0.1:9090',
        'prometheus-query': 'pool_wait=sum(rate(db_wait_total{job="api"}[30s]))',
      }),
    );
    expect(c.prometheus).toEqual({
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
    expect(c.ab?.serverMetrics).toEqual({
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
});
