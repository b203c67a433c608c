/**
 * The one error type perf-gate raises on purpose: bad input, a missing tool, an unreadable baseline.
 * Both entry points turn it into one line (what is wrong, then what to do) and exit code 2.
 * A regression is never an error: it is a verdict in the Report.
 */
export class PerfGateError extends Error {
  /** What the user should do next, shown after the message. */
  readonly hint: string | undefined;
  readonly exitCode = 2;

  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PerfGateError';
    this.hint = hint;
  }
}

/** Exit codes, the same for every command and for the action's outcome. */
export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

/** One line for an error: the message plus the hint, for anything thrown. */
export function describeError(err: unknown): string {
  if (err instanceof PerfGateError) return err.hint ? `${err.message}. ${err.hint}` : err.message;
  if (err instanceof Error) return `unexpected error: ${err.message}`;
  return `unexpected error: ${String(err)}`;
}
