/**
 * Cancelling a run, as a cancelled job or Ctrl-C does: the bundled CLI runs the real pinned k6 on a long test, gets
 * SIGTERM while k6 runs, and must stop k6 (no k6 of that run left, re-parented to PID 1), remove its temporary
 * directory and FIFO and the capacity wrapper it wrote next to the script, exit 143 (128 + SIGTERM) and store no
 * baseline.
 */
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { pinnedK6, ROOT } from '../support/k6.js';

/** The processes whose command line contains `needle`, as `ps` lists them. */
function processesWith(needle: string): Array<{ pid: number; args: string }> {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && (m[2] as string).includes(needle))
    .map((m) => ({ pid: Number(m[1]), args: m[2] as string }));
}

async function until<T>(what: string, probe: () => T | undefined, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const files = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String);

describe('SIGTERM while k6 runs', () => {
  let bundle: string;
  let k6: string;
  let service: DemoService;
  let workDir: string;

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 5 });
  });
  afterAll(async () => {
    await service?.close();
  });
  afterEach(() => {
    // Whatever happened, no k6 of this test may outlive it (before the fix, k6 survived its parent).
    for (const { pid } of workDir ? processesWith(workDir) : []) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  it.each([
    ['run', (script: string) => ['run', script]],
    [
      'capacity',
      (script: string) => [
        'capacity',
        script,
        '--slo',
        'http_req_duration:p95<500ms',
        '--from',
        '5',
        '--to',
        '10',
        '--step-duration',
        '60s',
      ],
    ],
  ])('perf-gate %s stops k6, removes its files, exits 143 and stores nothing', async (_, command) => {
    workDir = mkdtempSync(join(tmpdir(), 'perf-gate-cancel-'));
    const scriptDir = mkdtempSync(join(workDir, 'scripts-'));
    const tmp = mkdtempSync(join(workDir, 'tmp-'));
    const baselineDir = mkdtempSync(join(workDir, 'baselines-'));
    const script = join(scriptDir, 'steady-rate.js');
    copyFileSync(join(ROOT, '__tests__/fixtures/k6/steady-rate.js'), script);
    const child = spawn(
      process.execPath,
      [
        join(bundle, 'cli.js'),
        ...command(script),
        '-e',
        `BASE_URL=${service.url}`,
        '-e',
        'RATE=5',
        '-e',
        'DURATION=120s',
        '--baseline-dir',
        baselineDir,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', K6_PATH: k6, TMPDIR: tmp },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );

    // k6 is running the test (its command line names the script, or the capacity wrapper next to it) and writing
    // samples into the FIFO in perf-gate's temporary directory.
    await until('k6 starting its run', () => processesWith(scriptDir).find((p) => p.args.includes(' run ')));
    await until('the samples FIFO', () => (files(tmp).some((f) => f.includes('samples')) ? true : undefined));
    await new Promise((r) => setTimeout(r, 2000));
    child.kill('SIGTERM');

    const { code, signal } = await exit;
    expect({ code, signal }, output).toEqual({ code: 143, signal: null });
    expect(output).toMatch(/SIGTERM received/);
    expect(processesWith(scriptDir)).toEqual([]);
    expect(files(tmp)).toEqual([]);
    expect(files(scriptDir)).toEqual(['steady-rate.js']);
    expect(files(baselineDir)).toEqual([]);
  });
});
