import { describe, expect, it } from 'vitest';
import type { SearchSettings, StepVerdict } from '../../../src/domain/capacity-model.js';
import { bracketOf, nextRate } from '../../../src/domain/capacity/search.js';

const settings: SearchSettings = { from: 20, to: 2000, factor: 2, resolution: 0.05, maxSteps: 16 };

/** Runs the search against a service whose steps meet the objectives exactly below `capacity`. */
function simulate(capacity: number, s: SearchSettings = settings, limitedAt = Infinity) {
  const steps: Array<{ offered: number; verdict: StepVerdict }> = [];
  for (let r = nextRate(s, steps); r !== null; r = nextRate(s, steps))
    steps.push({
      offered: r,
      verdict: r >= limitedAt ? 'generator-limited' : r < capacity ? 'met' : 'broken',
    });
  return { rates: steps.map((x) => x.offered), bracket: bracketOf(steps) };
}

describe('the capacity search', () => {
  it('climbs a doubling staircase, then bisects geometrically to within the resolution', () => {
    const { rates, bracket } = simulate(200);
    expect(rates).toEqual([20, 40, 80, 160, 320, 226, 190, 207, 198]);
    expect(bracket).toEqual({ good: 198, bad: 207, generatorLimited: null });
    expect(207 / 198 - 1).toBeLessThanOrEqual(0.05);
  });

  it('starts at from with no steps, and caps the staircase at to', () => {
    expect(nextRate(settings, [])).toBe(20);
    const { rates, bracket } = simulate(1e9, { ...settings, to: 100 });
    expect(rates).toEqual([20, 40, 80, 100]);
    expect(bracket).toEqual({ good: 100, bad: null, generatorLimited: null });
  });

  it('stops at once when the first rate breaks an objective (capacity below the range)', () => {
    const { rates, bracket } = simulate(10);
    expect(rates).toEqual([20]);
    expect(bracket).toEqual({ good: null, bad: 20, generatorLimited: null });
  });

  it('stops at a generator-limited step: higher rates would measure k6', () => {
    const { rates, bracket } = simulate(1e9, settings, 100);
    expect(rates).toEqual([20, 40, 80, 160]);
    expect(bracket).toEqual({ good: 80, bad: null, generatorLimited: 160 });
  });

  it('stops when rounding cannot split the bracket, and after maxSteps', () => {
    expect(
      nextRate({ ...settings, resolution: 0 }, [
        { offered: 3, verdict: 'met' },
        { offered: 4, verdict: 'broken' },
      ]),
    ).toBeNull();
    expect(simulate(200, { ...settings, maxSteps: 3 }).rates).toEqual([20, 40, 80]);
  });

  it('takes the bracket below the lowest broken rate, whatever the order', () => {
    expect(
      bracketOf([
        { offered: 100, verdict: 'met' },
        { offered: 400, verdict: 'broken' },
        { offered: 300, verdict: 'met' },
        { offered: 350, verdict: 'broken' },
        { offered: 380, verdict: 'met' },
      ]),
    ).toEqual({ good: 300, bad: 350, generatorLimited: null });
  });
});
