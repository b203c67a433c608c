/**
 * Two overlapping pushes to main both stay in the baseline's history (issue 25 item 12): the bundled action under
 * Node 24, against the fake GitHub. Run B loads the baseline while run A is still going (A's run is not yet a
 * successful run, so its artifact is not listed), and A finishes before B uploads: B re-reads the newest artifact
 * just before its upload, so the next push finds B, A and the first run, not B and the first run only. Results mode
 * (RunSummary files) keeps it fast: no k6 run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { customRun } from '../support/custom-runs.js';
import { FakeGitHub } from '../support/fake-github.js';
import { actAsWorkflowRun, bundledAction } from '../support/workflow-run.js';

const COMMIT = 'a'.repeat(40);
const LISTING = 'GET /repos/org/shop/actions/workflows/perf.yml/runs';

describe('overlapping pushes to main (bundled, Node 24, fake GitHub)', () => {
  const github = new FakeGitHub();
  const action = bundledAction(github, () => {
    github.commit(COMMIT);
    github.branches.main = COMMIT;
  });

  /** A push to main as run `runId`, its results a run of day `day`; the report it wrote. */
  async function push(runId: number, day: number): Promise<Report> {
    const workspace = mkdtempSync(join(tmpdir(), `action-overlap-${runId}-`));
    const run = customRun(
      {
        iterations: 2000,
        rate: 100,
        rates: {},
        trends: { checkout_duration: 100 },
        thresholds: { checkout_duration: ['p(95)<100000'] },
        outcomes: [{ metric: 'checkout_duration', expression: 'p(95)<100000', ok: true }],
        seed: day,
      },
      Date.UTC(2026, 0, day),
    );
    writeFileSync(join(workspace, 'run.json'), JSON.stringify(run));
    const inputs = { results: 'run.json', 'report-path': join(workspace, 'report.json') };
    const result = await actAsWorkflowRun(github, { ...action, workspace }, inputs, {
      runId,
      commit: COMMIT,
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['baseline-saved']).toBe('true');
    return JSON.parse(readFileSync(join(workspace, 'report.json'), 'utf8')) as Report;
  }
  const runOf = (id: number) => github.runs.find((r) => r.id === id)!;

  it('carries the run that finished while another was going', async () => {
    await push(920, 1);
    // Run A stores its artifact but is not a successful run yet (its workflow is still going).
    await push(921, 2);
    runOf(921).conclusion = null;
    // Run B loads the baseline (the first listing of runs: A not among them); A finishes before B's upload.
    let listings = 0;
    github.onRequest = (request) => {
      if (request === LISTING && github.currentRunId === 922 && ++listings === 2)
        runOf(921).conclusion = 'success';
    };
    const b = await push(922, 3);
    github.onRequest = undefined;
    expect(b.baseline?.runId).toBe(920);
    expect(runOf(921).conclusion).toBe('success');
    // The next push reads B's artifact: B, A and the first run.
    const next = await push(923, 4);
    expect(next.baseline).toMatchObject({ runId: 922, runs: 3 });
  }, 60_000);
});
