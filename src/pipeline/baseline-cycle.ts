/**
 * The baseline cycle, once for every mode and every store: load the stored runs, keep the ones that may be a
 * baseline (k6's thresholds), choose them by commit (a pull request's base commit, or locally the merge base),
 * and after the comparison decide whether the new run is stored, and store it. A store only lists, reads and
 * writes (io/baseline-store.ts); every rule about which runs are a baseline is here or in the domain. The default
 * branch's trend travels with the runs: read with the set the baseline came from, and extended by one entry in the
 * save step, only when the run is stored (a run that is no baseline is no point of the trend either).
 *
 * Longer than most files (about 340 lines) because load, choice by commit, the trend read with the chosen set and the
 * save step are one cycle: split, the rule "the trend moves with the set it was read from" would span files.
 */
import {
  basisOf,
  chooseByCommit,
  driftWarning,
  isAncestorPlace,
  poolCommits,
  type CommitPlace,
} from '../domain/baseline-by-commit.js';
import { NOISE_HISTORY_RUNS } from '../domain/compare/run-noise.js';
import { failedItsThresholds, saveDecision } from '../domain/outcome.js';
import { mergeRunHistories } from '../domain/run-history.js';
import type { BaselinePolicy } from '../domain/gate-request.js';
import type { BaselineProvenance, HealthFinding } from '../domain/report.js';
import { PerfGateError } from '../errors.js';
import type { RunSummary } from '../domain/run-summary.js';
import type {
  BaseCommit,
  BaselineSelection,
  BaselineStore,
  StoredBaseline,
  StoredSet,
} from '../io/baseline-store.js';
import type { Logger } from '../io/logger.js';
import { parseTrend, serializeTrend } from '../domain/trend/codec.js';
import { buildTrendEntry, type TrendEntryInput } from '../domain/trend/entry.js';
import { appendTrend, emptyTrend, mergeTrends, type Trend } from '../domain/trend/model.js';

export interface BaselineDeps {
  store: BaselineStore;
  logger: Logger;
  /** The commit to choose runs for; without it, the newest runs are the baseline (the default branch, a push). */
  base?: BaseCommit;
  /** The workflow run storing the baseline (the action), recorded in its trend entry. */
  runId?: number;
}

export interface LoadedBaseline {
  /** The baseline runs, newest (or nearest the base commit) first. */
  runs: StoredBaseline[];
  /** How they were chosen by commit; undefined when the newest runs were taken without a base commit. */
  selection?: BaselineSelection;
  /**
   * The run-to-run noise's history: every trusted run of the set the baseline came from (the base commit's runs
   * and the older default-branch runs stored with them), newest first, at most NOISE_HISTORY_RUNS. The location
   * stays `runs`; only the noise is estimated from these (compareRuns' noiseHistory).
   */
  noise: StoredBaseline[];
  /** The default branch's trend stored with those runs; undefined when there is none (or it was unusable). */
  trend?: Trend;
}

/** The trend after the save step, and whether this run added its entry. */
export interface TrendState {
  trend: Trend;
  appended: boolean;
}

/** What the save step did. */
export interface SaveOutcome {
  saved: boolean;
  /** The trend as it now stands (with this run's entry when `appended`); undefined when there is none. */
  trend?: TrendState;
}

/** A set's trusted runs as the noise's history: the newest NOISE_HISTORY_RUNS of them. */
const noiseOf = (runs: StoredBaseline[]) => runs.slice(0, NOISE_HISTORY_RUNS);

/**
 * The runs of a set that may be a baseline: a run whose k6 thresholds failed is not one (a job's success says
 * nothing when its step had continue-on-error; the run's own record does), unless `baseline-failed-thresholds`.
 * When a snapshot's own run failed, the whole snapshot is skipped for an older one.
 */
