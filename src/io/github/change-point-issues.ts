/**
 * One GitHub issue per change point on the default branch, updated rather than duplicated: an earlier issue is
 * found by the hidden marker in its body (as the sticky comment is) AND its author (anyone can paste a marker), and
 * the caller says whether it describes the same change (a change point can move by a run as runs arrive:
 * domain/trend/shifts.ts, sameChangePoint). Needs `issues: write`; GitHub's refusal names it (permissions.ts).
 */
import type { CommitInfo, GitHubClient } from './client.js';
import { commentAuthors } from './sticky-comment.js';

/** The label perf-gate's change-point issues carry (and are listed by). */
export const CHANGE_POINT_LABEL = 'perf-gate';

export interface ChangePointIssueRequest {
  /** The hidden marker of the gate and statistic (render/trend-issue.ts: changePointMarker). */
  marker: string;
  /** Whether an earlier issue's body is about this change point (e.g. its recorded commit is the same change). */
  sameChange: (body: string) => boolean;
  title: string;
  body: string;
}

export interface ChangePointIssues {
  /** Creates the change point's issue, or updates the earlier one about the same change (open or closed). */
  upsert(request: ChangePointIssueRequest): Promise<{ action: 'created' | 'updated'; number: number }>;
  /** The commits in a change point's range (last run before, first after), oldest first, and how many more. */
  commits(
    lastBefore: string,
    firstAfter: string,
  ): Promise<{ commits: CommitInfo[]; more: number } | undefined>;
}

/** The adapter over the GitHub client. */
export function githubChangePointIssues(
  client: GitHubClient,
  options: { label?: string; maxCommits?: number; authors?: readonly string[] } = {},
): ChangePointIssues {
  const label = options.label ?? CHANGE_POINT_LABEL;
  const maxCommits = options.maxCommits ?? 50;
  return {
    async upsert(request) {
      const authors = options.authors ?? (await commentAuthors(client));
      const existing = (await client.issuesWithLabel(label)).find(
        (i) => i.body.includes(request.marker) && authors.includes(i.author) && request.sameChange(i.body),
      );
      if (existing) {
        await client.updateIssue(existing.number, request.title, request.body);
        return { action: 'updated', number: existing.number };
      }
      return { action: 'created', number: await client.createIssue(request.title, request.body, [label]) };
    },
    async commits(lastBefore, firstAfter) {
      const found = await client.commitsBetween(lastBefore, firstAfter, maxCommits);
      return found && { commits: found.commits, more: Math.max(0, found.total - found.commits.length) };
    },
  };
}
