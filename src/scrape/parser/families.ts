/**
 * Which sample names belong to which metric family. A family `foo` of type histogram owns
 * `foo_bucket`, `foo_count`, `foo_sum`…; the parsers use this to attach a type to each sample, to
 * normalize `le`/`quantile` as Prometheus does, and (OpenMetrics) to reject interleaved families.
 */
import type { MetricType } from './types.js';

export type SuffixTable = Readonly<Record<MetricType, readonly string[]>>;

/** OpenMetrics 1.0: the sample names each family type may expose. */
export const OPENMETRICS_SUFFIXES: SuffixTable = {
  counter: ['_total', '_created'],
  gauge: [''],
  histogram: ['_bucket', '_count', '_sum', '_created'],
  gaugehistogram: ['_bucket', '_gcount', '_gsum'],
  summary: ['', '_count', '_sum', '_created'],
  info: ['_info'],
  stateset: [''],
  unknown: [''],
};

/** Text format 0.0.4: counters are usually typed under their full `_total` name. */
export const TEXT_SUFFIXES: SuffixTable = {
  ...OPENMETRICS_SUFFIXES,
  counter: ['', '_total'],
  histogram: ['_bucket', '_count', '_sum'],
  summary: ['', '_count', '_sum'],
};

export const OPENMETRICS_TYPES: ReadonlyMap<string, MetricType> = new Map(
  (['counter', 'gauge', 'histogram', 'gaugehistogram', 'summary', 'info', 'stateset', 'unknown'] as const).map((t) => [t, t]),
);

export const TEXT_TYPES: ReadonlyMap<string, MetricType> = new Map([
  ['counter', 'counter'],
  ['gauge', 'gauge'],
  ['histogram', 'histogram'],
  ['summary', 'summary'],
  ['untyped', 'unknown'],
]);

const MATCHER_CACHE_LIMIT = 10_000;
// By suffix table, then by family name (interned, so lookups reuse its cached hash).
const matcherCache = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * A sticky regex matching, at its lastIndex, a whole sample name of family `family` (a metric name,
 * so it needs no escaping) with one of `suffixes`. Comparing names in regex code is several times
 * faster than in JS; the cache makes a family seen in every scrape cost one lookup.
 */
export function familyMatcher(family: string, suffixes: readonly string[]): RegExp {
  let byFamily = matcherCache.get(suffixes);
  if (byFamily === undefined) {
    byFamily = new Map();
    matcherCache.set(suffixes, byFamily);
  }
  let re = byFamily.get(family);
  if (re === undefined) {
    if (byFamily.size >= MATCHER_CACHE_LIMIT) byFamily.clear();
    re = new RegExp(`${family}(?:${suffixes.join('|')})(?![a-zA-Z0-9_:])`, 'y');
    byFamily.set(family, re);
  }
  return re;
}

/** The label whose value Prometheus normalizes to OpenMetrics float formatting for this type, if any. */
export function floatLabelFor(type: MetricType): string | undefined {
  return type === 'histogram' ? 'le' : type === 'summary' ? 'quantile' : undefined;
}
