import { spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import type { ServerMetricsTarget } from '../domain/gate-request.js';
import type { RunExecution, RunSummary } from '../domain/run-summary.js';
import { applyEndOfTestSummary, retypeCustomMetrics } from '../ingest/index.js';
import { progressLine } from './progress.js';
import { plannedSeconds, scheduledSeconds } from '../ingest/k6-duration.js';
import { onCancel } from '../io/cancellation.js';
import { summarizeK6Output } from '../io/k6-output.js';
import { describeK6Exit, k6RunCompleted } from '../io/k6-exit-codes.js';
import { analyseK6Args, neutralisedK6Env } from '../io/k6-args.js';
import { liveStreamFor, type K6Runner, type LiveFormat } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { DEFAULT_SCRAPE_INTERVAL_SECONDS, displayTarget, startServerScraper } from '../io/server-scraper.js';
import { promqlQueries, promqlScrapes } from '../ingest/promql-matrix.js';
import { ServerScrapes } from '../ingest/server-scrapes.js';
import { startGeneratorMonitor } from '../io/generator-monitor.js';
import { promqlSteps, queryPrometheus } from '../io/promql.js';

/** How long PromQL mode waits after k6 ends, so the Prometheus server has scraped past the run's end. */
const PROMQL_SETTLE_MS = 2500;
import { withServerSection } from './server-section.js';

export interface LiveRunRequest {
  script: string;
  cwd: string;
  scriptEnv: Record<string, string>;
  k6Args: string[];
  warmupSeconds?: number;
  git?: { commit?: string; ref?: string };
  /** Prometheus text endpoints of the service, scraped while k6 runs (`server-metrics`), with their names. */
  serverMetrics?: ServerMetricsTarget[];
  /** A Prometheus server that scrapes the service (PromQL mode), and the user's named queries. */
  prometheus?: { url: string; queries: Record<string, string> };
  /** Seconds between two scrapes (default DEFAULT_SCRAPE_INTERVAL_SECONDS). */
  scrapeIntervalSeconds?: number;
}

export interface LiveRunResult {
  summary: RunSummary;
  k6ExitCode: number;
}

/** A named pipe lets perf-gate summarize k6's samples as they are produced: no multi-gigabyte file on disk. */
function makeFifo(path: string): boolean {
  return spawnSync('mkfifo', ['-m', '600', path]).status === 0;
}

/**
 * If k6 died before opening the pipe, the reader is still blocked in open(); opening the write end once and
 * closing it gives the reader an end of file. ENXIO means no reader has the pipe open (it finished already).
 */
function releaseFifoReader(path: string): void {
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // ENXIO (no reader any more) or ENOENT: nothing is waiting.
  }
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export interface PreparedRun {
  request: LiveRunRequest;
  script: string;
  scriptContent: string;
  k6Version: string;
  k6Options: Record<string, unknown>;
  /** Flags and variables perf-gate leaves out of k6's run, one sentence each (warned about when k6 runs). */
  neutralised: string[];
  /** How k6 streams its samples; by default the cheapest for its major version (liveStreamFor). */
  liveStream?: LiveFormat;
}

/**
 * A warm-up as long as the test leaves nothing to compare: known from the scenarios k6 resolved, so it is refused
 * before k6 runs rather than after. (`warmup` is the flag's and the input's name alike.)
 */
function checkWarmup(warmupSeconds: number | undefined, planned: number | undefined): void {
  if (!warmupSeconds || planned === undefined || warmupSeconds < planned) return;
  throw new PerfGateError(
    `warmup ${warmupSeconds}s is as long as the whole test (${planned}s by its scenarios): nothing would be left to compare`,
    `Shorten warmup to well under ${planned}s (e.g. ${Math.max(1, Math.floor(planned / 4))}s), or lengthen the test`,
  );
}

/**
 * Everything that can be wrong before k6 starts (no script, a script k6 cannot load, a k6 that does not answer),
 * checked up front so that it is reported as one line before any output.
 */
export async function prepareLiveRun(request: LiveRunRequest, k6: K6Runner): Promise<PreparedRun> {
  const script = resolve(request.cwd, request.script);
  if (!existsSync(script)) {
    throw new PerfGateError(
      `script not found: ${request.script}`,
      'Check the path (it is relative to the working directory)',
    );
  }
  const scriptContent = readFileSync(script, 'utf8');
  const k6Version = await k6.version();
  const k6Options = await k6.inspect(script, request.scriptEnv, request.cwd, request.k6Args);
  checkWarmup(request.warmupSeconds, plannedSeconds(k6Options));
  const neutralised = [
    ...analyseK6Args(request.k6Args).neutralised,
    ...neutralisedK6Env(process.env).neutralised,
  ];
  return { request, script, scriptContent, k6Version, k6Options, neutralised };
}

const warned = new WeakSet<PreparedRun>();

/**
 * Runs k6 on a prepared script while its samples stream into a RunSummary. A run that did not complete (k6 exit
 * code other than 0 or 99) is an error in k6's own words, and produces no summary, so it can never become a baseline.
 */
export async function runK6Live(prepared: PreparedRun, k6: K6Runner, logger: Logger): Promise<LiveRunResult> {
  const { request, script, scriptContent, k6Version, k6Options } = prepared;
  logger.info(`k6 ${k6Version} (${k6.location.source}): ${k6.location.path}`);
  if (!warned.has(prepared)) for (const note of prepared.neutralised) logger.warn(note);
  warned.add(prepared); // once per prepared script, not on every rerun or A/B pair

  const dir = await mkdtemp(join(tmpdir(), 'perf-gate-'));
  const forgetDir = onCancel(() => rm(dir, { recursive: true, force: true }));
  try {
    const stream = liveStreamFor(k6Version, prepared.liveStream);
    const samplesPath = join(dir, stream.fileName);
    const live = makeFifo(samplesPath);
    const summaryExportPath = join(dir, 'summary-export.json');
    const startedAt = process.hrtime.bigint();
    const planned = plannedSeconds(k6Options);
    let shownAt = -Infinity;
    let samples = 0;
    const ingest = (): Promise<RunSummary> =>
      summarizeK6Output(samplesPath, {
        warmupSeconds: request.warmupSeconds,
        scriptContent,
        k6Options,
        k6Version,
        git: request.git,
        logger,
        onProgress: (p) => {
          samples = p.samples;
          const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
          // The logger throttles what it prints; the line (a p95 over the histogram) is made at most once a second.
          if (seconds - shownAt < 1) return;
          shownAt = seconds;
          logger.progress(progressLine(seconds, planned, { samples: p.samples, ...p.soFar() }));
        },
      });
    // Live: read the pipe while k6 writes it. Without mkfifo (Windows), k6 writes a file read afterwards.
    const ingesting = live ? ingest() : undefined;
    ingesting?.catch(() => undefined); // judged after k6 exits; avoid an unhandled rejection meanwhile
    // Scraping starts before k6 and ends after it, so every client window of the run lies between two scrapes.
    const scrapeInterval = request.scrapeIntervalSeconds ?? DEFAULT_SCRAPE_INTERVAL_SECONDS;
    const scrapeTargets = (request.serverMetrics ?? []).map(({ url, name }) => ({
      url,
      sink: new ServerScrapes(displayTarget(url), 'scrape', scrapeInterval, undefined, name),
    }));
    const scraper = scrapeTargets.length ? startServerScraper(scrapeTargets, scrapeInterval) : undefined;
    const generator = startGeneratorMonitor();
    const spanStart = Date.now() / 1000;
    const ran = k6.run({
      script,
      cwd: request.cwd,
      scriptEnv: request.scriptEnv,
      extraArgs: request.k6Args,
      samplesPath,
      samplesFormat: stream.format,
      summaryExportPath,
      onLine: (line) => logger.debug(`k6: ${line}`),
    });
    const result = await ran.catch(async (e: unknown) => {
      generator.stop();
      await scraper?.stop();
      throw e;
    });
    const generatorStats = generator.stop();
    await scraper?.stop();
    const scrapeLogs = scrapeTargets.map((t) => t.sink);
    if (request.prometheus && k6RunCompleted(result.exitCode)) {
      const spanEnd = Date.now() / 1000;
      // Let the server scrape past the end of the run before asking it.
      await new Promise((r) => setTimeout(r, PROMQL_SETTLE_MS));
      const times = promqlSteps(spanStart - 2, spanEnd + 1, 1);
      const { url, queries } = request.prometheus;
      const answers = await queryPrometheus(url, times, 1, promqlQueries(queries));
      scrapeLogs.push(promqlScrapes(`${displayTarget(url)} (PromQL)`, 1, times, answers));
    }
    // What k6 said beside its samples, for the run-health check: its script exceptions, how long the scenarios
    // were scheduled to run, and how to repeat the run by hand.
    const scheduled = scheduledSeconds(k6Options);
    const execution: RunExecution = {
      exceptions: result.exceptions?.count ?? 0,
      ...(result.exceptions?.first ? { firstException: result.exceptions.first } : {}),
      ...(scheduled !== undefined ? { scheduledSeconds: scheduled } : {}),
      // The script alone: the k6 arguments may carry values (-e) that do not belong in a stored baseline.
      command: `k6 run ${request.script}`,
    };
    const finish = (s: RunSummary): RunSummary => {
      const withServer = { ...withServerSection(s, scrapeLogs, logger), execution };
      return generatorStats ? { ...withServer, generator: generatorStats } : withServer;
    };
    if (live) releaseFifoReader(samplesPath);
    logger.progress(null);

    if (!k6RunCompleted(result.exitCode)) {
      await ingesting?.catch(() => undefined);
      const detail = result.errors.at(-1);
      throw new PerfGateError(
        `k6 did not complete the test: ${describeK6Exit(result.exitCode)} (exit ${result.exitCode})${detail ? `: ${detail}` : ''}`,
        'Fix the cause above and run again; no baseline was written',
      );
    }
    const summary = await (ingesting ?? ingest());
    logger.info(
      `k6 finished (exit ${result.exitCode}); ${formatCount(samples || summary.ingest.samples)} samples summarized`,
    );
    let exported: unknown;
    try {
      exported = JSON.parse(await readFile(summaryExportPath, 'utf8'));
    } catch {
      logger.warn(
        `k6 wrote no end-of-test summary; its thresholds' outcomes are unknown to perf-gate${stream.format === 'csv' ? ", and custom metrics are read as Trends (k6's CSV output does not declare their types)" : ''}`,
      );
      return { summary: finish(summary), k6ExitCode: result.exitCode };
    }
    // CSV declares no metric types: k6's summary names the custom metrics' types (retypeCustomMetrics).
    const typed = stream.format === 'csv' ? retypeCustomMetrics(summary, exported) : summary;
    const complete = applyEndOfTestSummary(typed, exported);
    return { summary: finish(complete), k6ExitCode: result.exitCode };
  } finally {
    forgetDir();
    await rm(dir, { recursive: true, force: true });
  }
}
