import { describe, expect, it } from 'vitest';
import { acceptByLabel, checkAcceptLabel } from '../../src/action/override.js';
import type { RunContext } from '../../src/action/run-context.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { report } from '../render/reports.js';
import { renderComment } from '../../src/render/index.js';

const LABEL = 'perf-gate:accept';
const ctx = {
  pullRequest: { number: 7, headSha: 'abc', headRepo: 'org/shop', labels: [] },
} as unknown as RunContext;
const failing = () =>
  report({ verdict: 'fail', reason: 'http_req_duration p95 +40% regressed beyond tolerance.' });

describe('the accept label', () => {
  it('accepts a failure when the label is on the pull request now, added by someone with write access', async () => {
    const gh = new MemoryGitHub();
    gh.labels = [LABEL];
    gh.labelActors[LABEL] = 'alice';
    gh.permissions.alice = 'write';
    const r = await acceptByLabel(failing(), LABEL, ctx, gh.client, new MemoryLogger());
    expect(r.verdict).toBe('pass');
    expect(r.override).toEqual({ label: LABEL, by: 'alice', verdict: 'fail' });
    expect(r.reason).toMatch(
      /^accepted with the label perf-gate:accept by alice; without it: http_req_duration/,
    );
  });

  it('does not accept a label added with read access, or one that is not there now', async () => {
    const gh = new MemoryGitHub();
    gh.labels = [LABEL];
    gh.labelActors[LABEL] = 'mallory';
    gh.permissions.mallory = 'read';
    expect(await checkAcceptLabel(gh.client, 7, LABEL, 'abc')).toMatchObject({
      accepted: false,
      by: 'mallory',
    });
    gh.labels = [];
    expect((await checkAcceptLabel(gh.client, 7, LABEL, 'abc')).why).toMatch(/does not carry the label/);
    const logger = new MemoryLogger();
    expect((await acceptByLabel(failing(), LABEL, ctx, gh.client, logger)).verdict).toBe('fail');
  });

  it('accepts only the commit pushed before the label was added, and says so in the comment', async () => {
    const gh = new MemoryGitHub();
    gh.labels = [LABEL];
    gh.labelActors[LABEL] = 'alice';
    gh.permissions.alice = 'write';
    gh.labelTimes[LABEL] = '2026-12-01T10:00:00Z';
    // The head commit 'abc' was pushed after the label was added: a later push, not what alice accepted.
    gh.pushTimes.abc = '2026-12-01T11:00:00Z';
    const logger = new MemoryLogger();
    const r = await acceptByLabel(failing(), LABEL, ctx, gh.client, logger);
    expect(r.verdict).toBe('fail');
    expect(r.warnings).toContain(
      "'perf-gate:accept': the accept label predates the newest push: add it again to accept this commit",
    );
    expect(renderComment(r, { gateId: 'default', now: '2026-12-01T12:00:00Z' })).toMatch(
      /the accept label predates the newest push: add it again to accept this commit/,
    );
    // Added again after the push: accepted.
    gh.labelTimes[LABEL] = '2026-12-01T11:30:00Z';
    expect((await acceptByLabel(failing(), LABEL, ctx, gh.client, logger)).verdict).toBe('pass');
  });

  it('leaves a passing report alone and, without a token, lets the failure stand', async () => {
    const passing = report();
    expect(await acceptByLabel(passing, LABEL, ctx, new MemoryGitHub().client, new MemoryLogger())).toBe(
      passing,
    );
    expect((await acceptByLabel(failing(), LABEL, ctx, undefined, new MemoryLogger())).verdict).toBe('fail');
  });
});
