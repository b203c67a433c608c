/**
 * The action's k6 installer, offline: a local server plays GitHub's release downloads with a tarball (and, for the
 * macOS/Windows path, a zip) made from the pinned real k6 and a checksums file. The bundled action (Node 24)
 * installs, verifies and caches it, re-verifies a cache hit, honours a pinned k6-sha256, and refuses a download
 * whose SHA-256 does not match or that is not https://.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { checksumFor, installK6, k6Asset, k6VersionOf } from '../../src/io/k6-install.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { PINNED_K6_VERSION } from '../../src/k6-version.js';
import { buildBundle } from '../support/bundle.js';
import { pinnedK6, ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction } from '../support/run-action.js';
import { temporaryToolCache } from '../support/tool-cache.js';
import { makeZip } from '../support/zip.js';

const VERSION = PINNED_K6_VERSION.replace(/^v/, '');

describe('k6 release assets and checksums', () => {
  it('names the asset of each platform as k6 releases do', () => {
    expect(k6Asset('1.8.1', 'linux', 'x64')).toEqual({
      name: 'k6-v1.8.1-linux-amd64.tar.gz',
      dir: 'k6-v1.8.1-linux-amd64',
    });
    expect(k6Asset('1.8.1', 'darwin', 'arm64').name).toBe('k6-v1.8.1-macos-arm64.zip');
    expect(k6Asset('1.8.1', 'win32', 'x64').name).toBe('k6-v1.8.1-windows-amd64.zip');
    expect(() => k6Asset('1.8.1', 'aix', 'x64')).toThrow(/no release for aix/);
  });
  it('reads the checksum of one asset from a checksums file', () => {
    const file = `${'a'.repeat(64)}  k6-v1.8.1-linux-arm64.tar.gz\n${'B'.repeat(64)}  k6-v1.8.1-linux-amd64.tar.gz\n`;
    expect(checksumFor(file, 'k6-v1.8.1-linux-amd64.tar.gz')).toBe('b'.repeat(64));
    expect(checksumFor(file, 'k6-v1.8.1-macos-arm64.zip')).toBeUndefined();
  });
});

describe('the action installs k6 when none is given', () => {
  let bundle: string;
  let node: string;
  let service: DemoService;
  let server: Server;
  let base = '';
  const downloads: string[] = [];
  const files = new Map<string, Buffer>();
  let sum = '';
  const asset = k6Asset(VERSION, 'linux', 'x64');

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    service = await startDemoService({ seed: 3 });
    // A release tarball made from the pinned real k6, laid out like k6's own.
    const stage = mkdtempSync(join(tmpdir(), 'k6-release-'));
    mkdirSync(join(stage, asset.dir));
    copyFileSync(pinnedK6(), join(stage, asset.dir, 'k6'));
    execFileSync('tar', ['czf', join(stage, asset.name), '-C', stage, asset.dir]);
    const tarball = readFileSync(join(stage, asset.name));
    sum = createHash('sha256').update(tarball).digest('hex');
    files.set(`/good/v${VERSION}/${asset.name}`, tarball);
    files.set(`/good/v${VERSION}/k6-v${VERSION}-checksums.txt`, Buffer.from(`${sum}  ${asset.name}\n`));
    files.set(`/bad/v${VERSION}/${asset.name}`, tarball);
    files.set(
      `/bad/v${VERSION}/k6-v${VERSION}-checksums.txt`,
      Buffer.from(`${'0'.repeat(64)}  ${asset.name}\n`),
    );
    // The macOS asset is a zip with the same layout (its k6 is the Linux one, so it runs here).
    const mac = k6Asset(VERSION, 'darwin', 'x64');
    const zip = makeZip([{ name: `${mac.dir}/k6`, data: readFileSync(pinnedK6()), mode: 0o755 }]);
    files.set(`/zip/v${VERSION}/${mac.name}`, zip);
    files.set(
      `/zip/v${VERSION}/k6-v${VERSION}-checksums.txt`,
      Buffer.from(`${createHash('sha256').update(zip).digest('hex')}  ${mac.name}\n`),
    );
    server = createServer((req, res) => {
      const body = files.get(req.url ?? '');
      downloads.push(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await service?.close();
    await new Promise<void>((ok) => server?.close(() => ok()));
    for (const dir of caches) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh tool cache, removed after the file's tests (a cached k6 is tens of MB). */
  const caches: string[] = [];
  const freshCache = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'tool-cache-'));
    caches.push(dir);
    return dir;
  };

  const run = (url: string, toolCache: string, pin = '') =>
    runAction(
      node,
      bundle,
      {
        script: 'examples/smoke.js',
        env: `BASE_URL=${service.url}`,
        'k6-download-url': url,
        'k6-sha256': pin,
        'baseline-dir': mkdtempSync(join(tmpdir(), 'installer-baselines-')),
        'report-path': join(mkdtempSync(join(tmpdir(), 'installer-report-')), 'report.json'),
      },
      {
        workspace: ROOT,
        event: 'push',
        ref: 'refs/heads/main',
        // No k6 anywhere on PATH: only the installer can provide it.
        env: { PATH: `${dirname(node)}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: toolCache },
      },
    );

  it('downloads the release, verifies its SHA-256, caches it, and reuses the cache', async () => {
    const cache = freshCache();
    const first = await run(`${base}/good`, cache);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(`verified k6-v${VERSION.replace(/\./g, '\\.')}-linux-amd64\\.tar\\.gz`),
    );
    // The cache keeps the verified archive; a hit is hashed again before it is unpacked and run.
    const cachedArchive = join(cache, 'k6', VERSION, 'x64', asset.name);
    expect(existsSync(cachedArchive)).toBe(true);
    const archives = () => downloads.filter((d) => d.endsWith(asset.name)).length;
    const before = archives();
    const second = await run(`${base}/good`, cache);
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toMatch(/re-verified the cached k6-v.*linux-amd64\.tar\.gz/);
    expect(second.stdout).toMatch(/tool cache \(k6/);
    expect(archives()).toBe(before);

    // A cache another job altered is not used: it is downloaded (and verified) again.
    writeFileSync(cachedArchive, 'not k6');
    const third = await run(`${base}/good`, cache);
    expect(third.code, third.stdout).toBe(0);
    expect(third.stdout).toMatch(/::warning::the tool cache's k6-v.*does not match its SHA-256/);
    expect(archives()).toBe(before + 1);
  }, 120_000);

  it("checks a pinned k6-sha256 instead of the mirror's checksums file", async () => {
    // The mirror's checksums file is wrong, the pin is right: the pin decides.
    const pinned = await run(`${base}/bad`, freshCache(), sum);
    expect(pinned.code, pinned.stdout).toBe(0);
    expect(pinned.stdout).toMatch(/sha256 [0-9a-f]{64}, as pinned/);
    // The mirror agrees with itself, the pin does not: refused, nothing installed.
    const cache = freshCache();
    const wrong = await run(`${base}/good`, cache, '1'.repeat(64));
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/::error::the downloaded k6-v.* does not match the pinned k6-sha256/);
    expect(existsSync(join(cache, 'k6'))).toBe(false);
  }, 90_000);

  it('refuses a plain http:// mirror on another machine before downloading anything', async () => {
    const before = downloads.length;
    const r = await run('http://mirror.invalid/k6', freshCache());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error::input 'k6-download-url' "http:\/\/mirror\.invalid\/k6" is not https:\/\//,
    );
    expect(downloads.length).toBe(before);
  });

  it('installs the zip asset of macOS and Windows, verified, and it runs', async () => {
    const restore = temporaryToolCache();
    try {
      const logger = new MemoryLogger();
      const k6 = await installK6(VERSION, {
        baseUrl: `${base}/zip`,
        logger,
        platform: 'darwin',
        arch: 'x64',
        env: { PATH: '' },
      });
      expect(logger.lines).toContain(
        `info: verified k6-v${VERSION}-macos-amd64.zip (sha256 ${createHash('sha256')
          .update(files.get(`/zip/v${VERSION}/k6-v${VERSION}-macos-amd64.zip`)!)
          .digest('hex')})`,
      );
      expect(k6.source).toBe(`downloaded k6 ${VERSION}`);
      expect(k6VersionOf(k6.path)).toBe(VERSION);
    } finally {
      restore();
    }
  }, 60_000);

  it('with k6-sha256 pinned, ignores a k6 on PATH (it has no archive to verify) and installs the verified one', async () => {
    const restore = temporaryToolCache();
    try {
      // A k6 on PATH reporting the pinned version: whatever binary it is, the pin cannot vouch for it.
      const onPath = mkdtempSync(join(tmpdir(), 'path-k6-'));
      copyFileSync(pinnedK6(), join(onPath, 'k6'));
      const logger = new MemoryLogger();
      const options = { baseUrl: `${base}/good`, logger, env: { PATH: onPath } };
      expect((await installK6(VERSION, options)).source).toBe(`PATH (k6 ${VERSION})`);
      const k6 = await installK6(VERSION, { ...options, sha256: sum });
      expect(k6.source).toBe(`downloaded k6 ${VERSION}`);
      expect(k6.path.startsWith(onPath)).toBe(false);
      expect(logger.lines).toContain(`info: verified ${asset.name} (sha256 ${sum}, as pinned)`);
    } finally {
      restore();
    }
  }, 60_000);

  it('refuses a download whose SHA-256 does not match, and installs nothing', async () => {
    const cache = freshCache();
    const r = await run(`${base}/bad`, cache);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(/::error::the downloaded k6-v.*does not match its published SHA-256/);
    expect(existsSync(join(cache, 'k6'))).toBe(false);
  }, 60_000);
});
