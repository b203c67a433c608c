import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import { PINNED_VEGETA_VERSION } from '../vegeta-version.js';
import { projectRoot } from './project-root.js';

export interface VegetaLocation {
  path: string;
  /** Where it was found, for messages: `--vegeta`, `VEGETA_PATH`, `pinned build`, `PATH`. */
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

/** The project's pinned build, `.tools/vegeta-<version>/vegeta` (scripts/ensure-vegeta.sh), when it exists. */
export function pinnedVegetaPath(root: string | undefined = projectRoot()): string | undefined {
  if (!root) return undefined;
  const path = join(root, '.tools', `vegeta-${PINNED_VEGETA_VERSION}`, 'vegeta');
  return existsSync(path) ? path : undefined;
}

/**
 * Finds vegeta in this order: the `--vegeta` flag (action input `vegeta-path`), `VEGETA_PATH`, the project's pinned
 * build, `PATH`. An explicit choice that does not work is an error, never silently replaced by another vegeta.
 */
export function locateVegeta(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): VegetaLocation {
  for (const [value, source] of [
    [flag, '--vegeta'],
    [env.VEGETA_PATH, 'VEGETA_PATH'],
  ] as const) {
    if (!value) continue;
    const path = resolve(cwd, value);
    if (!isExecutable(path))
      throw new PerfGateError(
        `vegeta not found at ${path} (from ${source})`,
        `Point ${source} at an executable vegeta binary, or leave it unset to use the pinned build`,
      );
    return { path, source };
  }
  const pinned = pinnedVegetaPath();
  if (pinned && isExecutable(pinned))
    return { path: pinned, source: `pinned build ${PINNED_VEGETA_VERSION}` };
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, 'vegeta');
    if (isExecutable(path)) return { path, source: 'PATH' };
  }
  throw new PerfGateError(
    'vegeta was not found (looked at --vegeta, VEGETA_PATH, the pinned build in .tools/ and PATH)',
    `Build the pinned vegeta ${PINNED_VEGETA_VERSION} with \`npm run vegeta:build\` (needs Go), or pass --vegeta <path> or set VEGETA_PATH`,
  );
}

/**
 * The version scripts/ensure-vegeta.sh recorded beside a binary it built (`.built`), since a `go install` build
 * reports none itself; undefined for any other vegeta.
 */
export function builtVegetaVersion(path: string): string | undefined {
  try {
    const text = readFileSync(join(dirname(path), '.built'), 'utf8').trim();
    return /^v\d+\.\d+\.\d+$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
