import { detectChangePoints } from '../../domain/trend/change-points.js';
import { serializeTrend } from '../../domain/trend/codec.js';
import { LocalBaselineStore } from '../../io/local-baseline-store.js';
import { loadTrend } from '../../pipeline/baseline-cycle.js';
import { renderTrendTerminal } from '../../render/trend-terminal.js';
import type { CliCommand } from '../command.js';
import { requestFor } from '../settings.js';

export const command: CliCommand = {
  name: 'trend',
  summary: "print the default branch's trend and its change points from the baseline directory",
  synopsis: 'perf-gate trend [options]',
  description: `
Prints the trend that \`perf-gate run\` keeps beside the baseline runs (one entry per run stored as the
baseline, in <baseline-dir>/<gate-id>/perf-gate-trend.json): per statistic a one-line chart of the newest
runs and the change points found in it, with the commits on either side and the change with its interval.
It runs no load and never changes the baseline directory.`,
  async run(args, ctx) {
    const built = await requestFor('trend', args, ctx);
    if (built.store.kind !== 'directory')
      throw new Error('perf-gate trend: the request builder gave no baseline directory');
    const trend = await loadTrend(new LocalBaselineStore(built.store.dir, ctx.cwd), ctx.logger);
    if (!trend) {
      ctx.logger.info(
        `no trend in ${built.store.dir} yet: each run stored as the baseline (perf-gate run on the default branch) adds one entry`,
      );
      if (built.values.trendJson) ctx.stdout(`${JSON.stringify({ trend: null, analysis: null })}\n`);
      return 0;
    }
    const analysis = detectChangePoints(trend);
    ctx.stdout(
      built.values.trendJson
        ? `${JSON.stringify({ trend: serializeTrend(trend), analysis }, null, 2)}\n`
        : renderTrendTerminal(trend, analysis, { width: Number(ctx.env.COLUMNS) || 100 }),
    );
    return 0;
  },
};
