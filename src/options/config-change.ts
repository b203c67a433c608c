/**
 * What a pull request changes in the gate's configuration file, key by key, and the one sentence a reviewer reads
 * about it. On a pull request the gate judges with the base commit's file (action/gate-policy.ts): the pull
 * request's own file is shown, never applied, so a pull request cannot loosen the gate that judges it. Pure.
 */
import type { GateFileConfig } from './config-file.js';

/** One top-level key whose value differs; `before` or `after` is absent when the key is not set there. */
export interface ConfigChange {
  key: string;
  before?: string;
  after?: string;
}

/** Longest value shown in a change; a longer one (a list of metric rules) is cut with an ellipsis. */
const SHOWN = 80;

const shown = (value: string | undefined): string =>
  value === undefined ? '(not set)' : value.length > SHOWN ? `${value.slice(0, SHOWN - 1)}…` : value;

/** The keys whose written values differ between the base's file and the pull request's, in the files' order. */
export function configChanges(
  base: GateFileConfig | undefined,
  head: GateFileConfig | undefined,
): ConfigChange[] {
  const before = base?.written ?? {};
  const after = head?.written ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => before[key] !== after[key])
    .map((key) => ({
      key,
      ...(before[key] !== undefined ? { before: before[key] } : {}),
      ...(after[key] !== undefined ? { after: after[key] } : {}),
    }));
}

/**
 * The sentence for the comment, the job summary and a warning annotation when the pull request's file differs from
 * its base commit's (a file added, removed, renamed or edited); undefined when they are the same.
 */
export function configChangeNotice(
  base: GateFileConfig | undefined,
  head: GateFileConfig | undefined,
): string | undefined {
  const changes = configChanges(base, head);
  const renamed = base !== undefined && head !== undefined && base.file !== head.file;
  if (changes.length === 0 && !renamed && (base === undefined) === (head === undefined)) return undefined;
  const list = changes.map((c) => `${c.key} ${shown(c.before)} -> ${shown(c.after)}`).join(', ');
  const what =
    base === undefined
      ? `adds the gate's configuration file ${head?.file}`
      : head === undefined
        ? `removes the gate's configuration file ${base.file}`
        : renamed
          ? `changes the gate's configuration (${base.file} -> ${head.file})`
          : `changes the gate's configuration (${head.file})`;
  const judged =
    base === undefined
      ? 'the gate judged it with the defaults, as the base commit has no configuration file'
      : `the gate judged it with the base commit's ${base.file}`;
  return `this pull request ${what}${list ? `: ${list}` : ''}. It takes effect once merged; ${judged}.`;
}
