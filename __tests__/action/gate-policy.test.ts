/**
 * Whose configuration judges a pull request when no token is given: the base commit's, read with git when the
 * checkout holds it; refused with what to do when it does not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gatePolicyFile } from '../../src/action/gate-policy.js';
import { PerfGateError } from '../../src/errors.js';
import { git } from '../support/git-repo.js';
import { pullRequestContext } from '../support/run-context.js';

describe('gatePolicyFile without a token', () => {
  let repo: string;
  let base: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'pg-policy-'));
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'perf-gate.config.json'), '{"tolerance": "10%"}\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    base = git(repo, 'rev-parse', 'HEAD');
    // The pull request loosens its own gate in its checkout.
    writeFileSync(join(repo, 'perf-gate.config.json'), '{"tolerance": "1000%", "on-inconclusive": "pass"}\n');
  });

  it("judges with the base commit's file read through git, and names the pull request's change", async () => {
    const policy = await gatePolicyFile(pullRequestContext(repo, base), undefined, repo, undefined);
    expect(policy.file?.written.tolerance).toBe('10%');
    expect(policy.changed).toMatch(/tolerance/);
    expect(policy.changed).toMatch(/on-inconclusive/);
  });

  it('refuses, saying what to do, when the checkout lacks the base commit', async () => {
    const missing = 'c'.repeat(40);
    const refused = gatePolicyFile(pullRequestContext(repo, missing), undefined, repo, undefined);
    await expect(refused).rejects.toThrow(PerfGateError);
    await expect(refused).rejects.toThrow(
      /github-token' is empty and the checkout does not hold that commit/,
    );
    await expect(refused).rejects.toMatchObject({ hint: expect.stringMatching(/fetch-depth: 0/) });
  });
});
