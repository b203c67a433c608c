/**
 * The parts of GitHubClient that the comment, trust and override logic use, in memory, for unit tests of that
 * logic (the bundled action against the fake GitHub server covers the HTTP side). Counts the calls it gets.
 */
import type { CommentInfo, GitHubClient } from '../../src/io/github/client.js';

export class MemoryGitHub {
  comments_: CommentInfo[] = [];
  labels: string[] = [];
  labelActors: Record<string, string> = {};
  permissions: Record<string, string> = {};
  defaultBranchCommits = new Set<string>();
  me: string | undefined = 'github-actions[bot]';
  calls: string[] = [];
  private nextId = 1;

  async comments(): Promise<CommentInfo[]> {
    this.calls.push('comments');
    return this.comments_.map((c) => ({ ...c }));
  }
  async createComment(_issue: number, body: string): Promise<void> {
    this.calls.push('createComment');
    this.comments_.push({ id: this.nextId++, body, author: this.me ?? 'github-actions[bot]' } as CommentInfo);
  }
  async updateComment(id: number, body: string): Promise<void> {
    this.calls.push(`updateComment ${id}`);
    const c = this.comments_.find((x) => x.id === id);
    if (c) c.body = body;
  }
  async issueLabels(): Promise<string[]> {
    return [...this.labels];
  }
  /** When each label was last added (ISO); a label without one was added now. */
  labelTimes: Record<string, string> = {};
  /** When each commit first triggered a pull_request run (ISO); the epoch for one not listed. */
  pushTimes: Record<string, string> = {};
  async lastLabelled(
    _issue: number,
    label: string,
  ): Promise<{ by: string | undefined; at: string } | undefined> {
    const by = this.labelActors[label];
    return by === undefined ? undefined : { by, at: this.labelTimes[label] ?? new Date().toISOString() };
  }
  async firstPullRequestRunAt(sha: string): Promise<string | undefined> {
    return this.pushTimes[sha] ?? new Date(0).toISOString();
  }
  async permission(user: string): Promise<string> {
    return this.permissions[user] ?? 'none';
  }
  async onBranch(_branch: string, sha: string): Promise<boolean> {
    this.calls.push(`onBranch ${sha}`);
    return this.defaultBranchCommits.has(sha);
  }
  async identity(): Promise<string | undefined> {
    return this.me;
  }
  uploads: string[] = [];
  async uploadArtifact(name: string): Promise<void> {
    this.uploads.push(name);
  }
  /** Written by someone else (a user pasting the marker). */
  addForeignComment(body: string, author: string): void {
    this.comments_.push({ id: this.nextId++, body, author } as CommentInfo);
  }
  get client(): GitHubClient {
    return this as unknown as GitHubClient;
  }
}
