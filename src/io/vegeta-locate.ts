/**
 * vegeta's entry in tool-locate.ts: only its ToolSpec (names, variable, pinned version). k6-locate.ts and vegeta-locate.ts
 * have the same shape on purpose: the finding rule is written once, in tool-locate.ts (locatorFor, pinnedToolPath).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PINNED_VEGETA_VERSION } from '../vegeta-version.js';
import { projectRoot } from './project-root.js';
import { INPUT, OPTIONS } from '../options/spec.js';
import { locatorFor, pinnedToolPath, type ToolLocation, type ToolSpec } from './tool-locate.js';

export type VegetaLocation = ToolLocation;

const VEGETA: ToolSpec = {
  name: 'vegeta',
  flag: `--${OPTIONS.vegetaPath.cli.flag}`,
  input: INPUT.vegetaPath,
  actionFallback: 'vegeta on PATH is used',
  envVar: 'VEGETA_PATH',
  version: PINNED_VEGETA_VERSION,
  buildScript: 'vegeta:build',
};

/** The project's pinned build, `.tools/vegeta-<version>/vegeta` (scripts/ensure-vegeta.sh), when it exists. */
export function pinnedVegetaPath(root: string | undefined = projectRoot()): string | undefined {
  return pinnedToolPath(VEGETA, root);
}

/**
 * Finds vegeta in this order: the `--vegeta` flag (action input `vegeta-path`), `VEGETA_PATH`, the project's pinned
 * build, `PATH` (see tool-locate.ts).
 */
export const locateVegeta = locatorFor(VEGETA);

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
