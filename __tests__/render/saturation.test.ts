import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { saturationPanel, type SaturationPanel } from '../../src/domain/saturation-panel.js';
import { panelMarkdown, panelTerminal } from '../../src/render/saturation.js';

const panel: SaturationPanel = {
  firstSaturated: 'application CPU: CPU seconds per request regressed',
  targets: [
    {
      target: 'http://127.0.0.1:9/metrics',
      scrapes: 10,
      failures: 1,
      cpuPerRequestMs: 1.234,
      baselineCpuPerRequestMs: 0.75,
      coresUsed: 0.08,
      rssBytes: 50 * 1024 * 1024,
      memoryGrowthBytes: 2 * 1024 * 1024,
      gcTimeShare: 0.004,
      eventLoopLagMaxMs: 12,
      routes: [
        { route: 'route=<img src=x>|`', count: 100, p50: 8, p95: 19, resolutionP95: 10, baselineP95: 18 },
      ],
    },
  ],
  generator: { cpuShare: 0.4, cpusAllowed: 1, runQueueWaitShare: 0.5 },
};

describe('saturation panel rendering', () => {
  it('shows each resource, the routes, the generator and the first saturated resource in Markdown', () => {
    const md = panelMarkdown(panel).join('\n');
    expect(md).toContain('First saturated: **application CPU: CPU seconds per request regressed**');
    expect(md).toContain('| CPU per request | 1.23 ms (baseline 0.75 ms) |');
    expect(md).toContain('| memory (RSS) | 50 MB, +2 MB over the run |');
    expect(md).toContain('| GC time | 0.4% |');
    expect(md).toContain('| failed scrapes | 1 of 10 |');
    expect(md).toContain('p50 8 ms, p95 19 ms (±10 ms bucket); baseline p95 18 ms');
    expect(md).toContain('Load generator (k6): 40% of 1 CPU(s), waited for a CPU 50% of its runnable time.');
    // A route label from a scrape is hostile: it cannot open HTML or break the table.
    expect(md).not.toContain('<img');
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('| latency'))[0]
        ?.split(/(?<!\\)\|/).length,
    ).toBe(4);
  });
  it('shows the same in the terminal and nothing without a panel', () => {
    const text = panelTerminal(panel).join('\n');
    expect(text).toContain('first saturated: application CPU');
    expect(text).toContain('CPU per request: 1.23 ms (baseline 0.75 ms)');
    expect(panelTerminal(undefined)).toEqual([]);
    expect(panelMarkdown(undefined)).toEqual([]);
  });
});

