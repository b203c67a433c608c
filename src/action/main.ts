import * as core from '@actions/core';
import { describeError, PerfGateError } from '../errors.js';
import { ArtifactBaselineStore } from '../io/github/artifact-baseline-store.js';
import type { GitHubClient } from '../io/github/client.js';
import { baselineStore, githubClient } from './adapters.js';
import { installK6 } from '../io/k6-install.js';
import { locateK6 } from '../io/k6-locate.js';
import { ProcessK6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { gate, type GateResult } from '../pipeline/gate.js';
import { vegetaForAction } from '../io/vegeta-install.js';
import type { Report } from '../domain/report.js';
import { expandResults } from './results-files.js';
import { ActionsLogger } from './actions-logger.js';
import { runCommentCompanion } from './companion.js';
import { configInput, readActionConfig, type ActionConfig } from './inputs.js';
import { loadGateFileConfig } from '../io/config-file.js';
import { resolve } from 'node:path';
import { INPUT, OUTPUT } from './names.js';
import { acceptByLabel } from './override.js';
import { publish } from './publish.js';
import { runContext, type RunContext } from './run-context.js';

/** Publishes the report, then sets the step's outcome from the gate's (the one outcome function's) annotations. */
async function finish(
  result: GateResult,
  config: ActionConfig,
  context: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
  baselineRunId: number | undefined,
): Promise<void> {
  await publish(result.report, config, context, github, logger, {
    baselineSaved: result.saved,
    baselineRunId,
  });
  for (const a of result.annotations) {
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
    // The accept label is the last word on a failing report, then the one outcome function decides.
    const deps = {
      logger,
      k6,
      review: (report: Report) => acceptByLabel(report, config.acceptLabel, context, github, logger),
      policy: { refresh: config.refresh, onMissingBaseline: config.onMissingBaseline },
    };
    if (config.mode === 'capacity' && config.capacity) {
      const store = baselineStore(config, context, github, logger);
      const cap = config.capacity;
      const capacity = {
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
        serverMetrics: config.serverMetrics,
        ...(config.prometheus ? { prometheus: config.prometheus } : {}),
        git: { commit: context.sha, ref: context.ref },
      };
      const result = await gate({ mode: 'capacity', capacity }, { ...deps, store });
      await finish(
        result,
        config,
        context,
        github,
        logger,
        store instanceof ArtifactBaselineStore ? store.sourceRunId : undefined,
      );
      return;
    }
    if (config.ab) {
      // Same-runner A/B: both versions measured here and now; no stored baseline is read or written.
      const ab = {
        cwd: config.cwd,
        script: config.script as string,
        scriptEnv: config.scriptEnv,
        k6Args: config.k6Args,
        warmupSeconds: config.warmupSeconds,
        ...config.ab,
        gate: config.gate,
      };
      await finish(await gate({ mode: 'ab', ab }, deps), config, context, github, logger, undefined);
      return;
    }
    const store = baselineStore(config, context, github, logger);
    const run = {
      cwd: config.cwd,
      script: config.script,
      results: config.results ? await expandResults(config.results, config.cwd) : undefined,
      scriptEnv: config.scriptEnv,
      k6Args: config.k6Args,
      warmupSeconds: config.warmupSeconds,
      serverMetrics: config.serverMetrics,
      prometheus: config.prometheus,
      gate: config.gate,
      baseline: { save: config.save, history: config.history },
      ...(config.vegeta ? { vegeta: config.vegeta } : {}),
      git: { commit: context.sha, ref: context.ref },
      runs: config.runs,
      maxRuns: config.maxRuns,
      rerun: config.rerun,
    };
    const result = await gate(
      { mode: 'history', run },
      {
        ...deps,
        store,
        // vegeta as given (input vegeta-path, VEGETA_PATH) or on PATH, else built from vegeta-version with Go.
        vegeta: () => vegetaForAction(config.vegetaPath, config.vegetaVersion, config.cwd, logger),
      },
    );
    await finish(
      result,
      config,
      context,
      github,
      logger,
      store instanceof ArtifactBaselineStore ? store.sourceRunId : undefined,
    );
  } catch (err) {
    core.setOutput(OUTPUT.verdict, 'error');
    core.setFailed(describeError(err));
    if (!(err instanceof PerfGateError) && err instanceof Error && err.stack) core.debug(err.stack);
  }
}