function trusted(
  set: StoredSet,
  runs: StoredBaseline[],
  accept: boolean,
  logger: Logger,
): StoredBaseline[] | undefined {
  if (accept) return runs;
  if (set.snapshot && runs[0] && failedItsThresholds(runs[0].summary)) {
    logger.warn(
      `${set.label} failed k6's own thresholds, so its artifact is not a baseline; skipped it for an older trusted run`,
    );
    return undefined;
  }
  const kept = runs.filter((r) => !failedItsThresholds(r.summary));
  if (kept.length < runs.length && !set.snapshot)
    logger.warn(
      `left out ${runs.length - kept.length} run(s) of ${set.label} that failed k6's own thresholds (baseline-failed-thresholds takes them)`,
    );
  return kept.length > 0 ? kept : undefined;
}

async function usable(set: StoredSet, policy: BaselinePolicy, logger: Logger) {
  const runs = await set.read();
  return runs && trusted(set, runs, policy.acceptFailedThresholds, logger);
}

interface Chosen extends Omit<LoadedBaseline, 'trend'> {
  /** The set the runs came from: its trend is the one carried forward. */
  set?: StoredSet;
}

/** The newest usable set's newest runs (and the set's runs as the noise's history). */
async function newest(deps: BaselineDeps, policy: BaselinePolicy): Promise<Chosen> {
  for await (const set of deps.store.sets()) {
    const runs = await usable(set, policy, deps.logger);
    if (runs) return { runs: runs.slice(0, Math.max(0, policy.history)), noise: noiseOf(runs), set };
  }
  return { runs: [], noise: [] };
}

/**
 * The runs at the base commit and its nearest ancestors: the sets stored at ancestors (nearest first), then the
 * sets of many commits (a directory), each chosen from by commit; else the newest runs, with a warning naming the
 * drift. A run of a commit that is not an ancestor carries changes the base does not have, and is never pooled
 * while an ancestor's run is there.
 */
async function byBaseCommit(deps: BaselineDeps, policy: BaselinePolicy, base: BaseCommit): Promise<Chosen> {
  const places = new Map<string, CommitPlace | undefined>();
  const place = async (commit: string) => {
    if (!places.has(commit)) places.set(commit, await base.placeOf(commit));
    return places.get(commit);
  };
  const atAncestors: Array<{ set: StoredSet; behind: number }> = [];
  const ofManyCommits: StoredSet[] = [];
  for await (const set of deps.store.sets()) {
    if (set.commit === undefined) {
      ofManyCommits.push(set);
      continue;
    }
    const where = await place(set.commit);
    if (isAncestorPlace(where)) atAncestors.push({ set, behind: where.behind });
    else deps.logger.debug(`${set.label} (${set.commit}) is not an ancestor of ${base.what} ${base.commit}`);
  }
  const order = [...atAncestors.sort((a, b) => a.behind - b.behind).map((a) => a.set), ...ofManyCommits];
  const selectionOf = (pooled: ReturnType<typeof poolCommits>, basis = basisOf(pooled)) => ({
    baseCommit: base.commit,
    basis,
    commits: pooled,
    warning: driftWarning(pooled, base.commit, base.what),
  });
  for (const set of order) {
    const runs = await usable(set, policy, deps.logger);
    if (!runs) continue;
    for (const r of runs) if (r.provenance.commit) await place(r.provenance.commit);
    const { chosen, pooled } = chooseByCommit(
      runs.map((item) => ({ item, commit: item.provenance.commit })),
      (c) => places.get(c),
      policy.history,
    );
    if (chosen.length > 0) return { runs: chosen, selection: selectionOf(pooled), noise: noiseOf(runs), set };
  }
  const fallback = await newest(deps, policy);
  const { runs } = fallback;
  if (runs.length === 0) return fallback;
  for (const r of runs) if (r.provenance.commit) await place(r.provenance.commit);
  const drift = poolCommits(
    runs.map((r) => ({ commit: r.provenance.commit })),
    (c) => places.get(c),
  );
  return { ...fallback, selection: selectionOf(drift, 'newest') };
}

