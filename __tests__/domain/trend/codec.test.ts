import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseTrend, serializeTrend, TREND_SCHEMA_VERSION } from '../../../src/domain/trend/codec.js';
import {
  appendTrend,
  emptyTrend,
  MAX_TREND_ENTRIES,
  type Trend,
  type TrendStatistic,
} from '../../../src/domain/trend/model.js';

/** A statistic as the gate writes it; `i` varies the metric (custom Trends have long names). */
function stat(i: number): TrendStatistic {
  const rate = i % 5 === 4;
  return {
    id: `checkout_flow_duration_${i} ${rate ? 'rate' : 'p95'}`,
    metric: `checkout_flow_duration_${i}`,
    stat: rate ? 'rate' : 'p95',
    series: {},
    scale: rate ? 'difference' : 'ratio',
    direction: 'higher-is-worse',
    tolerance: rate ? 0.001 : 0.1,
    unit: rate ? 'fraction' : 'ms',
  };
}

/** A realistic trend: `runs` runs of `count` statistics with full-precision-looking values. */
function realistic(runs: number, count: number): Trend {
  const statistics = Array.from({ length: count }, (_, i) => stat(i));
  let trend = emptyTrend();
  for (let r = 0; r < runs; r++) {
    const points = Object.fromEntries(
      statistics.map((s, i) => [
        s.id,
        s.scale === 'ratio'
          ? {
              estimate: Number((123.456789 + r + i / 7).toPrecision(6)),
              se: Number((0.0213456 + i / 1e5).toPrecision(3)),
            }
          : {
              estimate: Number((0.00123456 + r / 1e6).toPrecision(6)),
              se: Number((0.000345678).toPrecision(3)),
            },
      ]),
    );
    trend = appendTrend(
      trend,
      {
        commit: (0xabcdef0 + r).toString(16).padEnd(40, '7'),
        date: new Date(Date.UTC(2026, 0, 1) + r * 3_600_000).toISOString(),
        runId: 12_345_678_901 + r,
        points,
      },
      statistics,
    );
  }
  return trend;
}

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

