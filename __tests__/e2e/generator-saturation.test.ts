/**
 * End to end: the same unchanged service, measured first by a healthy k6, then by a k6 pinned to one CPU that two
 * busy loops also hold (taskset). The starved generator must not fail the gate; the report says it was saturated.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { serveDemo } from '../support/demo-process.js';
import { pinnedK6 } from '../support/k6.js';

describe('a load generator starved of CPU (real k6 under taskset)', () => {
  let bundle: string;
  let k6: string;
  let service: { child: ChildProcess; url: string };
  const hogs: ChildProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-saturation-'));
  // No k6 thresholds: they are k6's own verdict (a starved generator can fail them); the gate's is under test.
  const script = join(dir, 'load.js');
  writeFileSync(
    script,
    `import http from 'k6/http';
export const options = { scenarios: { load: { executor: 'constant-arrival-rate', rate: 60, timeUnit: '1s',
  duration: '12s', preAllocatedVUs: 20, maxVUs: 200 } } };
export default function () { http.get(__ENV.BASE_URL + '/products', { tags: { name: 'GET /products' } }); }
`,
  );
  const gate = (name: string, k6Path: string, extra: string[] = []) =>
    cli(
      bundle,
      [
        'run',
        script,
        '-e',
        `BASE_URL=${service.url}`,
        '--baseline-dir',
        join(dir, 'baselines'),
        '--server-metrics',
        `${service.url}/metrics`,
        '--max-runs',
        '1',
        '--json',
        join(dir, `${name}.json`),
        ...extra,
      ],
      { K6_PATH: k6Path },
    );

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await serveDemo(bundle, ['taskset', '-c', '1']);
  });
  afterAll(() => {
    for (const h of hogs) h.kill('SIGKILL');
    service?.child.kill('SIGTERM');
  });

  it('does not fail the gate and says the generator was saturated', async () => {
    const first = await gate('baseline', k6);
    expect(first.code, first.stderr).toBe(0);

    // k6 on CPU 0 only, sharing it with two busy loops: it gets about a third of one CPU.
    const pinned = join(dir, 'k6-pinned');
    writeFileSync(pinned, `#!/bin/sh\nexec taskset -c 0 '${k6}' "$@"\n`);
    chmodSync(pinned, 0o755);
    for (let i = 0; i < 2; i++)
      hogs.push(spawn('taskset', ['-c', '0', 'sh', '-c', 'while :; do :; done'], { stdio: 'ignore' }));
    const starved = await gate('starved', pinned, ['--read-only']);
    for (const h of hogs) h.kill('SIGKILL');

    const report = JSON.parse(readFileSync(join(dir, 'starved.json'), 'utf8')) as Report;
    expect(starved.code, starved.stdout + starved.stderr).toBe(0);
    expect(report.verdict).not.toBe('fail');
    expect(report.warnings.join('\n')).toMatch(/the load generator was saturated/);
    expect(report.comparisons.filter((c) => c.gated && c.verdict === 'regression')).toEqual([]);
  }, 120_000);
});
