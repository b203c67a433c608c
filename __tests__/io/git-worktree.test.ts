/**
 * The base version's checkout with real git: a ref or the merge base resolved, a commit a shallow clone lacks
 * fetched from its origin, the worktree added outside the checkout (the working directory's counterpart inside it)
 * and removed again.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/errors.js';
import { cancelAll } from '../../src/io/cancellation.js';
import { git } from '../support/git-repo.js';
import { addBaseWorktree, checkoutBase, resolveBase } from '../../src/io/git-worktree.js';

/** A repository with `main` (the service at version 1) and a branch `feature` (version 2), on the branch. */
function repository(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'git-worktree-'));
  git(dir, 'init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'svc'));
  writeFileSync(join(dir, 'svc', 'version.txt'), '1\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(dir, 'svc', 'version.txt'), '2\n');
  git(dir, 'commit', '-q', '-am', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

const errorOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'no error',
    (err: unknown) => describeError(err),
  );

describe('resolveBase', () => {
  it('resolves a ref; without one, the merge base with the default branch', async () => {
    const { dir, base, head } = repository();
    expect(await resolveBase(dir, 'main')).toBe(base);
    expect(await resolveBase(dir, 'HEAD')).toBe(head);
    expect(await resolveBase(dir, undefined)).toBe(base);
  });

  it('names a ref that resolves to nothing, and refuses one that reads as an option', async () => {
    const { dir } = repository();
    expect(await errorOf(resolveBase(dir, 'no-such-branch'))).toMatch(
      /the base ref "no-such-branch" names no commit of the checkout/,
    );
    expect(await errorOf(resolveBase(dir, '--output=x'))).toMatch(/is not a ref/);
  });

  it('on the default branch itself there is no merge base to take: the error says to name one', async () => {
    const { dir } = repository();
    git(dir, 'checkout', '-q', 'main');
    expect(await errorOf(resolveBase(dir, undefined))).toMatch(
      /no base version to compare with: .* is on the default branch itself.*\. Name the base with --base-ref/,
    );
  });

  it('fetches a base commit a shallow clone lacks from its origin (depth 1)', async () => {
    const { dir, base, head } = repository();
    const clone = join(mkdtempSync(join(tmpdir(), 'git-shallow-')), 'clone');
    git(tmpdir(), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${dir}`, clone);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(head);
    expect(() => git(clone, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    expect(await resolveBase(clone, base)).toBe(base);
    expect(git(clone, 'cat-file', '-t', base)).toBe('commit');
  });

  it('a commit the origin does not have either is an error naming the fetch', async () => {
    const { dir } = repository();
    const clone = join(mkdtempSync(join(tmpdir(), 'git-shallow-')), 'clone');
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    expect(await errorOf(resolveBase(clone, 'f'.repeat(40)))).toMatch(
      /the base commit ffffffffffff is not in this checkout and `git fetch --depth=1 origin ffffffffffff` failed/,
    );
  });
});

describe('addBaseWorktree', () => {
  it("checks the base out outside the checkout, the working directory's counterpart inside, and removes it", async () => {
    const { dir, base } = repository();
    const checkout = await addBaseWorktree(join(dir, 'svc'), base);
    expect(checkout.commit).toBe(base);
    expect(checkout.dir.startsWith(dir)).toBe(false);
    expect(checkout.dir.endsWith('/svc')).toBe(true);
    expect(readFileSync(join(checkout.dir, 'version.txt'), 'utf8')).toBe('1\n');
    expect(readFileSync(join(dir, 'svc', 'version.txt'), 'utf8')).toBe('2\n'); // the head is untouched
    expect(git(dir, 'worktree', 'list')).toContain(checkout.dir.replace(/\/svc$/, ''));
    await checkout.remove();
    expect(existsSync(checkout.dir)).toBe(false);
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('is removed on cancellation (registered with cancellation.ts)', async () => {
    const { dir, base } = repository();
    const checkout = await addBaseWorktree(dir, base);
    expect(existsSync(checkout.dir)).toBe(true);
    await cancelAll(100);
    expect(existsSync(checkout.dir)).toBe(false);
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('checkoutBase resolves and checks out in one step', async () => {
    const { dir, base } = repository();
    const checkout = await checkoutBase(dir, 'main');
    expect(checkout.commit).toBe(base);
    expect(readFileSync(join(checkout.dir, 'svc', 'version.txt'), 'utf8')).toBe('1\n');
    await checkout.remove();
  });
});
