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
