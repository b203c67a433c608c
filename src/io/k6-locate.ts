/**
 * k6's entry in tool-locate.ts: only its ToolSpec (names, variable, pinned version). k6-locate.ts and vegeta-locate.ts
 * have the same shape on purpose: the finding rule is written once, in tool-locate.ts (locatorFor, pinnedToolPath).
 */
import { PINNED_K6_VERSION } from '../k6-version.js';
import { projectRoot } from './project-root.js';
import { INPUT, OPTIONS } from '../options/spec.js';
import { locatorFor, pinnedToolPath, type ToolLocation, type ToolSpec } from './tool-locate.js';

export type K6Location = ToolLocation;

const K6: ToolSpec = {
  name: 'k6',
  flag: `--${OPTIONS.k6Path.cli.flag}`,
  input: INPUT.k6Path,
  actionFallback: 'k6-version is installed',
  envVar: 'K6_PATH',
  version: PINNED_K6_VERSION,
  buildScript: 'k6:build',
};

/** The project's pinned build, `.tools/k6-<version>/k6`, when it exists. */
export function pinnedK6Path(root: string | undefined = projectRoot()): string | undefined {
  return pinnedToolPath(K6, root);
}

/**
 * Finds k6 in this order: the `--k6` flag, `K6_PATH`, the project's pinned build, `PATH` (see tool-locate.ts).
 */
export const locateK6 = locatorFor(K6);
