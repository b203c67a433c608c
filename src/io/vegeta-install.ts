/**
 * vegeta for the action when none is given: vegeta's release checksums cannot be pinned from here, but its Go module
 * can be verified: `go install github.com/tsenart/vegeta/v12@<version>` checks every module it fetches against the
 * Go checksum database (sum.golang.org), whatever proxy serves it. Go is on GitHub's hosted runners. The binary is
 * kept in the runner's tool cache (`vegeta/<version>`), with the version beside it (a `go install` build reports
 * none itself).
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tc from '@actions/tool-cache';
import { PerfGateError } from '../errors.js';
import { onCancel, trackChild } from './cancellation.js';
import type { Logger } from './logger.js';
import { locateVegeta, type VegetaLocation } from './vegeta-locate.js';

/** The module path of a vegeta version: `v12.13.0` -> github.com/tsenart/vegeta/v12 (Go's major-version suffix). */
export function vegetaModule(version: string): { module: string; tag: string } {
  const tag = version.startsWith('v') ? version : `v${version}`;
  const major = /^v(\d+)\.\d+\.\d+$/.exec(tag)?.[1];
  if (major === undefined)
    throw new PerfGateError(
      `input 'vegeta-version' "${version}" is not a release version`,
      'Write it like 12.13.0',
    );
  return { module: `github.com/tsenart/vegeta${Number(major) >= 2 ? `/v${major}` : ''}`, tag };
}

/**
 * Go's environment for the build: the caller's (GOPROXY, caches, proxies), without what would turn the checksum
 * database off or around (GOSUMDB=off, GONOSUMDB, GONOSUMCHECK, GOPRIVATE, GOINSECURE, GOFLAGS=-insecure).
 */
function goEnv(env: NodeJS.ProcessEnv, gobin: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, GOBIN: gobin, GOFLAGS: '-buildvcs=false' };
  for (const name of ['GONOSUMDB', 'GONOSUMCHECK', 'GONOSUMCHECKSUM', 'GOPRIVATE', 'GOINSECURE', 'GONOPROXY'])
    delete out[name];
  if (!out.GOSUMDB || out.GOSUMDB === 'off') out.GOSUMDB = 'sum.golang.org';
  return out;
}

function hasGo(env: NodeJS.ProcessEnv): boolean {
  return spawnSync('go', ['version'], { env, stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, logger: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        logger.debug(`go: ${line}`);
        tail.push(line.slice(0, 300));
        if (tail.length > 5) tail.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new PerfGateError(
              `go install failed (exit ${code}): ${tail.join(' | ')}`,
              "Check 'vegeta-version' (a vegeta release) and that the Go module proxy is reachable, or install vegeta yourself and set 'vegeta-path'",
            ),
          ),
    );
  });
}

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Provides vegeta `version` from the tool cache, else builds it with `go install` (the Go checksum database verifies
 * the module) into the tool cache. Without Go, an error that says to install vegeta or Go.
 */
export async function installVegeta(
  version: string,
  options: { env?: NodeJS.ProcessEnv; logger: Logger },
): Promise<VegetaLocation> {
  const env = options.env ?? process.env;
  const { module, tag } = vegetaModule(version);
  const clean = tag.slice(1);
  const cached = tc.find('vegeta', clean);
  if (cached && executable(join(cached, 'vegeta')))
    return { path: join(cached, 'vegeta'), source: `tool cache (vegeta ${tag})` };
  if (!hasGo(env))
    throw new PerfGateError(
      `vegeta was not found (vegeta-path, VEGETA_PATH, PATH) and Go is not installed to build vegeta ${tag}`,
      "Install vegeta in an earlier step (and set 'vegeta-path' or put it on PATH), or set up Go (actions/setup-go) so perf-gate can `go install` it",
    );
  const { logger } = options;
  return logger.group(`Installing vegeta ${tag}`, async () => {
    const gobin = await mkdtemp(join(tmpdir(), 'perf-gate-vegeta-'));
    const forget = onCancel(() => rm(gobin, { recursive: true, force: true }));
    try {
      logger.info(`go install ${module}@${tag} (each module verified against the Go checksum database)`);
      await run('go', ['install', `${module}@${tag}`], goEnv(env, gobin), logger);
      const dir = await tc.cacheFile(join(gobin, 'vegeta'), 'vegeta', 'vegeta', clean);
      // builtVegetaVersion reads it: a `go install` build reports no version itself.
      await writeFile(join(dir, '.built'), `${tag}\n`);
      logger.info(`vegeta ${tag} built and kept in the tool cache: ${dir}`);
      return { path: join(dir, 'vegeta'), source: `go install (vegeta ${tag})` };
    } finally {
      forget();
      await rm(gobin, { recursive: true, force: true });
    }
  });
}

/**
 * The action's vegeta: the one given (vegeta-path, VEGETA_PATH) or found (the pinned build, PATH), else, with a
 * `vegeta-version`, installed by installVegeta. A vegeta named explicitly that does not work stays an error.
 */
export async function vegetaForAction(
  vegetaPath: string | undefined,
  version: string | undefined,
  cwd: string,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<VegetaLocation> {
  try {
    return locateVegeta(vegetaPath, env, cwd, 'action');
  } catch (err) {
    if (!version || vegetaPath || env.VEGETA_PATH) throw err;
    return installVegeta(version, { env, logger });
  }
}
