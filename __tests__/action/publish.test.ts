/** publish() in-process with an in-memory GitHub: the comment policy, fork tokens, outputs and the job summary. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readActionConfig } from '../../src/action/inputs.js';
import { publish } from '../../src/action/publish.js';
import type { RunContext } from '../../src/action/run-context.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { report } from '../render/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'perf-gate-publish-'));
const saved = { ...process.env };
const ctx = (headRepo = 'org/shop'): RunContext =>
  ({
    repository: 'org/shop',
    pullRequest: { number: 7, headSha: 'abc', headRepo, labels: [] },
  }) as unknown as RunContext;
const config = (comment: string) =>
  readActionConfig({
    input: (name) => ({ script: 'load.js', comment, 'report-path': join(dir, 'r.json') })[name] ?? '',
    workspace: dir,
    eventName: 'pull_request',
    ref: 'refs/pull/7/merge',
    defaultBranch: 'main',
    sha: 'abc',
  });

beforeEach(() => {
  process.env.GITHUB_OUTPUT = join(dir, 'output');
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
  writeFileSync(process.env.GITHUB_OUTPUT, '');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
});
afterAll(() => {
  process.env = saved;
});

const extra = { baselineSaved: false, baselineRunId: 100 };

describe('publish', () => {
  it('always writes the report file, the job summary and the outputs, and comments by the policy', async () => {
    const gh = new MemoryGitHub();
    await publish(report(), config('always'), ctx(), gh.client, new MemoryLogger(), extra);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).verdict).toBe('pass');
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toMatch(/perf-gate/);
    expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).toMatch(
      /verdict[\s\S]*pass[\s\S]*baseline-run-id[\s\S]*100/,
    );
    expect(gh.comments_).toHaveLength(1);
  });

  it('on-regression: no new comment for a pass, one for a failure, and an existing one is kept up to date', async () => {
    const gh = new MemoryGitHub();
    await publish(report(), config('on-regression'), ctx(), gh.client, new MemoryLogger(), extra);
    expect(gh.comments_).toHaveLength(0);
    await publish(
      report({ verdict: 'fail' }),
      config('on-regression'),
      ctx(),
      gh.client,
      new MemoryLogger(),
      extra,
    );
    expect(gh.comments_).toHaveLength(1);
    await publish(report(), config('on-regression'), ctx(), gh.client, new MemoryLogger(), extra);
    expect(gh.comments_).toHaveLength(1);
    expect(gh.comments_[0]?.body).toMatch(/perf-gate: pass/);
  });

  it("never comments with a fork's read-only token: the report is left as an artifact for the companion", async () => {
    const gh = new MemoryGitHub();
    const logger = new MemoryLogger();
    await publish(report({ verdict: 'fail' }), config('always'), ctx('fork/shop'), gh.client, logger, extra);
    expect(gh.comments_).toHaveLength(0);
    expect(gh.uploads).toEqual(['perf-gate-report-default']);
    expect(logger.lines.join('\n')).toMatch(/token is read-only/);
  });

  it('comment: never writes no comment at all', async () => {
    const gh = new MemoryGitHub();
    await publish(report({ verdict: 'fail' }), config('never'), ctx(), gh.client, new MemoryLogger(), extra);
    expect(gh.calls).toEqual([]);
  });
});
