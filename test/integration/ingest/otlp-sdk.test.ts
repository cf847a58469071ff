/**
 * Real OpenTelemetry JS SDK exporters (protobuf over HTTP, JSON over HTTP, gRPC) sending over
 * loopback to our receivers; then the Prometheus-model series are read back from the store.
 */
import { OTLPMetricExporter as GrpcExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { OTLPMetricExporter as JsonExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpGrpcServer, type OtlpGrpcServer } from '../../../src/ingest/otlp/grpc.js';
import type { MetricStore } from '../../../src/storage/api.js';
import { openTestMetricStore } from '../../support/metric-store.js';
import { latestValue, seriesNamed, startHttpReceivers, type RunningReceivers } from './helpers.js';

let store: MetricStore;
let http: RunningReceivers;
let grpc: OtlpGrpcServer;

beforeAll(async () => {
  store = await openTestMetricStore();
  http = await startHttpReceivers({ store });
  grpc = await startOtlpGrpcServer({ store, address: '127.0.0.1:0' });
});

afterAll(async () => {
  await http.close();
  await grpc.close();
});

/** Records a counter, an up-down counter, a gauge and a histogram through the SDK and flushes. */
async function recordAndFlush(exporter: PushMetricExporter, service: string): Promise<void> {
  const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
  const provider = new MeterProvider({
    resource: resourceFromAttributes({
      'service.name': service,
      'service.namespace': 'shop',
      'service.instance.id': `${service}-1`,
      'host.name': 'node-7',
    }),
    readers: [reader],
  });
  const meter = provider.getMeter('checkout-meter', '1.2.3');
  const requests = meter.createCounter('http.server.requests', { unit: '{request}' });
  requests.add(3, { 'http.method': 'GET', 'http.status_code': 200 });
  requests.add(2, { 'http.method': 'POST', 'http.status_code': 201 });
  meter.createUpDownCounter('queue.depth', { unit: '{item}' }).add(-4);
  meter.createObservableGauge('memory.used', { unit: 'By' }).addCallback((r) => r.observe(1024));
  const latency = meter.createHistogram('http.server.duration', { unit: 'ms', advice: { explicitBucketBoundaries: [5, 10, 100] } });
  for (const v of [1, 7, 7, 50, 500]) latency.record(v, { route: '/cart' });
  await provider.forceFlush();
  await provider.shutdown();
}

const exporters: [string, () => PushMetricExporter][] = [
  ['protobuf over HTTP', () => new ProtoExporter({ url: `${http.url}/v1/metrics` })],
  ['JSON over HTTP', () => new JsonExporter({ url: `${http.url}/v1/metrics` })],
  ['gzipped protobuf over HTTP', () => new ProtoExporter({ url: `${http.url}/v1/metrics`, compression: CompressionAlgorithm.GZIP })],
  ['gRPC', () => new GrpcExporter({ url: `http://127.0.0.1:${grpc.port}` })],
  ['gzipped gRPC', () => new GrpcExporter({ url: `http://127.0.0.1:${grpc.port}`, compression: CompressionAlgorithm.GZIP })],
];

describe.each(exporters)('OTLP from the OpenTelemetry JS SDK, %s', (transport, makeExporter) => {
  const service = `checkout-${transport.replace(/\W+/g, '-')}`;
  const job = `shop/${service}`;

  beforeAll(async () => {
    await recordAndFlush(makeExporter(), service);
  });

  it('maps a monotonic sum to a counter with _total and keeps attributes as labels', async () => {
    const series = await seriesNamed(store, 'http_server_requests_total', { job });
    expect(series.map((s) => s.labels).sort((a, b) => (a.http_method! < b.http_method! ? -1 : 1))).toEqual([
      { __name__: 'http_server_requests_total', job, instance: `${service}-1`, otel_scope_name: 'checkout-meter', otel_scope_version: '1.2.3', http_method: 'GET', http_status_code: '200' },
      { __name__: 'http_server_requests_total', job, instance: `${service}-1`, otel_scope_name: 'checkout-meter', otel_scope_version: '1.2.3', http_method: 'POST', http_status_code: '201' },
    ]);
    expect(await latestValue(store, 'http_server_requests_total', { job, http_method: 'GET' })).toBe(3);
  });

  it('maps a non-monotonic sum to a gauge without _total', async () => {
    expect(await latestValue(store, 'queue_depth', { job })).toBe(-4);
  });

  it('adds the unit suffix to gauges', async () => {
    expect(await latestValue(store, 'memory_used_bytes', { job })).toBe(1024);
  });

  it('maps an explicit-bucket histogram to cumulative _bucket{le}, _sum and _count', async () => {
    const buckets = await seriesNamed(store, 'http_server_duration_milliseconds_bucket', { job });
    const byLe = Object.fromEntries(buckets.map((s) => [s.labels.le, s.values[s.values.length - 1]]));
    expect(byLe).toEqual({ '5': 1, '10': 3, '100': 4, '+Inf': 5 });
    expect(await latestValue(store, 'http_server_duration_milliseconds_sum', { job, route: '/cart' })).toBe(565);
    expect(await latestValue(store, 'http_server_duration_milliseconds_count', { job, route: '/cart' })).toBe(5);
  });

  it('puts the remaining resource attributes on target_info', async () => {
    const info = await seriesNamed(store, 'target_info', { job });
    expect(info).toHaveLength(1);
    expect(info[0]!.labels).toMatchObject({ instance: `${service}-1`, host_name: 'node-7' });
    expect(info[0]!.labels['service_name']).toBeUndefined();
  });
});
