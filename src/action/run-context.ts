import { readFileSync } from 'node:fs';

/** The facts about this workflow run that the gate needs, read from the runner's environment. */
export interface RunContext {
  workspace: string;
  eventName: string;
  ref: string;
  sha: string;
  defaultBranch: string | undefined;
  runUrl: string | undefined;
}

export function runContext(env: NodeJS.ProcessEnv): RunContext {
  let defaultBranch: string | undefined;
  try {
    const payload = env.GITHUB_EVENT_PATH
      ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
          repository?: { default_branch?: string };
        })
      : {};
    defaultBranch = payload.repository?.default_branch;
  } catch {
    defaultBranch = undefined;
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    defaultBranch,
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
  };
}
