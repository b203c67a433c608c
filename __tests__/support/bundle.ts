import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './k6.js';

let built: string | undefined;

/** Bundles src/ exactly as `npm run build` does, into a temporary directory (once per test file). */
export function buildBundle(): string {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-dist-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), dir], { cwd: ROOT, stdio: 'inherit' });
  built = dir;
  return dir;
}
