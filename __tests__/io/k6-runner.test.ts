/**
 * How perf-gate talks to k6, on k6 v1 and v2: the version (`k6 version --json`, else the text, which names the
 * binary: `k6.exe` on Windows), the REST API turned off with `--address=`, the arguments and variables it keeps
 * from k6, the live stream per major version, and the workload k6 resolves (`k6 inspect
 * --execution-requirements`) with the shortcuts among the k6 arguments and the environment. The real pinned k6
 * (v1.8.1) answers where it can; k6 v2's answers come from captured output (fixtures/k6/inspect-*.json).
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeFingerprint } from '../../src/ingest/fingerprint.js';
import {
  k6MajorOf,
  liveStreamFor,
  parseK6VersionJson,
  parseK6VersionText,
  ProcessK6Runner,
  samplesOutArg,
  scriptEnvTransport,
  scriptExceptions,
} from '../../src/io/k6-runner.js';
import { pinnedK6, ROOT } from '../support/k6.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'k6');

describe('the k6 version', () => {
  it.each([
    ['{"go_arch":"amd64","go_os":"linux","go_version":"go1.26.8","version":"v1.8.1"}', 'v1.8.1'],
    [
      '{"commit":"devel","go_arch":"amd64","go_os":"linux","go_version":"go1.26.8","version":"v2.2.0"}\n',
      'v2.2.0',
    ],
    ['{"version":"2.0.0-rc1"}', 'v2.0.0-rc1'],
    ['not json', undefined],
    ['{"version":"devel"}', undefined],
  ])('k6 version --json %s → %s', (out, version) => {
    expect(parseK6VersionJson(out)).toBe(version);
  });
  it.each([
    ['k6 v1.8.1 (go1.26.8, linux/amd64)\n', 'v1.8.1'],
    ['k6 v2.2.0 (commit/devel, go1.26.8, linux/amd64)\n', 'v2.2.0'],
    // k6 prints the name it was started as (cobra's Use is the binary's base name).
    ['k6.exe v2.2.0 (commit/1a2b3c4d5e, go1.25.12, windows/amd64)\r\n', 'v2.2.0'],
    ['k6 v0.49.0 (2024-01-29T10:01:54+0000/v0.49.0-0-g4e5e4e4, go1.21.6, linux/amd64)', 'v0.49.0'],
    ['mk6 v1.0.0', undefined],
  ])('k6 version %j → %s', (out, version) => {
    expect(parseK6VersionText(out)).toBe(version);
  });
  it('majors', () => {
    expect([k6MajorOf('v1.8.1'), k6MajorOf('2.2.0'), k6MajorOf('devel')]).toEqual([1, 2, undefined]);
  });
});

/** A stand-in k6 that records its arguments and environment and answers like an older k6 on Windows. */
function fakeK6(dir: string, versionJson: boolean): string {
  const path = join(dir, 'k6');
  writeFileSync(
    path,
    `#!/bin/sh
printf '%s\\n' "$@" > "${dir}/args-$1"
env > "${dir}/env-$1"
case "$1 $2" in
  "version --json") ${versionJson ? `echo '{"version":"v2.2.0"}'` : `echo 'Error: unknown flag: --json' >&2; exit 255`} ;;
  "version "*) echo 'k6.exe v0.55.2 (go1.23.4, windows/amd64)' ;;
  "inspect"*) echo '{"vus":null,"scenarios":{"a":{"executor":"constant-vus","vus":2,"duration":"3s"}}}' ;;
  "run "*) while [ $# -gt 0 ]; do [ "$1" = --summary-export ] && echo '{"metrics":{}}' > "$2"; shift; done ;;
esac
`,
  );
  chmodSync(path, 0o755);
  return path;
}

