import type { HistogramJSON } from '../domain/histogram.js';
import type { MetricInfo, MetricType, RateCounts, RunSummary, SeriesSummary } from '../domain/run-summary.js';
import { isBuiltin } from '../domain/metric-catalog.js';

/**
 * A metric's type from its entry in a k6 end-of-test summary: handleSummary's layout names it
 * (`{type, contains, values}`); `--summary-export` gives it away by its fields (a Rate has passes and fails, a
 * Counter count and rate, a Trend avg and med, a Gauge value, min and max).
 */
function exportedInfo(entry: unknown): MetricInfo | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const e = entry as Record<string, unknown>;
  if (typeof e.type === 'string' && ['trend', 'rate', 'counter', 'gauge'].includes(e.type))
    return {
      type: e.type as MetricType,
      contains: e.contains === 'time' || e.contains === 'data' ? e.contains : 'default',
    };
  const has = (...keys: string[]) => keys.every((k) => k in e);
  if (has('passes', 'fails')) return { type: 'rate', contains: 'default' };
  if (has('count', 'rate')) return { type: 'counter', contains: 'default' };
  if (has('avg', 'med')) return undefined; // a Trend, as read; the export does not say whether it holds times
  if (has('value', 'min', 'max')) return { type: 'gauge', contains: 'default' };
  return undefined;
}

/** A Rate's counts from a histogram of its 0/1 samples: k6 counts every non-zero sample as a pass. */
const rateOf = (h: HistogramJSON): RateCounts => ({ passes: h.count - h.zero, total: h.count });

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

function retypeSeries(series: SeriesSummary, metric: string, type: MetricType): SeriesSummary {
  const h = series.trends[metric];
  if (!h) return series;
  const out: SeriesSummary = {
    ...series,
    trends: without(series.trends, metric),
    windows: series.windows.map((w) => {
      const wh = w.trends[metric];
      if (!wh) return w;
      return {
        ...w,
        trends: without(w.trends, metric),
        ...(type === 'rate' ? { rates: { ...w.rates, [metric]: rateOf(wh) } } : {}),
      };
    }),
  };
  if (type === 'rate') out.rates = { ...series.rates, [metric]: rateOf(h) };
  if (type === 'counter') out.counters = { ...series.counters, [metric]: h.sum };
  if (type === 'gauge') out.gauges = { ...series.gauges, [metric]: h.max };
  return out;
}

/**
 * k6's CSV output declares no metric types, so custom metrics read from it are Trends (a histogram per series and
 * window, which keeps count, zeros, sum and max exactly). Once k6's end-of-test summary names their real types,
 * this turns each into what JSON input would have made of it: a Rate's passes are its non-zero samples, a
 * Counter its sum, a Gauge its maximum (perf-gate's gauge), each per series and, for Rates, per window.
 * Built-in metrics (known by name) and submetrics are left alone.
 */
export function retypeCustomMetrics(summary: RunSummary, k6Summary: unknown): RunSummary {
  const metrics = (k6Summary as { metrics?: unknown } | null)?.metrics;
  if (!metrics || typeof metrics !== 'object') return summary;
  let out = summary;
  for (const [metric, entry] of Object.entries(metrics as Record<string, unknown>)) {
    if (isBuiltin(metric) || metric.includes('{')) continue;
    const read = out.metrics[metric];
    const exported = exportedInfo(entry);
    if (!read || read.type !== 'trend' || !exported) continue;
    // The script's threshold expressions on the metric, as k6's JSON output would have declared them.
    const expressions = Object.keys((entry as { thresholds?: object }).thresholds ?? {})
      .filter((t) => t.length <= 200)
      .slice(0, 20);
    const info: MetricInfo = expressions.length > 0 ? { ...exported, thresholds: expressions } : exported;
    if (info.type === 'trend') {
      out = { ...out, metrics: { ...out.metrics, [metric]: info } };
      continue;
    }
    out = {
      ...out,
      metrics: { ...out.metrics, [metric]: info },
      series: out.series.map((s) => retypeSeries(s, metric, info.type)),
    };
  }
  return out;
}
