/**
 * The service perf-gate starts itself (`start`): the commands, where it answers, and how its port reaches the
 * commands and the URLs. The request builder makes the plan; the pipeline (pipeline/served.ts) starts the versions
 * and, once their ports are known, fills them into the same gate request the hand-started services get (an A/B
 * request with both targets, or a history run with the script's target variable). Pure.
 */
import type { ABRequest, GateRequest, HistoryRequest, ServerMetricsTarget } from './gate-request.js';

/** The placeholder replaced by a version's port in the commands, the readiness URL and `server-metrics`. */
export const PORT_PLACEHOLDER = '{port}';

/** The readiness URL when none is given: the service's root answers (any status below 500) once it listens. */
export const DEFAULT_READY_URL = `http://127.0.0.1:${PORT_PLACEHOLDER}/`;

export interface ServicePlan {
  /** Run with `sh -c` in each version's directory, `PORT` in its environment and `{port}` replaced. */
  start: string;
  /** Run once per version before it starts (`sh -c`, same directory and environment). */
  build?: string;
  /** Run to stop a version; without it the process group gets SIGTERM, then SIGKILL after a grace period. */
  stop?: string;
  /** Polled until it answers with a status below 500; `{port}` is the version's port. */
  readyUrl: string;
  readyTimeoutSeconds: number;
  /** The script's environment variable that receives the version's URL (`target-env`). */
  targetEnv: string;
  /** `server-metrics` lines (`[name=]url`), `{port}` expanded per version: CPU per request is paired in A/B. */
  serverMetrics: ServerMetricsTarget[];
}

/**
 * What runs against the started versions: A/B pairs against a base commit (checked out beside the head), or the
 * head alone in history mode (a push to the default branch storing its baseline, the trend). The A/B request and the
 * history run are complete but for the URLs of the versions, which `servedGateRequest` fills in.
 */
export type ServedRequest =
  | {
      kind: 'ab';
      plan: ServicePlan;
      /** The base version: a commit or a ref for `git rev-parse`; undefined is the merge base with the default branch. */
      baseRef: string | undefined;
      ab: Omit<ABRequest, 'baselineTarget' | 'candidateTarget' | 'serverMetrics' | 'base'>;
    }
  | { kind: 'head'; plan: ServicePlan; run: Omit<HistoryRequest, 'serverMetrics'> };

/** Every `{port}` in `template` replaced by the port. */
export const expandPort = (template: string, port: number): string =>
  template.split(PORT_PLACEHOLDER).join(String(port));

/** The URL a started version answers at, as the script receives it (no trailing slash: scripts append paths). */
export const serviceUrl = (port: number): string => `http://127.0.0.1:${port}`;

const metricsAt = (targets: readonly ServerMetricsTarget[], port: number): ServerMetricsTarget[] =>
  targets.map((t) => ({ ...t, url: expandPort(t.url, port) }));

/**
 * The gate request for the started versions: for A/B, both targets and each version's metrics URLs (its own port)
 * and the base commit the report names; for the head alone, the script's target variable and the metrics URLs.
 */
export function servedGateRequest(
  served: ServedRequest,
  ports: { baseline?: number; candidate: number },
  baseCommit?: string,
): GateRequest {
  const { plan } = served;
  if (served.kind === 'head')
    return {
      mode: 'history',
      run: {
        ...served.run,
        scriptEnv: { ...served.run.scriptEnv, [plan.targetEnv]: serviceUrl(ports.candidate) },
        ...(plan.serverMetrics.length > 0
          ? { serverMetrics: metricsAt(plan.serverMetrics, ports.candidate) }
          : {}),
      },
    };
  if (ports.baseline === undefined || baseCommit === undefined)
    throw new Error('servedGateRequest: A/B needs the base version started');
  const urls = (port: number) => metricsAt(plan.serverMetrics, port).map((t) => t.url);
  return {
    mode: 'ab',
    ab: {
      ...served.ab,
      baselineTarget: serviceUrl(ports.baseline),
      candidateTarget: serviceUrl(ports.candidate),
      ...(plan.serverMetrics.length > 0
        ? { serverMetrics: { baseline: urls(ports.baseline), candidate: urls(ports.candidate) } }
        : {}),
      base: { commit: baseCommit },
    },
  };
}
