import type { ParseArgsConfig } from 'node:util';
import type { Logger } from '../io/logger.js';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

/** What every command receives besides its arguments. */
export interface CliContext {
  logger: Logger;
  cwd: string;
  /** Writes to standard output (reports, tables); logs go to the logger (stderr). */
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
}

export interface CliArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
}

/** One sub-command of `perf-gate`. The registry is src/cli/commands/index.ts. */
export interface CliCommand {
  name: string;
  /** One line for `perf-gate --help`. */
  summary: string;
  /** The full usage text for `perf-gate <name> --help`. */
  usage: string;
  options: CliOptions;
  /** Returns the exit code: 0 pass, 1 gate failed, 2 usage or infrastructure error. */
  run(args: CliArgs, ctx: CliContext): Promise<number>;
}
