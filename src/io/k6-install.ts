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

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
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

/**
 * Provides k6 `version` on a runner: a k6 on PATH when it is that version; else the tool cache; else the release
 * asset for this OS and architecture, verified against the release's checksums file before it is unpacked, then
 * cached. A checksum that does not match is an error: an unverified binary never runs.
 */
export async function installK6(
  version: string,
  options: { baseUrl?: string; env?: NodeJS.ProcessEnv; logger: Logger },
): Promise<K6Location> {
  const env = options.env ?? process.env;
  const clean = version.replace(/^v/, '');
  const fromPath = onPath(env);
  if (fromPath && k6VersionOf(fromPath) === clean) return { path: fromPath, source: `PATH (k6 ${clean})` };

  const exe = process.platform === 'win32' ? 'k6.exe' : 'k6';
  const cached = tc.find('k6', clean);
  if (cached && existsSync(join(cached, exe)))
    return { path: join(cached, exe), source: `tool cache (k6 ${clean})` };

  const base = (options.baseUrl || DEFAULT_K6_DOWNLOAD_URL).replace(/\/$/, '');
  const asset = k6Asset(clean, process.platform, process.arch);
  const url = `${base}/v${clean}/${asset.name}`;
  return options.logger.group(`Installing k6 ${clean}`, async () => {
    let checksums: string;
    let archive: string;
    try {
      checksums = await readFile(
        await tc.downloadTool(`${base}/v${clean}/k6-v${clean}-checksums.txt`),
        'utf8',
      );
      archive = await tc.downloadTool(url);
    } catch (err) {
      throw new PerfGateError(
        `cannot download k6 ${clean} from ${base}: ${(err as Error).message}`,
        "Check 'k6-version' (a released version, e.g. 1.8.1), or install k6 yourself and set 'k6-path'",
      );
    }
    const expected = checksumFor(checksums, asset.name);
    if (!expected)
      throw new PerfGateError(
        `the checksums file of k6 ${clean} does not list ${asset.name}`,
        "Install k6 yourself and set 'k6-path'",
      );
    const actual = await sha256(archive);
    if (actual !== expected)
      throw new PerfGateError(
        `the downloaded ${asset.name} does not match its published SHA-256 (expected ${expected}, got ${actual})`,
        'Nothing was installed; re-run the job, and if it persists, report it (the download may have been tampered with)',
      );
    options.logger.info(`verified ${asset.name} (sha256 ${actual})`);
    const extracted = asset.name.endsWith('.zip')
      ? await tc.extractZip(archive)
      : await tc.extractTar(archive);
    const dir = await tc.cacheDir(join(extracted, asset.dir), 'k6', clean);
    return { path: join(dir, exe), source: `downloaded k6 ${clean}` };
  });
}
