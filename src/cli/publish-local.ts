import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { displayPath } from '../io/local-baseline-store.js';
import type { Report } from '../domain/report.js';
import type { OptionValues } from '../options/read.js';
import { renderComment, renderTerminal, shouldUseColor } from '../render/index.js';
import type { CliContext } from './command.js';

async function writeTo(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** Prints the terminal table on stdout and writes the files the user asked for (--json, --markdown). */
export async function publishLocally(
  report: Report,
  values: OptionValues,
  ctx: CliContext,
  info: { gateId: string; baselineSaved?: boolean; store?: string },
): Promise<void> {
  ctx.stdout(renderTerminal(report, { color: shouldUseColor(ctx.env, ctx.isTTY) }));
  if (values.reportPath) {
    await writeTo(resolve(ctx.cwd, values.reportPath), `${JSON.stringify(report, null, 2)}\n`);
    ctx.logger.info(`report JSON written to ${values.reportPath}`);
  }
  if (values.markdown) {
    await writeTo(
      resolve(ctx.cwd, values.markdown),
      renderComment(report, { gateId: info.gateId, now: new Date().toISOString() }),
    );
    ctx.logger.info(`Markdown written to ${values.markdown}`);
  }
  if (info.baselineSaved && info.store) {
    const where = displayPath(info.store, ctx.cwd);
    ctx.logger.info(
      report.verdict === 'no-baseline'
        ? `No baseline yet: this run is now the baseline (${where}). Run again to compare against it.`
        : `This run is now the baseline (${where}).`,
    );
  }
}