/**
 * The trend stored with a set, validated (domain/trend/codec.ts). A damaged or newer-version trend is never fatal:
 * it is left out with a warning, and the next stored run starts the trend again.
 */
async function trendOf(set: StoredSet | undefined, logger: Logger): Promise<Trend | undefined> {
  const stored = set?.trend ? await set.trend() : undefined;
  if (!set || !stored) return undefined;
  const parsed =
    'problem' in stored ? { ok: false as const, reason: stored.problem } : parseTrend(stored.json);
  if (parsed.ok) return parsed.trend;
  logger.warn(
    `the default branch's trend stored with ${set.label} is not used (${parsed.reason}); the next stored run starts it again`,
  );
  return undefined;
}

/**
 * The default branch's trend alone (`perf-gate trend`): the one stored with the newest set that has one, validated
 * like the trend read with a baseline; undefined when there is none or it is unusable (warned).
 */
export async function loadTrend(store: BaselineStore, logger: Logger): Promise<Trend | undefined> {
  for await (const set of store.sets()) {
    if (!set.trend) continue;
    const trend = await trendOf(set, logger);
    if (trend) return trend;
  }
  return undefined;
}

/** Loads the baseline: the runs that may be one, chosen by commit when there is a base commit. */
export async function loadBaseline(deps: BaselineDeps, policy: BaselinePolicy): Promise<LoadedBaseline> {
  const { logger, store } = deps;
  const loaded = await logger.group(`Loading the baseline from ${store.description}`, async () => {
    const { set, ...chosen } = deps.base
      ? await byBaseCommit(deps, policy, deps.base)
      : await newest(deps, policy);
    logger.info(
      chosen.runs.length === 0
        ? 'no baseline yet'
        : `${chosen.runs.length} baseline run(s), newest from ${chosen.runs[0]?.summary.run.start}; run-to-run noise from ${chosen.noise.length} stored run(s)`,
    );
    const trend = await trendOf(set, logger);
    return { ...chosen, ...(trend ? { trend } : {}) };
  });
  if (loaded.selection?.warning) logger.warn(loaded.selection.warning);
  return loaded;
}

/** The report's account of the baseline: where its newest run came from, how many runs, how they were chosen. */
export function provenanceOf(loaded: LoadedBaseline): BaselineProvenance | undefined {
  const newestRun = loaded.runs[0];
  if (!newestRun) return undefined;
  const selection = loaded.selection;
  const nearest = selection?.commits[0];
  return {
    ...newestRun.provenance,
    ...(selection
      ? {
          baseCommit: selection.baseCommit,
          basis: selection.basis,
          commits: selection.commits,
          ...(nearest?.ahead === 0 && nearest.behind !== undefined ? { distance: nearest.behind } : {}),
        }
      : {}),
    runs: loaded.runs.length,
  };
}

/** The error (exit 2) that refuses a broken run: what is broken, how to see it, and that nothing was stored. */
export function brokenRunError(broken: readonly HealthFinding[], why: string): PerfGateError {
  return new PerfGateError(
    `the run is broken, and ${why}: ${broken.map((f) => f.what).join('; ')}`,
    `${broken.map((f) => f.see).join('; ')}. Nothing was stored as a baseline`,
  );
}

/**
 * The history to carry forward, read again just before the write (issue 25 item 12): when another run of the
 * default branch stored its artifact after this one loaded its baseline, that artifact's runs (its own among them)
 * join the history read at the start, and its trend's entries join the trend read at the start, so overlapping
 * pushes both stay in the history and in the trend. A directory keeps its older files itself: nothing is carried
 * there, nothing is re-read. This narrows the race to the upload itself; a `concurrency:` group in the workflow
 * closes it (docs/action.md).
 */
