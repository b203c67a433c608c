/**
 * One options spec, three surfaces: the same text gives the same value, or the same error in the same words
 * (naming the flag, the input or the config key), on the command line, in the action and in the config file.
 */
import { describe, expect, it } from 'vitest';
import { readActionConfig } from '../../src/action/inputs.js';
import { parseCommandLine } from '../../src/cli/flags.js';
import { gateConfigFrom } from '../../src/options/gate-settings.js';
import { buildRequest, type BuiltRequest } from '../../src/options/request.js';
import { defaultsFor, layered } from '../../src/options/read.js';
import { parseGateFileConfig } from '../../src/options/config-file.js';
import type { GateConfig } from '../../src/domain/gate-config.js';

interface Settings {
  gate: GateConfig;
  runs: number;
  maxRuns: number;
  rerun: string;
  history: number;
  warmupSeconds: number | undefined;
}

/** What a built request says of these options. */
function settingsOf(built: BuiltRequest): Settings {
  const run = built.request?.mode === 'history' ? built.request.run : undefined;
  return {
    gate: built.gate,
    runs: run?.runs as number,
    maxRuns: run?.maxRuns as number,
    rerun: run?.rerun as string,
    history: built.baseline.history,
    warmupSeconds: run?.warmupSeconds,
  };
}

/** What the CLI's `run` makes of these options, or its error message. */
function viaCli(options: Record<string, string>): Settings | string {
  try {
    const args = Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]);
    const { given, positionals } = parseCommandLine(['script.js', ...args], 'run');
    return settingsOf(
      buildRequest(given, undefined, { surface: 'cli', command: 'run', cwd: '/repo', positionals }),
    );
  } catch (err) {
    return (err as Error).message;
  }
}

/** What the action makes of the same options as inputs, or its error message. */
function viaAction(options: Record<string, string>): Settings | string {
  try {
    return settingsOf(
      readActionConfig({
        input: (name) => ({ script: 'script.js', ...options })[name] ?? '',
        workspace: '/repo',
        eventName: 'pull_request',
        ref: 'refs/pull/1/merge',
        defaultBranch: 'main',
        sha: 'abc',
      }),
    );
  } catch (err) {
    return (err as Error).message;
  }
}

/** Errors differ only in how they name the option: `--x` on the command line, `input 'x'` in the action. */
const asInput = (cliResult: Settings | string) =>
  typeof cliResult === 'string' ? cliResult.replace(/--([a-z-]+)/g, "input '$1'") : cliResult;

const CASES: Array<Record<string, string>> = [
  {},
  { tolerance: '5%' },
  { tolerance: '0.05' },
  { tolerance: '5' },
  { tolerance: '-5%' },
  { tolerance: 'abc' },
  { 'error-tolerance': '0.5%' },
  { 'error-tolerance': '0.5pp' },
  { 'error-tolerance': '1e-1' },
  { 'error-tolerance': '-1' },
  { confidence: '95%' },
  { confidence: '2' },
  { 'on-inconclusive': 'fail' },
  { 'on-inconclusive': 'explode' },
  { 'report-only': 'http_req_duration:p99' },
  { 'report-only': ':p99' },
  { history: '0' },
  { runs: '3', 'max-runs': '2' },
  { warmup: '-5s' },
  { warmup: '10s', history: '3', runs: '2' },
  { rerun: 'always' },
  // Issue 23: refused before any load runs, in the same words on both surfaces.
  { tolerance: '0' },
  { tolerance: '0%' },
  { 'error-tolerance': '0.05' },
  { 'error-tolerance': '0pp' },
  { 'report-only': 'http_req_duration:p96' },
  { warmup: '5' },
  { warmup: '0' },
];

describe('the CLI and the action read options through one spec', () => {
  it.each(CASES)('same answer for %j', (options) => {
    const cli = viaCli(options);
    const action = viaAction(options);
    expect(action).toEqual(asInput(cli));
  });

  it('runs and max-runs name the flag or the input in the same sentence', () => {
    expect(viaCli({ runs: '3', 'max-runs': '2' })).toBe('--max-runs (2) is below --runs (3)');
  });

  it('reads bare numbers one way: a fraction where a relative amount is meant, refused where points are (issue 23)', () => {
    expect(viaCli({ tolerance: '0.05' })).toMatchObject({ gate: { latencyTolerance: 0.05 } });
    expect(viaCli({ 'error-tolerance': '0.05' })).toBe('--error-tolerance "0.05" does not say its unit');
    expect(viaCli({ 'error-tolerance': '0.05pp' })).toMatchObject({ gate: { errorRateTolerance: 0.0005 } });
    expect(viaCli({ tolerance: '0' })).toBe(
      '--tolerance "0" is zero: no interval can show a change within it',
    );
    expect(viaCli({ 'report-only': 'http_req_duration:p96' })).toBe(
      '--report-only "http_req_duration:p96" names a statistic the gate does not compare',
    );
    expect(viaCli({ warmup: '5' })).toBe('--warmup "5" has no unit');
    expect(viaCli({ warmup: '0' })).toMatchObject({ warmupSeconds: 0 });
  });
});

