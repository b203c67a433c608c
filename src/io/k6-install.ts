import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import * as tc from '@actions/tool-cache';
import { PerfGateError } from '../errors.js';
import type { K6Location } from './k6-locate.js';
import { parseK6VersionJson, parseK6VersionText } from './k6-runner.js';
import type { Logger } from './logger.js';

export const DEFAULT_K6_DOWNLOAD_URL = 'https://github.com/grafana/k6/releases/download';

/**
 * k6's release asset for a platform: `k6-v1.8.1-linux-amd64.tar.gz`, `k6-v2.2.0-macos-arm64.zip`, ... (the same
 * naming on v1 and v2, with `k6-vX.Y.Z-checksums.txt` beside them).
 */
export function k6Asset(
  version: string,
  platform: NodeJS.Platform,
  arch: string,
): { name: string; dir: string } {
  const os = platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : platform;
  if (os !== 'linux' && os !== 'macos' && os !== 'windows')
    throw new PerfGateError(`k6 has no release for ${platform}`, "Install k6 yourself and set 'k6-path'");
  const cpu = arch === 'x64' ? 'amd64' : arch;
  if (cpu !== 'amd64' && cpu !== 'arm64')
    throw new PerfGateError(`k6 has no release for ${arch}`, "Install k6 yourself and set 'k6-path'");
  const dir = `k6-v${version}-${os}-${cpu}`;
  return { name: `${dir}.${os === 'linux' ? 'tar.gz' : 'zip'}`, dir };
}

/** The SHA-256 of `asset` in a release's checksums file (`<hex>  <file name>` per line). */
export function checksumFor(checksums: string, asset: string): string | undefined {
  for (const line of checksums.split('\n')) {
    const [hash, name] = line.trim().split(/\s+/);
    if (name === asset && hash && /^[0-9a-f]{64}$/i.test(hash)) return hash.toLowerCase();
  }
  return undefined;
}

export function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/**
 * The download location, refused when it is plain http:// to another machine: the checksums file comes from the
 * same place as the archive, so whoever can alter the one in transit can alter the other. Loopback (a mirror on
 * the runner itself) has no one in between.
 */
export function downloadBase(url: string | undefined): string {
  const base = (url || DEFAULT_K6_DOWNLOAD_URL).replace(/\/$/, '');
  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch {
    throw new PerfGateError(
      `input 'k6-download-url' "${base}" is not a URL`,
      'Write it like https://github.com/grafana/k6/releases/download',
    );
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopback)) return base;
  throw new PerfGateError(
    `input 'k6-download-url' "${base}" is not https:// (a download over ${parsed.protocol} can be altered on the way, checksums included)`,
    'Use an https:// mirror, or install k6 yourself and set k6-path',
  );
}

/**
 * The version a k6 binary reports, without the `v` (`1.8.1`, `2.2.0`), or undefined when it does not answer:
 * `k6 version --json` (k6 >= v0.56), else the text of `k6 version` (`k6 v1.8.1 (...)`, `k6.exe v2.2.0 (...)`).
 */
export function k6VersionOf(path: string): string | undefined {
  const json = spawnSync(path, ['version', '--json'], { encoding: 'utf8', timeout: 10_000 });
  const version =
    (json.status === 0 ? parseK6VersionJson(json.stdout ?? '') : undefined) ??
    parseK6VersionText(spawnSync(path, ['version'], { encoding: 'utf8', timeout: 10_000 }).stdout ?? '');
  return version?.replace(/^v/, '');
}

function onPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const path = dir ? join(dir, process.platform === 'win32' ? 'k6.exe' : 'k6') : '';
    if (path && existsSync(path)) return path;
  }
  return undefined;
}

export interface InstallOptions {
  /** A mirror with the layout of GitHub's release downloads (https://, or http:// on loopback only). */
  baseUrl?: string;
  /** The archive's SHA-256 as the workflow pins it (`k6-sha256`): checked instead of the checksums file. */
  sha256?: string;
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  /** The runner's OS and CPU (tests install the macOS/Windows zip asset on Linux). */
  platform?: NodeJS.Platform;
  arch?: string;
}

