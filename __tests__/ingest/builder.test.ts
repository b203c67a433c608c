/** The summary builder's warm-up: samples in the first `warmupSeconds` after the first one seen are left out. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeK6Output } from '../../src/io/k6-output.js';

const point = (second: number, value: number) =>
  `{"metric":"iteration_duration","type":"Point","data":{"time":"2026-01-01T00:00:${String(second).padStart(2, '0')}Z","value":${value},"tags":{}}}`;

describe('the warm-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'builder-'));
  const path = join(dir, 'out.json');
  writeFileSync(path, [point(0, 1), point(1, 2), point(2, 3), point(3, 4)].join('\n') + '\n');

  it('ends exactly warmupSeconds after the first sample: a sample at that instant counts', async () => {
    const s = await summarizeK6Output(path, { warmupSeconds: 2 });
    expect(s.ingest).toMatchObject({ samples: 2, excludedWarmup: 2 });
  });

  it('leaves nothing out when none is asked for', async () => {
    expect((await summarizeK6Output(path)).ingest).toMatchObject({ samples: 4, excludedWarmup: 0 });
  });
});

describe('the time windows', () => {
  const sample = (metric: string, value: number, tags = '{}') =>
    `{"metric":"${metric}","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":${value},"tags":${tags}}}`;

  it('hold the gated timings (custom trends too), request and iteration counts, failures from http_req_failed, no diagnostic timing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'builder-'));
    const path = join(dir, 'windows.json');
    const ok = '{"expected_response":"true"}';
    writeFileSync(
      path,
      [
        sample('http_reqs', 1, ok),
        sample('http_req_duration', 12, ok),
        sample('http_req_failed', 0, ok),
        sample('http_reqs', 1),
        sample('http_req_failed', 1),
        sample('my_trend', 5),
        sample('http_req_blocked', 3, ok),
        sample('iterations', 1),
        sample('data_sent', 500),
        sample('checks', 1),
      ].join('\n') + '\n',
    );
    const [window] = (await summarizeK6Output(path)).series[0]!.windows;
    // Iterations from the iterations counter alone; failures from http_req_failed, not from a passed check.
    expect(window).toMatchObject({ requests: 2, failed: 1, iterations: 1 });
    expect(Object.keys(window!.trends).sort()).toEqual(['http_req_duration', 'my_trend']);
  });
});
