/**
 * The generated wrapper of capacity mode, with the real k6: it imports the user's script unchanged by file URL,
 * passes setup data through, drives the named function at the rate in its environment, and leaves the script
 * alone. One 2-second k6 run at 10 requests per second against the demo service.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { WRAPPER_ENV, wrapperSource, writeWrapper } from '../../src/io/capacity-wrapper.js';
import { pinnedK6 } from '../support/k6.js';

const USER = `import http from 'k6/http';
export const options = { vus: 5, duration: '30s' };
export function setup() { return { path: '/products' }; }
export function checkout(data) { http.get(__ENV.BASE_URL + data.path); }
export default function () { throw new Error('the default function must not run'); }
`;

describe('the capacity wrapper', () => {
  let service: DemoService;
  beforeAll(async () => {
    service = await startDemoService({ seed: 9 });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('embeds the script as a file URL and the function name as a JSON string', () => {
    const src = wrapperSource('/tmp/a b/load.js', 'checkout');
    expect(src).toContain('import * as user from "file:///tmp/a%20b/load.js";');
    expect(src).toContain('const fn = user["checkout"];');
    expect(src).toContain(`__ENV.${WRAPPER_ENV.rate}`);
  });

  it('drives the named function at the offered rate with the setup data, then removes itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-wrapper-'));
    const script = join(dir, 'load.js');
    writeFileSync(script, USER);
    const wrapper = await writeWrapper(script, 'checkout');
    const summary = join(dir, 'summary.json');
    try {
      // Asynchronously: the demo service answers from this process's event loop.
      await promisify(execFile)(
        pinnedK6(),
        [
          'run',
          '-q',
          '--summary-export',
          summary,
          '-e',
          `BASE_URL=${service.url}`,
          '-e',
          `${WRAPPER_ENV.rate}=10`,
          '-e',
          `${WRAPPER_ENV.seconds}=2`,
          '-e',
          `${WRAPPER_ENV.vus}=5`,
          wrapper.path,
        ],
        { cwd: dir, env: { ...process.env, K6_NO_USAGE_REPORT: 'true' } },
      );
    } finally {
      await wrapper.remove();
    }
    const metrics = JSON.parse(readFileSync(summary, 'utf8')).metrics;
    // 10/s for 2 s: about 20 requests (not the script's 5 VUs for 30 s), none failed, none thrown.
    expect(metrics.http_reqs.count).toBeGreaterThanOrEqual(18);
    expect(metrics.http_reqs.count).toBeLessThanOrEqual(22);
    expect(metrics.http_req_failed.value).toBe(0);
    expect(metrics.iterations.count).toBe(metrics.http_reqs.count);
    expect(readFileSync(script, 'utf8')).toBe(USER);
    expect(readdirSync(dir).sort()).toEqual(['load.js', 'summary.json']);
  }, 60_000);
});