/**
 * Provides k6 `version` on a runner: a k6 on PATH when it is that version and no `k6-sha256` is pinned (a binary on
 * PATH has no archive to verify, so a pin ignores it); else the release asset for this OS and architecture, verified before it is unpacked against the pinned `k6-sha256` or else the release's checksums
 * file. The tool cache keeps the verified archive, not a binary to trust: a cache hit is hashed and checked again
 * (a self-hosted runner's cache outlives jobs, and another job may have written it), then unpacked. A digest that
 * does not match is an error for a download and a fresh install for a cache hit: an unverified binary never runs.
 */
export async function installK6(version: string, options: InstallOptions): Promise<K6Location> {
  const env = options.env ?? process.env;
  const clean = version.replace(/^v/, '');
  const base = downloadBase(options.baseUrl);
  // With a pin, only a verified archive runs: a k6 on PATH has no archive to check, whatever version it reports.
  const fromPath = options.sha256 ? undefined : onPath(env);
  if (fromPath && k6VersionOf(fromPath) === clean) return { path: fromPath, source: `PATH (k6 ${clean})` };

  const platform = options.platform ?? process.platform;
  const asset = k6Asset(clean, platform, options.arch ?? process.arch);
  const exe = platform === 'win32' ? 'k6.exe' : 'k6';
  const { logger } = options;
  let published: Promise<string> | undefined;
  // The digest the archive must have: the pin when there is one, else the release's checksums file (fetched once).
  const expected = () => {
    if (options.sha256) return Promise.resolve(options.sha256);
    published ??= publishedDigest(base, clean, asset.name);
    return published;
  };
  return logger.group(`Installing k6 ${clean}`, async () => {
    const cached = tc.find('k6', clean);
    const cachedArchive = cached ? join(cached, asset.name) : undefined;
    if (cachedArchive && existsSync(cachedArchive)) {
      const [want, have] = await Promise.all([expected(), sha256(cachedArchive)]);
      if (have === want) {
        logger.info(`re-verified the cached ${asset.name} (sha256 ${have})`);
        return {
          path: join(await unpack(cachedArchive, asset.name), asset.dir, exe),
          source: `tool cache (k6 ${clean})`,
        };
      }
      logger.warn(
        `the tool cache's ${asset.name} does not match its SHA-256 (expected ${want}, got ${have}); downloading it again`,
      );
    }
    let archive: string;
    try {
      archive = await tc.downloadTool(`${base}/v${clean}/${asset.name}`);
    } catch (err) {
      throw downloadError(clean, base, err);
    }
    const [want, have] = await Promise.all([expected(), sha256(archive)]);
    if (have !== want)
      throw new PerfGateError(
        options.sha256
          ? `the downloaded ${asset.name} does not match the pinned k6-sha256 (expected ${want}, got ${have})`
          : `the downloaded ${asset.name} does not match its published SHA-256 (expected ${want}, got ${have})`,
        'Nothing was installed; check the pin and the mirror, re-run the job, and if it persists, report it (the download may have been tampered with)',
      );
    logger.info(`verified ${asset.name} (sha256 ${have}${options.sha256 ? ', as pinned' : ''})`);
    const dir = await tc.cacheFile(archive, asset.name, 'k6', clean);
    return {
      path: join(await unpack(join(dir, asset.name), asset.name), asset.dir, exe),
      source: `downloaded k6 ${clean}`,
    };
  });
}

/** The asset's SHA-256 from the release's checksums file. */
async function publishedDigest(base: string, version: string, asset: string): Promise<string> {
  let checksums: string;
  try {
    checksums = await readFile(
      await tc.downloadTool(`${base}/v${version}/k6-v${version}-checksums.txt`),
      'utf8',
    );
  } catch (err) {
    throw downloadError(version, base, err);
  }
  const digest = checksumFor(checksums, asset);
  if (!digest)
    throw new PerfGateError(
      `the checksums file of k6 ${version} does not list ${asset}`,
      "Install k6 yourself and set 'k6-path'",
    );
  return digest;
}

/** Unpacks a verified archive into a fresh temporary directory (tar.gz on Linux, zip on macOS and Windows). */
function unpack(archive: string, name: string): Promise<string> {
  return name.endsWith('.zip') ? tc.extractZip(archive) : tc.extractTar(archive);
}

function downloadError(version: string, base: string, err: unknown): PerfGateError {
  return new PerfGateError(
    `cannot download k6 ${version} from ${base}: ${(err as Error).message}`,
    "Check 'k6-version' (a released version, e.g. 1.8.1), or install k6 yourself and set 'k6-path'",
  );
}