describe('ProcessK6Runner with a recording k6', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('asks `k6 version --json` first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-k6-'));
    expect(await new ProcessK6Runner({ path: fakeK6(dir, true), source: 'test' }).version()).toBe('v2.2.0');
  });
  it("falls back to `k6 version`'s text, named k6.exe on Windows", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-k6-'));
    expect(await new ProcessK6Runner({ path: fakeK6(dir, false), source: 'test' }).version()).toBe('v0.55.2');
  });

  it('runs k6 with the REST API off (--address=), without the neutralised flags and variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-k6-'));
    process.env.K6_NEW_MACHINE_READABLE_SUMMARY = 'true';
    process.env.K6_SUMMARY_MODE = 'legacy';
    const runner = new ProcessK6Runner({ path: fakeK6(dir, true), source: 'test' });
    const result = await runner.run({
      script: 'x.js',
      cwd: dir,
      scriptEnv: { A: '1' },
      extraArgs: ['--no-summary', '--tag', 'team=a', '--summary-mode', 'legacy', '-u', '3'],
      samplesPath: join(dir, 'samples.json.gz'),
      samplesFormat: 'json-gzip',
      summaryExportPath: join(dir, 'export.json'),
    });
    expect(result.exitCode).toBe(0);
    const args = readFileSync(join(dir, 'args-run'), 'utf8').trim().split('\n');
    expect(args).toContain('--address=');
    expect(args).not.toContain('127.0.0.1:0');
    expect(args.join(' ')).toContain(`--out json=${join(dir, 'samples.json.gz')}`);
    // The script's values travel in k6's environment, not on its command line (`ps` shows that to every user).
    expect(args.slice(-5)).toEqual(['--tag', 'team=a', '-u', '3', 'x.js']);
    expect(args.join(' ')).not.toContain('A=1');
    expect(args).not.toContain('--no-summary');
    const env = readFileSync(join(dir, 'env-run'), 'utf8');
    expect(env).toMatch(/^A=1$/m);
    expect(env).not.toMatch(/K6_NEW_MACHINE_READABLE_SUMMARY|K6_SUMMARY_MODE/);
    expect(env).toMatch(/^K6_NO_USAGE_REPORT=true$/m);
  });

  it('hands k6 inspect the shortcuts among the k6 arguments as K6_* variables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-k6-'));
    process.env.K6_ITERATIONS = '50';
    const runner = new ProcessK6Runner({ path: fakeK6(dir, true), source: 'test' });
    await runner.inspect('x.js', { A: '1' }, dir, ['-d', '20s', '-u', '4', '-c', 'conf.json', '-e', 'B=2']);
    expect(readFileSync(join(dir, 'args-inspect'), 'utf8').trim().split('\n')).toEqual([
      'inspect',
      '--include-system-env-vars',
      '--execution-requirements',
      '--config',
      'conf.json',
      '-e',
      'B=2',
      'x.js',
    ]);
    const env = readFileSync(join(dir, 'env-inspect'), 'utf8');
    expect(env).toMatch(/^A=1$/m);
    expect(env).toMatch(/^K6_DURATION=20s$/m);
    expect(env).toMatch(/^K6_VUS=4$/m);
    expect(env).not.toMatch(/K6_ITERATIONS/); // the command line's duration clears the environment's iterations
  });
});

describe('scriptEnvTransport', () => {
  it('puts the script values in the environment, and names k6 or the process reads on the command line', () => {
    expect(scriptEnvTransport({ TOKEN: 's3cret', K6_VUS: '3', PATH: '/x', NO_COLOR: '' })).toEqual({
      env: { TOKEN: 's3cret' },
      args: ['-e', 'K6_VUS=3', '-e', 'PATH=/x', '-e', 'NO_COLOR='],
    });
  });
  it('keeps every value on the command line when the k6 arguments turn the system environment off', () => {
    expect(scriptEnvTransport({ TOKEN: 's' }, ['--include-system-env-vars=false'])).toEqual({
      env: {},
      args: ['-e', 'TOKEN=s'],
    });
  });
});

describe('the live stream', () => {
  it('is NDJSON on k6 v1 and CSV on k6 v2, the cheapest for each (bench/live-overhead.ts; docs/ingestion.md)', () => {
    expect(liveStreamFor('v1.8.1')).toEqual({ format: 'json', fileName: 'samples.json' });
    expect(liveStreamFor('v2.2.0')).toEqual({ format: 'csv', fileName: 'samples.csv' });
    expect(liveStreamFor(undefined).format).toBe('json');
    expect(liveStreamFor('v2.2.0', 'json-gzip')).toEqual({
      format: 'json-gzip',
      fileName: 'samples.json.gz',
    });
  });
  it("names k6's outputs", () => {
    expect(samplesOutArg('json', '/t/s.json')).toBe('json=/t/s.json');
    expect(samplesOutArg('json-gzip', '/t/s.json.gz')).toBe('json=/t/s.json.gz');
    expect(samplesOutArg('csv', '/t/s.csv')).toBe('csv=fileName=/t/s.csv,timeFormat=unix_micro');
  });
});

