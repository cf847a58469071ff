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

/** Whether the sample name `text[start, end)` is `family` plus one of `suffixes`, without allocating. */
export function belongsToFamily(text: string, start: number, end: number, family: string, suffixes: readonly string[]): boolean {
  const rest = end - start - family.length;
  if (rest < 0 || !text.startsWith(family, start)) return false;
  for (const suffix of suffixes) {
    if (suffix.length === rest && (rest === 0 || text.startsWith(suffix, start + family.length))) return true;
  }
  return false;
}

/** The label whose value Prometheus normalizes to OpenMetrics float formatting for this type, if any. */
export function floatLabelFor(type: MetricType): string | undefined {
  return type === 'histogram' ? 'le' : type === 'summary' ? 'quantile' : undefined;
}
