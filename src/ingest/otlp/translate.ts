/**
 * OTLP metrics → Prometheus samples, following the OpenTelemetry specification's "Prometheus and
 * OpenMetrics Compatibility" (OTLP → Prometheus). Valid data points go to the appender; invalid
 * ones are counted for the partial-success response. Decisions beyond the spec:
 * - delta temporality is rejected, not converted: conversion needs per-series state across
 *   requests, and ingest replicas are stateless behind a load balancer, so a series' previous
 *   point may be on another replica; a wrong running total is worse than a clear rejection;
 * - exponential histograms are rejected: they map only to native histograms, out of scope.
 */
import { METRIC_NAME, type Labels } from '../../model/labels.js';
import { STALE_NAN } from '../../model/samples.js';
import type { Appender, MetricMetadataEntry } from '../../storage/api.js';
import type { opentelemetry } from '../generated/protos.js';
import type { IngestLimits } from '../limits.js';
import { toNumber } from '../protobuf.js';
import { appendOrReject, checkLabelLimits, type Rejections, type TimeWindow } from '../validation.js';
import { formatFloatLabel, prometheusMetricName, sanitizeLabelName, unitSuffix, type PromType } from './naming.js';

type IExportRequest = opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest;
type IKeyValue = opentelemetry.proto.common.v1.IKeyValue;
type IAnyValue = opentelemetry.proto.common.v1.IAnyValue;
type IMetric = opentelemetry.proto.metrics.v1.IMetric;
type INumberDataPoint = opentelemetry.proto.metrics.v1.INumberDataPoint;
type IHistogramDataPoint = opentelemetry.proto.metrics.v1.IHistogramDataPoint;
type ISummaryDataPoint = opentelemetry.proto.metrics.v1.ISummaryDataPoint;

/** AggregationTemporality values. */
const DELTA = 1;
const CUMULATIVE = 2;
/** DataPointFlags.FLAG_NO_RECORDED_VALUE: the series went away; stored as a staleness marker. */
const FLAG_NO_RECORDED_VALUE = 1;

/** Resource attributes that become `job`/`instance` rather than `target_info` labels. */
const SERVICE_NAME = 'service.name';
const SERVICE_NAMESPACE = 'service.namespace';
const SERVICE_INSTANCE_ID = 'service.instance.id';

export interface TranslateResult {
  /** Samples handed to the appender. */
  samples: number;
  /** Data points counted in `rejections`. */
  rejectedPoints: number;
  /** Type, description and unit of each metric seen, by Prometheus family name. */
  metadata: MetricMetadataEntry[];
}

function anyValueToString(value: IAnyValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value.stringValue != null) return value.stringValue;
  if (value.boolValue != null) return String(value.boolValue);
  if (value.intValue != null) return String(value.intValue);
  if (value.doubleValue != null) return String(value.doubleValue);
  if (value.bytesValue != null) return Buffer.from(value.bytesValue).toString('base64');
  // Arrays and maps: the spec asks for their JSON encoding.
  if (value.arrayValue != null) return JSON.stringify((value.arrayValue.values ?? []).map(anyValueJson));
  if (value.kvlistValue != null) return JSON.stringify(Object.fromEntries((value.kvlistValue.values ?? []).map((kv) => [kv.key ?? '', anyValueJson(kv.value)])));
  return '';
}

function anyValueJson(value: IAnyValue | null | undefined): unknown {
  if (value?.arrayValue != null) return (value.arrayValue.values ?? []).map(anyValueJson);
  if (value?.kvlistValue != null) return Object.fromEntries((value.kvlistValue.values ?? []).map((kv) => [kv.key ?? '', anyValueJson(kv.value)]));
  if (value?.boolValue != null) return value.boolValue;
  if (value?.doubleValue != null) return value.doubleValue;
  return anyValueToString(value);
}

/**
 * Attributes → labels. Attributes whose sanitised names collide are joined with `;` in the order
 * of their original keys, as the spec says.
 */
