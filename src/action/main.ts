import * as core from '@actions/core';
import { describeError, PerfGateError } from '../errors.js';
import type { GitHubClient } from '../io/github/client.js';
import { baselineBase, baselineStore, githubClient } from './adapters.js';
import { installK6 } from '../io/k6-install.js';
import { locateK6 } from '../io/k6-locate.js';
import { ProcessK6Runner } from '../io/k6-runner.js';
import { warningsOnce, type Logger } from '../io/logger.js';
import { gate, type GateRequest, type GateResult } from '../pipeline/gate.js';
import { gateServed } from '../pipeline/served.js';
import { checkoutBase } from '../io/git-worktree.js';
import { processServiceHost } from '../io/service-process.js';
import { vegetaForAction } from '../io/vegeta-install.js';
import type { Report } from '../domain/report.js';
import { expandResults } from './results-files.js';
import { ActionsLogger } from './actions-logger.js';
import { runCommentCompanion } from './companion.js';
import { configInput, readActionConfig, type ActionConfig } from './inputs.js';
import { gatePolicyFile } from './gate-policy.js';
import { resolve } from 'node:path';
import { INPUT, OUTPUT } from './names.js';
import { acceptByLabel } from './override.js';
import { publish } from './publish.js';
import { runContext, type RunContext } from './run-context.js';
import { announceChangePoints, trendPublication } from './trend.js';

/** Publishes the report, then sets the step's outcome from the gate's (the one outcome function's) annotations. */
async function finish(
  result: GateResult,
  config: ActionConfig,
  context: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
  configChanged: boolean,
): Promise<void> {
  const trend = trendPublication(result.trend, context);
  await publish(result.report, config, context, github, logger, {
    baselineSaved: result.saved,
    baselineRunId: result.report.baseline?.runId,
    configChanged,
    ...(trend.section ? { trendSection: trend.section } : {}),
    ...(trend.note ? { trendNote: trend.note } : {}),
  });
  await announceChangePoints(trend, config, context, github, logger);
  for (const a of result.annotations) {
    if (a.level === 'error') core.setFailed(a.message);
    else core.warning(a.message);
  }
}

/** A pull request's change to the gate's configuration, first among the report's warnings (comment, summary). */
const withConfigChange = (report: Report, changed: string | undefined): Report =>
  changed ? { ...report, warnings: [changed, ...report.warnings] } : report;

/** The `results` input's paths and globs, expanded in the working directory (a line matching nothing is an error). */
async function withResultFiles(request: GateRequest): Promise<GateRequest> {
  if (request.mode !== 'history' || !request.run.results) return request;
  return {
    ...request,
    run: { ...request.run, results: await expandResults(request.run.results, request.run.cwd) },
  };
}

/**
 * The action's composition root: read the inputs once and build the gate request, run the shared gate pipeline,
 * publish (job summary, comment, annotations, outputs, report file). One top-level catch: bad input or
 * infrastructure fails the step with one message; a regression fails it as a verdict. A crash is never reported as
 * a pass.
 */
export async function run(): Promise<void> {
  const logger = warningsOnce(new ActionsLogger());
  try {
    const context = runContext(process.env);
    const input = (name: string) => core.getInput(name);
    const github = githubClient(input(INPUT.githubToken).trim(), context);
    // A pull request is judged by its base commit's configuration file; its own changes are shown, not applied.
    const policy = await gatePolicyFile(
      context,
      github,
      resolve(context.workspace, input(INPUT.workingDirectory) || '.'),
      configInput(input),
    );
    const config = readActionConfig({ ...context, input }, policy.file);
    if (policy.changed) logger.warn(policy.changed);
    if (config.mode === 'comment' || (!config.request && !config.served)) {
      await runCommentCompanion(config, context, github, logger);
      return;
    }
    const request = config.request ? await withResultFiles(config.request) : undefined;
    const { k6: wanted, cwd } = config;
    const k6 = async () =>
      new ProcessK6Runner(
        // An explicit k6 (input or K6_PATH) is used as given; otherwise the pinned version is installed, verified.
        wanted.path || process.env.K6_PATH
          ? locateK6(wanted.path, process.env, cwd, 'action')
          : await installK6(wanted.version, { baseUrl: wanted.downloadUrl, sha256: wanted.sha256, logger }),
      );
    // Same-runner A/B measures both versions here and now: no stored baseline is read or written.
    const ab = request?.mode === 'ab' || config.served?.kind === 'ab';
    const stored = ab
      ? {}
      : {
          store: baselineStore(config, context, github, logger),
          base: baselineBase(config, context, github),
        };
    const deps = {
      logger,
      k6,
      ...stored,
      // vegeta as given (input vegeta-path, VEGETA_PATH) or on PATH, else built from vegeta-version with Go.
      vegeta: () => vegetaForAction(config.vegetaPath, config.vegetaVersion, cwd, logger),
      // The accept label is the last word on a failing report, then the one outcome function decides.
      review: (report: Report) =>
        acceptByLabel(withConfigChange(report, policy.changed), config.acceptLabel, context, github, logger),
      policy: { refresh: config.refresh, onMissingBaseline: config.onMissingBaseline },
      ...(context.runId !== undefined ? { runId: context.runId } : {}),
    };
    // `start`: the action starts the service (on a pull request, the base commit too) around the gate.
    const result = config.served
      ? await gateServed(config.served, {
          ...deps,
          services: processServiceHost(),
          checkoutBase: (ref) => checkoutBase(cwd, ref),
        })
      : await gate(request as GateRequest, deps);
    await finish(result, config, context, github, logger, policy.changed !== undefined);
  } catch (err) {
    core.setOutput(OUTPUT.verdict, 'error');
    core.setFailed(describeError(err));
    if (!(err instanceof PerfGateError) && err instanceof Error && err.stack) core.debug(err.stack);
  }
}
