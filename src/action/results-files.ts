import { relative, resolve } from 'node:path';
import * as glob from '@actions/glob';
import { PerfGateError } from '../errors.js';
import { INPUT } from './names.js';

/**
 * Expands the `results` input: each line a path or a glob (e.g. `segments/*.json.gz` from a matrix of k6 execution
 * segments), relative to the working directory. A line that matches nothing is an error naming it: a silently
 * missing shard would gate on part of the test.
 */
export async function expandResults(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const globber = await glob.create(resolve(cwd, pattern), { matchDirectories: false });
    const found = (await globber.glob()).sort();
    if (found.length === 0)
      throw new PerfGateError(
        `input '${INPUT.results}': no file matches ${pattern} (in ${cwd})`,
        'Check the path, and that the step producing the k6 output (or downloading it) ran before this one',
      );
    for (const f of found) if (!files.includes(f)) files.push(f);
  }
  return files.map((f) => relative(cwd, f) || f);
}