function attributeLabels(attributes: readonly IKeyValue[] | null | undefined, into: Record<string, string>, skip?: ReadonlySet<string>): void {
  if (!attributes || attributes.length === 0) return;
  const seen = new Map<string, [string, string][]>();
  for (const kv of attributes) {
    const key = kv.key ?? '';
    if (skip?.has(key)) continue;
    const value = anyValueToString(kv.value);
    const name = sanitizeLabelName(key);
    const list = seen.get(name);
    if (list === undefined) seen.set(name, [[key, value]]);
    else list.push([key, value]);
  }
  for (const [name, list] of seen) {
    into[name] = list.length === 1 ? list[0]![1] : list.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]).join(';');
  }
}

/**
 * One series' labels: the point's labels plus `__name__` and optionally one more (`le`,
 * `quantile`). A for-in copy: object spread with computed keys made translation ~5× slower (bench).
 */
function series(labels: Readonly<Record<string, string>>, name: string, extraName?: string, extraValue?: string): Labels {
  const out: Record<string, string> = { [METRIC_NAME]: name };
  for (const key in labels) out[key] = labels[key]!;
  if (extraName !== undefined) out[extraName] = extraValue!;
  return out;
}

/** Per-request translation state: where samples go, what is rejected, limits. */
class Translator {
  samples = 0;
  rejectedPoints = 0;
  /** Labels every series of the current resource+scope carries (job, instance, otel_scope_*). */
  private base: Record<string, string> = {};
  /** Latest accepted timestamp in the current resource, for its target_info sample. */
  latestMs = -Infinity;
  /** Whether the store already refused a sample of the current data point (counted once). */
  private pointRefused = false;

  constructor(
    private readonly appender: Appender,
    private readonly limits: IngestLimits,
    private readonly window: TimeWindow,
    private readonly rejections: Rejections,
  ) {}

  setBase(base: Record<string, string>): void {
    this.base = base;
  }

  reject(metric: string, reason: Parameters<Rejections['add']>[0], points: number, why: string): void {
    this.rejectedPoints += points;
    this.rejections.add(reason, points, `metric ${JSON.stringify(metric)}: ${why}${points > 1 ? ` (${points} data points)` : ''}`);
  }

  /**
   * Checks one data point's timestamp and labels; returns the point's series labels (without
   * `__name__` and the `extraLabels` such as `le` the caller adds) and its millisecond timestamp,
   * or undefined after recording the rejection. Limits are checked here, once per point, rather
   * than on each of a histogram's many series.
   */
  point(
    metric: string,
    timeUnixNano: Parameters<typeof toNumber>[0],
    attributes: readonly IKeyValue[] | null | undefined,
    extraLabels: number,
  ): { labels: Record<string, string>; tMs: number } | undefined {
    this.pointRefused = false;
    const nanos = toNumber(timeUnixNano);
    if (!(nanos > 0)) {
      this.reject(metric, 'invalid_timestamp', 1, 'data point without time_unix_nano');
      return undefined;
    }
    const tMs = Math.floor(nanos / 1e6);
    const timeProblem = this.window.check(tMs);
    if (timeProblem !== undefined) {
      this.reject(metric, timeProblem.reason, 1, timeProblem.message);
      return undefined;
    }
    const labels: Record<string, string> = {};
    attributeLabels(attributes, labels);
    // Resource-derived job/instance and the scope labels win over point attributes of the same name.
    Object.assign(labels, this.base);
    const problem = checkLabelLimits(labels, this.limits, extraLabels);
    if (problem !== undefined) {
      this.reject(metric, problem.reason, 1, problem.message);
      return undefined;
    }
    return { labels, tMs };
  }

  /** Appends one sample of a point that passed point(). */
  emit(tMs: number, labels: Labels, value: number): void {
    if (!appendOrReject(this.appender, labels, tMs, value, this.rejections)) {
      if (!this.pointRefused) this.rejectedPoints++;
      this.pointRefused = true;
      return;
    }
    this.samples++;
    if (tMs > this.latestMs) this.latestMs = tMs;
  }

  /** Rejects every point of a metric without a name or whose name is over the length limit. */
  unusableName(metric: string, promName: string, points: number): boolean {
    if (metric === '') {
      this.reject(metric, 'invalid_labels', points, 'metric without a name');
      return true;
    }
    // +7: room for the longest suffix added later (`_bucket`).
    if (promName.length + 7 <= this.limits.maxLabelValueLength) return false;
    this.reject(metric, 'label_too_long', points, `metric name is longer than ${this.limits.maxLabelValueLength}`);
    return true;
  }

