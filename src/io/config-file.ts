import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PerfGateError } from '../errors.js';
import { CONFIG_FILE_NAMES, parseGateFileConfig, type GateFileConfig } from '../options/config-file.js';

/** Where the config file may be: the one given (`--config`, input `config`), else the default names in `cwd`. */
const candidatesIn = (cwd: string, explicit?: string): string[] =>
  explicit
    ? [isAbsolute(explicit) ? explicit : resolve(cwd, explicit)]
    : CONFIG_FILE_NAMES.map((n) => join(cwd, n));

/**
 * Finds and reads the gate config file: the one given (`--config`, input `config`), else the first of
 * perf-gate.config.json / .yml / .yaml in `cwd`; undefined when there is none. A file that was asked for and is
 * missing is an error; so is any mistake inside it (see options/config-file.ts).
 */
export async function loadGateFileConfig(
  cwd: string,
  explicit?: string,
): Promise<GateFileConfig | undefined> {
  for (const path of candidatesIn(cwd, explicit)) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) continue;
      throw new PerfGateError(
        `cannot read the config file ${explicit ?? path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        'Check the path given to --config (input config)',
      );
    }
    return parseGateFileConfig(relative(cwd, path) || path, text);
  }
  return undefined;
}

/** A commit whose files can be read by their path in the repository (GitHub's contents API). */
export interface CommitFiles {
  /** How messages name it: `the pull request's base commit 1a2b3c4`. */
  what: string;
  /** The file's text at the commit; undefined when the commit has no such file. */
  read(repoPath: string): Promise<string | undefined>;
}

/**
 * The same config file as loadGateFileConfig finds in a checkout of `root`, as another commit has it: the same
 * candidates, read by their path in the repository. `outside` when the file is not in the repository (an absolute
 * path elsewhere on the runner): no commit holds it. A commit without the file gives undefined, even for an
 * explicit path (the pull request adds it); a mistake inside the file names the commit.
 */
export async function loadGateFileConfigAt(
  commit: CommitFiles,
  root: string,
  cwd: string,
  explicit?: string,
): Promise<GateFileConfig | undefined | 'outside'> {
  const candidates = candidatesIn(cwd, explicit).map((path) => ({ path, repoPath: relative(root, path) }));
  if (
    candidates.some(
      (c) =>
        c.repoPath === '' ||
        c.repoPath === '..' ||
        c.repoPath.startsWith(`..${sep}`) ||
        isAbsolute(c.repoPath),
    )
  )
    return 'outside';
  for (const { path, repoPath } of candidates) {
    const text = await commit.read(repoPath.split(sep).join('/'));
    if (text === undefined) continue;
    try {
      return parseGateFileConfig(relative(cwd, path) || path, text);
    } catch (err) {
      if (!(err instanceof PerfGateError)) throw err;
      throw new PerfGateError(`${err.message} (as ${commit.what} has it)`, err.hint);
    }
  }
  return undefined;
}
