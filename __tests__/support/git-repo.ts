/**
 * Temporary git repositories for the tests of `start` (io/git-worktree, the e2e and the bundled action): a git
 * runner with a fixed identity, and a repository holding a tiny node service and a k6 script against it, whose
 * default branch answers in 20 ms and whose branch holds a change. (local-baseline-by-commit and cli-base-commit keep
 * their own git runner, with a HOME and system config of their own.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `git <args>` in `cwd` with a fixed author; its trimmed output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

/** The service: answers every request after `delayMs` on 127.0.0.1:PORT, and says so on stdout once it listens. */
export const tinyServer = (delayMs: number): string => `const http = require('node:http');
http.createServer((req, res) => setTimeout(() => res.end('ok'), ${delayMs}))
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on ' + process.env.PORT));
`;

/** 30 requests a second for 4 s against BASE_URL: a small load, one A/B arm. */
const SCRIPT = `import http from 'k6/http';
export const options = {
  scenarios: {
    load: { executor: 'constant-arrival-rate', rate: 30, timeUnit: '1s', duration: '4s', preAllocatedVUs: 10, maxVUs: 40 },
  },
};
export default function () {
  http.get(__ENV.BASE_URL + '/items');
}
`;

/**
 * A repository whose `main` holds the 20 ms service (`server.js`), the script (`load.js`) and a README; the branch
 * `branch` changes `head` (file name -> text) in one commit. Left on `checkout` (the branch by default).
 */
export function serviceRepository(
  head: Record<string, string>,
  { branch = 'change', checkout = branch }: { branch?: string; checkout?: string } = {},
): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-service-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'server.js'), tinyServer(20));
  writeFileSync(join(dir, 'load.js'), SCRIPT);
  writeFileSync(join(dir, 'README.md'), 'A service.\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'the service');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', branch);
  for (const [file, text] of Object.entries(head)) writeFileSync(join(dir, file), text);
  git(dir, 'commit', '-q', '-am', 'the change');
  const headCommit = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', checkout);
  return { dir, base, head: headCommit };
}
