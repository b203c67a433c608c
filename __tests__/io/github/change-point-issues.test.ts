import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionsGitHubClient } from '../../../src/io/github/client.js';
import { CHANGE_POINT_LABEL, githubChangePointIssues } from '../../../src/io/github/change-point-issues.js';
import { PerfGateError } from '../../../src/errors.js';
import { FakeGitHub, REPO } from '../../support/fake-github.js';

const fake = new FakeGitHub();
let saved: string | undefined;
const client = (token = 'ghs_write') =>
  new ActionsGitHubClient(token, { owner: REPO.owner, repo: REPO.name });
const sha = (i: number) => String(i).padStart(40, 'c');
const MARKER = '<!-- perf-gate-change-point:default:http_req_duration_p95 -->';

beforeAll(async () => {
  await fake.start();
  saved = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = fake.url;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = saved;
  await fake.stop();
});
beforeEach(() => {
  fake.issues = [];
  fake.requests = [];
  fake.readOnlyTokens.clear();
  fake.parents.clear();
  fake.commitInfo.clear();
});

describe('GitHub client: issues', () => {
  it('lists the issues of a label, open and closed, newest first, over several pages', async () => {
    for (let i = 0; i < 130; i++)
      fake.addIssue({ body: `b${i}`, labels: [CHANGE_POINT_LABEL], state: i % 2 ? 'closed' : 'open' });
    fake.addIssue({ body: 'other', labels: ['bug'] });
    const issues = await client().issuesWithLabel(CHANGE_POINT_LABEL);
    expect(issues).toHaveLength(130);
    expect(issues[0]).toMatchObject({ body: 'b129', state: 'closed', author: 'github-actions[bot]' });
    expect(fake.count(/^GET \/repos\/org\/shop\/issues$/)).toBe(2);
  });

  it('creates and updates an issue', async () => {
    const gh = client();
    const number = await gh.createIssue('t', 'body', [CHANGE_POINT_LABEL]);
    expect(fake.issues).toEqual([
      expect.objectContaining({ number, title: 't', body: 'body', labels: ['perf-gate'] }),
    ]);
    await gh.updateIssue(number, 't2', 'body2');
    expect(fake.issues[0]).toMatchObject({ title: 't2', body: 'body2', state: 'open' });
  });

  it('names the missing `issues: write` permission on a 403', async () => {
    fake.readOnlyTokens.add('ghs_read');
    const err = await client('ghs_read')
      .createIssue('t', 'b', [])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PerfGateError);
    expect((err as PerfGateError).message).toMatch(
      /GitHub refused to open an issue for a change point \(HTTP 403/,
    );
    expect((err as PerfGateError).hint).toMatch(/Add `issues: write` to the job's `permissions:`/);
  });
});

describe('GitHub client: the commits between two commits', () => {
  it('lists them oldest first with message and author, over pages, up to a maximum', async () => {
    fake.commit(sha(0));
    for (let i = 1; i <= 120; i++) fake.commit(sha(i), sha(i - 1));
    fake.commitInfo.set(sha(1), { message: 'Add a cache\n\nbody', login: 'dev' });
    const all = await client().commitsBetween(sha(0), sha(120));
    expect(all!.total).toBe(120);
    expect(all!.commits).toHaveLength(120);
    expect(all!.commits[0]).toEqual({ sha: sha(1), message: 'Add a cache\n\nbody', author: 'dev' });
    expect(all!.commits[1]).toEqual({ sha: sha(2), message: `commit ${sha(2)}`, author: 'A Developer' });
    const some = await client().commitsBetween(sha(0), sha(120), 10);
    expect(some).toEqual({ total: 120, commits: expect.any(Array) });
    expect(some!.commits).toHaveLength(10);
  });

  it('is undefined for commits GitHub cannot compare', async () => {
    fake.commit(sha(1));
    fake.commit(sha(2));
    expect(await client().commitsBetween(sha(1), sha(2))).toBeUndefined();
  });
});

describe('githubChangePointIssues', () => {
  const request = (body: string, same: (b: string) => boolean = () => true) => ({
    marker: MARKER,
    sameChange: same,
    title: 'perf-gate: p95 rose',
    body: `${MARKER}\n${body}`,
  });

  it('creates the issue once, then updates it instead of opening another', async () => {
    const issues = githubChangePointIssues(client());
    expect(await issues.upsert(request('first'))).toEqual({
      action: 'created',
      number: fake.issues[0]!.number,
    });
    expect(await issues.upsert(request('second'))).toEqual({
      action: 'updated',
      number: fake.issues[0]!.number,
    });
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.body).toBe(`${MARKER}\nsecond`);
    expect(fake.issues[0]!.labels).toEqual([CHANGE_POINT_LABEL]);
  });

  it('opens a new issue for a different change, and never edits an issue someone else wrote with the marker', async () => {
    fake.addIssue({ body: `${MARKER}\nat:1`, labels: [CHANGE_POINT_LABEL] });
    fake.addIssue({ body: `${MARKER}\nat:2`, labels: [CHANGE_POINT_LABEL], login: 'mallory' });
    const issues = githubChangePointIssues(client());
    const result = await issues.upsert(request('at:2', (b) => b.includes('at:2')));
    expect(result.action).toBe('created');
    expect(fake.issues).toHaveLength(3);
    expect(fake.issues[1]!.body).toBe(`${MARKER}\nat:2`);
  });

  it('lists a range of commits and says how many more there are', async () => {
    fake.commit(sha(0));
    for (let i = 1; i <= 8; i++) fake.commit(sha(i), sha(i - 1));
    const range = await githubChangePointIssues(client(), { maxCommits: 5 }).commits(sha(0), sha(8));
    expect(range!.commits.map((c) => c.sha)).toEqual([1, 2, 3, 4, 5].map(sha));
    expect(range!.more).toBe(3);
  });
});
