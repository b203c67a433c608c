import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import { PINNED_K6_VERSION } from '../k6-version.js';
import { projectRoot } from './project-root.js';

export interface K6Location {
  path: string;
  /** Where it was found, for messages: `--k6`, `K6_PATH`, `pinned build`, `PATH`. */
  source: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The project's pinned build, `.tools/k6-<version>/k6`, when it exists. */
export function pinnedK6Path(root: string | undefined = projectRoot()): string | undefined {
  if (!root) return undefined;
  const path = join(root, '.tools', `k6-${PINNED_K6_VERSION}`, 'k6');
  return existsSync(path) ? path : undefined;
}

/**
 * Finds k6 in this order: the `--k6` flag, `K6_PATH`, the project's pinned build, `PATH`.
 * An explicit choice (flag or K6_PATH) that does not work is an error, never silently replaced by another k6.
 */
export function locateK6(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): K6Location {
  for (const [value, source] of [
    [flag, '--k6'],
    [env.K6_PATH, 'K6_PATH'],
  ] as const) {
    if (!value) continue;
    const path = resolve(cwd, value);
    if (!isExecutable(path)) {
      throw new PerfGateError(
        `k6 not found at ${path} (from ${source})`,
        `Point ${source} at an executable k6 binary, or leave it unset to use the pinned build`,
      );
    }
    return { path, source };
  }
  const pinned = pinnedK6Path();
  if (pinned && isExecutable(pinned)) return { path: pinned, source: `pinned build ${PINNED_K6_VERSION}` };
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, 'k6');
    if (isExecutable(path)) return { path, source: 'PATH' };
  }
  throw new PerfGateError(
    'k6 was not found (looked at --k6, K6_PATH, the pinned build in .tools/ and PATH)',
    `Build the pinned k6 ${PINNED_K6_VERSION} with \`npm run k6:build\` (needs Go), or pass --k6 <path> or set K6_PATH`,
  );
}
