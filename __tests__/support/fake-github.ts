/**
 * A local fake of the GitHub services the action talks to, on 127.0.0.1, reached through the runner's environment
 * URLs (GITHUB_API_URL, ACTIONS_RESULTS_URL): the REST API (workflow runs, artifacts, issue comments, pull requests,
 * issue events and labels, issues, collaborator permissions, compare with its commits, files at commits, the token's user), GraphQL's `viewer`, the Actions
 * Results artifact service (Twirp) and a blob store (Azure block-blob PUTs, GETs by a 302 from the REST API). It
 * keeps its state in plain objects a test can seed and inspect, records requests, and can be told to fail some
 * (rate limits, expired artifacts) to exercise the action's retries and messages.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRun {
  id: number;
  /** The workflow file, e.g. `.github/workflows/perf.yml`. */
  path: string;
  event: string;
  head_branch: string;
  head_sha: string;
  /** The repository the run's head commit came from: the base repository's id, or a fork's. */
  head_repository_id: number;
  conclusion: 'success' | 'failure' | null;
  created_at: string;
  /** What GitHub puts in the run's `pull_requests` (only pull requests of this repository's own branches). */
  pull_requests?: Array<{ number: number; head_sha: string }>;
}

export interface FakeArtifact {
  id: number;
  run_id: number;
  name: string;
  expired: boolean;
  bytes: Buffer;
  mime: string;
  digest: string;
  created_at: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  login: string;
}

export interface FakePull {
  number: number;
  head_sha: string;
  labels: string[];
  /** `owner/repo` and branch of the head; this repository and `feature-<number>` unless set. */
  head_repo?: string;
  head_ref?: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  login: string;
}

/** A canned failure: the next `times` requests matching `match` (`METHOD path`) get this answer instead. */
export interface FakeFailure {
  match: RegExp;
  status: number;
  message: string;
  headers?: Record<string, string>;
  times: number;
}

export const REPO = { id: 1001, owner: 'org', name: 'shop', default_branch: 'main' };
export const FORK_REPO_ID = 2002;
const BOT = 'github-actions[bot]';

/** An unsigned JWT whose `scp` claim names the run and job backend ids, as ACTIONS_RUNTIME_TOKEN does. */
export function runtimeToken(runBackendId = 'run-backend', jobBackendId = 'job-backend'): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.Results:${runBackendId}:${jobBackendId}` })}.sig`;
}