describe('saturation panel lines, exactly', () => {
  const bare = { target: 'http://127.0.0.1:9/metrics', scrapes: 5, failures: 0, routes: [] };

  it('lists each resource the target exports, in order, with its unit', () => {
    const full: SaturationPanel = {
      targets: [
        {
          ...bare,
          cpuPerRequestMs: 0.5,
          coresUsed: 1.23456,
          rssBytes: 3 * 1024 * 1024,
          memoryGrowthBytes: -1024 * 1024,
          gcTimeShare: 0.123,
          goroutinesMax: 42,
          eventLoopLagMaxMs: 7.5,
          failures: 2,
        },
      ],
    };
    expect(panelTerminal(full)).toEqual([
      '',
      'saturation (server-side):',
      '  http://127.0.0.1:9/metrics',
      '    CPU per request: 0.5 ms',
      '    CPU cores used: 1.23',
      '    memory (RSS): 3 MB, -1 MB over the run',
      '    GC time: 12%',
      '    goroutines (max): 42',
      '    event-loop lag (max): 7.5 ms',
      '    failed scrapes: 2 of 5',
    ]);
    expect(panelMarkdown(full)).toEqual([
      '### Saturation (server-side)',
      '',
      '`http://127.0.0.1:9/metrics`',
      '',
      '| resource | value |',
      '| --- | --- |',
      '| CPU per request | 0.5 ms |',
      '| CPU cores used | 1.23 |',
      '| memory (RSS) | 3 MB, -1 MB over the run |',
      '| GC time | 12% |',
      '| goroutines (max) | 42 |',
      '| event-loop lag (max) | 7.5 ms |',
      '| failed scrapes | 2 of 5 |',
      '',
    ]);
  });

  it('shows only what was exported: no growth without a second scrape, no failures line when none failed', () => {
    const some: SaturationPanel = { targets: [{ ...bare, rssBytes: 1024 * 1024, memoryGrowthBytes: 0 }] };
    expect(panelTerminal(some).slice(3)).toEqual(['    memory (RSS): 1 MB, +0 MB over the run']);
    const none: SaturationPanel = { targets: [{ ...bare, rssBytes: 1024 * 1024 }] };
    expect(panelTerminal(none).slice(3)).toEqual(['    memory (RSS): 1 MB']);
    expect(panelTerminal({ targets: [bare] })).toEqual(['', 'saturation (server-side):', `  ${bare.target}`]);
  });

  it('lists at most 10 routes, with a dash for a quantile it could not estimate', () => {
    const routes = Array.from({ length: 12 }, (_, i) => ({ route: `GET /r${i}`, count: i + 1, p50: 2 }));
    const lines = panelTerminal({ targets: [{ ...bare, routes }] }).filter((l) => l.includes('latency'));
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('    latency GET /r0 (1 req): p50 2 ms, p95 –');
    const md = panelMarkdown({ targets: [{ ...bare, routes }] }).filter((l) => l.startsWith('| latency'));
    expect(md).toHaveLength(10);
    expect(md[9]).toBe('| latency GET /r9 (10 req) | p50 2 ms, p95 – |');
    const fractional = { ...bare, routes: [{ route: 'GET /x', count: 493.701556639, p95: 3 }] };
    expect(panelTerminal({ targets: [fractional] }).join('\n')).toContain('latency GET /x (494 req)');
    expect(panelMarkdown({ targets: [fractional] }).join('\n')).toContain('latency GET /x (494 req)');
    const noP50 = panelTerminal({ targets: [{ ...bare, routes: [{ route: 'x', count: 1, p95: 3 }] }] });
    expect(noP50.at(-1)).toBe('    latency x (1 req): p50 –, p95 3 ms');
  });

  it('gives the generator one CPU unless told otherwise, and its run-queue wait only when measured', () => {
    expect(panelTerminal({ targets: [], generator: { cpuShare: 0.25 } })).toEqual([
      '',
      'saturation (server-side):',
      '  load generator (k6): 25% of 1 CPU(s)',
    ]);
    expect(panelTerminal({ targets: [], generator: { cpuShare: 0.5, runQueueWaitShare: 0.3 } }).at(-1)).toBe(
      '  load generator (k6): 50% of 1 CPU(s), waited for a CPU 30% of its runnable time',
    );
    expect(panelMarkdown({ targets: [], generator: { cpuShare: 0.25, cpusAllowed: 2 } })).toEqual([
      '### Saturation (server-side)',
      '',
      'Load generator (k6): 25% of 2 CPU(s).',
    ]);
  });
});

describe('a hostile route label', () => {
  it('is cut to its first 120 characters in the Markdown table', () => {
    const long = {
      ...panel,
      targets: [{ ...panel.targets[0]!, routes: [{ route: `route=/${'a'.repeat(300)}`, count: 5 }] }],
    };
    const row = panelMarkdown(long).find((l) => l.startsWith('| latency '))!;
    expect(row).toContain(`| latency route=/${'a'.repeat(113)} (`);
  });
});

describe('saturationPanel triage order', () => {
  const target = (counters: Record<string, number>, gcTimeShare?: number) => ({
    target: 't',
    source: 'scrape' as const,
    intervalSeconds: 2,
    scrapes: 3,
    failures: 0,
    windows: [],
    counters,
    gauges: {},
    routes: [],
    efficiency: gcTimeShare === undefined ? {} : { gcTimeShare },
  });
  const run = (t: ReturnType<typeof target>): RunSummary =>
    ({ server: { schemaVersion: 1, targets: [t] } }) as unknown as RunSummary;
  const none = { cpuRegressed: false, diverged: false };
  const behind = 'k6 dropped 3 iterations';

  it('names CPU before the database, the database before GC, GC before the generator', () => {
    const t = target({ go_sql_wait_count_total: 3 }, 0.2);
    expect(saturationPanel(run(t), [], { ...none, cpuRegressed: true })?.firstSaturated).toMatch(
      /^application CPU/,
    );
    expect(saturationPanel(run(t), [], none)?.firstSaturated).toMatch(/^database/);
    expect(
      saturationPanel(run(target({}, 0.2)), [], { ...none, generatorFellBehind: behind })?.firstSaturated,
    ).toMatch(/^GC/);
    expect(
      saturationPanel(run(target({})), [], { ...none, generatorFellBehind: behind })?.firstSaturated,
    ).toBe('load generator: k6 dropped 3 iterations');
    expect(saturationPanel(run(target({})), [], none)?.firstSaturated).toBeUndefined();
    expect(saturationPanel({} as RunSummary, [], none)).toBeUndefined();
  });
});
