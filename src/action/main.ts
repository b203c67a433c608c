import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { describeError, PerfGateError } from '../errors.js';
import { locateK6 } from '../io/k6-locate.js';
import { ProcessK6Runner } from '../io/k6-runner.js';
import { LocalBaselineStore } from '../io/local-baseline-store.js';
import { runGate } from '../pipeline/run-gate.js';
import { renderJobSummary } from '../render/index.js';
import { ActionsLogger } from './actions-logger.js';
import { readActionConfig } from './inputs.js';
import { OUTPUT } from './names.js';
import { runContext } from './run-context.js';

/**
 * The action's composition root: read the inputs once, run the shared gate pipeline, publish (job summary,
 * annotations, outputs, report file). One top-level catch: bad input or infrastructure fails the step with one
 * message; a regression fails it as a verdict. A crash is never reported as a pass.
 */
export async function run(): Promise<void> {
  const logger = new ActionsLogger();
  try {
    const context = runContext(process.env);
    const config = readActionConfig({ ...context, input: (name) => core.getInput(name) });
    const outcome = await runGate(
      {
        cwd: config.cwd,
        script: config.script,
        results: config.results,
        scriptEnv: config.scriptEnv,
        k6Args: config.k6Args,
        warmupSeconds: config.warmupSeconds,
        gate: config.gate,
        baseline: { save: config.save, history: config.history },
        git: { commit: context.sha, ref: context.ref },
        seed: 1,
      },
      {
        store: new LocalBaselineStore(config.baselineDir, context.workspace),
        logger,
        k6: async () => new ProcessK6Runner(locateK6(config.k6Path, process.env, config.cwd)),
      },
    );
    const { report } = outcome;
    await mkdir(dirname(config.reportPath), { recursive: true });
    await writeFile(config.reportPath, `${JSON.stringify(report, null, 2)}\n`);
    await core.summary
      .addRaw(
        renderJobSummary(report, {
          gateId: config.gateId,
          now: new Date().toISOString(),
          runUrl: context.runUrl,
        }),
      )
      .write();
    const regressions = report.comparisons.filter((c) => c.gated && c.verdict === 'regression');
    for (const c of regressions) {
      core.error(
        `${c.metric} ${c.stat} ${Object.values(c.series).join(' ') || 'all traffic'}: ${c.baseline.toPrecision(4)} -> ${c.candidate.toPrecision(4)} (${c.note ?? c.method})`,
        {
          title: 'perf-gate regression',
        },
      );
    }
    core.setOutput(OUTPUT.verdict, report.verdict);
    core.setOutput(OUTPUT.reportPath, config.reportPath);
    core.setOutput(OUTPUT.regressions, String(regressions.length));
    core.setOutput(OUTPUT.baselineRunId, '');
    core.setOutput(OUTPUT.baselineSaved, String(outcome.baselineSaved));
    core.info(`perf-gate: ${report.verdict}. ${report.reason}`);
    if (report.verdict === 'inconclusive') core.warning(`perf-gate is inconclusive: ${report.reason}`);
    if (outcome.exitCode !== 0) core.setFailed(`perf-gate: ${report.verdict}. ${report.reason}`);
  } catch (err) {
    core.setOutput(OUTPUT.verdict, 'error');
    core.setFailed(describeError(err));
    if (!(err instanceof PerfGateError) && err instanceof Error && err.stack) core.debug(err.stack);
  }
}