export class FakeGitHub {
  runs: FakeRun[] = [];
  artifacts: FakeArtifact[] = [];
  comments: FakeComment[] = [];
  pulls: FakePull[] = [];
  /** Who added a label when (`at`, ISO: the time it was pushed here unless given). */
  labelEvents: Array<{ issue: number; label: string; actor: string; at?: string }> = [];
  private readonly seen = new WeakMap<object, string>();
  /** When the fake first served `event`: a label event pushed by a test happened then. */
  private firstSeen(event: object): string {
    const at = this.seen.get(event) ?? new Date().toISOString();
    this.seen.set(event, at);
    return at;
  }
  /** Requests seen, as `METHOD path` (query left out), for assertions. */
  requests: string[] = [];
  /** Called with each request (`METHOD path`) before it is answered: a test changes the state between two calls. */
  onRequest?: (request: string) => void;
  /** The run that uploads go to (the action's own GITHUB_RUN_ID). */
  currentRunId = 0;
  /** Tokens that may only read (a fork PR's): writes answer 403 "Resource not accessible by integration". */
  readOnlyTokens = new Set<string>();
  /**
   * Who each token is. A personal token (not `ghs_`) is answered by GET /user; an installation token (`ghs_`, like
   * GITHUB_TOKEN or an App's) is refused there and named by GraphQL's viewer. Comments are written as this login.
   */
  tokenLogins: Record<string, string> = {};
  /** Collaborators' permission on the repository; anyone else is not a collaborator (404). */
  permissions: Record<string, string> = {};
  /** Commits that are NOT on the default branch (the compare API answers `diverged` for them). */
  offBranchShas = new Set<string>();
  /** Commits that share no history with the default branch (the compare API answers 404 for them). */
  orphanShas = new Set<string>();
  failures: FakeFailure[] = [];
  /**
   * A commit graph for the compare API between arbitrary commits (each commit's parents; see `commit`), and branch
   * tips by name: `base...head` between two commits of the graph (a branch name resolved by `branches`) answers
   * with real ahead/behind counts; any other pair keeps the answers of `offBranchShas` and `orphanShas`.
   */
  parents = new Map<string, string[]>();
  /** Files at commits, for the contents API: commit -> path in the repository -> text. */
  files: Record<string, Record<string, string>> = {};
  branches: Record<string, string> = {};
  /** Issues (the issues API; pull requests are kept in `pulls`). */
  issues: FakeIssue[] = [];
  /** Commit messages and authors for the compare API's `commits` (a commit of the graph without one: `commit <sha>`). */
  commitInfo = new Map<string, { message: string; login?: string; name?: string }>();
  private nextId = 5000;
  private readonly blobs = new Map<string, { blocks: Map<string, Buffer>; data?: Buffer; mime: string }>();
  private pending = new Map<string, { name: string; mime: string; key: string }>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((err: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: err.message }));
      });
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((ok) => this.server?.close(() => ok()));
  }

  /** The environment the action needs to reach this fake. */
  env(token = 'ghs_write'): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      INPUT_GITHUB_TOKEN: token,
      'INPUT_GITHUB-TOKEN': token,
    };
  }

  addRun(run: Partial<FakeRun> & { id: number }): FakeRun {
    const full: FakeRun = {
      path: '.github/workflows/perf.yml',
      event: 'push',
      head_branch: REPO.default_branch,
      head_sha: `${run.id}`.padStart(40, '0'),
      head_repository_id: REPO.id,
      conclusion: 'success',
      created_at: new Date(Date.UTC(2026, 10, 1) + run.id * 60_000).toISOString(),
      ...run,
    };
    // A re-run is the same workflow run (same id), attempted again.
    const existing = this.runs.find((r) => r.id === run.id);
    if (existing) return Object.assign(existing, run);
    this.runs.push(full);
    return full;
  }

  /** Seeds an artifact of run `runId` from zip bytes, with its digest as GitHub records it. */
  addArtifact(runId: number, name: string, bytes: Buffer, over: Partial<FakeArtifact> = {}): FakeArtifact {
    const artifact: FakeArtifact = {
      id: this.id(),
      run_id: runId,
      name,
      expired: false,
      bytes,
      mime: 'application/zip',
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      created_at: new Date().toISOString(),
      ...over,
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  /** Adds commit `sha` with its parents to the graph the compare API answers from; returns `sha`. */
  commit(sha: string, ...parents: string[]): string {
    this.parents.set(sha, parents);
    return sha;
  }

  /** The commits reachable from `sha` (itself included) in the graph. */
  private reachable(sha: string): Set<string> {
    const seen = new Set<string>();
    const todo = [sha];
    while (todo.length > 0) {
      const c = todo.pop() as string;
      if (seen.has(c)) continue;
      seen.add(c);
      todo.push(...(this.parents.get(c) ?? []));
    }
    return seen;
  }

  /** GitHub's compare of two commits of the graph: status and counts, as `GET /compare/base...head` answers. */
  private compareInGraph(base: string, head: string) {
    const from = this.reachable(base);
    const to = this.reachable(head);
    const ahead = [...to].filter((c) => !from.has(c)).length;
    const behind = [...from].filter((c) => !to.has(c)).length;
    const status =
      ahead === 0 && behind === 0
        ? 'identical'
        : behind === 0
          ? 'ahead'
          : ahead === 0
            ? 'behind'
            : 'diverged';
    return { status, ahead_by: ahead, behind_by: behind, total_commits: ahead, files: [] };
  }

  /** The commits `head` has that `base` lacks, oldest first (parents before children), as the compare API lists them. */
  private commitsInGraph(base: string, head: string) {
    const from = this.reachable(base);
    const order: string[] = [];
    const visit = (sha: string, seen: Set<string>) => {
      if (seen.has(sha) || from.has(sha)) return;
      seen.add(sha);
      for (const p of this.parents.get(sha) ?? []) visit(p, seen);
      order.push(sha);
    };
    visit(head, new Set());
    return order.map((sha) => {
      const info = this.commitInfo.get(sha);
      return {
        sha,
        commit: { message: info?.message ?? `commit ${sha}`, author: { name: info?.name ?? 'A Developer' } },
        author: info?.login ? { login: info.login } : null,
        html_url: `https://github.com/${REPO.owner}/${REPO.name}/commit/${sha}`,
      };
    });
  }

  /** Adds an issue as if opened by `login`; returns it. */
  addIssue(issue: Partial<FakeIssue> & { body: string }): FakeIssue {
    const full: FakeIssue = {
      number: this.id(),
      title: 'an issue',
      state: 'open',
      labels: [],
      login: BOT,
      ...issue,
    };
    this.issues.push(full);
    return full;
  }

  /** How many requests matched `pattern` (`METHOD path`). */
  count(pattern: RegExp): number {
    return this.requests.filter((r) => pattern.test(r)).length;
  }

  private id(): number {
    return this.nextId++;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    this.requests.push(`${req.method} ${path}`);
    this.onRequest?.(`${req.method} ${path}`);
    const body = await readBody(req);
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    const token = (req.headers.authorization ?? '').replace(/^(token|Bearer) /i, '');
    const forbidden = () =>
      json(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });

    // The artifact service (Twirp, JSON).
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(path);
    if (twirp && req.method === 'POST')
      return this.twirp(twirp[1]!, JSON.parse(body.toString() || '{}'), json);

    // The blob store: block uploads, the commit of the block list, and downloads.
    const blob = /^\/blob\/([\w-]+)$/.exec(path);
    if (blob) {
      const key = blob[1]!;
      const entry = this.blobs.get(key);
      if (!entry) return json(404, { message: 'no such blob' });
      if (req.method === 'PUT') {
        const comp = url.searchParams.get('comp');
        if (comp === 'block') entry.blocks.set(url.searchParams.get('blockid') ?? '', body);
        else if (comp === 'blocklist') {
          const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
            (m) => m[1]!,
          );
          entry.data = Buffer.concat(ids.map((id) => entry.blocks.get(id) ?? Buffer.alloc(0)));
        } else entry.data = body;
        res.writeHead(201, { etag: '"fake"', 'last-modified': new Date().toUTCString() });
        res.end();
        return;
      }
      const artifact = this.artifacts.find((a) => a.bytes === entry.data);
      res.writeHead(200, {
        'content-type': entry.mime,
        'content-disposition': `attachment; filename=${artifact?.name ?? 'artifact'}.zip`,
      });
      res.end(entry.data);
      return;
    }

    const failure = this.failures.find((f) => f.times > 0 && f.match.test(`${req.method} ${path}`));
    if (failure) {
      failure.times--;
      return json(failure.status, { message: failure.message }, failure.headers);
    }
    const login = this.tokenLogins[token] ?? BOT;
    if (path === '/user' && req.method === 'GET') {
      if (token.startsWith('ghs_')) return json(403, { message: 'Resource not accessible by integration' });
      return json(200, { login, type: 'User' });
    }
    if (path === '/graphql' && req.method === 'POST') {
      const query = String(JSON.parse(body.toString() || '{}').query ?? '');
      if (/viewer\s*\{\s*login/.test(query)) return json(200, { data: { viewer: { login } } });
      return json(200, { errors: [{ message: 'not in the fake' }] });
    }

    const prefix = `/repos/${REPO.owner}/${REPO.name}`;
    if (!path.startsWith(prefix)) return json(404, { message: 'Not Found' });
    const rest = path.slice(prefix.length);
    let m: RegExpExecArray | null;

    if (rest === '/actions/runs' && req.method === 'GET') {
      const q = url.searchParams;
      const runs = this.runs
        .filter((r) => !q.get('head_sha') || r.head_sha === q.get('head_sha'))
        .filter((r) => !q.get('event') || r.event === q.get('event'))
        .sort((a, b) => b.created_at.localeCompare(a.created_at));
      return json(200, {
        total_count: runs.length,
        workflow_runs: page(runs, q).map((r) => this.runJson(r)),
      });
    }
    if ((m = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest)) && req.method === 'GET') {
      const file = decodeURIComponent(m[1]!);
      const q = url.searchParams;
      const runs = this.runs
        .filter((r) => r.path.endsWith(`/${file}`))
        .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
        .filter((r) => !q.get('event') || r.event === q.get('event'))
        .filter((r) => q.get('status') !== 'success' || r.conclusion === 'success')
        .sort((a, b) => b.created_at.localeCompare(a.created_at));
      return json(200, {
        total_count: runs.length,
        workflow_runs: page(runs, q).map((r) => this.runJson(r)),
      });
    }
    if ((m = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest)) && req.method === 'GET') {
      const runId = Number(m[1]);
      const name = url.searchParams.get('name');
      const list = this.artifacts.filter((a) => a.run_id === runId && (!name || a.name === name));
      return json(200, { total_count: list.length, artifacts: list.map((a) => this.artifactJson(a)) });
    }
    if ((m = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest)) && req.method === 'GET') {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) return json(404, { message: 'Not Found' });
      if (artifact.expired) return json(410, { message: 'Artifact has expired' });
      const key = `dl-${artifact.id}`;
      this.blobs.set(key, { blocks: new Map(), data: artifact.bytes, mime: artifact.mime });
      res.writeHead(302, { location: `${this.url}/blob/${key}?sig=download` });
      res.end();
      return;
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && req.method === 'GET') {
      const file = decodeURIComponent(m[1]!);
      const text = this.files[url.searchParams.get('ref') ?? '']?.[file];
      if (text === undefined) return json(404, { message: 'Not Found' });
      const content = Buffer.from(text).toString('base64');
      return json(200, {
        type: 'file',
        encoding: 'base64',
        path: file,
        name: file.split('/').pop(),
        content,
      });
    }
    if (rest === '/issues' && req.method === 'GET') {
      const q = url.searchParams;
      const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
      const state = q.get('state') ?? 'open';
      const list = this.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      return json(
        200,
        page(list, q).map((i) => this.issueJson(i)),
      );
    }
    if (rest === '/issues' && req.method === 'POST') {
      if (this.readOnlyTokens.has(token)) return forbidden();
      const input = JSON.parse(body.toString()) as { title: string; body?: string; labels?: string[] };
      const issue = this.addIssue({
        title: input.title,
        body: input.body ?? '',
        labels: input.labels ?? [],
        login,
      });
      return json(201, this.issueJson(issue));
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest)) && req.method === 'PATCH') {
      if (this.readOnlyTokens.has(token)) return forbidden();
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return json(404, { message: 'Not Found' });
      const input = JSON.parse(body.toString()) as Partial<Pick<FakeIssue, 'title' | 'body' | 'state'>>;
      Object.assign(issue, input);
      return json(200, this.issueJson(issue));
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (req.method === 'GET') {
        const list = this.comments.filter((c) => c.issue === issue);
        return json(
          200,
          page(list, url.searchParams).map((c) => this.commentJson(c)),
        );
      }
      if (req.method === 'POST') {
        if (this.readOnlyTokens.has(token)) return forbidden();
        const c = { id: this.id(), issue, body: JSON.parse(body.toString()).body as string, login };
        this.comments.push(c);
        return json(201, this.commentJson(c));
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && req.method === 'PATCH') {
      if (this.readOnlyTokens.has(token)) return forbidden();
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return json(404, { message: 'Not Found' });
      c.body = JSON.parse(body.toString()).body as string;
      return json(200, this.commentJson(c));
    }
    if ((m = /^\/issues\/(\d+)\/events$/.exec(rest)) && req.method === 'GET') {
      const issue = Number(m[1]);
      const events = this.labelEvents
        .filter((e) => e.issue === issue)
        .map((e, i) => ({
          id: i + 1,
          event: 'labeled',
          label: { name: e.label },
          actor: { login: e.actor },
          created_at: e.at ?? this.firstSeen(e),
        }));
      return json(200, page(events, url.searchParams));
    }
    if (rest === '/pulls' && req.method === 'GET') {
      const head = url.searchParams.get('head');
      const list = this.pulls
        .map((p) => this.pullJson(p))
        .filter((p) => !head || `${p.head.repo.owner.login}:${p.head.ref}` === head);
      return json(200, page(list, url.searchParams));
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest)) && req.method === 'GET') {
      const pull = this.pulls.find((p) => p.number === Number(m![1]));
      if (!pull) return json(404, { message: 'Not Found' });
      return json(
        200,
        page(
          pull.labels.map((name, i) => ({ id: i + 1, name })),
          url.searchParams,
        ),
      );
    }
    if ((m = /^\/actions\/runs\/(\d+)$/.exec(rest)) && req.method === 'GET') {
      const run = this.runs.find((r) => r.id === Number(m![1]));
      if (!run) return json(404, { message: 'Not Found' });
      return json(200, this.runJson(run));
    }
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && req.method === 'GET') {
      const user = decodeURIComponent(m[1]!);
      const permission = this.permissions[user];
      if (!permission) return json(404, { message: `${user} is not a user` });
      return json(200, { permission, user: { login: user } });
    }
    if ((m = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest)) && req.method === 'GET') {
      const head = decodeURIComponent(m[2]!);
      const baseName = decodeURIComponent(m[1]!);
      const base = this.branches[baseName] ?? baseName;
      if (this.parents.has(base) && this.parents.has(head)) {
        const shared = [...this.reachable(base)].some((c) => this.reachable(head).has(c));
        if (!shared) return json(404, { message: `No common ancestor between ${baseName} and ${head}.` });
        return json(200, {
          ...this.compareInGraph(base, head),
          commits: page(this.commitsInGraph(base, head), url.searchParams),
        });
      }
      if (this.orphanShas.has(head))
        return json(404, { message: `No common ancestor between ${m[1]} and ${head}.` });
      const status = this.offBranchShas.has(head) ? 'diverged' : 'behind';
      return json(200, {
        status,
        ahead_by: status === 'behind' ? 0 : 1,
        behind_by: 1,
        commits: [],
        files: [],
      });
    }
    return json(404, { message: `Not Found: ${req.method} ${rest}` });
  }

  private twirp(method: string, req: Record<string, unknown>, json: (s: number, v: unknown) => void): void {
    const name = String(req.name ?? '');
    const sameName = (a: FakeArtifact) => a.run_id === this.currentRunId && a.name === name;
    switch (method) {
      case 'CreateArtifact': {
        if (this.artifacts.some(sameName))
          return json(409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          });
        const key = `up-${this.id()}`;
        const mime = wrapped(req.mime_type) ?? 'application/zip';
        this.blobs.set(key, { blocks: new Map(), mime });
        this.pending.set(name, { name, mime, key });
        return json(200, { ok: true, signed_upload_url: `${this.url}/blob/${key}?sig=upload` });
      }
      case 'FinalizeArtifact': {
        const p = this.pending.get(name);
        const data = p ? this.blobs.get(p.key)?.data : undefined;
        if (!p || !data) return json(404, { code: 'not_found', msg: 'no upload for this artifact' });
        this.pending.delete(name);
        const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
        const claimed = wrapped(req.hash);
        if (claimed && claimed !== digest)
          return json(400, { code: 'invalid_argument', msg: 'hash mismatch' });
        const artifact: FakeArtifact = {
          id: this.id(),
          run_id: this.currentRunId,
          name,
          expired: false,
          bytes: data,
          mime: p.mime,
          digest,
          created_at: new Date().toISOString(),
        };
        this.artifacts.push(artifact);
        return json(200, { ok: true, artifact_id: String(artifact.id) });
      }
      case 'ListArtifacts': {
        const filter = wrapped(req.name_filter);
        const list = this.artifacts.filter(
          (a) => a.run_id === this.currentRunId && (!filter || a.name === filter),
        );
        return json(200, {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: 'run-backend',
            workflow_job_run_backend_id: 'job-backend',
            database_id: String(a.id),
            name: a.name,
            size: String(a.bytes.length),
            created_at: a.created_at,
            digest: a.digest,
          })),
        });
      }
      case 'DeleteArtifact': {
        const before = this.artifacts.length;
        this.artifacts = this.artifacts.filter((a) => !sameName(a));
        if (this.artifacts.length === before) return json(404, { code: 'not_found', msg: 'not found' });
        return json(200, { ok: true, artifact_id: '0' });
      }
      default:
        return json(404, { code: 'bad_route', msg: `no method ${method}` });
    }
  }

  private runJson(r: FakeRun) {
    return {
      id: r.id,
      path: r.path,
      event: r.event,
      head_branch: r.head_branch,
      head_sha: r.head_sha,
      status: 'completed',
      conclusion: r.conclusion,
      created_at: r.created_at,
      html_url: `https://github.com/${REPO.owner}/${REPO.name}/actions/runs/${r.id}`,
      repository: { id: REPO.id, full_name: `${REPO.owner}/${REPO.name}` },
      head_repository: {
        id: r.head_repository_id,
        full_name: r.head_repository_id === REPO.id ? `${REPO.owner}/${REPO.name}` : `fork/${REPO.name}`,
      },
      pull_requests: (r.pull_requests ?? []).map((p) => ({
        number: p.number,
        head: { sha: p.head_sha, ref: r.head_branch },
        base: { ref: REPO.default_branch },
      })),
    };
  }

  private pullJson(p: FakePull) {
    const repo = p.head_repo ?? `${REPO.owner}/${REPO.name}`;
    return {
      number: p.number,
      state: 'open',
      head: {
        sha: p.head_sha,
        ref: p.head_ref ?? `feature-${p.number}`,
        repo: { full_name: repo, owner: { login: repo.split('/')[0]! } },
      },
      labels: p.labels.map((name) => ({ name })),
    };
  }

  private artifactJson(a: FakeArtifact) {
    return {
      id: a.id,
      name: a.name,
      size_in_bytes: a.bytes.length,
      expired: a.expired,
      digest: a.digest,
      created_at: a.created_at,
      workflow_run: { id: a.run_id },
    };
  }

  private issueJson(i: FakeIssue) {
    return {
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels.map((name) => ({ name })),
      user: { login: i.login, type: i.login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/${REPO.owner}/${REPO.name}/issues/${i.number}`,
    };
  }

  private commentJson(c: FakeComment) {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
    };
  }
}

/** A google.protobuf.StringValue in Twirp JSON: the bare string (or, from some clients, `{ value }`). */
function wrapped(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { value?: unknown }).value === 'string')
    return (v as { value: string }).value;
  return undefined;
}

function page<T>(list: T[], q: URLSearchParams): T[] {
  const per = Number(q.get('per_page') ?? 30);
  const p = Number(q.get('page') ?? 1);
  return list.slice((p - 1) * per, p * per);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}
