import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import { CONFIG_FILE_NAMES, parseGateFileConfig, type GateFileConfig } from '../options/config-file.js';

/**
 * Finds and reads the gate config file: the one given (`--config`, input `config`), else the first of
 * perf-gate.config.json / .yml / .yaml in `cwd`; undefined when there is none. A file that was asked for and is
 * missing is an error; so is any mistake inside it (see options/config-file.ts).
 */
export async function loadGateFileConfig(
  cwd: string,
  explicit?: string,
): Promise<GateFileConfig | undefined> {
  const candidates = explicit
    ? [isAbsolute(explicit) ? explicit : resolve(cwd, explicit)]
    : CONFIG_FILE_NAMES.map((n) => join(cwd, n));
  for (const path of candidates) {
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
