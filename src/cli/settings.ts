import { loadGateFileConfig } from '../io/config-file.js';
import type { MetricRule } from '../domain/gate-config.js';
import { defaultsFor, layered, type OptionValues } from '../options/read.js';
import type { CliContext } from './command.js';

/** A command's settings: the spec's defaults, then the config file (when there is one), then the flags. */
export async function settingsFor(
  given: OptionValues,
  ctx: CliContext,
): Promise<{ values: OptionValues; fileRules: MetricRule[] }> {
  const file = await loadGateFileConfig(ctx.cwd, given.config);
  if (file) ctx.logger.debug(`settings from ${file.file}`);
  return { values: layered(defaultsFor('cli'), file?.values ?? {}, given), fileRules: file?.rules ?? [] };
}