async function historyAtSave(
  deps: BaselineDeps,
  policy: BaselinePolicy,
  carried: readonly StoredBaseline[],
  trend: Trend | undefined,
): Promise<{ history: RunSummary[]; trend: Trend | undefined }> {
  const read = carried.map((r) => r.summary);
  for await (const set of deps.store.sets()) {
    if (!set.snapshot) break;
    const latest = await usable(set, policy, deps.logger);
    if (!latest) continue;
    const latestTrend = await trendOf(set, deps.logger);
    return {
      history: mergeRunHistories(
        read,
        latest.map((r) => r.summary),
      ),
      trend: trend && latestTrend ? mergeTrends(trend, latestTrend) : (trend ?? latestTrend),
    };
  }
  return { history: read, trend };
}

/**
 * The trend to store with a run: the carried one (or a new one) with this run's entry appended; the loaded one as it
 * is when the run makes no entry (a capacity search, a run without a commit).
 */
function trendWith(
  carried: Trend | undefined,
  run: TrendEntryInput | undefined,
  runId?: number,
): TrendState | undefined {
  const made = run && buildTrendEntry({ ...run, ...(runId !== undefined ? { runId } : {}) });
  if (!made) return carried && { trend: carried, appended: false };
  return { trend: appendTrend(carried ?? emptyTrend(), made.entry, made.statistics), appended: true };
}

/**
 * After the comparison: stores the candidate's runs (newest first) when the save decision says so, and says why
 * not when a run is kept out; a broken first run (its `health`, from the report) is refused as bad input.
 * Everything stored with a baseline is written from here, the trend too: a stored run adds its entry (`trendRun`:
 * the pooled run, its gate configuration and report), a run kept out (broken, failed thresholds) adds none, and the
 * trend is carried into every new artifact. `comparable` counts the stored runs this run was compared with
 * (capacity counts only capacity runs).
 */
export async function saveBaseline(
  deps: BaselineDeps,
  policy: BaselinePolicy,
  loaded: LoadedBaseline,
  runs: readonly RunSummary[],
  comparable = loaded.runs.length,
  health: readonly HealthFinding[] = [],
  trendRun?: TrendEntryInput,
): Promise<SaveOutcome> {
  const { save, note, refuse } = saveDecision({
    policy: policy.save,
    storedRuns: comparable,
    thresholdsFailed: runs.some(failedItsThresholds),
    acceptFailedThresholds: policy.acceptFailedThresholds,
    health,
  });
  if (refuse) throw brokenRunError(refuse, 'with no baseline yet there is nothing to judge it by');
  if (note) deps.logger.warn(note);
  const unchanged = loaded.trend && { trend: loaded.trend, appended: false };
  if (!save) return { saved: false, ...(unchanged ? { trend: unchanged } : {}) };
  // `replace` keeps only this run's repeats; otherwise the history rolls, as long as the noise's history
  // (NOISE_HISTORY_RUNS: the location pools only `history` of them). Every repeat is stored as its own run:
  // together they measure the run-to-run noise of the next comparisons.
  const replace = policy.save === 'replace';
  const carried = loaded.noise.length > 0 ? loaded.noise : loaded.runs;
  const atSave = replace
    ? { history: [], trend: loaded.trend }
    : await historyAtSave(deps, policy, carried, loaded.trend);
  const trend = trendWith(atSave.trend, trendRun, deps.runId);
  await deps.store.write(
    runs,
    atSave.history,
    replace ? runs.length : Math.max(policy.history, NOISE_HISTORY_RUNS, runs.length),
    trend ? serializeTrend(trend.trend) : undefined,
  );
  deps.logger.info(
    `stored ${runs.length === 1 ? 'this run' : `these ${runs.length} runs`} as the baseline in ${deps.store.description}${trend?.appended ? ` with its trend entry (${trend.trend.entries.length} runs)` : ''}`,
  );
  return { saved: true, ...(trend ? { trend } : {}) };
}
