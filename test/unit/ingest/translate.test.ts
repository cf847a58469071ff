import { describe, expect, it } from 'vitest';
import { opentelemetry } from '../../../src/ingest/generated/protos.js';
import { DEFAULT_LIMITS } from '../../../src/ingest/limits.js';
import { translateMetrics } from '../../../src/ingest/otlp/translate.js';
import { Rejections, TimeWindow } from '../../../src/ingest/validation.js';
import type { Labels } from '../../../src/model/labels.js';
import { isStaleMarker } from '../../../src/model/samples.js';
import type { Appender } from '../../../src/storage/api.js';

const NOW_MS = 1_700_000_000_000;
const T = (BigInt(NOW_MS) * 1_000_000n).toString();

interface Appended {
  labels: Labels;
  t: number;
  v: number;
}

function translate(metrics: object[], resourceAttributes: object[] = [], limits = DEFAULT_LIMITS): { out: Appended[]; rejections: Rejections; rejectedPoints: number } {
  const out: Appended[] = [];
  const appender: Appender = {
    append: (labels, t, v) => void out.push({ labels, t, v }),
    commit: () => Promise.resolve({ samplesWritten: 0, seriesCreated: 0 }),
    rollback: () => undefined,
  };
  const request = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.fromObject({
    resourceMetrics: [{ resource: { attributes: resourceAttributes }, scopeMetrics: [{ metrics }] }],
  });
  const rejections = new Rejections();
  const { rejectedPoints } = translateMetrics(request, appender, limits, new TimeWindow(limits, NOW_MS), rejections);
  return { out, rejections, rejectedPoints };
}

const str = (key: string, value: string): object => ({ key, value: { stringValue: value } });

describe('OTLP → Prometheus samples', () => {
  it('maps a summary to {quantile} series plus _sum and _count', () => {
    const { out } = translate([{ name: 'rpc.latency', unit: 's', summary: { dataPoints: [{ timeUnixNano: T, count: '10', sum: 2.5, quantileValues: [{ quantile: 0.5, value: 0.2 }, { quantile: 0.99, value: 0.9 }] }] } }]);
    expect(out.map((s) => [s.labels.__name__, s.labels.quantile, s.v])).toEqual([
      ['rpc_latency_seconds', '0.5', 0.2],
      ['rpc_latency_seconds', '0.99', 0.9],
      ['rpc_latency_seconds_sum', undefined, 2.5],
      ['rpc_latency_seconds_count', undefined, 10],
    ]);
    expect(out.every((s) => s.t === NOW_MS)).toBe(true);
  });

  it('turns NO_RECORDED_VALUE into staleness markers on every series of the point', () => {
    const { out } = translate([{ name: 'lat', histogram: { aggregationTemporality: 2, dataPoints: [{ timeUnixNano: T, flags: 1, count: '0', bucketCounts: ['0', '0'], explicitBounds: [1], sum: 0 }] } }]);
    expect(out).toHaveLength(4);
    expect(out.every((s) => isStaleMarker(s.v))).toBe(true);
  });

  it('derives job and instance from service attributes; target_info gets the rest', () => {
    const { out } = translate(
      [{ name: 'up.time', gauge: { dataPoints: [{ timeUnixNano: T, asInt: '7' }] } }],
      [str('service.name', 'api'), str('service.instance.id', 'pod-1'), str('k8s.namespace.name', 'prod'), { key: 'replicas', value: { intValue: '3' } }],
    );
    expect(out[0]!.labels).toEqual({ __name__: 'up_time', job: 'api', instance: 'pod-1' });
    expect(out[1]!.labels).toEqual({ __name__: 'target_info', job: 'api', instance: 'pod-1', k8s_namespace_name: 'prod', replicas: '3' });
    expect(out[1]!.v).toBe(1);
  });

  it('does not emit target_info when the resource has only service attributes', () => {
    const { out } = translate([{ name: 'g', gauge: { dataPoints: [{ timeUnixNano: T, asDouble: 1 }] } }], [str('service.name', 'api')]);
    expect(out.map((s) => s.labels.__name__)).toEqual(['g']);
  });

  it('joins attributes that sanitise to the same name with ";" in key order', () => {
    const { out } = translate([{ name: 'g', gauge: { dataPoints: [{ timeUnixNano: T, asDouble: 1, attributes: [str('a.b', 'dot'), str('a-b', 'dash')] }] } }]);
    expect(out[0]!.labels.a_b).toBe('dash;dot');
  });

  it('rejects delta sums and histograms, exponential histograms and bad points, keeping the rest', () => {
    const { out, rejectedPoints, rejections } = translate([
      { name: 'ok', gauge: { dataPoints: [{ timeUnixNano: T, asDouble: 1 }] } },
      { name: 'd', sum: { aggregationTemporality: 1, isMonotonic: true, dataPoints: [{ timeUnixNano: T, asInt: '1' }, { timeUnixNano: T, asInt: '2' }] } },
      { name: 'dh', histogram: { aggregationTemporality: 1, dataPoints: [{ timeUnixNano: T, count: '1' }] } },
      { name: 'e', exponentialHistogram: { aggregationTemporality: 2, dataPoints: [{ timeUnixNano: T, count: '1' }] } },
      { name: 'h', histogram: { aggregationTemporality: 2, dataPoints: [{ timeUnixNano: T, count: '1', bucketCounts: ['1'], explicitBounds: [1, 2] }] } },
      { name: 'no_time', gauge: { dataPoints: [{ asDouble: 1 }] } },
      { name: 'old', gauge: { dataPoints: [{ timeUnixNano: '1000000', asDouble: 1 }] } },
      { name: '', gauge: { dataPoints: [{ timeUnixNano: T, asDouble: 1 }] } },
    ]);
    expect(out.map((s) => s.labels.__name__)).toEqual(['ok']);
    expect(rejectedPoints).toBe(8);
    expect(Object.fromEntries(rejections.byReason)).toEqual({ delta_temporality: 3, unsupported_type: 1, invalid_data_point: 1, invalid_timestamp: 1, too_old: 1, invalid_labels: 1 });
    expect(rejections.summary('data points')).toMatch(/^8 data points rejected: metric "d": delta temporality is not supported;.*; and 2 more problems$/);
  });

  it('rejects a point whose series exceed the label limit', () => {
    const attributes = Array.from({ length: 5 }, (_, i) => str(`a${i}`, 'v'));
    const { out, rejectedPoints } = translate([{ name: 'g', gauge: { dataPoints: [{ timeUnixNano: T, asDouble: 1, attributes }] } }], [], { ...DEFAULT_LIMITS, maxLabelsPerSeries: 4 });
    expect(out).toEqual([]);
    expect(rejectedPoints).toBe(1);
  });

  it('renders array and map attributes as JSON', () => {
    const { out } = translate([
      { name: 'g', gauge: { dataPoints: [{ timeUnixNano: T, asDouble: 1, attributes: [{ key: 'list', value: { arrayValue: { values: [{ stringValue: 'a' }, { intValue: '2' }, { boolValue: true }] } } }] }] } },
    ]);
    expect(out[0]!.labels.list).toBe('["a","2",true]');
  });
});
