/** The started versions' ports filled into the same A/B or history request hand-started services get. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import {
  expandPort,
  servedGateRequest,
  serviceUrl,
  type ServedRequest,
  type ServicePlan,
} from '../../src/domain/service-plan.js';

const plan: ServicePlan = {
  start: 'node server.js --port {port}',
  readyUrl: 'http://127.0.0.1:{port}/health',
  readyTimeoutSeconds: 60,
  targetEnv: 'BASE_URL',
  serverMetrics: [{ name: 'api', url: 'http://127.0.0.1:{port}/metrics' }],
};
const load = { cwd: '/repo', scriptEnv: { USERS: '5' }, k6Args: [] };
const COMMIT = 'c'.repeat(40);

describe('expandPort', () => {
  it('replaces every {port}, and nothing else', () => {
    expect(expandPort('a {port} b {port}', 8123)).toBe('a 8123 b 8123');
    expect(expandPort('PORT=$PORT {por}', 1)).toBe('PORT=$PORT {por}');
  });
  it('the script gets the URL without a trailing slash (it appends paths)', () => {
    expect(serviceUrl(4000)).toBe('http://127.0.0.1:4000');
  });
});

describe('servedGateRequest', () => {
  it('A/B: both targets, each version its own metrics URL, the base commit for the report', () => {
    const served: ServedRequest = {
      kind: 'ab',
      plan,
      baseRef: 'main',
      ab: {
        ...load,
        script: 's.js',
        targetEnv: 'BASE_URL',
        pairs: 4,
        maxPairs: 20,
        gate: DEFAULT_GATE_CONFIG,
      },
    };
    expect(servedGateRequest(served, { baseline: 4001, candidate: 4002 }, COMMIT)).toEqual({
      mode: 'ab',
      ab: {
        ...served.ab,
        baselineTarget: 'http://127.0.0.1:4001',
        candidateTarget: 'http://127.0.0.1:4002',
        serverMetrics: {
          baseline: ['http://127.0.0.1:4001/metrics'],
          candidate: ['http://127.0.0.1:4002/metrics'],
        },
        base: { commit: COMMIT },
      },
    });
    expect(() => servedGateRequest(served, { candidate: 4002 })).toThrow(/needs the base version/);
  });

  it('the head alone: the target variable in the script environment, named metrics at its port', () => {
    const run = {
      ...load,
      script: 's.js',
      runs: 1,
      maxRuns: 3,
      rerun: 'suspected' as const,
      gate: DEFAULT_GATE_CONFIG,
      baseline: { save: 'append' as const, history: 5, acceptFailedThresholds: false },
    };
    const request = servedGateRequest(
      { kind: 'head', plan: { ...plan, targetEnv: 'API' }, run },
      { candidate: 5000 },
    );
    expect(request).toEqual({
      mode: 'history',
      run: {
        ...run,
        scriptEnv: { USERS: '5', API: 'http://127.0.0.1:5000' },
        serverMetrics: [{ name: 'api', url: 'http://127.0.0.1:5000/metrics' }],
      },
    });
    const bare = servedGateRequest(
      { kind: 'head', plan: { ...plan, serverMetrics: [] }, run },
      { candidate: 5000 },
    );
    expect(bare.mode === 'history' && bare.run.serverMetrics).toBe(undefined);
  });
});