describe('the workload k6 resolves, with the real pinned k6', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
  const scenarios = join(FIXTURES, 'inspect-script.js');
  const durationOnly = join(dir, 'duration.js');
  writeFileSync(durationOnly, "export const options = { duration: '3s' };\nexport default function () {}\n");
  const runner = () => new ProcessK6Runner({ path: pinnedK6(), source: 'pinned' });
  const fingerprintOf = async (script: string, args: string[]) =>
    computeFingerprint(undefined, await runner().inspect(script, {}, dir, args)).scenarios;
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('sees the scenarios of the script when nothing overrides them', async () => {
    expect(await fingerprintOf(scenarios, [])).toEqual({
      browse: { executor: 'constant-vus', vus: 2, duration: '3s' },
    });
  });
  it.each([
    [['-d', '5s'], { default: { duration: '5s' } }],
    [['--iterations=9', '-u', '2'], { default: { vus: 2, iterations: 9 } }],
    [
      ['-s', '2s:3', '--stage', '1s:0'],
      {
        default: {
          stages: [
            { duration: '2s', target: 3 },
            { duration: '1s', target: 0 },
          ],
        },
      },
    ],
  ])('sees k6 arguments %j replace them', async (args, expected) => {
    expect(await fingerprintOf(scenarios, args)).toEqual(expected);
  });
  it('sees K6_DURATION in the environment replace them, and a k6 argument win over it', async () => {
    process.env.K6_DURATION = '7s';
    expect(await fingerprintOf(scenarios, [])).toEqual({ default: { duration: '7s' } });
    expect(await fingerprintOf(scenarios, ['-i', '3'])).toEqual({ default: { iterations: 3 } });
  });
  it("reads the script's values (the env input) from k6's environment, as `k6 run` does", async () => {
    const fromEnv = join(dir, 'from-env.js');
    writeFileSync(
      fromEnv,
      "export const options = { vus: Number(__ENV.PG_VUS || 1), duration: '2s' };\nexport default function () {}\n",
    );
    const resolved = await runner().inspect(fromEnv, { PG_VUS: '5' }, dir, []);
    expect(computeFingerprint(undefined, resolved).scenarios).toEqual({
      default: { vus: 5, duration: '2s' },
    });
  });
  it('resolves a duration without vus (k6 inspect alone would refuse it: 0 VUs) without inventing vus', async () => {
    expect(await fingerprintOf(durationOnly, [])).toEqual({ default: { duration: '3s' } });
    expect(await fingerprintOf(durationOnly, ['-u', '3'])).toEqual({ default: { vus: 3, duration: '3s' } });
  });
  it('on k6 v1, `--vus` alone leaves the scenarios as they are; on k6 v2 it replaces them (captured)', async () => {
    expect(await fingerprintOf(scenarios, ['--vus', '4'])).toEqual({
      browse: { executor: 'constant-vus', vus: 2, duration: '3s' },
    });
    const captured = (v: string) =>
      computeFingerprint(
        undefined,
        JSON.parse(readFileSync(join(FIXTURES, `inspect-${v}-vus4.json`), 'utf8')),
      );
    expect(captured('v1.8.1').scenarios).toEqual({
      browse: { executor: 'constant-vus', vus: 2, duration: '3s' },
    });
    expect(captured('v2.2.0').scenarios).toEqual({ default: { vus: 4, iterations: 4 } });
    expect(captured('v2.2.0').hash).not.toBe(captured('v1.8.1').hash);
  });
});

describe('scriptExceptions: the uncaught exceptions k6 logs inside iterations', () => {
  // Lines as k6 v1.8.1 writes them (logfmt on stderr): an exception, a rejected promise, a module's GoError, and
  // error lines that are not exceptions of the script.
  const lines = [
    'time="2026-12-07T12:00:00Z" level=error msg="ReferenceError: ordrLatency is not defined\\n\\tat default (file:///tmp/shop.js:12:5(33))\\n" executor=constant-arrival-rate scenario=load source=stacktrace',
    'time="2026-12-07T12:00:01Z" level=error msg="Uncaught (in promise) TypeError: x is undefined" executor=constant-vus scenario=default',
    'time="2026-12-07T12:00:02Z" level=error msg="GoError: open nope.csv: no such file" source=stacktrace',
    'time="2026-12-07T12:00:03Z" level=error msg="thresholds on metrics \'x\' have been crossed"',
    'time="2026-12-07T12:00:04Z" level=warning msg="Request Failed" error="dial tcp 127.0.0.1:1: connect: connection refused"',
    'time="2026-12-07T12:00:05Z" level=info msg="ReferenceError in a console.log" source=console',
  ];
  it('counts each exception once and keeps the first one with its stack', () => {
    const found = scriptExceptions(lines);
    expect(found.count).toBe(3);
    expect(found.first).toBe(
      'ReferenceError: ordrLatency is not defined at default (file:///tmp/shop.js:12:5(33))',
    );
  });
  it('finds none in a clean run', () => {
    expect(scriptExceptions(lines.slice(3))).toEqual({ count: 0 });
    expect(scriptExceptions([])).toEqual({ count: 0 });
  });
});
