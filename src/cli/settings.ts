import { loadGateFileConfig } from '../io/config-file.js';
import { buildRequest, type BuiltRequest, type GateCommand } from '../options/request.js';
import type { CliArgs, CliContext } from './command.js';
import { gitInfo } from './git-info.js';

/**
 * A command's gate request: the spec's defaults, then the config file (when there is one), then the flags, built by
 * the one request builder with the command's positional arguments (the script or targets file, then the arguments
 * for the load generator).
 */
export async function requestFor(
  command: GateCommand,
  { given, positionals }: CliArgs,
  ctx: CliContext,
): Promise<BuiltRequest> {
  const file = await loadGateFileConfig(ctx.cwd, given.config);
  if (file) ctx.logger.debug(`settings from ${file.file}`);
  const git =
    command === 'compare' || command === 'ab' || command === 'trend' ? undefined : await gitInfo(ctx.cwd);
  return buildRequest(given, file, {
    surface: 'cli',
    command,
    cwd: ctx.cwd,
    ...(git ? { git } : {}),
    positionals,
  });
}
