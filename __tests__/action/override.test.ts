import { describe, expect, it } from 'vitest';
import { acceptByLabel, checkAcceptLabel } from '../../src/action/override.js';
import type { RunContext } from '../../src/action/run-context.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { report } from '../render/reports.js';

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
    expect(await checkAcceptLabel(gh.client, 7, LABEL)).toMatchObject({ accepted: false, by: 'mallory' });
    gh.labels = [];
    expect((await checkAcceptLabel(gh.client, 7, LABEL)).why).toMatch(/does not carry the label/);
    const logger = new MemoryLogger();
    expect((await acceptByLabel(failing(), LABEL, ctx, gh.client, logger)).verdict).toBe('fail');
  });

  it('leaves a passing report alone and, without a token, lets the failure stand', async () => {
    const passing = report();
    expect(await acceptByLabel(passing, LABEL, ctx, new MemoryGitHub().client, new MemoryLogger())).toBe(
      passing,
    );
    expect((await acceptByLabel(failing(), LABEL, ctx, undefined, new MemoryLogger())).verdict).toBe('fail');
  });
});
