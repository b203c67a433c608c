import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER\nvalue\nDELIMITER`). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

/**
 * Runs the bundled action as the runner does: `node dist/index.js` under the given Node, inputs as INPUT_<NAME>
 * (upper-cased, hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, an event payload.
 */
export function runAction(
  node: string,
  bundle: string,
  inputs: Record<string, string>,
  context: { workspace: string; event: string; ref: string; payload?: object; env?: Record<string, string> },
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(
    eventFile,
    JSON.stringify(context.payload ?? { repository: { default_branch: 'main', full_name: 'org/shop' } }),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: context.event,
    GITHUB_REF: context.ref,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'org/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: context.workspace,
    RUNNER_TEMP: dir,
    ...context.env,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(bundle, 'index.js')], {
      cwd: context.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const run = {
        code: code ?? -1,
        stdout,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      };
      // The runner's temp directory holds what the action downloaded (about 100 MB): gone with the run, as on a runner.
      rmSync(dir, { recursive: true, force: true });
      resolve(run);
    });
  });
}
