/** gate(): one entry for the three modes, the outcome decided once, after the entry point's last look. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { gate } from '../../src/pipeline/gate.js';
import { customRun } from '../support/custom-runs.js';
import { FakeK6 } from '../support/fake-k6.js';
import { MemoryStore } from '../support/memory-store.js';

const spec = {
  iterations: 3000,
  rate: 100,
  rates: { errs: 0.01 },
  trends: {},
  thresholds: { errs: ['rate<0.5'] },
};
const history = [1, 2, 3].map((seed) => customRun({ ...spec, seed }, Date.UTC(2026, 0, seed)));
const worse = customRun({ ...spec, rates: { errs: 0.2 }, seed: 9 });

describe('gate', () => {
  it('summaries mode: compares, then exit 1 on a regression with an error annotation', async () => {
    const r = await gate(
      {
        mode: 'summaries',
        baselines: history,
        candidate: worse,
        gate: DEFAULT_GATE_CONFIG,
        provenance: { source: 'a.json' },
      },
      { logger: new MemoryLogger() },
    );
    expect(r).toMatchObject({ exitCode: 1, saved: false });
    expect(r.report.baseline?.source).toBe('a.json');
    expect(r.annotations.at(-1)).toMatchObject({ level: 'error' });
  });

  it("lets the entry point's review change the report before the outcome (the accept label)", async () => {
    const r = await gate(
      { mode: 'summaries', baselines: history, candidate: worse, gate: DEFAULT_GATE_CONFIG },
      { logger: new MemoryLogger(), review: async (report) => ({ ...report, verdict: 'pass' }) },
    );
    expect(r.exitCode).toBe(0);
  });

  it("applies the entry point's policy: a regression on the default branch's refresh does not fail", async () => {
    const r = await gate(
      { mode: 'summaries', baselines: history, candidate: worse, gate: DEFAULT_GATE_CONFIG },
      { logger: new MemoryLogger(), policy: { refresh: true } },
    );
    expect(r.exitCode).toBe(0);
    expect(r.annotations[0]?.message).toMatch(/does not fail on the default branch/);
  });

  it('history mode: runs the script, stores the first run, and says so', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'perf-gate-gate-'));
    writeFileSync(join(cwd, 'load.js'), 'export default function () {}\n');
    const store = new MemoryStore();
    const k6 = new FakeK6([{}]);
    const r = await gate(
      {
        mode: 'history',
        run: {
          cwd,
          script: 'load.js',
          scriptEnv: {},
          k6Args: [],
          gate: DEFAULT_GATE_CONFIG,
          baseline: { save: 'auto', history: 5, acceptFailedThresholds: false },
          runs: 1,
          maxRuns: 1,
          rerun: 'suspected',
        },
      },
      { logger: new MemoryLogger(), store, k6: async () => k6 },
    );
    expect(r).toMatchObject({ exitCode: 0, saved: true });
    expect(r.report.verdict).toBe('no-baseline');
    expect(store.runs).toHaveLength(1);
  });
});