describe('serializeTrend / parseTrend', () => {
  it('round-trips a trend', () => {
    const trend = realistic(5, 6);
    const parsed = parseTrend(JSON.parse(JSON.stringify(serializeTrend(trend))));
    expect(parsed).toEqual({ ok: true, trend });
  });

  it('keeps an entry within 2 KB and 200 runs of 20 statistics within 100 KB (deflated in the artifact: far less)', () => {
    const file = serializeTrend(realistic(MAX_TREND_ENTRIES, 20));
    expect(file.entries).toHaveLength(MAX_TREND_ENTRIES);
    const entry = bytes(file.entries.at(-1));
    const whole = bytes(file);
    expect(entry).toBeLessThanOrEqual(2048);
    expect(whole).toBeLessThanOrEqual(100 * 1024);
    // With 60 statistics an entry still fits 2 KB, and the zip artifact stores the trend deflated.
    const wide = serializeTrend(realistic(MAX_TREND_ENTRIES, 60));
    expect(bytes(wide.entries.at(-1))).toBeLessThanOrEqual(2048);
    expect(deflateRawSync(JSON.stringify(wide)).length).toBeLessThanOrEqual(100 * 1024);
  });

  it('reads names of 1 and of exactly 300 characters', () => {
    const f = JSON.parse(JSON.stringify(serializeTrend(realistic(3, 2))));
    f.statistics[1].metric = 'm'.repeat(300);
    f.statistics[1].stat = 'p';
    const parsed = parseTrend(f);
    expect(parsed.ok && parsed.trend.statistics[f.statistics[1].id]?.metric).toBe('m'.repeat(300));
  });

  it('reads at most 500 statistics: a crafted file cannot make every entry cost more', () => {
    const at = (count: number) => parseTrend(JSON.parse(JSON.stringify(serializeTrend(realistic(1, count)))));
    expect(at(500).ok).toBe(true);
    expect(at(501)).toEqual({
      ok: false,
      reason: 'not a usable perf-gate trend: statistics is not a list of at most 500',
    });
  });

  it('reads a run id of 0, and an entry without one', () => {
    const f = JSON.parse(JSON.stringify(serializeTrend(realistic(3, 2))));
    f.entries[0].runId = 0;
    delete f.entries[1].runId;
    const parsed = parseTrend(f);
    expect(parsed.ok).toBe(true);
    // Read as written: a run id of 0 is kept, a missing one stays missing (no `runId: undefined` key).
    expect(parsed.ok && parsed.trend.entries[0]!.runId).toBe(0);
    expect(parsed.ok && Object.keys(parsed.trend.entries[1]!)).toEqual(['commit', 'date', 'points']);
  });

  it('refuses a newer version with a reason, never throwing', () => {
    const file = { ...serializeTrend(realistic(2, 2)), schemaVersion: TREND_SCHEMA_VERSION + 1 };
    expect(parseTrend(file)).toEqual({
      ok: false,
      reason: `not a usable perf-gate trend: it was written by a newer perf-gate (trend version ${TREND_SCHEMA_VERSION + 1}; this one reads version ${TREND_SCHEMA_VERSION})`,
    });
  });

  const file = () => JSON.parse(JSON.stringify(serializeTrend(realistic(3, 2))));
  it.each([
    ['not an object', () => [1, 2], /not a JSON object/],
    ['no version', () => ({ ...file(), schemaVersion: undefined }), /schemaVersion is undefined/],
    [
      'a non-finite estimate (1e999 parses as Infinity)',
      () => JSON.parse(JSON.stringify(file()).replace(/\[123\.[0-9]+,/, '[1e999,')),
      /entries\[0\]\.values\[0\]\[0\] is not a finite number/,
    ],
    [
      'a hostile commit',
      () => {
        const f = file();
        f.entries[1].commit = '<img src=x>';
        return f;
      },
      /entries\[1\]\.commit is not a commit sha/,
    ],
    [
      'a negative se',
      () => {
        const f = file();
        f.entries[2].values[0][1] = -1;
        return f;
      },
      /entries\[2\]\.values\[0\]\[1\] is not a finite number of at least 0/,
    ],
    [
      'a zero latency (no logarithm)',
      () => {
        const f = file();
        f.entries[0].values[0][0] = 0;
        return f;
      },
      /values\[0\]\[0\]/,
    ],
    [
      'a negative run id',
      () => {
        const f = file();
        f.entries[1].runId = -1;
        return f;
      },
      /entries\[1\]\.runId is not a run id/,
    ],
    [
      'a fractional run id',
      () => {
        const f = file();
        f.entries[1].runId = 1.5;
        return f;
      },
      /entries\[1\]\.runId is not a run id/,
    ],
    [
      'an unknown direction',
      () => {
        const f = file();
        f.statistics[0].direction = 'sideways';
        return f;
      },
      /statistics\[0\]\.direction is not higher-is-worse or higher-is-better/,
    ],
    [
      'values of the wrong length',
      () => {
        const f = file();
        f.entries[0].values.pop();
        return f;
      },
      /one value per statistic \(2\)/,
    ],
    [
      'a repeated statistic',
      () => {
        const f = file();
        f.statistics[1].id = f.statistics[0].id;
        return f;
      },
      /repeated id/,
    ],
    [
      'an unknown scale',
      () => {
        const f = file();
        f.statistics[0].scale = 'log';
        return f;
      },
      /statistics\[0\]\.scale/,
    ],
    [
      'a bad date',
      () => {
        const f = file();
        f.entries[0].date = 'yesterday';
        return f;
      },
      /entries\[0\]\.date/,
    ],
    [
      'an empty statistic id',
      () => {
        const f = file();
        f.statistics[0].id = '';
        return f;
      },
      /^not a usable perf-gate trend: statistics\[0\]\.id is not a string of 1 to 300 characters$/,
    ],
    [
      'an over-long metric name (301 characters)',
      () => {
        const f = file();
        f.statistics[1].metric = 'm'.repeat(301);
        return f;
      },
      /statistics\[1\]\.metric is not a string of 1 to 300 characters/,
    ],
    [
      'a string run id',
      () => {
        const f = file();
        f.entries[0].runId = '7';
        return f;
      },
      /runId/,
    ],
  ])('refuses %s', (_, make, reason) => {
    const parsed = parseTrend(make());
    expect(parsed.ok).toBe(false);
    expect((parsed as { reason: string }).reason).toMatch(reason);
  });

  it('keeps the newest entries of an over-long file', () => {
    const f = serializeTrend(realistic(MAX_TREND_ENTRIES + 5, 1));
    const longer = { ...f, entries: [...serializeTrend(realistic(5, 1)).entries, ...f.entries] };
    const parsed = parseTrend(longer);
    expect(parsed.ok && parsed.trend.entries.length).toBe(MAX_TREND_ENTRIES);
    expect(parsed.ok && parsed.trend.entries.at(-1)!.commit).toBe(f.entries.at(-1)!.commit);
  });
});
