// Prints a seeded random sample of the source lines of the mutated folders as Stryker `--mutate` ranges
// (`src/domain/histogram.ts:120-120`), `count` lines per folder. A full mutation run takes hours on a shared
// two-core machine; the mutants on a uniform sample of lines estimate each folder's score in a fraction of that
// (docs/testing.md). Lines are the sampling unit: every mutant that lies within a sampled line is tested, so
// mutants spanning several lines (a whole block emptied) are never sampled.
// Runs under Node >= 23 (type stripping), as scripts/mutation.sh runs it.
// Usage: node mutation-sample.mjs count seed [folder]
// With a folder, only that folder's ranges are printed; the draw is the same as without it (one random stream
// over the folders in a fixed order), so `sample 120 36 domain` tests exactly the domain lines of `sample 120 36`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const { seededRandom } = await import('../src/domain/random.ts');
const FOLDERS = ['domain', 'ingest', 'options', 'render'];
const [count = '60', seed = '28', only] = process.argv.slice(2);
if (only !== undefined && !FOLDERS.includes(only))
  throw new Error(`folder must be one of ${FOLDERS.join(', ')}`);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Lines that can hold a mutant: not blank, not a comment, not an import or a type-only declaration line. */
const isCode = (line) =>
  !/^\s*($|\/\/|\/\*|\*|import |export type |type |export interface |interface |[}\])]+[;,]?\s*$)/.test(line);

const random = seededRandom(Number(seed));
const ranges = [];
for (const folder of FOLDERS) {
  const lines = files(join('src', folder))
    .sort()
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((text, i) => ({ file, line: i + 1, text }))
        .filter((l) => isCode(l.text)),
    );
  // A partial Fisher-Yates shuffle: the first `count` of a uniform random permutation.
  for (let i = 0; i < Math.min(Number(count), lines.length); i++) {
    const j = i + Math.floor(random() * (lines.length - i));
    [lines[i], lines[j]] = [lines[j], lines[i]];
    if (only === undefined || folder === only)
      ranges.push(`${lines[i].file}:${lines[i].line}-${lines[i].line}`);
  }
}
console.log(ranges.sort().join(','));
