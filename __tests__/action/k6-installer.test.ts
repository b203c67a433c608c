/**
 * The action's k6 installer, offline: a local server plays GitHub's release downloads with a tarball made from the
 * pinned real k6 and a checksums file. The bundled action (Node 24) installs, verifies and caches it, reuses the
 * cache, and refuses a download whose SHA-256 does not match.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { checksumFor, k6Asset } from '../../src/io/k6-install.js';
import { PINNED_K6_VERSION } from '../../src/k6-version.js';
import { buildBundle } from '../support/bundle.js';
import { pinnedK6, ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction } from '../support/run-action.js';

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

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    service = await startDemoService({ seed: 3 });
    // A release tarball made from the pinned real k6, laid out like k6's own.
    const asset = k6Asset(VERSION, 'linux', 'x64');
    const stage = mkdtempSync(join(tmpdir(), 'k6-release-'));
    mkdirSync(join(stage, asset.dir));
    copyFileSync(pinnedK6(), join(stage, asset.dir, 'k6'));
    execFileSync('tar', ['czf', join(stage, asset.name), '-C', stage, asset.dir]);
    const tarball = readFileSync(join(stage, asset.name));
    const sum = createHash('sha256').update(tarball).digest('hex');
    files.set(`/good/v${VERSION}/${asset.name}`, tarball);
    files.set(`/good/v${VERSION}/k6-v${VERSION}-checksums.txt`, Buffer.from(`${sum}  ${asset.name}\n`));
    files.set(`/bad/v${VERSION}/${asset.name}`, tarball);
    files.set(
      `/bad/v${VERSION}/k6-v${VERSION}-checksums.txt`,
      Buffer.from(`${'0'.repeat(64)}  ${asset.name}\n`),
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
  });

  const run = (url: string, toolCache: string) =>
    runAction(
      node,
      bundle,
      {
        script: 'examples/smoke.js',
        env: `BASE_URL=${service.url}`,
        'k6-download-url': url,
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
    const cache = mkdtempSync(join(tmpdir(), 'tool-cache-'));
    const first = await run(`${base}/good`, cache);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(`verified k6-v${VERSION.replace(/\./g, '\\.')}-linux-amd64\\.tar\\.gz`),
    );
    expect(existsSync(join(cache, 'k6', VERSION, 'x64', 'k6'))).toBe(true);
    const before = downloads.length;
    const second = await run(`${base}/good`, cache);
    expect(second.code, second.stdout).toBe(0);
    expect(second.stdout).toMatch(/tool cache \(k6/);
    expect(downloads.length).toBe(before);
  }, 90_000);

  it('refuses a download whose SHA-256 does not match, and installs nothing', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'tool-cache-'));
    const r = await run(`${base}/bad`, cache);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(/::error::the downloaded k6-v.*does not match its published SHA-256/);
    expect(existsSync(join(cache, 'k6'))).toBe(false);
  }, 60_000);
});
