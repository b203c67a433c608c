import { describe, expect, it } from 'vitest';
import { savePolicyFrom } from '../../src/cli/settings.js';

describe('savePolicyFrom: what run, vegeta and capacity do with this run', () => {
  it.each([
    [{}, 'auto'],
    [{ replaceBaseline: true }, 'replace'],
    [{ addBaseline: true }, 'append'],
    [{ readOnly: true }, 'never'],
  ] as const)('%j -> %s', (given, policy) => {
    expect(savePolicyFrom(given)).toBe(policy);
  });
  it('refuses flags that contradict each other', () => {
    expect(() => savePolicyFrom({ readOnly: true, addBaseline: true })).toThrow(/contradict each other/);
  });
});
