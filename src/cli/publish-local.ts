import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Report } from '../domain/report.js';
import { renderComment, renderTerminal, shouldUseColor } from '../render/index.js';
import type { CliArgs, CliContext, CliOptions } from './command.js';

export const outputOptions: { options: CliOptions; usage: string } = {
  options: {
    json: { type: 'string' },
    markdown: { type: 'string' },
  },
  usage: `  --json <path>           write the report JSON (schemas/report.schema.json) there
  --markdown <path>       write the PR-comment Markdown there`,
};

async function writeTo(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** Prints the terminal table on stdout and writes the files the user asked for. */
export async function publishLocally(
  report: Report,
  values: CliArgs['values'],
  ctx: CliContext,
  info: { gateId: string; baselineSaved?: boolean; store?: string },
): Promise<void> {
  ctx.stdout(renderTerminal(report, { color: shouldUseColor(ctx.env, ctx.isTTY) }));
  const json = values.json as string | undefined;
  const markdown = values.markdown as string | undefined;
  if (json) {
    await writeTo(resolve(ctx.cwd, json), `${JSON.stringify(report, null, 2)}\n`);
    ctx.logger.info(`report JSON written to ${json}`);
  }
  if (markdown) {
    await writeTo(
      resolve(ctx.cwd, markdown),
      renderComment(report, { gateId: info.gateId, now: new Date().toISOString() }),
    );
    ctx.logger.info(`Markdown written to ${markdown}`);
  }
  if (info.baselineSaved && info.store) {
    const where = relative(ctx.cwd, info.store) || '.';
    ctx.logger.info(
      report.verdict === 'no-baseline'
        ? `No baseline yet: this run is now the baseline (${where}). Run again to compare against it.`
        : `This run is now the baseline (${where}).`,
    );
  }
}
