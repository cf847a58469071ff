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
const matcherCache = new Map<string, RegExp>();

/**
 * A sticky regex matching, at its lastIndex, a whole sample name of family `family` (a metric name,
 * so it needs no escaping) with one of `suffixes`. Comparing names in regex code is several times
 * faster than in JS; the cache makes a family seen in every scrape cost one lookup.
 */
export function familyMatcher(family: string, suffixes: readonly string[]): RegExp {
  const source = `${family}(?:${suffixes.join('|')})(?![a-zA-Z0-9_:])`;
  let re = matcherCache.get(source);
  if (re === undefined) {
    if (matcherCache.size >= MATCHER_CACHE_LIMIT) matcherCache.clear();
    re = new RegExp(source, 'y');
    matcherCache.set(source, re);
  }
  return re;
}

/** The label whose value Prometheus normalizes to OpenMetrics float formatting for this type, if any. */
export function floatLabelFor(type: MetricType): string | undefined {
  return type === 'histogram' ? 'le' : type === 'summary' ? 'quantile' : undefined;
}
