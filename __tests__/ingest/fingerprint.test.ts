import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../src/ingest/fingerprint.js';

const browse = {
  executor: 'constant-arrival-rate',
  rate: 40,
  timeUnit: '1s',
  duration: '30s',
  preAllocatedVUs: 10,
};

describe('computeFingerprint: what defines the workload', () => {
  it("hashes the script's content when it is known, and only then", () => {
    const withScript = computeFingerprint('export default () => {}', { scenarios: { browse } });
    expect(withScript.scriptHash).toBe(createHash('sha256').update('export default () => {}').digest('hex'));
    expect(computeFingerprint(undefined, { scenarios: { browse } })).not.toHaveProperty('scriptHash');
    // The workload hash is of the scenarios only: a script edit that keeps the workload keeps the hash.
    expect(withScript.hash).toBe(computeFingerprint('other', { scenarios: { browse } }).hash);
    expect(withScript.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps the scenario fields that change the load, not where it runs or how it is labelled', () => {
    const labelled = {
      ...browse,
      env: { A: '1' },
      tags: { t: 'x' },
      exec: 'browse',
      gracefulStop: '5s',
      gracefulRampDown: '1s',
      startTime: null,
    };
    const f = computeFingerprint(undefined, { scenarios: { browse: labelled } });
    expect(f.scenarios).toEqual({ browse });
    expect(f.hash).toBe(computeFingerprint(undefined, { scenarios: { browse } }).hash);
  });

  it('hashes the same whatever the key order, and differently for another rate', () => {
    const reordered = Object.fromEntries(Object.entries(browse).reverse());
    expect(computeFingerprint(undefined, { scenarios: { browse: reordered } }).hash).toBe(
      computeFingerprint(undefined, { scenarios: { browse } }).hash,
    );
    expect(computeFingerprint(undefined, { scenarios: { browse: { ...browse, rate: 80 } } }).hash).not.toBe(
      computeFingerprint(undefined, { scenarios: { browse } }).hash,
    );
  });

  it('hashes a list by its elements: the same digits split otherwise, or another length, are another workload', () => {
    // A list of numbers in a scenario (as an extension's executor may take): [1, 23] is not [12, 3].
    const hash = (list: number[]) =>
      computeFingerprint(undefined, { scenarios: { s: { executor: 'x-executor', weights: list } } }).hash;
    expect(hash([1, 23])).toBe(hash([1, 23]));
    expect(hash([1, 23])).not.toBe(hash([12, 3]));
    expect(hash([1, 23])).not.toBe(hash([1, 23, 5]));
  });

  it('makes one implicit scenario of the shortcut options, which replace the scenarios when they set a length', () => {
    expect(
      computeFingerprint(undefined, { vus: 5, duration: '10s', scenarios: { browse } }).scenarios,
    ).toEqual({
      default: { vus: 5, duration: '10s' },
    });
    expect(computeFingerprint(undefined, { stages: [{ duration: '5s', target: 3 }] }).scenarios).toEqual({
      default: { stages: [{ duration: '5s', target: 3 }] },
    });
    // vus alone does not replace declared scenarios.
    expect(computeFingerprint(undefined, { vus: 5, scenarios: { browse } }).scenarios).toEqual({ browse });
    expect(computeFingerprint(undefined, { vus: 5 }).scenarios).toEqual({ default: { vus: 5 } });
    expect(computeFingerprint(undefined, { iterations: 0 }).scenarios).toEqual({
      default: { iterations: 0 },
    });
  });

  it('hashes a nested null like a missing field (k6 inspect writes both)', () => {
    const stages = [{ duration: '5s', target: 3, condition: null }];
    expect(
      computeFingerprint(undefined, { scenarios: { s: { executor: 'ramping-vus', stages } } }).hash,
    ).toBe(
      computeFingerprint(undefined, {
        scenarios: { s: { executor: 'ramping-vus', stages: [{ duration: '5s', target: 3 }] } },
      }).hash,
    );
  });

  it('has no scenario without options', () => {
    for (const options of [undefined, null, 'text', {}, { scenarios: {} }, { duration: null }])
      expect(computeFingerprint(undefined, options).scenarios).toEqual({});
  });
});
