import { describe, expect, it } from 'vitest';
import { isTrustedBaselineRun, TrustedCommits, workflowFromRef } from '../../../src/io/github/trust.js';
import type { WorkflowRunInfo } from '../../../src/io/github/client.js';
import { MemoryGitHub } from '../../support/memory-github.js';

const policy = {
  repositoryId: 1,
  workflowPath: '.github/workflows/perf.yml',
  defaultBranch: 'main',
  currentRunId: 99,
};
const run = (over: Partial<WorkflowRunInfo> = {}): WorkflowRunInfo =>
  ({
    id: 10,
    event: 'push',
    conclusion: 'success',
    headBranch: 'main',
    headRepositoryId: 1,
    path: '.github/workflows/perf.yml',
    headSha: 'abc',
    ...over,
  }) as WorkflowRunInfo;

describe('isTrustedBaselineRun', () => {
  it('trusts a successful push run of this workflow on the default branch of this repository', () => {
    expect(isTrustedBaselineRun(run(), policy)).toBe(true);
  });
  it.each([
    ['a pull-request run', { event: 'pull_request' }],
    ['a failed run', { conclusion: 'failure' }],
    ['another branch', { headBranch: 'dev' }],
    ["a fork's main", { headRepositoryId: 2 }],
    ['another workflow', { path: '.github/workflows/other.yml' }],
    ['this very run (a re-run)', { id: 99 }],
  ] as const)('refuses %s', (_what, over) => {
    expect(isTrustedBaselineRun(run(over as Partial<WorkflowRunInfo>), policy)).toBe(false);
  });
});

describe('TrustedCommits', () => {
  it('asks GitHub once per commit whether it is on the default branch', async () => {
    const gh = new MemoryGitHub();
    gh.defaultBranchCommits.add('abc');
    const trusted = new TrustedCommits(gh.client, 'main');
    expect(await trusted.onDefaultBranch('abc')).toBe(true);
    expect(await trusted.onDefaultBranch('abc')).toBe(true);
    expect(await trusted.onDefaultBranch('tag-commit')).toBe(false);
    expect(gh.calls.filter((c) => c.startsWith('onBranch'))).toEqual(['onBranch abc', 'onBranch tag-commit']);
  });
  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFromRef('org/shop/.github/workflows/perf.yml@refs/heads/main')).toEqual({
      path: '.github/workflows/perf.yml',
      file: 'perf.yml',
    });
    expect(workflowFromRef(undefined)).toBeUndefined();
  });
});
