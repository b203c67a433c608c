import * as core from '@actions/core';
import type { Logger } from '../io/logger.js';
import { escapeWorkflowCommands } from '../render/escape.js';

/**
 * The pipeline's logger on a runner: collapsible groups, warnings as annotations, debug only with step debug
 * logging on, and progress at most every 10 s so the log stays calm.
 */
export class ActionsLogger implements Logger {
  private lastProgress = 0;
  info(message: string): void {
    // core.info prints as is (warning, error and debug escape their text): a reason or tag value holding a line
    // that starts with `::` would be run as a workflow command.
    core.info(escapeWorkflowCommands(message));
  }
  warn(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  debug(message: string): void {
    core.debug(message);
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }
  progress(line: string | null): void {
    if (line === null) return;
    const now = performance.now();
    if (now - this.lastProgress < 10_000) return;
    this.lastProgress = now;
    core.info(escapeWorkflowCommands(line));
  }
}
