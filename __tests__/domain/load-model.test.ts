import { describe, expect, it } from 'vitest';
import { executorsText, loadModelOf, vuBudgetOf } from '../../src/domain/load-model.js';

const fp = (scenarios: Record<string, Record<string, unknown>>) => ({ scenarios, hash: 'x' });

describe('loadModelOf: open or closed, from the executors', () => {
  it.each([
    [{ a: { executor: 'constant-arrival-rate' } }, 'open'],
    [{ a: { executor: 'ramping-arrival-rate' }, b: { executor: 'constant-arrival-rate' } }, 'open'],
    [{ a: { executor: 'ramping-vus' } }, 'closed'],
    [{ default: { vus: 10, duration: '30s' } }, 'closed'],
    [{ a: { executor: 'shared-iterations' }, b: { executor: 'constant-arrival-rate' } }, 'mixed'],
    [{}, 'unknown'],
    [{ a: { executor: 'some-future-executor' } }, 'unknown'],
  ] as const)('%j is %s', (scenarios, model) => {
    expect(loadModelOf(fp(scenarios))).toBe(model);
  });
  it('names the executors and adds up the open-model VU budget', () => {
    const f = fp({
      a: { executor: 'constant-arrival-rate', maxVUs: 50 },
      b: { executor: 'ramping-arrival-rate', preAllocatedVUs: 10 },
    });
    expect(executorsText(f)).toBe('constant-arrival-rate (a), ramping-arrival-rate (b)');
    expect(vuBudgetOf(f)).toBe(60);
    expect(vuBudgetOf(fp({ a: { executor: 'constant-vus', vus: 5 } }))).toBeUndefined();
  });
});

describe('vuBudgetOf: the VUs the open-model scenarios may use', () => {
  const fp = (scenarios: Record<string, Record<string, unknown>>) => ({ scenarios, hash: 'h' });
  it('adds maxVUs (else preAllocatedVUs) of the open scenarios, ignoring closed ones and unusable values', () => {
    expect(
      vuBudgetOf(
        fp({
          a: { executor: 'constant-arrival-rate', maxVUs: 50, preAllocatedVUs: 10 },
          b: { executor: 'ramping-arrival-rate', preAllocatedVUs: 20 },
          c: { executor: 'constant-vus', vus: 100, maxVUs: 100 },
        }),
      ),
    ).toBe(70);
    for (const bad of [0, -5, 'many', null])
      expect(
        vuBudgetOf(fp({ a: { executor: 'constant-arrival-rate', maxVUs: bad } })),
        String(bad),
      ).toBeUndefined();
    expect(vuBudgetOf(fp({ a: { executor: 'constant-arrival-rate' } }))).toBeUndefined();
  });
});