  numberPoints(name: string, metric: IMetric, points: readonly INumberDataPoint[], type: PromType): void {
    const promName = prometheusMetricName(name, metric.unit ?? '', type);
    if (this.unusableName(name, promName, points.length)) return;
    for (const dp of points) {
      const p = this.point(name, dp.timeUnixNano, dp.attributes, 1);
      if (p === undefined) continue;
      let value: number;
      if (((dp.flags ?? 0) & FLAG_NO_RECORDED_VALUE) !== 0) value = STALE_NAN;
      else if (dp.asDouble != null) value = dp.asDouble;
      else if (dp.asInt != null) value = toNumber(dp.asInt);
      else {
        this.reject(name, 'invalid_data_point', 1, 'number data point without a value');
        continue;
      }
      this.emit(p.tMs, series(p.labels, promName), value);
    }
  }

  histogramPoints(name: string, metric: IMetric, points: readonly IHistogramDataPoint[]): void {
    const promName = prometheusMetricName(name, metric.unit ?? '', 'histogram');
    if (this.unusableName(name, promName, points.length)) return;
    const bucketName = `${promName}_bucket`;
    for (const dp of points) {
      const p = this.point(name, dp.timeUnixNano, dp.attributes, 2);
      if (p === undefined) continue;
      const bounds = dp.explicitBounds ?? [];
      const counts = dp.bucketCounts ?? [];
      // An empty bucket_counts is allowed (only count and sum); otherwise one more count than bounds.
      if (counts.length !== 0 && counts.length !== bounds.length + 1) {
        this.reject(name, 'invalid_data_point', 1, `histogram has ${counts.length} bucket counts for ${bounds.length} explicit bounds (needs bounds + 1)`);
        continue;
      }
      const stale = ((dp.flags ?? 0) & FLAG_NO_RECORDED_VALUE) !== 0;
      const count = stale ? STALE_NAN : toNumber(dp.count);
      let cumulative = 0;
      for (let i = 0; i < counts.length; i++) {
        cumulative += toNumber(counts[i]);
        const le = i < bounds.length ? formatFloatLabel(bounds[i]!) : '+Inf';
        this.emit(p.tMs, series(p.labels, bucketName, 'le', le), stale ? STALE_NAN : cumulative);
      }
      if (counts.length === 0) this.emit(p.tMs, series(p.labels, bucketName, 'le', '+Inf'), count);
      if (dp.sum != null) this.emit(p.tMs, series(p.labels, `${promName}_sum`), stale ? STALE_NAN : dp.sum);
      this.emit(p.tMs, series(p.labels, `${promName}_count`), count);
    }
  }

  summaryPoints(name: string, metric: IMetric, points: readonly ISummaryDataPoint[]): void {
    const promName = prometheusMetricName(name, metric.unit ?? '', 'summary');
    if (this.unusableName(name, promName, points.length)) return;
    for (const dp of points) {
      const p = this.point(name, dp.timeUnixNano, dp.attributes, 2);
      if (p === undefined) continue;
      const stale = ((dp.flags ?? 0) & FLAG_NO_RECORDED_VALUE) !== 0;
      for (const q of dp.quantileValues ?? []) {
        this.emit(p.tMs, series(p.labels, promName, 'quantile', formatFloatLabel(q.quantile ?? 0)), stale ? STALE_NAN : (q.value ?? 0));
      }
      this.emit(p.tMs, series(p.labels, `${promName}_sum`), stale ? STALE_NAN : (dp.sum ?? 0));
      this.emit(p.tMs, series(p.labels, `${promName}_count`), stale ? STALE_NAN : toNumber(dp.count));
    }
  }

  readonly metadata = new Map<string, MetricMetadataEntry>();

  /** Notes a metric's metadata under its Prometheus family name. */
  private describe(metric: IMetric, type: PromType): void {
    const unit = metric.unit ?? '';
    const family = prometheusMetricName(metric.name ?? '', unit, type);
    this.metadata.set(family, { metric: family, type, help: metric.description ?? '', unit: unitSuffix(unit, type) });
  }

