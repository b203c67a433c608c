// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the demo (dist/demo.js) with esbuild.
// The output is committed (actions run dist/ as is) and must be reproducible: check-dist rebuilds and diffs it.
// Usage: node scripts/build.mjs [outdir]
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';

const outdir = process.argv[2] ?? 'dist';
// Some dependencies still call require(); give the ESM bundle one.
const banner =
  "import { createRequire as __perfGateCreateRequire } from 'node:module'; const require = __perfGateCreateRequire(import.meta.url);";

const entries = [
  { in: 'src/action/index.ts', out: 'index', shebang: false },
  { in: 'src/cli/index.ts', out: 'cli', shebang: true },
  { in: 'src/demo/index.ts', out: 'demo', shebang: true },
];

for (const entry of entries) {
  await build({
    entryPoints: [entry.in],
    outfile: join(outdir, `${entry.out}.js`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: (entry.shebang ? '#!/usr/bin/env node\n' : '') + banner },
  });
  if (entry.shebang) chmodSync(join(outdir, `${entry.out}.js`), 0o755);
}
