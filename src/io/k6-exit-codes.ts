/**
 * k6's process exit codes (errext/exitcodes) and what perf-gate makes of them: 0 and 99 (thresholds failed)
 * mean the test ran and produced results; everything else means it did not run as intended.
 */
const MEANINGS: Record<number, string> = {
  97: 'the cloud test failed',
  98: 'the cloud test progress could not be read',
  99: "k6's thresholds failed",
  100: 'setup() timed out',
  101: 'teardown() timed out',
  102: 'a timeout was reached',
  103: 'the test was stopped through the REST API',
  104: 'the k6 configuration is invalid (options or a threshold expression)',
  105: 'k6 was interrupted (SIGINT/SIGTERM)',
  106: "k6's REST API could not start",
  107: 'the script threw an exception (in init, setup or teardown) or could not be loaded',
  108: 'the script called test.abort()',
  109: 'k6 crashed (Go panic)',
  110: 'the script called exec.test.fail()',
  255: 'k6 failed with an uncoded error',
};

export const K6_THRESHOLDS_FAILED = 99;

/** True when the run completed and its samples can be judged (0, or 99: a verdict, not a crash). */
export function k6RunCompleted(code: number): boolean {
  return code === 0 || code === K6_THRESHOLDS_FAILED;
}

export function describeK6Exit(code: number): string {
  return MEANINGS[code] ?? `k6 exited with code ${code}`;
}
