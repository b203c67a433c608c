import { describe, expect, it } from 'vitest';
import { blockChart } from '../../src/render/trend-terminal.js';

describe('blockChart (the terminal chart of the trend and the A/B pairs)', () => {
  it('maps values to eight heights between lo and hi, clamped, a space where one is missing', () => {
    expect(blockChart([1, 2, undefined, 3], 1, 3)).toBe('▁▅ █');
    expect(blockChart([0, 9], 1, 3)).toBe('▁█');
  });
  it('draws the middle block when lo = hi, and nothing for no values', () => {
    expect(blockChart([2, 2], 2, 2)).toBe('▅▅');
    expect(blockChart([], 0, 1)).toBe('');
  });
});
