/**
 * The logger the pipeline writes to. The CLI prints to stderr (colour only on a TTY); the action maps these to
 * @actions/core (groups, warnings, debug). Nothing else in the pipeline writes to the console.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Runs `fn` inside a titled, collapsible section (an Actions log group, a heading in a terminal). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** A transient progress line (overwritten in a terminal, throttled in CI); call with null to clear. */
  progress(line: string | null): void;
}

/** A logger that records everything, for tests. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(m: string): void {
    this.lines.push(`info: ${m}`);
  }
  warn(m: string): void {
    this.lines.push(`warn: ${m}`);
  }
  error(m: string): void {
    this.lines.push(`error: ${m}`);
  }
  debug(m: string): void {
    this.lines.push(`debug: ${m}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${title}`);
    return fn();
  }
  progress(): void {}
}
