/**
 * The statistics the user named: a k6 threshold such as `'http_req_duration{name:orders}': ['p(99)<300']` says the
 * p99 of that series matters, so the gate compares and gates it against the baseline too, in addition to the
 * defaults. Each threshold becomes a gating rule (MetricRule) placed before the user's own rules, which can still
 * turn it off: catalog defaults, then the script's thresholds, then perf-gate.config.json and flags.
 */
import { ruleApplies, type MetricRule } from '../gate-config.js';
import { thresholdStat, thresholdTarget, type ThresholdDefinition } from '../metric-catalog.js';
import type { SeriesKey } from '../run-summary.js';

/** A statistic a threshold names: its gating rule, and its quantile when it is one. */
export interface NamedStatistic {
  rule: MetricRule & { stat: string };
  q?: number;
}

/**
 * One named statistic per threshold whose statistic the comparison estimates (thresholdStat): the rule `{ metric,
 * stat, series: the tag filter, gated: true }`, applied like any rule (a series matches when its tags include the
 * filter's). Duplicates are kept once. O(thresholds).
 * @example namedStatistics([{ metric: 'http_req_duration{name:orders}', expression: 'p(99)<300' }])
 *          // [{ rule: { metric: 'http_req_duration', stat: 'p99', series: { name: 'orders' }, gated: true }, q: 0.99 }]
 */
export function namedStatistics(thresholds: readonly ThresholdDefinition[]): NamedStatistic[] {
  const named = new Map<string, NamedStatistic>();
  for (const t of thresholds) {
    const stat = thresholdStat(t.expression);
    if (!stat) continue;
    const { metric, tags } = thresholdTarget(t.metric);
    const series = Object.keys(tags).length > 0 ? { series: tags } : {};
    named.set(JSON.stringify([metric, stat.stat, Object.entries(tags).sort()]), {
      rule: { metric, stat: stat.stat, ...series, gated: true },
      ...(stat.q !== undefined ? { q: stat.q } : {}),
    });
  }
  return [...named.values()];
}

/** The quantiles named for a metric in any series, for the quantiles to compare beyond the defaults. */
export function namedQuantiles(named: readonly NamedStatistic[], metric: string): number[] {
  const qs = named.filter((n) => n.rule.metric === metric && n.q !== undefined).map((n) => n.q as number);
  return [...new Set(qs)];
}

/** Whether a threshold names this statistic of this series. */
export function isNamed(
  named: readonly NamedStatistic[],
  metric: string,
  stat: string,
  key: SeriesKey,
): boolean {
  return named.some((n) => ruleApplies(n.rule, metric, stat, key));
}
