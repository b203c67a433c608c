/**
 * Which of the baseline runs' scraped targets is the same service as each of the candidate's. A URL is not an
 * identity: in CI the port is random, `localhost` becomes `127.0.0.1`, a preview host changes with the branch. So:
 *   - one target on each side: they pair, whatever their URLs;
 *   - otherwise by role: a target's `name` (`server-metrics: api=http://…`) pairs with the same name;
 *     unnamed targets pair by exact URL, the only identity they have;
 *   - a target left without a partner is a warning in the report, never a silent drop.
 */
import type { RunSummary } from '../run-summary.js';
import type { ServerTargetSummary } from '../server-summary.js';

/** How a target is told apart from the others of its run: its name when it has one, else its URL. */
export function targetRole(t: ServerTargetSummary): string {
  return t.name ?? t.target;
}

/** One candidate target and its partner in each baseline run (undefined where that run has none). */
export interface TargetPair {
  candidate: ServerTargetSummary;
  baseline: Array<ServerTargetSummary | undefined>;
  /** The series label of its comparisons: the role when the candidate has several targets. */
  role: string;
}

/** The partner of a candidate target among one run's targets (see the rules above). */
function partner(
  target: ServerTargetSummary,
  candidateTargets: readonly ServerTargetSummary[],
  runTargets: readonly ServerTargetSummary[],
): ServerTargetSummary | undefined {
  if (candidateTargets.length === 1 && runTargets.length === 1) return runTargets[0];
  if (target.name !== undefined) return runTargets.find((t) => t.name === target.name);
  return runTargets.find((t) => t.name === undefined && t.target === target.target);
}

/**
 * The candidate's targets paired with each baseline run's, and a warning for every candidate target that no
 * baseline run has a partner for, and every baseline target no candidate target took (once, by role).
 * O(targets² × runs).
 */
export function pairServerTargets(
  history: readonly RunSummary[],
  candidate: RunSummary,
): { pairs: TargetPair[]; warnings: string[] } {
  const mine = candidate.server?.targets ?? [];
  const theirs = history.map((run) => run.server?.targets ?? []);
  const pairs = mine.map((target) => ({
    candidate: target,
    baseline: theirs.map((targets) => partner(target, mine, targets)),
    role: targetRole(target),
  }));
  const warnings: string[] = [];
  const paired = new Set<ServerTargetSummary>();
  for (const p of pairs) {
    for (const b of p.baseline) if (b) paired.add(b);
    if (theirs.some((ts) => ts.length > 0) && p.baseline.every((b) => b === undefined))
      warnings.push(
        `server metrics ${describe(p.candidate)}: no baseline run scraped a target of that ${p.candidate.name !== undefined ? 'name' : 'URL'}, so its CPU per request is not compared; name each target (server-metrics: name=url) to pair them across runs`,
      );
  }
  if (mine.length > 0) {
    const orphans = new Map<string, ServerTargetSummary>();
    for (const ts of theirs) for (const t of ts) if (!paired.has(t)) orphans.set(targetRole(t), t);
    for (const t of orphans.values())
      warnings.push(
        `server metrics ${describe(t)}: scraped in the baseline but not paired with any of this run's targets; name each target (server-metrics: name=url) to pair them across runs`,
      );
  }
  return { pairs, warnings };
}

function describe(t: ServerTargetSummary): string {
  return t.name !== undefined ? `"${t.name}" (${t.target})` : t.target;
}
