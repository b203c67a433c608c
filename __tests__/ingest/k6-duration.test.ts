import { describe, expect, it } from 'vitest';
import { k6DurationSeconds, plannedSeconds, scheduledSeconds } from '../../src/ingest/k6-duration.js';

describe('durations in k6 options, as k6 reads them', () => {
  it.each([
    ['30s', 30],
    ['1m30s', 90],
    ['1.5s', 1.5],
    ['500ms', 0.5],
    ['1h0m0s', 3600],
    ['2d', 172800],
    // k6 reads a bare number as milliseconds (in options, and in a numeric string).
    [15000, 15],
    ['1500', 1.5],
    ['1500.25', 1.50025],
    ['0', 0],
  ] as const)('%s is %f s', (text, seconds) => {
    expect(k6DurationSeconds(text)).toBeCloseTo(seconds, 9);
  });

  // '1m30' (a bare number after a unit) and '1.5.5' are neither a duration nor a number of milliseconds.
  it.each([undefined, null, '', 'soon', '-5s', '5 s', -1, {}, '1m30', '1.5.5'])(
    '%s is no duration',
    (value) => {
      expect(k6DurationSeconds(value)).toBeUndefined();
    },
  );

  it('work out how long the scenarios run, from durations, stages and start times', () => {
    expect(
      plannedSeconds({
        scenarios: {
          a: { executor: 'constant-arrival-rate', duration: '30s' },
          b: { executor: 'ramping-vus', startTime: '10s', stages: [{ duration: '1m' }, { duration: '15s' }] },
        },
      }),
    ).toBe(85);
    expect(
      plannedSeconds({ scenarios: { a: { executor: 'shared-iterations', iterations: 10 } } }),
    ).toBeUndefined();
    expect(plannedSeconds(null)).toBeUndefined();
  });

  it('schedule only the scenarios with a fixed length: an iterations scenario ends by itself', () => {
    const options = {
      scenarios: {
        a: { executor: 'constant-vus', duration: '20s' },
        b: { executor: 'shared-iterations', iterations: 10, maxDuration: '10m' },
      },
    };
    expect(plannedSeconds(options)).toBe(600);
    expect(scheduledSeconds(options)).toBe(20);
    expect(scheduledSeconds({ scenarios: { b: options.scenarios.b } })).toBeUndefined();
    expect(scheduledSeconds(null)).toBeUndefined();
  });
});
