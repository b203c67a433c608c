/** The change-point issue's marker: the GitHub adapter finds an open issue by searching bodies for it. */
import { describe, expect, it } from 'vitest';
import { changePointMarker } from '../../src/render/trend-issue.js';

describe('changePointMarker', () => {
  it('is one HTML comment naming the gate and the statistic', () => {
    expect(changePointMarker('default', 'p95')).toBe('<!-- perf-gate-change-point:default:p95 -->');
  });

  it('keeps letters, digits, dot, underscore and dash of the names and turns anything else into _', () => {
    expect(changePointMarker('api gate', 'checkout --> p99')).toBe(
      '<!-- perf-gate-change-point:api_gate:checkout_--__p99 -->',
    );
  });
});
