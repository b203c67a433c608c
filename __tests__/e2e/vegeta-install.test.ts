/**
 * The action's vegeta install with the real Go toolchain and module proxy (it compiles vegeta: a load test for the
 * machine): no vegeta given or on PATH, so `go install github.com/tsenart/vegeta/v12@<pinned>` builds it, checked
 * against the Go checksum database, into a temporary tool cache; the next call takes it from the cache without Go.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/io/logger.js';
import { installVegeta } from '../../src/io/vegeta-install.js';
import { builtVegetaVersion } from '../../src/io/vegeta-locate.js';
import { PINNED_VEGETA_VERSION } from '../../src/vegeta-version.js';
import { temporaryToolCache } from '../support/tool-cache.js';

describe('vegeta built with go install for the action', () => {
  let restore: () => void;
  beforeAll(() => (restore = temporaryToolCache()));
  afterAll(() => restore());

  it('builds the pinned vegeta into the tool cache, says so, and takes it from the cache next time', async () => {
    const go = execFileSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' }).trim();
    // installVegeta is what vegetaForAction calls when nothing is found (here the project's pinned build would be).
    const env = { ...process.env, PATH: `${dirname(go)}:/usr/bin:/bin` };
    const logger = new MemoryLogger();
    const built = await installVegeta(PINNED_VEGETA_VERSION.slice(1), { env, logger });
    expect(built.source).toBe(`go install (vegeta ${PINNED_VEGETA_VERSION})`);
    expect(built.path.startsWith(process.env.RUNNER_TOOL_CACHE as string)).toBe(true);
    expect(logger.lines).toContain(
      `info: go install github.com/tsenart/vegeta/v12@${PINNED_VEGETA_VERSION} (each module verified against the Go checksum database)`,
    );
    expect(builtVegetaVersion(built.path)).toBe(PINNED_VEGETA_VERSION);
    expect(readFileSync(built.path).length).toBeGreaterThan(1_000_000);
    execFileSync(built.path, ['-version'], { stdio: 'pipe' }); // runs (throws on a non-zero exit)

    const noGo = { PATH: '/usr/bin:/bin' };
    const again = await installVegeta(PINNED_VEGETA_VERSION.slice(1), {
      env: noGo,
      logger: new MemoryLogger(),
    });
    expect(again).toEqual({ path: built.path, source: `tool cache (vegeta ${PINNED_VEGETA_VERSION})` });
  }, 600_000);
});
