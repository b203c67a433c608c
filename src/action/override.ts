import type { Report } from '../domain/report.js';
import { describeError } from '../errors.js';
import { codeSpan, escapeMarkdown } from '../render/index.js';
import type { GitHubClient } from '../io/github/client.js';
import type { Logger } from '../io/logger.js';
import type { RunContext } from './run-context.js';

/** Who may accept a regression with the label: someone who could merge the change anyway. */
const MAY_ACCEPT = new Set(['admin', 'maintain', 'write']);

export interface LabelCheck {
  accepted: boolean;
  /** Who last added the label, when GitHub says. */
  by?: string;
  /** Why it is not accepted, in words for a warning. */
  why?: string;
  /** The label is there, but was added before the head commit was pushed. */
  stale?: boolean;
}

/** What the comment says when the label was added before the commit it would accept was pushed. */
export const STALE_LABEL = 'the accept label predates the newest push: add it again to accept this commit';

/**
 * Whether the pull request carries the accept label now, added by someone with write access after its head commit
 * was pushed (a label accepts one commit, not every later push). Asked of the API at run time, never of the event
 * payload: a re-run replays the first attempt's payload, so a label added since ("add the label and re-run") would be
 * missed and a removed one still honoured. The push time is GitHub's: the first `pull_request` run of the commit
 * (a commit's own date is whatever its author wrote).
 */
export async function checkAcceptLabel(
  github: GitHubClient,
  pr: number,
  label: string,
  headSha: string,
): Promise<LabelCheck> {
  if (!(await github.issueLabels(pr)).includes(label))
    return { accepted: false, why: `pull request #${pr} does not carry the label '${label}' now` };
  const event = await github.lastLabelled(pr, label);
  const by = event?.by;
  if (!event || !by) return { accepted: false, why: `GitHub does not say who added the label '${label}'` };
  const permission = await github.permission(by);
  if (!MAY_ACCEPT.has(permission))
    return {
      accepted: false,
      by,
      why: `${by} added the label '${label}' with ${permission} permission; accepting a regression takes write access`,
    };
  const pushedAt = await github.firstPullRequestRunAt(headSha);
  if (pushedAt === undefined || Date.parse(event.at) <= Date.parse(pushedAt))
    return { accepted: false, by, stale: true, why: STALE_LABEL };
  return { accepted: true, by };
}

/** The report as if the label accepted it: a pass that says who accepted what. */
export function accepted(report: Report, label: string, by: string | undefined): Report {
  return {
    ...report,
    verdict: 'pass',
    reason: `accepted with the label ${label}${by ? ` by ${by}` : ''}; without it: ${report.reason}`,
    override: { label, ...(by ? { by } : {}), verdict: 'fail' },
  };
}

/**
 * The escape hatch for an intended slowdown: a failing result on a pull request whose accept label was added by
 * someone with write access becomes a pass, and the report (so the comment) says who. When the labels cannot be
 * read, the failure stands: an override must be proven, not assumed.
 */
export async function acceptByLabel(
  report: Report,
  label: string,
  ctx: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
): Promise<Report> {
  const pr = ctx.pullRequest;
  if (report.verdict !== 'fail' || !pr || !label) return report;
  if (!github) {
    if (pr.labels.includes(label))
      logger.warn(`cannot check the label '${label}' without 'github-token'; the failing result stands`);
    return report;
  }
  let check: LabelCheck;
  try {
    check = await checkAcceptLabel(github, pr.number, label, pr.headSha);
  } catch (err) {
    logger.warn(
      `could not check the label '${label}' of pull request #${pr.number}: ${describeError(err)}; the failing result stands`,
    );
    return report;
  }
  if (!check.accepted) {
    // Quiet when nobody tried: only a label that is (or was, at the first attempt) there deserves a word.
    if (check.by || pr.labels.includes(label)) logger.warn(`${check.why}: the failing result stands`);
    // The comment says it too: the reviewer who added the label sees why it no longer counts.
    return check.stale ? { ...report, warnings: [...report.warnings, `'${label}': ${STALE_LABEL}`] } : report;
  }
  logger.warn(
    `the pull request carries the label '${label}': the failing result is accepted (by ${check.by})`,
  );
  return accepted(report, label, check.by);
}

/**
 * A report's claim (made by the pull request's run, for the companion) that the accept label turned a failure into
 * a pass, re-checked against the pull
 * request's labels now and who added it: the run that wrote the claim ran the pull request's code.
 */
export async function verifyClaimedOverride(
  report: Report,
  pr: number,
  headSha: string,
  label: string,
  github: GitHubClient,
  logger: Logger,
): Promise<{ shown: Report; note?: string }> {
  const claim = report.override;
  if (!claim) return { shown: report };
  const failing: Report = {
    ...report,
    verdict: claim.verdict,
    reason: report.reason.replace(/^accepted with the label [\s\S]*?; without it: /, ''),
    override: undefined,
  };
  let why: string | undefined;
  if (claim.label !== label) why = `this workflow's accept label is ${codeSpan(label)}`;
  else {
    try {
      const check = await checkAcceptLabel(github, pr, label, headSha);
      if (check.accepted) return { shown: accepted(failing, label, check.by) };
      why = escapeMarkdown(check.why ?? '');
    } catch (err) {
      why = 'the labels could not be read';
      logger.warn(`could not check the labels of pull request #${pr}: ${describeError(err)}`);
    }
  }
  return {
    shown: failing,
    note: `The run says the label ${codeSpan(claim.label, 50)} accepted a failing result; perf-gate does not take that from it, and ${why}.`,
  };
}
