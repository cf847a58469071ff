/**
 * Decode + map throughput of the metric receivers, storage excluded (a no-op appender):
 * - remote write 1.0: realistic 2,000-series batches (node-exporter-like label sets, one sample per
 *   series, as Prometheus sends with max_samples_per_send=2000), snappy + protobuf + validation;
 * - OTLP protobuf: SDK-like export requests (counters, gauges, 10-bucket histograms).
 * Also compares the two snappy implementations and static vs run-time-loaded protobufjs codecs.
 * Run: npx tsx bench/ingest-decode.ts
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import protobuf from 'protobufjs';
import { uncompressSync as nativeUncompress } from 'snappy';
import { compress, uncompress as jsUncompress } from 'snappyjs';
import { snappyBlock } from '../src/ingest/decompress.js';
import { opentelemetry, prometheus } from '../src/ingest/generated/protos.js';
import { DEFAULT_LIMITS } from '../src/ingest/limits.js';
import { decodeRequest } from '../src/ingest/otlp/codec.js';
import { translateMetrics } from '../src/ingest/otlp/translate.js';
import { appendV1, knownLabelSets } from '../src/ingest/remote-write/decode.js';
import { forEachSeriesV1 } from '../src/ingest/remote-write/wire-v1.js';
import { labelsFromPairs, Rejections, TimeWindow } from '../src/ingest/validation.js';
import type { Appender } from '../src/storage/api.js';

const NOW = Date.now();
let appended = 0;
const sink: Appender = {
  append: () => void appended++,
  commit: () => Promise.resolve({ samplesWritten: 0, seriesCreated: 0 }),
  rollback: () => undefined,
};

/**
 * Process CPU microseconds per call (user + system, all threads, so GC helpers count): 9 rounds of
 * ~0.4 s after a warm-up, median round. CPU time rather than wall time because this box is shared
 * and often oversubscribed; per CPU-second is also the capacity figure that matters.
 */
function measure(fn: () => void): number {
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) fn();
  const rounds: number[] = [];
  for (let r = 0; r < 9; r++) {
    let calls = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    while (performance.now() - start < 400) {
      fn();
      calls++;
    }
    const used = process.cpuUsage(cpu);
    rounds.push((used.user + used.system) / calls);
  }
  return rounds.sort((a, b) => a - b)[4]!;
}

// ---- remote write 1.0 batches ----
const METRICS = ['node_cpu_seconds_total', 'node_memory_MemFree_bytes', 'node_network_receive_bytes_total', 'node_disk_io_time_seconds_total', 'node_filesystem_avail_bytes', 'http_requests_total', 'http_request_duration_seconds_bucket', 'process_resident_memory_bytes'];
function remoteWriteBatch(series: number, offset: number): Uint8Array {
  const timeseries = [];
  for (let i = 0; i < series; i++) {
    const n = offset + i;
    const labels = [
      { name: '__name__', value: METRICS[n % METRICS.length]! },
      { name: 'cpu', value: String(n % 32) },
      { name: 'instance', value: `10.12.${(n >> 8) & 255}.${n & 255}:9100` },
      { name: 'job', value: 'node-exporter' },
      { name: 'mode', value: ['user', 'system', 'idle', 'iowait', 'irq'][n % 5]! },
      { name: 'namespace', value: 'monitoring' },
      { name: 'pod', value: `node-exporter-${(n * 2654435761) % 100000}` },
    ];
    timeseries.push({ labels, samples: [{ value: Math.random() * 1e6, timestamp: NOW - 15_000 }] });
  }
  return compress(prometheus.WriteRequest.encode({ timeseries }).finish());
}

const SERIES = 2000;
const batches = Array.from({ length: 8 }, (_, i) => remoteWriteBatch(SERIES, i * SERIES));
let b = 0;
const compressedBytes = batches.reduce((s, x) => s + x.length, 0) / batches.length;
const rawBytes = batches.reduce((s, x) => s + jsUncompress(x).length, 0) / batches.length;

const snappyJsUs = measure(() => jsUncompress(batches[b++ % batches.length]!));
const snappyNativeUs = measure(() => nativeUncompress(Buffer.from(batches[b++ % batches.length]!), { asBuffer: true }));
const rawBatches = batches.map((x) => snappyBlock(Buffer.from(x), DEFAULT_LIMITS.maxDecompressedBytes));
const rwGeneratedUs = measure(() => prometheus.WriteRequest.decode(rawBatches[b++ % rawBatches.length]!));
const rwWireUs = measure(() => forEachSeriesV1(rawBatches[b++ % rawBatches.length]!, () => undefined));
appended = 0;
const known = knownLabelSets();
const rwFullUs = measure(() => {
  const body = snappyBlock(Buffer.from(batches[b++ % batches.length]!), DEFAULT_LIMITS.maxDecompressedBytes);
  const rejections = new Rejections();
  appendV1(body, sink, DEFAULT_LIMITS, new TimeWindow(DEFAULT_LIMITS), rejections, known);
  if (rejections.total > 0) throw new Error(rejections.summary('samples'));
});

// The same path over the generated decoder's object tree, to show what the hand-written one buys.
const rwFullGeneratedUs = measure(() => {
  const body = snappyBlock(Buffer.from(batches[b++ % batches.length]!), DEFAULT_LIMITS.maxDecompressedBytes);
  const window = new TimeWindow(DEFAULT_LIMITS);
  for (const ts of prometheus.WriteRequest.decode(body).timeseries) {
    const pairs = ts.labels ?? [];
    const result = labelsFromPairs(pairs.map((l) => l.name ?? ''), pairs.map((l) => l.value ?? ''), pairs.length, DEFAULT_LIMITS);
    if (!result.ok) throw new Error(result.message);
    for (const sample of ts.samples ?? []) {
      const t = Number(sample.timestamp);
      if (window.check(t) === undefined) sink.append(result.labels, t, sample.value ?? 0);
    }
  }
});

