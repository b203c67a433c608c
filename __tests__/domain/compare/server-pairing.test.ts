import { describe, expect, it } from 'vitest';
import { compareServerEfficiency } from '../../../src/domain/compare/server-efficiency.js';
import { pairServerTargets, targetRole } from '../../../src/domain/compare/server-pairing.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import type { ServerTargetSummary } from '../../../src/domain/server-summary.js';
import { scrapedTarget } from '../../support/summaries.js';

/** A target at `url` costing `level` CPU seconds per 100 requests, with an optional role `name`. */
const target = (url: string, level: number, name?: string): ServerTargetSummary => ({
  ...scrapedTarget(level, url),
  ...(name !== undefined ? { name } : {}),
});
const run = (...targets: ServerTargetSummary[]): RunSummary =>
  ({ windowSeconds: 1, server: { schemaVersion: 1, targets } }) as unknown as RunSummary;

describe('server targets paired by role, not by URL', () => {
  it('pairs the one target of each side whatever its URL (a random port in CI), and compares its CPU', () => {
    const history = [0.01, 0.0101, 0.0099].map((l) => run(target('http://127.0.0.1:40451/metrics', l)));
    const candidate = run(target('http://localhost:41337/metrics', 0.017));
    const { pairs, warnings } = pairServerTargets(history, candidate);
    expect(warnings).toEqual([]);
    expect(pairs[0]!.baseline.every((b) => b?.target === 'http://127.0.0.1:40451/metrics')).toBe(true);
    const [c] = compareServerEfficiency(history, candidate, DEFAULT_GATE_CONFIG);
    expect(c).toMatchObject({ series: {}, verdict: 'regression' });
    expect(c!.ratio).toBeCloseTo(1.7, 6);
  });

  it('pairs several targets by name, labelling each comparison with its role', () => {
    const history = [1, 2].map(() =>
      run(
        target('http://10.0.0.1:1/metrics', 0.01, 'api'),
        target('http://10.0.0.2:2/metrics', 0.02, 'worker'),
      ),
    );
    const candidate = run(
      target('http://10.0.0.9:7/metrics', 0.02, 'worker'),
      target('http://10.0.0.8:8/metrics', 0.017, 'api'),
    );
    const cs = compareServerEfficiency(history, candidate, DEFAULT_GATE_CONFIG);
    expect(cs.map((c) => [c.series, c.verdict])).toEqual([
      [{ server: 'worker' }, 'unchanged'],
      [{ server: 'api' }, 'regression'],
    ]);
    expect(pairServerTargets(history, candidate).warnings).toEqual([]);
    expect(targetRole(candidate.server!.targets[0]!)).toBe('worker');
  });

  it('says so when several unnamed targets changed URL: nothing is dropped silently', () => {
    const history = [run(target('http://a:1/metrics', 0.01), target('http://b:1/metrics', 0.01))];
    const candidate = run(target('http://a:2/metrics', 0.01), target('http://b:1/metrics', 0.01));
    const { pairs, warnings } = pairServerTargets(history, candidate);
    expect(pairs.map((p) => p.baseline[0]?.target)).toEqual([undefined, 'http://b:1/metrics']);
    expect(warnings).toEqual([
      'server metrics http://a:2/metrics: no baseline run scraped a target of that URL, so its CPU per request is not compared; name each target (server-metrics: name=url) to pair them across runs',
      "server metrics http://a:1/metrics: scraped in the baseline but not paired with any of this run's targets; name each target (server-metrics: name=url) to pair them across runs",
    ]);
    expect(compareServerEfficiency(history, candidate, DEFAULT_GATE_CONFIG)).toHaveLength(1);
  });

  it('warns about nothing when the baseline scraped no server at all', () => {
    const bare = { windowSeconds: 1 } as unknown as RunSummary;
    expect(pairServerTargets([bare], run(target('http://a/metrics', 0.01))).warnings).toEqual([]);
    expect(pairServerTargets([run(target('http://a/metrics', 0.01))], bare).warnings).toEqual([]);
  });
});
