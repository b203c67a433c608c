/**
 * A pull request cannot loosen its own gate with a configuration file (issue 25 item 1): the bundled action under
 * Node 24, against the fake GitHub (which serves the base commit's files through its contents API). Main stores a
 * run; a pull request 70% slower adds `report-only`, `tolerance: 1000%` and `on-inconclusive: pass` to its own
 * perf-gate.config.json and still fails, judged by the base commit's file, and the comment, the job summary and a
 * warning annotation say what it changed. Results mode (RunSummary files) keeps it fast: no k6 run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { customRun } from '../support/custom-runs.js';
import { FakeGitHub } from '../support/fake-github.js';
import type { ActionRun } from '../support/run-action.js';
import { actAsWorkflowRun, bundledAction } from '../support/workflow-run.js';

const CONFIG = 'perf-gate.config.json';
/** A custom Trend gated by the script's threshold (its direction): 100 ms on main, 170 ms in the pull requests. */
const run = (median: number, seed: number, startMs: number) =>
  customRun(
    {
      iterations: 2000,
      rate: 100,
      rates: {},
      trends: { checkout_duration: median },
      thresholds: { checkout_duration: ['p(95)<100000'] },
      outcomes: [{ metric: 'checkout_duration', expression: 'p(95)<100000', ok: true }],
      seed,
    },
    startMs,
  );
/** What a pull request would write to stop its own gate from failing. */
const LOOSENED = JSON.stringify({
  'report-only': ['checkout_duration:p50', 'checkout_duration:p95'],
  tolerance: '1000%',
  'on-inconclusive': 'pass',
});

const sha = (c: string) => c.repeat(40);
/** main's tip, which has a perf-gate.config.json; and an older commit of main without one. */
const WITH_CONFIG = sha('a');
const WITHOUT_CONFIG = sha('b');

describe('a pull request is judged by its base commit’s configuration file (bundled, Node 24, fake GitHub)', () => {
  const github = new FakeGitHub();
  const action = bundledAction(github, () => {
    github.files[WITH_CONFIG] = { [CONFIG]: JSON.stringify({ tolerance: '10%' }) };
    github.commit(WITHOUT_CONFIG);
    github.commit(WITH_CONFIG, WITHOUT_CONFIG);
    github.branches.main = WITH_CONFIG;
  });

  /** A checkout holding this run's results and, when given, its own configuration file. */
  function checkout(name: string, median: number, seed: number, config: string | undefined) {
    const dir = mkdtempSync(join(tmpdir(), `action-policy-${name}-`));
    writeFileSync(join(dir, 'run.json'), JSON.stringify(run(median, seed, Date.UTC(2026, 0, seed))));
    if (config !== undefined) writeFileSync(join(dir, CONFIG), config);
    return dir;
  }

  async function act(
    runId: number,
    workspace: string,
    pr: { number: number; base: string } | undefined,
  ): Promise<ActionRun> {
    const commit = pr ? sha(String(pr.number % 10)) : WITH_CONFIG;
    if (pr) github.commit(commit, pr.base);
    const inputs = {
      results: 'run.json',
      comment: 'on-regression',
      'report-path': join(workspace, 'report.json'),
    };
    return actAsWorkflowRun(github, { ...action, workspace }, inputs, {
      runId,
      commit,
      ...(pr ? { pr } : {}),
    });
  }

  const report = (workspace: string) =>
    JSON.parse(readFileSync(join(workspace, 'report.json'), 'utf8')) as Report;
  const comment = (issue: number) => github.comments.find((c) => c.issue === issue)?.body ?? '';

  it('stores main’s run, judged with main’s own file', async () => {
    const main = await act(900, checkout('main', 100, 1, JSON.stringify({ tolerance: '10%' })), undefined);
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['baseline-saved']).toBe('true');
  }, 60_000);

  it('fails a pull request that loosens its own file, and says what the file changes', async () => {
    const workspace = checkout('loosened', 170, 2, LOOSENED);
    const pr = await act(901, workspace, { number: 71, base: WITH_CONFIG });
    expect(pr.code, pr.stdout).toBe(1);
    expect(pr.outputs.verdict).toBe('fail');
    const judged = report(workspace);
    expect(judged.comparisons.find((c) => c.stat === 'p95')).toMatchObject({ gated: true, tolerance: 0.1 });
    expect(judged.settings.inconclusivePolicy).toBe('warn');
    const notice =
      "this pull request changes the gate's configuration (perf-gate.config.json): tolerance 10% -> 1000%, " +
      'report-only (not set) -> ["checkout_duration:p50","checkout_duration:p95"], on-inconclusive (not set) -> pass. ' +
      "It takes effect once merged; the gate judged it with the base commit's perf-gate.config.json.";
    expect(judged.warnings[0]).toBe(notice);
    // The comment and the job summary escape Markdown; the words and the keys are there for a reviewer.
    for (const text of [comment(71), pr.summary]) {
      expect(text).toContain("this pull request changes the gate's configuration");
      expect(text).toMatch(/tolerance 10% -&gt; 1000%|tolerance 10% -> 1000%/);
      expect(text).toContain('report-only');
      expect(text).toContain('on-inconclusive');
    }
    expect(pr.stdout).toMatch(/^::warning::this pull request changes the gate's configuration/m);
    expect(github.requests).toContain(`GET /repos/org/shop/contents/${CONFIG}`);
  }, 60_000);

  it('judges with the defaults when the base has no file and the pull request adds one, and names the file', async () => {
    const workspace = checkout('added', 170, 3, LOOSENED);
    const pr = await act(902, workspace, { number: 72, base: WITHOUT_CONFIG });
    expect(pr.code, pr.stdout).toBe(1);
    const judged = report(workspace);
    expect(judged.verdict).toBe('fail');
    expect(judged.warnings[0]).toMatch(
      /^this pull request adds the gate's configuration file perf-gate\.config\.json: .*tolerance \(not set\) -> 1000%, .*the gate judged it with the defaults, as the base commit has no configuration file\.$/,
    );
    expect(comment(72)).toContain(
      "this pull request adds the gate's configuration file perf-gate.config.json",
    );
  }, 60_000);

  it('says nothing about a pull request that keeps the base’s file', async () => {
    const workspace = checkout('same', 100, 4, JSON.stringify({ tolerance: '10%' }));
    const pr = await act(903, workspace, { number: 73, base: WITH_CONFIG });
    expect(pr.code, pr.stdout).toBe(0);
    expect(report(workspace).warnings.join('\n')).not.toContain('configuration');
    expect(pr.stdout).not.toContain("changes the gate's configuration");
  }, 60_000);
});
