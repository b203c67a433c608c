import type { Report } from '../domain/report.js';
import type { GitHubClient } from '../io/github/client.js';
import type { Logger } from '../io/logger.js';
import type { RunContext } from './run-context.js';

/**
 * The escape hatch for an intended slowdown: a failing result on a pull request that carries the accept label
 * becomes a pass, and the report (so the comment) says who added the label. Who is asked of GitHub's issue events;
 * when that is not allowed, the override still applies and the comment says "someone".
 */
export async function acceptByLabel(
  report: Report,
  label: string,
  ctx: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
): Promise<Report> {
  const pr = ctx.pullRequest;
  if (report.verdict !== 'fail' || !pr || !label || !pr.labels.includes(label)) return report;
  let by: string | undefined;
  try {
    by = await github?.labelActor(pr.number, label);
  } catch (err) {
    logger.debug(`could not read who added the label: ${(err as Error).message}`);
  }
  logger.warn(
    `the pull request carries the label '${label}': the failing result is accepted${by ? ` (by ${by})` : ''}`,
  );
  return {
    ...report,
    verdict: 'pass',
    reason: `accepted with the label ${label}${by ? ` by ${by}` : ''}; without it: ${report.reason}`,
    override: { label, ...(by ? { by } : {}), verdict: 'fail' },
  };
}
