import * as core from '@actions/core';
import { describeError, PerfGateError } from '../errors.js';
import { ArtifactBaselineStore } from '../io/github/artifact-baseline-store.js';
import type { GitHubClient } from '../io/github/client.js';
import { baselineStore, githubClient } from './adapters.js';
import { installK6 } from '../io/k6-install.js';
import { locateK6 } from '../io/k6-locate.js';
import { ProcessK6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { runAB } from '../pipeline/ab-mode.js';
import { runGate } from '../pipeline/run-gate.js';
import type { Report } from '../domain/report.js';
import { expandResults } from './results-files.js';
import { ActionsLogger } from './actions-logger.js';
import { runCommentCompanion } from './companion.js';
import { readActionConfig, type ActionConfig } from './inputs.js';
import { OUTPUT } from './names.js';
import { acceptByLabel } from './override.js';
import { publish } from './publish.js';
import { runContext, type RunContext } from './run-context.js';

/** Publishes the report and sets the step's outcome from the verdict and the policies. */
async function finish(
  report: Report,
  config: ActionConfig,
  context: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
  extra: { baselineSaved: boolean; baselineRunId: number | undefined },
): Promise<void> {
  await publish(report, config, context, github, logger, extra);
  // On the default branch the change has already landed: failing this run would leave its new baseline untrusted
  // (only successful runs provide baselines), and every later pull request would be judged against an ever older
  // one. The regression is reported loudly instead; k6's own thresholds still fail the job.
  const refreshRegression =
    config.refresh && report.verdict === 'fail' && report.thresholds.every((t) => t.ok);
  if (refreshRegression)
    core.warning(
      `the default branch regressed against its previous baseline (${report.reason}) This run is stored as the new baseline; the job does not fail on the default branch. Look at the change that was just merged.`,
    );
  const failed =
    (report.verdict === 'fail' && !refreshRegression) ||
    (report.verdict === 'inconclusive' && config.gate.inconclusivePolicy === 'fail') ||
    (report.verdict === 'no-baseline' && config.onMissingBaseline === 'fail');
  if (report.verdict === 'inconclusive') core.warning(`perf-gate is inconclusive: ${report.reason}`);
  if (failed) core.setFailed(`perf-gate: ${report.verdict}. ${report.reason}`);
}

/**
 * The action's composition root: read the inputs once, run the shared gate pipeline, publish (job summary,
 * comment, annotations, outputs, report file). One top-level catch: bad input or infrastructure fails the step with
 * one message; a regression fails it as a verdict. A crash is never reported as a pass.
 */
export async function run(): Promise<void> {
  const logger = new ActionsLogger();
  try {
    const context = runContext(process.env);
    const config = readActionConfig({ ...context, input: (name) => core.getInput(name) });
    const github = githubClient(config, context);
    if (config.mode === 'comment') {
      await runCommentCompanion(config, context, github, logger);
      return;
    }
    const k6 = async () =>
      new ProcessK6Runner(
        // An explicit k6 (input or K6_PATH) is used as given; otherwise the pinned version is installed, verified.
        config.k6Path || process.env.K6_PATH
          ? locateK6(config.k6Path, process.env, config.cwd)
          : await installK6(config.k6Version, {
              baseUrl: config.k6DownloadUrl,
              sha256: config.k6Sha256,
              logger,
            }),
      );
    if (config.ab) {
      // Same-runner A/B: both versions measured here and now; no stored baseline is read or written.
      const { report } = await runAB(
        {
          cwd: config.cwd,
          script: config.script as string,
          scriptEnv: config.scriptEnv,
          k6Args: config.k6Args,
          warmupSeconds: config.warmupSeconds,
          ...config.ab,
          gate: config.gate,
        },
        await k6(),
        logger,
      );
      await finish(
        await acceptByLabel(report, config.acceptLabel, context, github, logger),
        config,
        context,
        github,
        logger,
        {
          baselineSaved: false,
          baselineRunId: undefined,
        },
      );
      return;
    }
    const store = baselineStore(config, context, github, logger);
    const outcome = await runGate(
      {
        cwd: config.cwd,
        script: config.script,
        results: config.results ? await expandResults(config.results, config.cwd) : undefined,
        scriptEnv: config.scriptEnv,
        k6Args: config.k6Args,
        warmupSeconds: config.warmupSeconds,
        gate: config.gate,
        baseline: { save: config.save, history: config.history },
        git: { commit: context.sha, ref: context.ref },
        seed: 1,
        runs: config.runs,
        maxRuns: config.maxRuns,
        rerun: config.rerun,
      },
      { store, logger, k6 },
    );
    const report = await acceptByLabel(outcome.report, config.acceptLabel, context, github, logger);
    await finish(report, config, context, github, logger, {
      baselineSaved: outcome.baselineSaved,
      baselineRunId: store instanceof ArtifactBaselineStore ? store.sourceRunId : undefined,
    });
  } catch (err) {
    core.setOutput(OUTPUT.verdict, 'error');
    core.setFailed(describeError(err));
    if (!(err instanceof PerfGateError) && err instanceof Error && err.stack) core.debug(err.stack);
  }
}
