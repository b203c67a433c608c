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

/**
 * The same logger, saying each warning once per process. A warning is raised where it is found (a metrics URL
 * that never answered, seen live while k6 runs) and carried in the run's summary, whose warnings are logged again
 * when the run ends and the report is judged: without this the same text reached the log two or three times.
 */
export function warningsOnce(logger: Logger): Logger {
  const said = new Set<string>();
  return {
    info: (m) => logger.info(m),
    warn: (m) => {
      if (said.has(m)) return;
      said.add(m);
      logger.warn(m);
    },
    error: (m) => logger.error(m),
    debug: (m) => logger.debug(m),
    group: (title, fn) => logger.group(title, fn),
    progress: (line) => logger.progress(line),
  };
}
