/**
 * End to end: `perf-gate ab <script> --start "node server.js" --base-ref main` with the real pinned k6. A temporary
 * git repository holds a tiny node service: on `main` it answers in about 20 ms; the branch's head either makes it
 * twice as slow or only edits its README. perf-gate checks out main in a worktree, starts both versions on their
 * own ports, runs the pairs, and says "A/B against the base commit <sha> on this runner"; afterwards neither the
 * worktree nor a service is left behind. Small load: 3 pairs of 4 s after a warm-up pair.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { git, serviceRepository, tinyServer } from '../support/git-repo.js';
import { pinnedK6 } from '../support/k6.js';

const repository = (head: Record<string, string>) => serviceRepository(head);

describe('perf-gate ab --start --base-ref (real k6, a service perf-gate starts in two versions)', () => {
  let bundle: string;
  let k6: string;
  beforeAll(() => {
    bundle = buildBundle();
    k6 = pinnedK6();
  }, 120_000);

  const ab = (dir: string) =>
    cli(
      bundle,
      [
        'ab',
        'load.js',
        '--start',
        'node server.js',
        '--base-ref',
        'main',
        '--pairs',
        '3',
        '--max-pairs',
        '3',
        '--json',
        join(dir, 'report.json'),
      ],
      { K6_PATH: k6 },
      dir,
    );

  it('fails a head twice as slow, naming the base commit; nothing is left running or checked out', async () => {
    const { dir, base } = repository({ 'server.js': tinyServer(40) });
    const r = await ab(dir);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain(`A/B against the base commit ${base.slice(0, 7)} on this runner`);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.verdict).toBe('fail');
    expect(report.ab?.base).toEqual({ commit: base });
    const p50 = report.comparisons.find(
      (c) => c.metric === 'http_req_duration' && c.stat === 'p50' && Object.keys(c.series).length === 0,
    );
    expect(p50?.ratio).toBeGreaterThan(1.6);
    // Both versions were started (the base from its worktree) and stopped, and the worktree is gone.
    expect(r.stderr).toMatch(/the base commit [0-9a-f]{7} answers at http:\/\/127\.0\.0\.1:\d+\//);
    expect(r.stderr).toMatch(/the head answers at http:\/\/127\.0\.0\.1:\d+\//);
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
    for (const port of [...r.stderr.matchAll(/answers at http:\/\/127\.0\.0\.1:(\d+)\//g)].map((m) => m[1]))
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 300_000);

  it('passes a head that changes only its README', async () => {
    const { dir, base } = repository({ 'README.md': 'A service, documented.\n' });
    const r = await ab(dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`A/B against the base commit ${base.slice(0, 7)} on this runner`);
  }, 300_000);

  it('SIGTERM while the pairs run: both versions stopped, the worktree removed, exit 143', async () => {
    const { dir } = repository({ 'server.js': tinyServer(40) });
    const child = spawn(
      process.execPath,
      [join(bundle, 'cli.js'), 'ab', 'load.js', '--start', 'node server.js', '--base-ref', 'main'],
      { cwd: dir, env: { ...process.env, K6_PATH: k6, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Once k6 runs the warm-up pair, both versions answer.
    const end = Date.now() + 60_000;
    while (!/Warm-up pair/.test(output) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    const ports = [...output.matchAll(/answers at http:\/\/127\.0\.0\.1:(\d+)\//g)].map((m) => m[1]);
    expect(ports, output).toHaveLength(2);
    for (const port of ports) expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exit, output).toBe(143);
    for (const port of ports) await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  }, 120_000);

  it('a service that never answers: exit 2 naming the version, the URL and its last lines, before any pair', async () => {
    const { dir } = repository({
      'server.js': 'console.log("missing DATABASE_URL"); setInterval(() => {}, 1000);\n',
    });
    const r = await cli(
      bundle,
      ['ab', 'load.js', '--start', 'node server.js', '--base-ref', 'main', '--ready-timeout', '2s'],
      { K6_PATH: k6 },
      dir,
    );
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(
      /error: the head, started with `node server.js` on http:\/\/127\.0\.0\.1:\d+, did not answer http:\/\/127\.0\.0\.1:\d+\/ within 2s; the last lines of .*head\.log:\nmissing DATABASE_URL/,
    );
    expect(r.stdout + r.stderr).not.toMatch(/Pair 1|Warm-up pair/);
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  }, 120_000);
});
