/** runGate with a baseline chosen by commit (the baseline cycle): the report's provenance and warnings say so. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/action/report-file.js';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import type { BaseCommit } from '../../src/io/baseline-store.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { FakeK6 } from '../support/fake-k6.js';
import { MemoryStore } from '../support/memory-store.js';

const cwd = mkdtempSync(join(tmpdir(), 'perf-gate-base-commit-'));
writeFileSync(join(cwd, 'load.js'), 'export default function () {}\n');
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** The pull request's base B, whose parent is A; every other commit is unrelated. */
const base: BaseCommit = {
  commit: B,
  what: "this pull request's base",
  placeOf: async (c) => (c === A ? { ahead: 0, behind: 1 } : c === B ? { ahead: 0, behind: 0 } : undefined),
};

async function gate(store: MemoryStore, logger = new MemoryLogger(), at?: BaseCommit) {
  return runGate(
    {
      cwd,
      script: 'load.js',
      scriptEnv: {},
      k6Args: [],
      gate: DEFAULT_GATE_CONFIG,
      baseline: { save: 'never', history: 5, acceptFailedThresholds: false },
      runs: 1,
      maxRuns: 1,
      rerun: 'suspected',
    },
    { store, logger, k6: async () => new FakeK6([{}, {}, {}]), ...(at ? { base: at } : {}) },
  );
}

const atCommit = async (commit: string) => ({ ...(await gate(new MemoryStore())).summary, git: { commit } });

describe('runGate with a baseline chosen by commit', () => {
  it('puts the base commit, the basis, the commits and the distance in the provenance, and the drift warning first', async () => {
    const warning =
      "this pull request's base bbbbbbb has no usable baseline run yet: baseline from aaaaaaa, 1 commit before it";
    const store = new MemoryStore();
    await store.save(await atCommit(A));
    await store.save(await atCommit(A));
    const logger = new MemoryLogger();
    const { report } = await gate(store, logger, base);
    expect(report.baseline).toMatchObject({
      runs: 2,
      baseCommit: B,
      basis: 'ancestor',
      commits: [{ commit: A, runs: 2, ahead: 0, behind: 1 }],
      distance: 1,
    });
    expect(report.warnings[0]).toBe(warning);
    expect(logger.lines.some((l) => l.includes(warning))).toBe(true);
    // The additive fields are valid against the public report schema.
    const file = join(cwd, 'report.json');
    writeFileSync(file, JSON.stringify(report));
    expect((await readReport(file)).baseline?.basis).toBe('ancestor');
  });

  it('says nothing of commits when there is no base commit, or no run at all', async () => {
    const store = new MemoryStore();
    await store.save((await gate(new MemoryStore())).summary, 5);
    const { report } = await gate(store);
    expect(report.baseline?.baseCommit).toBeUndefined();
    expect(report.baseline?.basis).toBeUndefined();
    const none = await gate(new MemoryStore(), new MemoryLogger(), base);
    expect(none.report.baseline).toBeNull();
    expect(none.report.warnings.join(' ')).not.toMatch(/no baseline run of/);
  });
});