  metric(metric: IMetric): void {
    const name = metric.name ?? '';
    if (name !== '') {
      const type = metric.gauge != null ? 'gauge' : metric.sum != null ? (metric.sum.isMonotonic ? 'counter' : 'gauge') : metric.histogram != null ? 'histogram' : metric.summary != null ? 'summary' : undefined;
      if (type) this.describe(metric, type);
    }
    if (metric.gauge != null) {
      this.numberPoints(name, metric, metric.gauge.dataPoints ?? [], 'gauge');
    } else if (metric.sum != null) {
      const points = metric.sum.dataPoints ?? [];
      if (!this.cumulative(name, metric.sum.aggregationTemporality, points.length)) return;
      this.numberPoints(name, metric, points, metric.sum.isMonotonic ? 'counter' : 'gauge');
    } else if (metric.histogram != null) {
      const points = metric.histogram.dataPoints ?? [];
      if (!this.cumulative(name, metric.histogram.aggregationTemporality, points.length)) return;
      this.histogramPoints(name, metric, points);
    } else if (metric.summary != null) {
      this.summaryPoints(name, metric, metric.summary.dataPoints ?? []);
    } else if (metric.exponentialHistogram != null) {
      const n = metric.exponentialHistogram.dataPoints?.length ?? 0;
      this.reject(name, 'unsupported_type', n, 'exponential histograms are not supported (they map only to native histograms, which Sightline does not store)');
    }
    // A metric with no data field carries no points: nothing to store or reject.
  }

  private cumulative(name: string, temporality: number | null | undefined, points: number): boolean {
    if (temporality === CUMULATIVE) return true;
    if (temporality === DELTA) this.reject(name, 'delta_temporality', points, 'delta temporality is not supported; configure the exporter for cumulative temporality');
    else this.reject(name, 'invalid_data_point', points, 'aggregation temporality unspecified');
    return false;
  }
}

const SERVICE_ATTRIBUTES: ReadonlySet<string> = new Set([SERVICE_NAME, SERVICE_NAMESPACE, SERVICE_INSTANCE_ID]);

/** Translates one export request into the appender; the caller commits. */
export function translateMetrics(request: IExportRequest, appender: Appender, limits: IngestLimits, window: TimeWindow, rejections: Rejections): TranslateResult {
  const t = new Translator(appender, limits, window, rejections);
  for (const rm of request.resourceMetrics ?? []) {
    const attrs = rm.resource?.attributes ?? [];
    const service = new Map<string, string>();
    for (const kv of attrs) if (SERVICE_ATTRIBUTES.has(kv.key ?? '')) service.set(kv.key!, anyValueToString(kv.value));
    const resourceLabels: Record<string, string> = {};
    const serviceName = service.get(SERVICE_NAME);
    const namespace = service.get(SERVICE_NAMESPACE);
    if (serviceName !== undefined) resourceLabels.job = namespace ? `${namespace}/${serviceName}` : serviceName;
    const instance = service.get(SERVICE_INSTANCE_ID);
    if (instance !== undefined) resourceLabels.instance = instance;

    t.latestMs = -Infinity;
    for (const sm of rm.scopeMetrics ?? []) {
      const base = { ...resourceLabels };
      if (sm.scope?.name) base.otel_scope_name = sm.scope.name;
      if (sm.scope?.version) base.otel_scope_version = sm.scope.version;
      t.setBase(base);
      for (const metric of sm.metrics ?? []) t.metric(metric);
    }
    // target_info carries the other resource attributes once per resource, at its latest sample.
    if (t.latestMs > -Infinity && attrs.length > service.size) {
      const info: Record<string, string> = {};
      attributeLabels(attrs, info, SERVICE_ATTRIBUTES);
      Object.assign(info, resourceLabels);
      const problem = checkLabelLimits(info, limits, 1);
      if (problem === undefined) t.emit(t.latestMs, series(info, 'target_info'), 1);
      else rejections.add(problem.reason, 1, `target_info: ${problem.message}`);
    }
  }
  return { samples: t.samples, rejectedPoints: t.rejectedPoints, metadata: [...t.metadata.values()] };
}
