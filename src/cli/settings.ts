import { PerfGateError } from '../errors.js';
import type { BaselineSavePolicy } from '../domain/outcome.js';
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

/**
 * What the local commands that store runs (`run`, `vegeta`, `capacity`) do with this run: `--save-baseline`
 * replaces the stored runs, `--add-baseline` adds to them, `--read-only` stores nothing, and by default the first run
 * becomes the baseline.
 */
export function savePolicyFrom(given: OptionValues): BaselineSavePolicy {
  const flags = (['replaceBaseline', 'addBaseline', 'readOnly'] as const).filter((f) => given[f]);
  if (flags.length > 1)
    throw new PerfGateError(
      '--save-baseline, --add-baseline and --read-only contradict each other',
      'Pick one',
    );
  if (given.replaceBaseline) return 'replace';
  if (given.addBaseline) return 'append';
  return given.readOnly ? 'never' : 'auto';
}
