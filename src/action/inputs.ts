import { resolve } from 'node:path';
import type { GateFileConfig } from '../options/config-file.js';
import { readGiven, type RawValues } from '../options/read.js';
import { buildRequest, type BuiltRequest } from '../options/request.js';
import { INPUT, OPTIONS, type OptionKey } from '../options/spec.js';

/** What the action needs from its environment: inputs by name (the toolkit's getInput), and the run's context. */
export interface ActionEnvironment {
  input(name: string): string;
  workspace: string;
  eventName: string;
  ref: string;
  defaultBranch: string | undefined;
  sha: string;
  /** The event's pull request, if any: its base commit is what `start` compares against. */
  pullRequest?: { baseSha: string | undefined } | undefined;
}

export type CommentPolicy = 'always' | 'on-regression' | 'never';

/** The gate request the inputs build, and what only the action does with its report. */
export interface ActionConfig extends BuiltRequest {
  reportPath: string;
  token: string;
  comment: CommentPolicy;
  onMissingBaseline: 'warn' | 'fail';
  acceptLabel: string;
  /** `change-point-issue`: one issue per new change point of the default branch's trend. */
  changePointIssue: boolean;
}

/** Every action input as the runner hands it over (an empty string when not set). */
export function rawInputs(input: (name: string) => string): RawValues {
  const raw: RawValues = {};
  for (const key of Object.keys(INPUT) as OptionKey[]) raw[key] = input(OPTIONS[key].name);
  return raw;
}

/** The config file named by input `config` (read by the caller, which does the I/O). */
export const configInput = (input: (name: string) => string): string | undefined =>
  input(INPUT.config).trim() || undefined;

/**
 * Reads every input once, through the options spec, and builds the gate request from them (options/request.ts):
 * the spec's defaults, then the config file, then the inputs. Each error names the input and the expected format,
 * in the same words the CLI uses for its flag. The baseline is saved on pushes to the default branch
 * (save-baseline: auto), never from pull requests.
 */
export function readActionConfig(env: ActionEnvironment, file?: GateFileConfig): ActionConfig {
  const given = readGiven(rawInputs(env.input), { kind: 'action' });
  const defaultBranchPush =
    env.defaultBranch !== undefined &&
    env.ref === `refs/heads/${env.defaultBranch}` &&
    env.eventName === 'push';
  const built = buildRequest(given, file, {
    surface: 'action',
    cwd: env.workspace,
    git: { commit: env.sha, ref: env.ref },
    defaultBranchPush,
    // On a pull request event (not, say, a push that a pull request's payload happens to accompany).
    ...(env.eventName.startsWith('pull_request')
      ? { pullRequest: { baseSha: env.pullRequest?.baseSha } }
      : {}),
  });
  const { values } = built;
  return {
    ...built,
    reportPath: resolve(env.workspace, values.reportPath || `perf-gate-report-${built.gateId}.json`),
    token: values.githubToken ?? '',
    comment: values.comment as CommentPolicy,
    onMissingBaseline: values.onMissingBaseline as ActionConfig['onMissingBaseline'],
    acceptLabel: values.acceptLabel as string,
    changePointIssue: values.changePointIssue ?? false,
  };
}
