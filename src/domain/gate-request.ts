/**
 * The gate request: everything the pipeline's one `gate()` needs to know, as plain typed data. The options layer
 * builds it from flags or inputs, the config file and the spec's defaults (options/request.ts); the pipeline takes
 * it as it is and never parses text. Every field is resolved: no defaults are left to the pipeline.
 */
import type { Slo } from './capacity/slo.js';
import type { RerunPolicy } from './compare/sequential.js';
import type { GateConfig, InconclusivePolicy } from './gate-config.js';
import type { BaselineSavePolicy } from './outcome.js';
import type { BaselineProvenance } from './report.js';
import type { RunSummary } from './run-summary.js';

/** The commit and branch a run is recorded with. */
export interface GitInfo {
  commit?: string;
  ref?: string;
}

/** What the baseline cycle does: what to store, how many runs to pool, whether failed-threshold runs count. */
export interface BaselinePolicy {
  save: BaselineSavePolicy;
  /** Baseline runs pooled (and kept). */
  history: number;
  /** `baseline-failed-thresholds`: runs whose k6 thresholds failed are stored and taken as baselines. */
  acceptFailedThresholds: boolean;
}

/** How many candidate runs: at least `runs`, and up to `maxRuns` while the rerun policy asks for another. */
export interface RunCounts {
  runs: number;
  maxRuns: number;
  rerun: RerunPolicy;
}

/** A Prometheus server that scrapes the service (PromQL mode), and the user's named queries. */
export interface PrometheusSource {
  url: string;
  queries: Record<string, string>;
}

/** A vegeta attack: targets file, `vegeta attack -rate`, duration, extra attack flags. */
export interface VegetaAttack {
  targets: string;
  /** As `vegeta attack -rate` takes it (`100/s`), and what it means in requests per second. */
  rate: string;
  ratePerSecond: number;
  durationSeconds: number;
  extraArgs: string[];
}

/** What the load runs with: the working directory, the script's environment and extra k6 arguments. */
export interface LoadSetting {
  cwd: string;
  scriptEnv: Record<string, string>;
  k6Args: string[];
  warmupSeconds?: number;
  git?: GitInfo;
}

/**
 * One Prometheus text endpoint of the service (`server-metrics`), with the role it plays when one is given
 * (`api=http://127.0.0.1:8080/metrics`): the name pairs it with the baseline's target of that name whatever the URL
 * (compare/server-pairing.ts).
 */
export interface ServerMetricsTarget {
  url: string;
  name?: string;
}

/** A candidate against the stored history: a script run, a vegeta attack, or results read. */
export interface HistoryRequest extends LoadSetting, RunCounts {
  /** A k6 script to run... */
  script?: string;
  /** ...or a vegeta attack to run... */
  vegeta?: VegetaAttack;
  /** ...or k6/vegeta outputs produced elsewhere (paths or globs), merged as shards of one test. */
  results?: string[];
  /** Prometheus text endpoints scraped while k6 runs (a script only). */
  serverMetrics?: ServerMetricsTarget[];
  prometheus?: PrometheusSource;
  gate: GateConfig;
  baseline: BaselinePolicy;
}

/** Capacity mode: the maximum sustained rate under objectives, gated against the stored ones. */
export interface CapacityRequest extends LoadSetting {
  script: string;
  /** The script's exported function to drive. */
  exec: string;
  /** The objectives every step must meet, parsed. */
  slos: Slo[];
  from: number;
  to: number;
  stepSeconds: number;
  /** Left out at the start of every step (queues filling, connections opening). */
  warmupSeconds: number;
  resolution: number;
  tolerance: number;
  confidence: number;
  inconclusivePolicy: InconclusivePolicy;
  force: boolean;
  baseline: BaselinePolicy;
  /** The service's Prometheus endpoints (or server), read during every step: they name the bottleneck. */
  serverMetrics?: ServerMetricsTarget[];
  prometheus?: PrometheusSource;
}

/** Same-machine A/B mode: the script against two targets, interleaved; no stored baseline. */
export interface ABRequest extends LoadSetting {
  script: string;
  /** The environment variable the script reads its target from. */
  targetEnv: string;
  baselineTarget: string;
  candidateTarget: string;
  /** Pairs before the first look (the warm-up pair not counted). */
  pairs: number;
  /** The most pairs: more are added one per look while the answer is open (ab-stopping.ts). */
  maxPairs: number;
  /**
   * Each version's Prometheus metrics URLs, paired by position: the baseline's i-th target is compared with the
   * candidate's i-th, so both arms' CPU per request gets the paired interval.
   */
  serverMetrics?: { baseline: string[]; candidate: string[] };
  /** The baseline is this commit of the repository, checked out and started by perf-gate (`start`). */
  base?: { commit: string };
  gate: GateConfig;
}

export type GateRequest =
  | { mode: 'history'; run: HistoryRequest }
  | { mode: 'capacity'; capacity: CapacityRequest }
  | { mode: 'ab'; ab: ABRequest }
  | {
      mode: 'summaries';
      baselines: RunSummary[];
      candidate: RunSummary;
      gate: GateConfig;
      provenance?: Partial<BaselineProvenance>;
    };
