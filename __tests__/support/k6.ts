import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PINNED_K6_VERSION } from '../../src/k6-version.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The pinned real k6 for end-to-end tests: built (or reused) by scripts/ensure-k6.sh. Under CI a missing k6 is a
 * failure, never a skip: the end-to-end tests are the point.
 */
export function pinnedK6(): string {
  const path = join(ROOT, '.tools', `k6-${PINNED_K6_VERSION}`, 'k6');
  if (existsSync(path)) return path;
  return execFileSync('bash', [join(ROOT, 'scripts', 'ensure-k6.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}
