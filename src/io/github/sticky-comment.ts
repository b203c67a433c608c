import type { GitHubClient } from './client.js';

/** Who may have written perf-gate's comment: the Actions bot (GITHUB_TOKEN), or a named account (a PAT or App). */
export const DEFAULT_COMMENT_AUTHORS = ['github-actions[bot]'];

/**
 * Creates or updates the one comment of a gate on a pull request: the comment carrying the gate's hidden marker
 * AND written by an expected author (anyone can paste a marker into their own comment; editing theirs would fail
 * and hijack nothing, but it must not be mistaken for ours). The newest match wins; all pages are read. With
 * createIfMissing false an existing comment is still updated (so it never shows a stale failure) but none is created.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  issue: number,
  marker: string,
  body: string,
  options: { authors?: readonly string[]; createIfMissing?: boolean } = {},
): Promise<'created' | 'updated' | 'none'> {
  const authors = options.authors ?? DEFAULT_COMMENT_AUTHORS;
  const mine = (await client.comments(issue)).filter(
    (c) => c.body.includes(marker) && authors.includes(c.author),
  );
  const existing = mine.at(-1);
  if (existing) {
    await client.updateComment(existing.id, body);
    return 'updated';
  }
  if (options.createIfMissing === false) return 'none';
  await client.createComment(issue, body);
  return 'created';
}
