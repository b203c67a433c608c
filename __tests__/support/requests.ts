/** What the one request builder makes of a command line or of action inputs, for the options tests. */
import { readActionConfig } from '../../src/action/inputs.js';
import { parseCommandLine } from '../../src/cli/flags.js';
import type { CommandName } from '../../src/options/spec.js';
import { buildRequest, type GateCommand } from '../../src/options/request.js';

/** What a CLI command line builds (in /repo). */
export function cli(command: GateCommand & CommandName, args: string[]) {
  const { given, positionals } = parseCommandLine(args, command);
  return buildRequest(given, undefined, { surface: 'cli', command, cwd: '/repo', positionals });
}

/** The base commit of the pull request `action` runs on unless told otherwise. */
export const PR_BASE = 'b'.repeat(40);

/**
 * What the same options as action inputs build, on a pull request (based on `baseSha`; null: an event without
 * one) or a push to main.
 */
export function action(
  inputs: Record<string, string>,
  event: 'pull_request' | 'push' = 'pull_request',
  baseSha: string | null = PR_BASE,
) {
  return readActionConfig({
    input: (name) => inputs[name] ?? '',
    workspace: '/repo',
    eventName: event,
    ref: event === 'push' ? 'refs/heads/main' : 'refs/pull/1/merge',
    defaultBranch: 'main',
    sha: 'abc',
    pullRequest: event === 'pull_request' ? { baseSha: baseSha ?? undefined } : undefined,
  });
}

/** The message of what `build` throws, or 'no error'. */
export const errorOf = (build: () => unknown): string => {
  try {
    build();
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
};
