/**
 * Every workflow the repository ships or shows is valid: actionlint (the pinned build, scripts/ensure-actionlint.sh;
 * with shellcheck, which test-all installs, it also checks each `run:` script) lints the files in .github/workflows
 * and each ```yaml block of README.md and docs/*.md made whole by the rule in __tests__/support/workflow-yaml.ts.
 *
 * They are linted in a scratch project (a `.git` directory marks its root) holding a copy of action.yml, with every
 * `uses: org/perf-gate@v1` of the docs rewritten to `uses: ./`: actionlint then checks each input the docs pass
 * against the inputs action.yml declares.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/k6.js';
import { allWorkflowTexts } from '../support/workflow-yaml.js';

function actionlint(): string {
  return execFileSync('bash', [join(ROOT, 'scripts', 'ensure-actionlint.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

function shellcheck(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** A file name that says where the workflow came from: `README.md:96` -> `README.md-L96.yml`. */
const fileName = (source: string) =>
  source.replace(/^\.github\/workflows\//, '').replace(/[/:]/g, '-L') + '.yml';

describe('the workflows in .github/workflows, README.md and docs/', () => {
  const texts = allWorkflowTexts();

  it('are found: the repository’s own and the documented ones', () => {
    expect(texts.filter((t) => t.source.startsWith('.github/')).map((t) => t.source)).toContain(
      '.github/workflows/release.yml',
    );
    expect(texts.filter((t) => t.source.startsWith('README.md')).length).toBeGreaterThanOrEqual(4);
    expect(texts.filter((t) => t.source.startsWith('docs/action.md')).length).toBeGreaterThanOrEqual(4);
  });

  it('skips only blocks that are no workflow (no uses:, runs-on: or steps:)', () => {
    const skipped = texts.filter((t) => t.workflow === undefined);
    for (const t of skipped) expect(t.original, t.source).not.toMatch(/^\s*-?\s*(uses|runs-on|steps):/m);
  });

  it('pass actionlint, with every perf-gate input checked against action.yml', () => {
    if (process.env.CI === 'true')
      expect(
        shellcheck(),
        'scripts/test-all.sh installs shellcheck: CI lints run: scripts too',
      ).toBeDefined();
    const project = mkdtempSync(join(tmpdir(), 'perf-gate-actionlint-'));
    mkdirSync(join(project, '.git'));
    mkdirSync(join(project, '.github', 'workflows'), { recursive: true });
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'action.yml'), execFileSync('cat', [join(ROOT, 'action.yml')]));
    writeFileSync(join(project, 'dist', 'index.js'), ''); // action.yml's runs.main must exist
    const files: string[] = [];
    for (const t of texts) {
      if (t.workflow === undefined) continue;
      const name = join('.github', 'workflows', fileName(t.source));
      expect(existsSync(join(project, name)), `${t.source}: two sources map to ${name}`).toBe(false);
      writeFileSync(join(project, name), t.workflow.replace(/uses:\s*org\/perf-gate@v\d+/g, 'uses: ./'));
      files.push(name);
    }
    const sc = shellcheck();
    const r = spawnSync(actionlint(), ['-no-color', '-pyflakes=', `-shellcheck=${sc ?? ''}`, ...files], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
