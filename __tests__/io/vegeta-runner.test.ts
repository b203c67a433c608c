import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startVegeta, vegetaAttackArgs } from '../../src/io/vegeta-runner.js';

describe('vegetaAttackArgs', () => {
  const attack = { rate: '50/s', durationSeconds: 10, targetsPath: '/t/targets.txt' };
  it('asks for results without response bodies (-max-body=0): perf-gate never reads them', () => {
    expect(vegetaAttackArgs({ ...attack, extraArgs: ['-timeout=5s'] })).toEqual([
      '-rate=50/s',
      '-duration=10s',
      '-targets=/t/targets.txt',
      '-max-body=0',
      '-timeout=5s',
    ]);
  });
  it("leaves the user's own -max-body as it is", () => {
    expect(vegetaAttackArgs({ ...attack, extraArgs: ['-max-body=512'] })).not.toContain('-max-body=0');
    expect(vegetaAttackArgs({ ...attack, extraArgs: ['--max-body', '512'] })).not.toContain('-max-body=0');
  });
});

describe('startVegeta', () => {
  it("passes RUNNER_TRACKING_ID (the runner's orphan tracking) and no token to vegeta", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-vegeta-'));
    const path = join(dir, 'vegeta');
    writeFileSync(path, `#!/bin/sh\n[ "$1" = attack ] && env > "${dir}/env-attack"\ncat > /dev/null\n`);
    chmodSync(path, 0o755);
    const child = startVegeta({ path, source: 'test' } as never, [], dir, {
      PATH: process.env.PATH,
      RUNNER_TRACKING_ID: 'github_1f2e',
      GITHUB_TOKEN: 'ghs_secret',
    });
    child.results.resume();
    await child.done;
    const env = readFileSync(join(dir, 'env-attack'), 'utf8');
    expect(env).toMatch(/^RUNNER_TRACKING_ID=github_1f2e$/m);
    expect(env).not.toMatch(/GITHUB_TOKEN/);
  });
});
