import type { CliCommand } from '../command.js';
import { command as ab } from './ab.js';
import { command as capacity } from './capacity.js';
import { command as compare } from './compare.js';
import { command as merge } from './merge.js';
import { command as run } from './run.js';
import { command as summarize } from './summarize.js';
import { command as trend } from './trend.js';
import { command as vegeta } from './vegeta.js';

/** Every `perf-gate` command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [run, vegeta, ab, capacity, compare, summarize, merge, trend];
