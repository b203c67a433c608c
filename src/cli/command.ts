import type { Logger } from '../io/logger.js';
import type { OptionValues } from '../options/read.js';
import type { CommandName } from '../options/spec.js';
import { optionsHelp } from './flags.js';

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
  /** The options given on the command line, parsed and validated by the spec (defaults not applied). */
  given: OptionValues;
  positionals: string[];
}

/** One sub-command of `perf-gate`. The registry is src/cli/commands/index.ts; its options are in the spec. */
export interface CliCommand {
  name: CommandName;
  /** One line for `perf-gate --help`. */
  summary: string;
  /** The usage line without `Usage: `, e.g. `perf-gate merge <run.json>... --out <merged.json>`. */
  synopsis: string;
  /** What the command does, a short paragraph. */
  description: string;
  /** Returns the exit code: 0 pass, 1 gate failed, 2 usage or infrastructure error. */
  run(args: CliArgs, ctx: CliContext): Promise<number>;
}

const EXIT_CODES =
  "Exit codes: 0 pass (or no baseline yet), 1 the gate failed (a regression, or k6's thresholds failed),\n2 usage or infrastructure error (nothing is written to a baseline then).";

/** The full `perf-gate <command> --help` text: the synopsis, the description and the options from the spec. */
export function usageOf(command: CliCommand): string {
  return `Usage: ${command.synopsis}\n\n${command.description.trim()}\n\nOptions:\n${optionsHelp(command.name)}\n\n${EXIT_CODES}\n`;
}
