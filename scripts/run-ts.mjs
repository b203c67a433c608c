// Runs a TypeScript entry point of the repository (a benchmark, the evaluation) on Node 20: bundles it with
// esbuild into .tools/run-ts/ and executes the bundle with the same arguments. Keeps `.js` import specifiers
// working without a loader. Usage: node scripts/run-ts.mjs <file.ts> [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const outdir = resolve('.tools', 'run-ts');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
const result = spawnSync(
  process.execPath,
  [...(process.env.RUN_TS_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), outfile, ...args],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
