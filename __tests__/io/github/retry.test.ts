import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../../src/errors.js';
import { isRateLimited, permissionError } from '../../../src/io/github/permissions.js';
import { rateLimitWaitMs, withRetries, type RetryPolicy } from '../../../src/io/github/retry.js';

/** An Octokit RequestError as far as perf-gate looks at one. */
const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });

function policy(): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  return {
    attempts: 4,
    baseMs: 100,
    maxWaitMs: 5000,
    sleep: async (ms) => void waits.push(ms),
    now: () => 1_000_000,
    waits,
  };
}

describe('GitHub API retries', () => {
  it('tells a rate limit from a permission', () => {
    expect(isRateLimited(httpError(429, 'Too Many Requests'))).toBe(true);
    expect(isRateLimited(httpError(403, 'x', { 'x-ratelimit-remaining': '0' }))).toBe(true);
    expect(isRateLimited(httpError(403, 'You have exceeded a secondary rate limit'))).toBe(true);
    expect(isRateLimited(httpError(403, 'Resource not accessible by integration'))).toBe(false);
    expect(
      permissionError(httpError(403, 'x', { 'retry-after': '3' }), 'list runs', 'actions: read'),
    ).toBeUndefined();
    expect(
      permissionError(httpError(403, 'Resource not accessible by integration'), 'list runs', 'actions: read')
        ?.hint,
    ).toMatch(/actions: read/);
  });

  it('waits as long as GitHub says: retry-after first, else until x-ratelimit-reset', () => {
    expect(rateLimitWaitMs(httpError(403, 'x', { 'retry-after': '7' }), 0)).toBe(7000);
    expect(
      rateLimitWaitMs(
        httpError(403, 'x', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }),
        1_000_000,
      ),
    ).toBe(10_000);
    expect(rateLimitWaitMs(httpError(403, 'x'), 0)).toBeUndefined();
  });

  it('retries server errors with exponential backoff, and not client errors', async () => {
    const p = policy();
    let calls = 0;
    const value = await withRetries(
      'list runs',
      async () => {
        if (++calls < 3) throw httpError(502, 'Bad Gateway');
        return 'ok';
      },
      p,
    );
    expect(value).toBe('ok');
    expect(p.waits).toEqual([100, 200]);
    const q = policy();
    await expect(
      withRetries('list runs', async () => Promise.reject(httpError(422, 'bad')), q),
    ).rejects.toThrow('bad');
    expect(q.waits).toEqual([]);
  });

  it('does not repeat a request that may have taken effect (a new comment) after a server error', async () => {
    const p = policy();
    let calls = 0;
    const create = async () => {
      calls++;
      throw httpError(502, 'Bad Gateway');
    };
    await expect(withRetries('comment', create, p, false)).rejects.toThrow('Bad Gateway');
    expect(calls).toBe(1);
    // A rate limit refused it outright: trying again is safe.
    let limited = 0;
    const value = await withRetries(
      'comment',
      async () => {
        if (++limited === 1) throw httpError(403, 'secondary rate limit', { 'retry-after': '2' });
        return 'created';
      },
      p,
      false,
    );
    expect(value).toBe('created');
    expect(p.waits).toEqual([2000]);
  });

  it('gives up on a rate limit that resets later than it will wait, saying so', async () => {
    const p = policy();
    const err = httpError(403, 'API rate limit exceeded', {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '4600',
    });
    const thrown = await withRetries('list runs', async () => Promise.reject(err), p).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(PerfGateError);
    expect((thrown as PerfGateError).message).toMatch(
      /rate limit stopped perf-gate from trying to list runs .* resets around 1970-01-01T01:16:40/,
    );
    expect(p.waits).toEqual([]);
  });
});
