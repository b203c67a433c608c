import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import type { CapacityRequest } from '../domain/gate-request.js';
import type { Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import { capacityReport } from '../domain/capacity/report.js';
import {
  CAPACITY_RATE_UNIT,
  type CapacityRun,
  type CapacityStep,
  type SearchSettings,
} from '../domain/capacity-model.js';
import { capacityRunOf } from '../domain/capacity/result.js';
import { DEFAULT_FACTOR, DEFAULT_MAX_STEPS, nextRate } from '../domain/capacity/search.js';
import type { Slo } from '../domain/capacity/slo.js';
import { judgeStep } from '../domain/capacity/step.js';
import { computeFingerprint } from '../ingest/fingerprint.js';
import { poolRepeatedRuns } from '../domain/merge.js';
import { WRAPPER_ENV, writeWrapper } from '../io/capacity-wrapper.js';
import type { K6Runner } from '../io/k6-runner.js';
import { DEFAULT_SCRAPE_INTERVAL_SECONDS } from '../io/server-scraper.js';
import {
  brokenRunError,
  loadBaseline,
  provenanceOf,
  saveBaseline,
  type BaselineDeps,
} from './baseline-cycle.js';
import { brokenFindings, runHealth } from '../domain/run-health.js';
import { prepareLiveRun, runK6Live } from './live-run.js';

export interface CapacityOutcome {
  report: Report;
  summary: RunSummary & { capacity: CapacityRun };
  baselineSaved: boolean;
}

/** Scrapes every quarter of a step (0.5 s to the usual interval): a short step still spans several. */
const scrapeInterval = (stepSeconds: number): number =>
  Math.max(0.5, Math.min(DEFAULT_SCRAPE_INTERVAL_SECONDS, stepSeconds / 4));

/** k6's workload shortcuts replace the scenarios of the script it runs, so they would replace the schedule. */
const WORKLOAD_VARIABLES = ['K6_VUS', 'K6_DURATION', 'K6_ITERATIONS', 'K6_STAGES'] as const;
const WORKLOAD_FLAGS = /^(--vus|-u|--duration|-d|--iterations|-i|--stage|-s)(=|$)/;

/** VUs so that a step is limited by the service, not by k6: twice the rate times the slowest latency bound. */
export function vuBudget(rate: number, latencyBoundMs: number): number {
  return Math.max(2, Math.ceil((2 * rate * latencyBoundMs) / 1000) + 2);
}

/** What the environment and the k6 arguments could do to the schedule: checked before k6 runs. */
function checkSchedule(config: CapacityRequest): void {
  const variable = WORKLOAD_VARIABLES.find((v) => (process.env[v] ?? '') !== '');
  if (variable)
    throw new PerfGateError(
      `${variable} is set: k6 would let it replace the capacity schedule`,
      `Unset ${variable} for capacity mode: it sets the rate, duration and VUs itself`,
    );
  const shortcut = config.k6Args.find((a) => WORKLOAD_FLAGS.test(a));
  if (shortcut)
    throw new PerfGateError(
      `${shortcut} among the k6 arguments would replace the capacity schedule`,
      'Drop it: capacity mode sets the rate, duration and VUs itself',
    );
}

/**
 * An objective on a metric the script does not produce (a typo), or a percentile of a Rate, would break every
 * step and report a capacity of 0: it is bad input instead, found on the first step.
 */
/**
 * The run-health check in capacity mode (domain/run-health.ts), on the first step only: at the lowest rate a
 * healthy service answers, so a broken first step (the service down, a script that throws, nothing ran) means the
 * search would measure nothing, and it stops there (exit 2). Later steps fail requests and drop iterations past the
 * capacity by design: that is what the search measures, judged by its objectives, not by the health check.
 */
function refuseBrokenFirstStep(summary: RunSummary): void {
  const broken = brokenFindings(runHealth(summary, undefined, { expectDropped: true }));
  if (broken.length > 0)
    throw brokenRunError(broken, 'at the first, lowest rate the search would measure nothing');
}

function checkMetrics(summary: RunSummary, slos: readonly Slo[]): void {
  for (const slo of slos) {
    const info = summary.metrics[slo.metric];
    const wanted = slo.quantile === undefined ? 'rate' : 'trend';
    if (!info)
      throw new PerfGateError(
        `the objective ${slo.text} names ${slo.metric}, which the script did not produce`,
        `Check the metric name (k6 reported ${Object.keys(summary.metrics).slice(0, 12).join(', ')})`,
      );
    if (info.type !== wanted)
      throw new PerfGateError(
        `the objective ${slo.text} takes ${slo.stat} of ${slo.metric}, a ${info.type}`,
        wanted === 'rate' ? 'Use a percentile (pNN) for a Trend' : 'Use rate for a Rate metric',
      );
  }
}

/**
 * Capacity mode: drives the script's function through a generated wrapper at one constant arrival rate per k6
 * run, climbing a geometric staircase and then bisecting the knee (domain/capacity/search.ts), judges each step
 * (domain/capacity/step.ts), and gates the capacity found against the stored ones. The user's script is never
 * modified; the wrapper is removed whatever happens.
 */
export async function runCapacity(
  config: CapacityRequest,
  deps: BaselineDeps & { k6: () => Promise<K6Runner> },
): Promise<CapacityOutcome> {
  const { logger } = deps;
  const { slos } = config;
  checkSchedule(config);
  const scriptPath = resolve(config.cwd, config.script);
  if (!existsSync(scriptPath))
    throw new PerfGateError(
      `script not found: ${config.script}`,
      'Check the path (relative to the working directory)',
    );
  const scriptContent = readFileSync(scriptPath, 'utf8');
  const k6 = await deps.k6();
  const latencyBound = Math.max(1000, ...slos.filter((s) => s.quantile !== undefined).map((s) => s.limit));
  const search: SearchSettings = {
    from: config.from,
    to: config.to,
    factor: DEFAULT_FACTOR,
    resolution: config.resolution,
    maxSteps: DEFAULT_MAX_STEPS,
  };
  const envFor = (rate: number) => ({
    ...config.scriptEnv,
    [WRAPPER_ENV.rate]: String(rate),
    [WRAPPER_ENV.seconds]: String(config.stepSeconds),
    [WRAPPER_ENV.vus]: String(vuBudget(rate, latencyBound)),
  });

  const wrapper = await writeWrapper(scriptPath, config.exec);
  const steps: CapacityStep[] = [];
  const summaries = new Map<number, RunSummary>();
  try {
    const prepared = await prepareLiveRun(
      {
        script: wrapper.path,
        cwd: config.cwd,
        scriptEnv: envFor(config.from),
        k6Args: config.k6Args,
        warmupSeconds: config.warmupSeconds,
        git: config.git,
        ...(config.serverMetrics?.length
          ? { serverMetrics: config.serverMetrics, scrapeIntervalSeconds: scrapeInterval(config.stepSeconds) }
          : {}),
        ...(config.prometheus ? { prometheus: config.prometheus } : {}),
      },
      k6,
    );
    for (let rate = nextRate(search, steps); rate !== null; rate = nextRate(search, steps)) {
      const n = steps.length + 1;
      const offered = rate;
      const once = () =>
        logger.group(
          `Capacity step ${n}: ${offered} ${CAPACITY_RATE_UNIT} for ${config.stepSeconds}s`,
          async () => {
            const run = { ...prepared, request: { ...prepared.request, scriptEnv: envFor(offered) } };
            return (await runK6Live(run, k6, logger)).summary;
          },
        );
      let summary = await once();
      if (steps.length === 0) {
        checkMetrics(summary, slos);
        refuseBrokenFirstStep(summary);
      }
      let step = judgeStep(summary, offered, slos, config.confidence);
      if (step.slos.some((s) => s.verdict === 'unclear')) {
        // Too few windows to tell: the rate is offered once more and the two runs are pooled.
        logger.info(`step ${n}: ${step.reason}; offering ${offered}/s again to narrow the interval`);
        summary = poolRepeatedRuns([summary, await once()]);
        step = judgeStep(summary, offered, slos, config.confidence);
      }
      steps.push(step);
      summaries.set(offered, summary);
      logger.info(progressLine(n, step));
    }
  } finally {
    await wrapper.remove();
  }

  const sloTexts = slos.map((s) => s.text);
  const run = capacityRunOf(steps, sloTexts, config.exec, {
    ...search,
    stepSeconds: config.stepSeconds,
    warmupSeconds: config.warmupSeconds,
  });
  logger.info(
    `capacity: ${run.estimate.rate}/s (bracket ${run.estimate.low}-${run.estimate.high ?? `above ${config.to}`}/s)${run.brokeFirst.length > 0 ? `; broke first: ${run.brokeFirst.join(', ')}` : ''}${run.bottleneck ? `; bottleneck: ${run.bottleneck.resource}` : ''}`,
  );
  const shown =
    summaries.get(run.estimate.low) ?? (summaries.get(steps[steps.length - 1]?.offered ?? -1) as RunSummary);
  const summary: RunSummary & { capacity: CapacityRun } = {
    ...shown,
    fingerprint: computeFingerprint(scriptContent, {
      scenarios: {
        capacity: { executor: 'perf-gate-capacity', exec: config.exec, slo: sloTexts.join('; ') },
      },
    }),
    capacity: run,
  };

  const loaded = await loadBaseline(deps, config.baseline);
  const provenance = provenanceOf(loaded);
  const report = capacityReport({
    baselines: loaded.runs.map((h) => h.summary),
    candidate: summary,
    tolerance: config.tolerance,
    confidence: config.confidence,
    inconclusivePolicy: config.inconclusivePolicy,
    force: config.force,
    ...(provenance ? { provenance } : {}),
  });
  if (loaded.selection?.warning) report.warnings.unshift(loaded.selection.warning);
  // Only capacity runs are comparable: a first capacity run is stored even beside other runs of its gate id.
  const comparable = loaded.runs.filter((h) => h.summary.capacity).length;
  // A capacity search adds no trend entry (its steps are not one workload to follow); its trend is carried forward.
  const { saved: baselineSaved } = await saveBaseline(deps, config.baseline, loaded, [summary], comparable);
  return { report, summary, baselineSaved };
}

const f = (n: number | null, unit = '') => (n === null ? 'n/a' : `${Number(n.toPrecision(3))}${unit}`);

/** One line per step for the terminal and the log. */
export function progressLine(n: number, s: CapacityStep): string {
  const mark = s.verdict === 'met' ? '✓' : s.verdict === 'broken' ? '✗' : '!';
  return `${mark} step ${n}: offered ${s.offered} ${CAPACITY_RATE_UNIT}, achieved ${f(s.achieved)}, p50 ${f(s.p50, ' ms')}, p95 ${f(s.p95, ' ms')}, p99 ${f(s.p99, ' ms')}, errors ${s.errorRate === null ? 'n/a' : `${f(s.errorRate * 100)}%`}, dropped ${s.dropped}: ${s.reason}`;
}
