/** runGate with a store that chose its runs by commit: the report's provenance and warnings say so. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/action/report-file.js';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import type { BaselineSelection } from '../../src/io/baseline-store.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { FakeK6 } from '../support/fake-k6.js';
import { MemoryStore } from '../support/memory-store.js';

const cwd = mkdtempSync(join(tmpdir(), 'perf-gate-base-commit-'));
writeFileSync(join(cwd, 'load.js'), 'export default function () {}\n');
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

class ChosenStore extends MemoryStore {
  constructor(readonly selection: BaselineSelection | undefined) {
    super();
  }
}

async function gate(store: MemoryStore, logger = new MemoryLogger()) {
  return runGate(
    {
      cwd,
      script: 'load.js',
      scriptEnv: {},
      k6Args: [],
      gate: DEFAULT_GATE_CONFIG,
      baseline: { save: 'never', history: 5 },
    },
    { store, logger, k6: async () => new FakeK6([{}, {}, {}]) },
  );
}

describe('runGate with a baseline chosen by commit', () => {
  it('puts the base commit, the basis, the commits and the distance in the provenance, and the drift warning first', async () => {
    const warning =
      "this pull request's base bbbbbbb has no usable baseline run yet: baseline from aaaaaaa, 1 commit before it";
    const store = new ChosenStore({
      baseCommit: B,
      basis: 'ancestor',
      commits: [{ commit: A, runs: 2, ahead: 0, behind: 1 }],
      warning,
    });
    await store.save((await gate(new MemoryStore())).summary, 5);
    await store.save((await gate(new MemoryStore())).summary, 5);
    const logger = new MemoryLogger();
    const { report } = await gate(store, logger);
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

  it('says nothing of commits when the store took the newest runs, or had none', async () => {
    const store = new MemoryStore();
    await store.save((await gate(new MemoryStore())).summary, 5);
    const { report } = await gate(store);
    expect(report.baseline?.baseCommit).toBeUndefined();
    expect(report.baseline?.basis).toBeUndefined();
    const empty = new ChosenStore({ baseCommit: B, basis: 'newest', commits: [], warning: 'nothing' });
    const none = await gate(empty);
    expect(none.report.baseline).toBeNull();
    expect(none.report.warnings).not.toContain('nothing');
  });
});
