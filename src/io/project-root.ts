import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The perf-gate package directory (where package.json and .tools/ live), found by walking up from this module:
 * it is src/io/ under vitest and dist/ in the bundle, so a fixed relative path would be wrong in one of them.
 */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'perf-gate')
          return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Whether the perf-gate package directory is a checkout of the repository (it has the scripts that build the pinned
 * k6 and vegeta into .tools/) rather than the installed npm package, which ships only dist/, schemas/ and examples/.
 */
export function isCheckout(root: string): boolean {
  return existsSync(join(root, 'scripts', 'build.mjs'));
}
