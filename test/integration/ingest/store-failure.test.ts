/**
 * When the store's commit() rejects (queue full → 429, database down → 503), every receiver passes
 * the status on with a retry hint, and never acknowledges the data.
 */
import * as grpc from '@grpc/grpc-js';
import { compress } from 'snappyjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { google, opentelemetry, prometheus } from '../../../src/ingest/generated/protos.js';
import { startOtlpGrpcServer, type OtlpGrpcServer } from '../../../src/ingest/otlp/grpc.js';
import { SightlineError } from '../../../src/util/errors.js';
import { FailingStore, openTestMetricStore } from '../../support/metric-store.js';
import { startHttpReceivers, type RunningReceivers } from './helpers.js';

// The real store, wrapped so its commits can be made to fail.
let store: FailingStore;
let http: RunningReceivers;
let grpcServer: OtlpGrpcServer;

beforeAll(async () => {
  store = new FailingStore(await openTestMetricStore());
  http = await startHttpReceivers({ store });
  grpcServer = await startOtlpGrpcServer({ store, address: '127.0.0.1:0' });
});
afterAll(async () => {
  await http.close();
  await grpcServer.close();
});

const failures: [string, SightlineError, number, grpc.status][] = [
  ['queue full', new SightlineError('storage_queue_full', 'write queue is full', { retryable: true, httpStatus: 429 }), 429, grpc.status.RESOURCE_EXHAUSTED],
  ['database down', new SightlineError('storage_unavailable', 'database unavailable', { retryable: true, httpStatus: 503 }), 503, grpc.status.UNAVAILABLE],
];

const otlpBody = (): Uint8Array =>
  opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.encode(
    opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.fromObject({
      resourceMetrics: [{ scopeMetrics: [{ metrics: [{ name: 'g', gauge: { dataPoints: [{ timeUnixNano: (BigInt(Date.now()) * 1_000_000n).toString(), asDouble: 1 }] } }] }] }],
    }),
  ).finish();

describe.each(failures)('store commit fails: %s', (_what, error, httpStatus, grpcCode) => {
  beforeAll(() => {
    store.failCommitsWith = error;
  });
  afterAll(() => {
    store.failCommitsWith = undefined;
  });

  it(`remote write answers ${httpStatus} with Retry-After`, async () => {
    const body = compress(prometheus.WriteRequest.encode({ timeseries: [{ labels: [{ name: '__name__', value: 'm' }], samples: [{ value: 1, timestamp: Date.now() }] }] }).finish());
    const res = await fetch(`${http.url}/api/v1/write`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy' }, body });
    expect(res.status).toBe(httpStatus);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.text()).toBe(error.message);
  });

  it(`OTLP/HTTP answers ${httpStatus} with Retry-After and a google.rpc.Status`, async () => {
    const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;
    const json = JSON.stringify(ExportMetricsServiceRequest.toObject(ExportMetricsServiceRequest.decode(otlpBody()), { longs: String }));
    const res = await fetch(`${http.url}/v1/metrics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
    expect(res.status).toBe(httpStatus);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({ code: grpcCode, message: error.message });
  });

  it(`OTLP/gRPC answers ${grpc.status[grpcCode]}`, async () => {
    const client = new grpc.Client(`127.0.0.1:${grpcServer.port}`, grpc.credentials.createInsecure());
    const err = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest('/opentelemetry.proto.collector.metrics.v1.MetricsService/Export', (b: Buffer) => b, (b: Buffer) => b, Buffer.from(otlpBody()), (e) => resolve(e)),
    );
    client.close();
    expect(err?.code).toBe(grpcCode);
    expect(err?.details).toBe(error.message);
    expect(err?.metadata.get('retry-after')).toEqual(['5']);
    // OTLP clients retry RESOURCE_EXHAUSTED only with a RetryInfo in the status details.
    const details = google.rpc.Status.decode(err!.metadata.get('grpc-status-details-bin')[0] as Buffer);
    expect(details.details[0]!.type_url).toBe('type.googleapis.com/google.rpc.RetryInfo');
    expect(Number(google.rpc.RetryInfo.decode(details.details[0]!.value!).retryDelay?.seconds)).toBe(5);
  });
});

it('stored nothing that was refused', async () => {
  const stored = await store.querier().select([{ name: '__name__', type: '=~', value: '.+' }], 0, Date.now() + 60_000);
  expect(stored).toEqual([]);
});
