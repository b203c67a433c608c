import type { BaselineProvenance } from '../domain/report.js';

const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`;
const commits = (n: number) => `${n} commit${n === 1 ? '' : 's'}`;

/**
 * How the baseline was chosen by commit, in one phrase for the baseline line: "3 runs at the base commit abc1234
 * (+2 older)", "2 runs at def5678, 3 commits before the base commit abc1234 (it has no usable run yet)", or "2 runs of
 * the newest commits (none at the base commit abc1234 or its ancestors)". `code` formats a commit id for the
 * target (a code span, plain text). Undefined when the baseline was not chosen by commit.
 */
export function basisText(b: BaselineProvenance, code: (commit: string) => string): string | undefined {
  if (!b.baseCommit || !b.basis) return undefined;
  const base = code(b.baseCommit.slice(0, 7));
  const nearest = b.commits?.[0];
  if (b.basis === 'newest' || !nearest)
    return `${runs(b.runs)} of the newest commits (none at the base commit ${base} or its ancestors)`;
  const older = b.runs - nearest.runs;
  const more = older > 0 ? ` (+${older} older)` : '';
  if (b.basis === 'base-commit') return `${runs(nearest.runs)} at the base commit ${base}${more}`;
  return `${runs(nearest.runs)} at ${code(nearest.commit.slice(0, 7))}, ${commits(nearest.behind ?? 0)} before the base commit ${base} (it has no usable run yet)${more}`;
}
