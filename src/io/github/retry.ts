import { httpStatus, isRateLimited, rateLimitError, responseHeader } from './permissions.js';

/** How hard to try again. The defaults keep a runner from idling for long: a limit that resets later fails fast. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first backoff for a server error or a dropped connection; it doubles each time. */
  baseMs: number;
  /** The longest wait perf-gate accepts for a rate limit to reset before giving up with a message. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseMs: 1000,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
  now: () => Date.now(),
};

/**
 * How long GitHub asks us to wait: `retry-after` (seconds) for secondary limits and 429s, else the primary limit's
 * `x-ratelimit-reset` (epoch seconds) when no requests remain; undefined when the answer does not say.
 */
export function rateLimitWaitMs(err: unknown, now: number): number | undefined {
  const after = Number(responseHeader(err, 'retry-after'));
  if (Number.isFinite(after) && after >= 0) return after * 1000;
  const reset = Number(responseHeader(err, 'x-ratelimit-reset'));
  if (responseHeader(err, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset))
    return Math.max(0, reset * 1000 - now);
  return undefined;
}

/** Server errors and dropped connections are worth another try; other client errors are answers. */
function transient(err: unknown): boolean {
  const status = httpStatus(err);
  if (status === undefined)
    return /fetch failed|ECONNRESET|ETIMEDOUT|socket hang up|EAI_AGAIN/i.test(String(err));
  return status >= 500 && status !== 501;
}

/**
 * Calls `f`, retrying rate limits (after the wait GitHub names, when it is short enough) and transient failures
 * (with exponential backoff). A rate limit that does not clear in time becomes one message saying so, never the
 * "add a permission" message a 403 would otherwise get.
 */
export async function withRetries<T>(
  what: string,
  f: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  /** False for a request that must not be repeated after a server error (it may have taken effect). */
  idempotent = true,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await f();
    } catch (err) {
      const last = attempt >= policy.attempts;
      if (isRateLimited(err)) {
        const wait = rateLimitWaitMs(err, policy.now()) ?? policy.baseMs * 2 ** (attempt - 1);
        if (last || wait > policy.maxWaitMs) throw rateLimitError(err, what, policy.now() + wait);
        await policy.sleep(wait);
        continue;
      }
      // A rate limit refused the request; a server error may have come after it took effect.
      if (last || !idempotent || !transient(err)) throw err;
      await policy.sleep(policy.baseMs * 2 ** (attempt - 1));
    }
  }
}
