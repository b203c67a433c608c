import type { GitHubClient } from './client.js';

/** Who wrote perf-gate's comment when the token cannot say who it is: the Actions bot (GITHUB_TOKEN). */
export const DEFAULT_COMMENT_AUTHORS = ['github-actions[bot]'];

/**
 * Who perf-gate's earlier comment was written by: the token's own identity (a PAT's user, an App's bot), so that
 * with a PAT or an App token the comment is still found and updated instead of a new one on every run.
 */
export async function commentAuthors(client: GitHubClient): Promise<readonly string[]> {
  const me = await client.identity();
  return me ? [me] : DEFAULT_COMMENT_AUTHORS;
}

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
  const authors = options.authors ?? (await commentAuthors(client));
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
