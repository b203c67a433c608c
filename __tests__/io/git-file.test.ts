/** Reading a file as a commit of the local checkout has it, for the gate's configuration at a base commit. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitFileAt, hasCommit } from '../../src/io/git-file.js';
import { git } from '../support/git-repo.js';

describe('gitFileAt / hasCommit', () => {
  let repo: string;
  let first: string;
  let second: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'pg-git-file-'));
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'perf'));
    writeFileSync(join(repo, 'perf', 'perf-gate.config.json'), '{"tolerance": "10%"}\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'first');
    first = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'perf', 'perf-gate.config.json'), '{"tolerance": "1000%"}\n');
    git(repo, 'commit', '-qam', 'second');
    second = git(repo, 'rev-parse', 'HEAD');
  });

  it('reads the file as each commit has it, not as the work tree does', async () => {
    expect(await gitFileAt(repo, first, 'perf/perf-gate.config.json')).toBe('{"tolerance": "10%"}\n');
    expect(await gitFileAt(repo, second, 'perf/perf-gate.config.json')).toBe('{"tolerance": "1000%"}\n');
  });

  it('gives undefined for a missing file or a directory', async () => {
    expect(await gitFileAt(repo, first, 'perf-gate.config.json')).toBeUndefined();
    expect(await gitFileAt(repo, first, 'perf')).toBeUndefined();
  });

  it('knows which commits the checkout holds, and refuses what is no commit id', async () => {
    expect(await hasCommit(repo, first)).toBe(true);
    expect(await hasCommit(repo, 'f'.repeat(40))).toBe(false);
    expect(await hasCommit(repo, 'HEAD')).toBe(false);
    expect(await hasCommit(tmpdir(), first)).toBe(false);
    expect(await gitFileAt(repo, '--output=/tmp/x', 'a')).toBeUndefined();
  });
});
