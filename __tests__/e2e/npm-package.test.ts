/**
 * The npm package as another repository gets it: `npm pack` (whose prepack builds dist/) gives a tarball that
 * installs offline into an empty directory (the bundles carry every dependency, so the package has none), and
 * `npx perf-gate run` from there runs the real pinned k6 against the demo service started from the installed
 * package: the first run becomes the baseline, the second is compared with it (exit 0). Outside a checkout there is
 * no pinned build in .tools/: without --k6, K6_PATH or a k6 on PATH the error says exactly that.
 *
 * The package is packed from a staging copy of the sources (src/, schemas/, examples/, the build script; no dist/),
 * so the test proves prepack builds the bundles, and never rewrites the checkout's committed dist/.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess as run } from '../support/cli.js';
import { serveDemo } from '../support/demo-process.js';
import { pinnedK6, ROOT } from '../support/k6.js';

interface Packed {
  filename: string;
  files: { path: string }[];
}

describe('the npm package, packed, installed offline in an empty directory', () => {
  const work = mkdtempSync(join(tmpdir(), 'perf-gate-npm-'));
  const stage = join(work, 'stage');
  const app = join(work, 'app');
  /** An empty npm cache: with --offline, any dependency the package declared would fail to install. */
  const npmEnv = { npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' };
  let packed: Packed;
  let k6: string;
  let demo: { child: ChildProcess; url: string } | undefined;
  const installed = () => join(app, 'node_modules', 'perf-gate');

  beforeAll(async () => {
    k6 = pinnedK6();
    mkdirSync(join(stage, 'scripts'), { recursive: true });
    mkdirSync(app);
    for (const path of [
      'package.json',
      'README.md',
      'LICENSE',
      'tsconfig.json',
      'src',
      'schemas',
      'examples',
    ])
      cpSync(join(ROOT, path), join(stage, path), { recursive: true });
    cpSync(join(ROOT, 'scripts', 'build.mjs'), join(stage, 'scripts', 'build.mjs'));
    symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: stage,
      env: { ...process.env, ...npmEnv },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // npm prints the prepack script's own output before the JSON.
    packed = (JSON.parse(out.slice(out.indexOf('\n[') + 1)) as Packed[])[0] as Packed;

    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }), { flag: 'wx' });
  }, 120_000);
  afterAll(() => {
    demo?.child.kill();
  });

  it('packs the built CLI, the demo, the schemas, the examples, README and LICENSE, and nothing from src/', () => {
    const files = packed.files.map((f) => f.path).sort();
    for (const path of [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/cli.js',
      'dist/demo.js',
      'schemas/report.schema.json',
      'schemas/run-summary.schema.json',
      'examples/shop.js',
    ])
      expect(files).toContain(path);
    expect(files.filter((f) => /^(src|__tests__|scripts|bench|eval|docs)\//.test(f))).toEqual([]);
  });

  it('installs offline with an empty cache: the package has no runtime dependencies', async () => {
    const r = await run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)],
      app,
      npmEnv,
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8'));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ 'perf-gate': 'dist/cli.js' });
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['perf-gate']);
    expect(existsSync(join(app, 'node_modules', '.bin', 'perf-gate'))).toBe(true);
    // The schemas are exported for readers of the report and the run summary.
    const resolved = await run(
      process.execPath,
      ['-p', "require.resolve('perf-gate/schemas/report.schema.json')"],
      app,
      {},
    );
    expect(resolved.stdout.trim()).toBe(join(installed(), 'schemas', 'report.schema.json'));
  }, 120_000);

  it('outside a checkout, without --k6, K6_PATH or k6 on PATH, exits 2 saying where it looked', async () => {
    // A PATH with node alone (the bin's shebang is `env node`), so no k6 on this machine can be found on it.
    const bin = mkdtempSync(join(work, 'bin-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const r = await run(join(app, 'node_modules', '.bin', 'perf-gate'), ['run', 'shop.js'], app, {
      PATH: bin,
      K6_PATH: '',
    });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: k6 was not found \(looked at --k6, K6_PATH and PATH\)\. Install k6 /),
    ]);
    expect(r.stderr).not.toMatch(/npm run k6:build|\.tools/);
    expect(existsSync(join(app, '.perf-gate'))).toBe(false);
  });

  it('runs `npx perf-gate run` with the real k6 against the installed demo: a first baseline, then exit 0', async () => {
    demo = await serveDemo(join(installed(), 'dist'));
    cpSync(join(installed(), 'examples', 'shop.js'), join(app, 'shop.js'));
    const gate = (report: string) =>
      run(
        'npx',
        [
          '--offline',
          'perf-gate',
          'run',
          'shop.js',
          '-e',
          `BASE_URL=${demo!.url}`,
          '-e',
          'DURATION=6s',
          '--k6',
          k6,
          '--json',
          join(app, report),
        ],
        app,
        npmEnv,
      );

    const first = await gate('first.json');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stderr).toMatch(/this run is now the baseline/i);
    expect(readdirSync(join(app, '.perf-gate', 'default'))).toHaveLength(1);

    const second = await gate('second.json');
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(app, 'second.json'), 'utf8'));
    // Compared with the stored baseline (an unchanged service; a short run on a shared machine may be unable to
    // settle every comparison, which is inconclusive and still exit 0).
    expect(['pass', 'inconclusive']).toContain(report.verdict);
    expect(report.comparisons.length).toBeGreaterThan(0);
  }, 180_000);
});