// ---- OTLP protobuf ----
const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;
function otlpRequest(): Uint8Array {
  const t = (BigInt(NOW - 10_000) * 1_000_000n).toString();
  const start = (BigInt(NOW - 3600_000) * 1_000_000n).toString();
  const attrs = (i: number): object[] => [
    { key: 'http.request.method', value: { stringValue: ['GET', 'POST', 'PUT'][i % 3] } },
    { key: 'http.route', value: { stringValue: `/api/v1/items/${i % 7}` } },
    { key: 'http.response.status_code', value: { intValue: String(200 + (i % 4)) } },
  ];
  const metrics = [];
  for (let m = 0; m < 40; m++) {
    const points = Array.from({ length: 10 }, (_, i) => i);
    if (m % 4 === 0) {
      metrics.push({ name: `app.requests.${m}`, unit: '{request}', sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: points.map((i) => ({ attributes: attrs(i), startTimeUnixNano: start, timeUnixNano: t, asInt: String(i * 1000) })) } });
    } else if (m % 4 === 1) {
      metrics.push({ name: `app.memory.${m}`, unit: 'By', gauge: { dataPoints: points.map((i) => ({ attributes: attrs(i), timeUnixNano: t, asDouble: i * 1.5 })) } });
    } else {
      metrics.push({
        name: `app.duration.${m}`,
        unit: 'ms',
        histogram: {
          aggregationTemporality: 2,
          dataPoints: points.map((i) => ({ attributes: attrs(i), startTimeUnixNano: start, timeUnixNano: t, count: '100', sum: 1234.5, bucketCounts: Array(11).fill('9'), explicitBounds: [5, 10, 25, 50, 75, 100, 250, 500, 750, 1000] })),
        },
      });
    }
  }
  return ExportMetricsServiceRequest.encode(
    ExportMetricsServiceRequest.fromObject({
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }, { key: 'service.instance.id', value: { stringValue: 'pod-1' } }, { key: 'host.name', value: { stringValue: 'node-3' } }] },
          scopeMetrics: [{ scope: { name: 'checkout-meter', version: '1.0.0' }, metrics }],
        },
      ],
    }),
  ).finish();
}
const otlpBody = Buffer.from(otlpRequest());
const protoDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'proto');
const runtimeRoot = new protobuf.Root();
runtimeRoot.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(protoDir, target));
runtimeRoot.loadSync('opentelemetry/proto/collector/metrics/v1/metrics_service.proto');
const RuntimeRequest = runtimeRoot.lookupType('opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest');

const otlpStaticUs = measure(() => ExportMetricsServiceRequest.decode(otlpBody));
const otlpRuntimeUs = measure(() => RuntimeRequest.decode(otlpBody));
appended = 0;
translateMetrics(decodeRequest(otlpBody, 'protobuf'), sink, DEFAULT_LIMITS, new TimeWindow(DEFAULT_LIMITS), new Rejections());
const otlpSamples = appended;
const otlpFullUs = measure(() => {
  translateMetrics(decodeRequest(otlpBody, 'protobuf'), sink, DEFAULT_LIMITS, new TimeWindow(DEFAULT_LIMITS), new Rejections());
});

const rate = (samples: number, us: number): string => `${Math.round((samples / us) * 1e6).toLocaleString('en-US')} samples/s`;
console.log(`Conditions: Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}, one thread, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, storage excluded (no-op appender); figures are process CPU time per call (median of 9 × 0.4 s rounds after 0.5 s warm-up), rates per CPU-second.`);
console.log(`\nremote write 1.0, ${SERIES}-series batches (7 labels, 1 sample each): ${Math.round(compressedBytes)} B snappy → ${Math.round(rawBytes)} B protobuf`);
console.log(`  snappy block decode, snappyjs (pure JS):        ${snappyJsUs.toFixed(0)} CPU-µs/batch`);
console.log(`  snappy block decode, snappy (native, used):     ${snappyNativeUs.toFixed(0)} CPU-µs/batch`);
console.log(`  protobuf decode, generated protobufjs code:     ${rwGeneratedUs.toFixed(0)} CPU-µs/batch`);
console.log(`  protobuf decode, hand-written decoder (used):   ${rwWireUs.toFixed(0)} CPU-µs/batch`);
console.log(`  snappy + decode + validate + map (full path):   ${rwFullUs.toFixed(0)} CPU-µs/batch = ${rate(SERIES, rwFullUs)}`);
console.log(`  same over the generated decoder (for contrast): ${rwFullGeneratedUs.toFixed(0)} CPU-µs/batch = ${rate(SERIES, rwFullGeneratedUs)}`);
console.log(`\nOTLP protobuf, one request: 40 metrics × 10 points (10 counters, 10 gauges, 20 histograms with 10 bounds) → ${otlpSamples} samples, ${otlpBody.length} B`);
console.log(`  decode, static generated code (used):           ${otlpStaticUs.toFixed(0)} CPU-µs/request`);
console.log(`  decode, run-time loaded .proto (reflection):    ${otlpRuntimeUs.toFixed(0)} CPU-µs/request`);
console.log(`  decode (UTF-8-checked) + translate (full path): ${otlpFullUs.toFixed(0)} CPU-µs/request = ${rate(otlpSamples, otlpFullUs)}`);
