import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import { isCheckout, projectRoot } from './project-root.js';

/** A load generator perf-gate runs as a separate process: k6 or vegeta. */
export interface ToolSpec {
  /** The binary's name, as on PATH and in `.tools/<name>-<version>/<name>`. */
  name: string;
  /** The command-line flag that names it, e.g. `--k6`. */
  flag: string;
  /** The action input that names it, e.g. `k6-path`. */
  input: string;
  /** In the action, what happens when neither the input nor the variable is set, e.g. `k6-version is installed`. */
  actionFallback: string;
  /** The environment variable that names it, e.g. `K6_PATH`. */
  envVar: string;
  /** The pinned version (package.json `perfGate`). */
  version: string;
  /** The npm script that builds the pinned version. */
  buildScript: string;
}

export interface ToolLocation {
  path: string;
  /** Where it was found, for messages: the flag, the variable, `pinned build <version>`, `PATH`. */
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

/** The project's pinned build, `.tools/<name>-<version>/<name>`, when it exists. */
export function pinnedToolPath(tool: ToolSpec, root: string | undefined = projectRoot()): string | undefined {
  if (!root) return undefined;
  const path = join(root, '.tools', `${tool.name}-${tool.version}`, tool.name);
  return existsSync(path) ? path : undefined;
}

/** Where the binary was asked for: the CLI's flag, or the action's input (messages use that surface's words). */
export type ToolSurface = 'cli' | 'action';

/**
 * Finds a tool in this order: its flag (the action's input), its environment variable, the project's pinned build,
 * `PATH`. An explicit choice (flag, input or variable) that does not work is an error, never silently replaced by
 * another binary; every message names the choice as the user made it. `root` is the perf-gate package directory: a
 * checkout (which can build the pinned version) or an installed package (which cannot, so the CLI's error names only
 * the flag, the variable and PATH).
 */
export function locateTool(
  tool: ToolSpec,
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
  surface: ToolSurface = 'cli',
  root: string | undefined = projectRoot(),
): ToolLocation {
  const option = surface === 'cli' ? tool.flag : `input '${tool.input}'`;
  for (const [value, source] of [
    [given, option],
    [env[tool.envVar], tool.envVar],
  ] as const) {
    if (!value) continue;
    const path = resolve(cwd, value);
    if (!isExecutable(path))
      throw new PerfGateError(
        `${tool.name} not found at ${path} (from ${source})`,
        `Point ${source} at an executable ${tool.name} binary, or leave it unset ${surface === 'cli' ? 'to use the pinned build' : `(${tool.actionFallback})`}`,
      );
    return { path, source };
  }
  const pinned = pinnedToolPath(tool, root);
  if (pinned && isExecutable(pinned)) return { path: pinned, source: `pinned build ${tool.version}` };
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, tool.name);
    if (isExecutable(path)) return { path, source: 'PATH' };
  }
  const checkout = root !== undefined && isCheckout(root);
  const lookedAt = checkout
    ? `${option}, ${tool.envVar}, the pinned build in .tools/ and PATH`
    : `${option}, ${tool.envVar} and PATH`;
  if (surface === 'action')
    throw new PerfGateError(
      `${tool.name} was not found (looked at ${lookedAt})`,
      `Install ${tool.name} in an earlier step, or set ${option} (or ${tool.envVar}) to its path`,
    );
  throw new PerfGateError(
    `${tool.name} was not found (looked at ${lookedAt})`,
    checkout
      ? `Build the pinned ${tool.name} ${tool.version} with \`npm run ${tool.buildScript}\` (needs Go), or pass ${tool.flag} <path> or set ${tool.envVar}`
      : `Install ${tool.name} (perf-gate is tested with ${tool.version}) and put it on PATH, or pass ${tool.flag} <path> or set ${tool.envVar}`,
  );
}

/** A tool's own locate function: locateTool for that tool, the surface (CLI or action) naming its option. */
export const locatorFor =
  (tool: ToolSpec) =>
  (
    given: string | undefined,
    env: NodeJS.ProcessEnv,
    cwd: string,
    surface: ToolSurface = 'cli',
  ): ToolLocation =>
    locateTool(tool, given, env, cwd, surface);
