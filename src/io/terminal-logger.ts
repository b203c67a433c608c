import type { Logger } from './logger.js';

export interface TerminalLoggerOptions {
  /** The stream logs go to (stderr, so stdout stays clean for reports). */
  stream: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  color: boolean;
  debug: boolean;
}

const paint = (on: boolean, code: string, text: string): string =>
  on ? `\x1b[${code}m${text}\x1b[0m` : text;

/**
 * The CLI's logger: plain lines on stderr, colour only when asked (the caller decides from TTY and NO_COLOR),
 * a progress line that redraws in place on a terminal and is printed at most every 10 s elsewhere (CI logs).
 */
export class TerminalLogger implements Logger {
  private progressShown = false;
  private lastProgressAt = 0;

  constructor(private readonly options: TerminalLoggerOptions) {}

  private get tty(): boolean {
    return Boolean(this.options.stream.isTTY);
  }

  private line(text: string): void {
    this.progress(null);
    this.options.stream.write(`${text}\n`);
  }

  info(message: string): void {
    this.line(message);
  }
  warn(message: string): void {
    this.line(`${paint(this.options.color, '33', 'warning:')} ${message}`);
  }
  error(message: string): void {
    this.line(`${paint(this.options.color, '31', 'error:')} ${message}`);
  }
  debug(message: string): void {
    if (this.options.debug) this.line(paint(this.options.color, '2', message));
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.line(paint(this.options.color, '1', `▸ ${title}`));
    return fn();
  }
  progress(line: string | null): void {
    if (this.tty) {
      if (line === null) {
        if (this.progressShown) this.options.stream.write('\r\x1b[2K');
        this.progressShown = false;
        return;
      }
      // Redraw at most 10 times a second: progress arrives once per megabyte of k6 output.
      const now = performance.now();
      if (this.progressShown && now - this.lastProgressAt < 100) return;
      this.lastProgressAt = now;
      this.options.stream.write(`\r\x1b[2K${paint(this.options.color, '2', line)}`);
      this.progressShown = true;
      return;
    }
    if (line === null) return;
    const now = performance.now();
    if (now - this.lastProgressAt < 10_000) return;
    this.lastProgressAt = now;
    this.options.stream.write(`${line}\n`);
  }
}