describe('the config file', () => {
  it('sets what flags and inputs may override, in the same words', () => {
    const file = parseGateFileConfig('perf-gate.config.json', '{"tolerance": "5%", "confidence": "95%"}');
    const { given } = parseCommandLine(['s.js', '--confidence', '0.9'], 'run');
    const gate = gateConfigFrom(layered(defaultsFor('cli'), file.values, given));
    expect(gate).toMatchObject({ latencyTolerance: 0.05, confidence: 0.9 });
    expect(() => parseGateFileConfig('perf-gate.config.json', '{"tolerance": "5"}')).toThrow(
      'perf-gate.config.json: tolerance "5" is ambiguous',
    );
  });

  it('takes per-metric rules with a direction, stats, a series filter and a tolerance', () => {
    const yaml = [
      'metrics:',
      '  - { metric: cache_hits, better: higher }',
      '  - metric: http_req_duration',
      '    series: { name: GET /search }',
      '    stats: [p95]',
      '    tolerance: 20%',
      '  - { metric: token_errors, tolerance: 0.5pp, gate: true }',
    ].join('\n');
    expect(parseGateFileConfig('perf-gate.config.yml', yaml).rules).toEqual([
      { metric: 'cache_hits', direction: 'higher-is-better' },
      {
        metric: 'http_req_duration',
        series: { name: 'GET /search' },
        stat: 'p95',
        tolerance: 0.2,
        toleranceScale: 'ratio',
      },
      { metric: 'token_errors', gated: true, tolerance: 0.005, toleranceScale: 'difference' },
    ]);
  });

  it("reads a rule's tolerance by the grammar of every other value, and refuses one whose unit does not fit (issue 22)", () => {
    const rules = (metrics: unknown[]) => parseGateFileConfig('c.json', JSON.stringify({ metrics })).rules;
    // "0.5" is a relative 50% everywhere: on a rate it would have meant 50 percentage points.
    expect(() => rules([{ metric: 'http_req_failed', tolerance: '0.5' }])).toThrow(
      'c.json: metrics[0].tolerance is a relative change, but http_req_failed is a rate, compared in percentage points',
    );
    expect(() => rules([{ metric: 'token_errors', stats: ['rate'], tolerance: '0.5' }])).toThrow(
      /is a relative change, but token_errors:rate is a rate/,
    );
    expect(() => rules([{ metric: 'http_req_duration', tolerance: '5pp' }])).toThrow(
      /tolerance is in percentage points, but http_req_duration is compared as a relative change/,
    );
    expect(rules([{ metric: 'http_req_failed', tolerance: '0.5pp' }])).toEqual([
      { metric: 'http_req_failed', tolerance: 0.005, toleranceScale: 'difference' },
    ]);
    expect(() => rules([{ metric: 'http_req_failed', tolerance: '0' }])).toThrow(/is zero/);
  });

  it('refuses a statistic the gate does not compare (issue 23)', () => {
    expect(() =>
      parseGateFileConfig('c.json', '{"metrics": [{"metric": "http_req_duration", "stats": ["p96"]}]}'),
    ).toThrow('c.json: metrics[0].stats "p96" is not a statistic the gate compares');
    expect(
      parseGateFileConfig(
        'c.json',
        '{"metrics": [{"metric": "http_req_duration", "stats": ["p99", "throughput"]}]}',
      ).rules,
    ).toHaveLength(2);
  });

  it('names the file, the key and what to write', () => {
    expect(() => parseGateFileConfig('perf-gate.config.json', '{"tolerence": "5%"}')).toThrow(
      /perf-gate.config.json: unknown key "tolerence"/,
    );
    try {
      parseGateFileConfig('perf-gate.config.json', '{"tolerence": "5%"}');
    } catch (err) {
      expect((err as { hint?: string }).hint).toMatch(/Did you mean "tolerance"/);
    }
    expect(() => parseGateFileConfig('c.json', '{"metrics": [{"metric": "x", "better": "up"}]}')).toThrow(
      /c.json: metrics\[0\].better "up" is not higher or lower/,
    );
    expect(() => parseGateFileConfig('c.json', '{"tolerance": ')).toThrow(/c.json is not valid JSON/);
  });
});

describe('the command line', () => {
  it('suggests the flag a typo meant', () => {
    expect(() => parseCommandLine(['s.js', '--tolerence', '5%'], 'run')).toThrow(
      'unknown option --tolerence for `perf-gate run`',
    );
    try {
      parseCommandLine(['s.js', '--tolerence', '5%'], 'run');
    } catch (err) {
      expect((err as { hint?: string }).hint).toMatch(/^Did you mean --tolerance\?/);
    }
  });
  it('leaves everything after -- to k6', () => {
    const { positionals } = parseCommandLine(['s.js', '--', '--tolerence', '-u', '5'], 'run');
    expect(positionals).toEqual(['s.js', '--tolerence', '-u', '5']);
  });
});
