import { PerfGateError } from '../../errors.js';

/** The HTTP status of an Octokit RequestError (or anything shaped like one). */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A response header of an Octokit RequestError (or anything shaped like one). */
export function responseHeader(err: unknown, name: string): string | undefined {
  const value = (err as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers?.[
    name
  ];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * Whether GitHub refused because of a rate limit, not a permission: a 429, or a 403 that says the primary limit is
 * used up (`x-ratelimit-remaining: 0`), asks to wait (`retry-after`), or names a secondary rate limit.
 */
export function isRateLimited(err: unknown): boolean {
  const status = httpStatus(err);
  if (status === 429) return true;
  if (status !== 403) return false;
  return (
    responseHeader(err, 'x-ratelimit-remaining') === '0' ||
    responseHeader(err, 'retry-after') !== undefined ||
    /rate limit/i.test(String((err as Error).message))
  );
}

/** The one message for a rate limit that did not clear in time: when it resets, and that no permission is missing. */
export function rateLimitError(err: unknown, what: string, resetsAt: number): PerfGateError {
  const error = new PerfGateError(
    `GitHub's API rate limit stopped perf-gate from trying to ${what} (HTTP ${httpStatus(err)}: ${(err as Error).message}); it resets around ${new Date(resetsAt).toISOString()}`,
    'Re-run the job after that. This is not a missing permission: every job using the same token shares its limit',
  );
  (error as PerfGateError & { status?: number }).status = httpStatus(err);
  return error;
}

/**
 * Turns GitHub's 403 / 404 answers into one message naming the `permissions:` entry the workflow lacks (GitHub
 * answers 404 rather than 403 for some resources a token may not see). Rate limits and other errors are left as
 * they are.
 */
export function permissionError(err: unknown, what: string, permission: string): PerfGateError | undefined {
  const status = httpStatus(err);
  if ((status !== 403 && status !== 404) || err instanceof PerfGateError || isRateLimited(err))
    return undefined;
  const error = new PerfGateError(
    `GitHub refused to ${what} (HTTP ${status}: ${(err as Error).message})`,
    `Add \`${permission}\` to the job's \`permissions:\`; a pull request from a fork only ever gets a read-only token (see docs/action.md, "Fork pull requests")`,
  );
  (error as PerfGateError & { status?: number }).status = status;
  return error;
}
