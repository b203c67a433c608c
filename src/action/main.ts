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
import { runCapacity } from '../pipeline/capacity.js';
import type { Report } from '../domain/report.js';
import { expandResults } from './results-files.js';
import { ActionsLogger } from './actions-logger.js';
import { runCommentCompanion } from './companion.js';
import { configInput, readActionConfig, type ActionConfig } from './inputs.js';
import { loadGateFileConfig } from '../io/config-file.js';
import { outcomeOf } from '../domain/outcome.js';
import { resolve } from 'node:path';
import { INPUT, OUTPUT } from './names.js';
import { acceptByLabel } from './override.js';
import { publish } from './publish.js';
import { runContext, type RunContext } from './run-context.js';

/** Publishes the report and sets the step's outcome from the one outcome function. */
async function finish(
  report: Report,
  config: ActionConfig,
  context: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
  extra: { baselineSaved: boolean; baselineRunId: number | undefined },
): Promise<void> {
  await publish(report, config, context, github, logger, extra);
  const outcome = outcomeOf(report, { refresh: config.refresh, onMissingBaseline: config.onMissingBaseline });
  for (const a of outcome.annotations) {
    if (a.level === 'error') core.setFailed(a.message);
    else core.warning(a.message);
  }
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
    const input = (name: string) => core.getInput(name);
    const file = await loadGateFileConfig(
      resolve(context.workspace, input(INPUT.workingDirectory) || '.'),
      configInput(input),
    );
    const config = readActionConfig({ ...context, input }, file);
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
    if (config.mode === 'capacity' && config.capacity) {
      const store = baselineStore(config, context, github, logger);
      const cap = config.capacity;
      const outcome = await runCapacity(
        {
          cwd: config.cwd,
          script: config.script as string,
          scriptEnv: config.scriptEnv,
          k6Args: config.k6Args,
          exec: cap.exec,
          slos: cap.slos,
          from: cap.from,
          to: cap.to,
          stepSeconds: cap.stepSeconds,
          warmupSeconds: cap.warmupSeconds,
          resolution: cap.resolution,
          tolerance: cap.tolerance,
          confidence: config.gate.confidence,
          inconclusivePolicy: config.gate.inconclusivePolicy,
          force: config.gate.forceFingerprint,
          baseline: { save: config.save, history: config.history },
          git: { commit: context.sha, ref: context.ref },
        },
        { store, logger, k6 },
      );
      const report = await acceptByLabel(outcome.report, config.acceptLabel, context, github, logger);
      await finish(report, config, context, github, logger, {
        baselineSaved: outcome.baselineSaved,
        baselineRunId: store instanceof ArtifactBaselineStore ? store.sourceRunId : undefined,
      });
      return;
    }
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
