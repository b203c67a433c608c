import { PerfGateError } from '../../errors.js';

/** The HTTP status of an Octokit RequestError (or anything shaped like one). */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Turns GitHub's 403 / 404 answers into one message naming the `permissions:` entry the workflow lacks (GitHub
 * answers 404 rather than 403 for some resources a token may not see). Other errors are left as they are.
 */
export function permissionError(err: unknown, what: string, permission: string): PerfGateError | undefined {
  const status = httpStatus(err);
  if (status !== 403 && status !== 404) return undefined;
  const error = new PerfGateError(
    `GitHub refused to ${what} (HTTP ${status}: ${(err as Error).message})`,
    `Add \`${permission}\` to the job's \`permissions:\`; a pull request from a fork only ever gets a read-only token (see docs/action.md, "Fork pull requests")`,
  );
  (error as PerfGateError & { status?: number }).status = status;
  return error;
}
