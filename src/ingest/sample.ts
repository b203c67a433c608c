import { seriesPath } from './url-series.js';
/** One k6 metric sample, after parsing. `tags` is shared between samples with identical tags (memoized). */
export interface Sample {
  metric: string;
  /** Unix time in milliseconds. */
  time: number;
  value: number;
  tags: TagInfo;
}

/** The tags perf-gate uses, pre-digested once per distinct tag set. */
export interface TagInfo {
  scenario: string | undefined;
  name: string | undefined;
  method: string | undefined;
  group: string;
  /** `expected_response`: undefined when k6 did not set it (no response callback, non-HTTP metric). */
  expected: boolean | undefined;
  /** setup() and teardown() samples: excluded from the summary. */
  setupOrTeardown: boolean;
}

/** A `Metric` declaration line: k6 announces each metric's type before its first sample. */
export interface MetricDeclaration {
  name: string;
  type: string;
  contains: string;
  /** The script's threshold expressions on this metric (`p(95)<500`), as k6 declares them. */
  thresholds?: string[];
}

export type ParsedLine =
  | { kind: 'sample'; sample: Sample }
  | { kind: 'metric'; metric: MetricDeclaration }
  | { kind: 'skip' }
  | { kind: 'corrupt' };

/**
 * A request name as k6 users expect from `name` tags: k6 names an untagged request by its URL, so a URL becomes
 * its method and path with identifiers folded (`GET https://shop/products/2?x=1` -> `GET /products/:id`), one series
 * for all of them rather than one per id; a name the script set is kept as it is.
 */
function readableName(name: string | undefined, method: string | undefined): string | undefined {
  if (name === undefined || !/^https?:\/\//i.test(name)) return name;
  const path = seriesPath(name);
  return method ? `${method} ${path}` : path;
}

export function digestTags(tags: Record<string, unknown>): TagInfo {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const group = typeof tags.group === 'string' ? tags.group : '';
  const expected =
    tags.expected_response === 'true' ? true : tags.expected_response === 'false' ? false : undefined;
  return {
    scenario: str(tags.scenario),
    name: readableName(str(tags.name), str(tags.method)),
    method: str(tags.method),
    group,
    expected,
    setupOrTeardown: /^::(setup|teardown)(::|$)/.test(group),
  };
}
