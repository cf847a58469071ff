/** OTLP over HTTP and gRPC: bad input, partial success, auth. */
import * as grpc from '@grpc/grpc-js';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { google, opentelemetry } from '../../../src/ingest/generated/protos.js';
import { startOtlpGrpcServer, type OtlpGrpcServer } from '../../../src/ingest/otlp/grpc.js';
import type { MetricStore } from '../../../src/storage/api.js';
import { openTestMetricStore } from '../../support/metric-store.js';
import { latestValue, startHttpReceivers, type RunningReceivers } from './helpers.js';

const { ExportMetricsServiceRequest, ExportMetricsServiceResponse } = opentelemetry.proto.collector.metrics.v1;
type IExportRequest = opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest;

const TOKEN = 'otlp-secret';
const MAX_BODY = 64 * 1024;
let store: MetricStore;
let http: RunningReceivers;
let grpcServer: OtlpGrpcServer;

beforeAll(async () => {
  store = await openTestMetricStore();
  const options = { store, auth: (token: string) => token === TOKEN, limits: { maxBodyBytes: MAX_BODY, maxDecompressedBytes: 4 * MAX_BODY } };
  http = await startHttpReceivers(options);
  grpcServer = await startOtlpGrpcServer({ ...options, address: '127.0.0.1:0' });
});
afterAll(async () => {
  await http.close();
  await grpcServer.close();
});

const nowNanos = (): string => (BigInt(Date.now()) * 1_000_000n).toString();

/** One gauge point, one delta sum and one exponential histogram: 1 valid, 2 rejected points. */
function mixedRequest(gaugeName: string): IExportRequest {
  const t = nowNanos();
  return ExportMetricsServiceRequest.fromObject({
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'billing' } }] },
        scopeMetrics: [
          {
            metrics: [
              { name: gaugeName, gauge: { dataPoints: [{ timeUnixNano: t, asDouble: 42 }] } },
              { name: 'delta_requests', sum: { aggregationTemporality: 1, isMonotonic: true, dataPoints: [{ timeUnixNano: t, asInt: '5' }] } },
              { name: 'latency_exp', exponentialHistogram: { aggregationTemporality: 2, dataPoints: [{ timeUnixNano: t, count: '1', scale: 0 }] } },
            ],
          },
        ],
      },
    ],
  });
}

/** Replaces the first "XX" in an encoded message with an invalid UTF-8 sequence. */
function withInvalidUtf8(message: Uint8Array): Buffer {
  const body = Buffer.from(message);
  const at = body.indexOf('XX');
  body[at] = 0xc3;
  body[at + 1] = 0x28;
  return body;
}

function postOtlp(body: Uint8Array | string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${http.url}/v1/metrics`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, ...headers }, body });
}

const PROTO = { 'content-type': 'application/x-protobuf' };
const JSON_TYPE = { 'content-type': 'application/json' };

async function statusOf(res: Response): Promise<{ code: number; message: string }> {
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('application/x-protobuf')) {
    const s = google.rpc.Status.decode(new Uint8Array(await res.arrayBuffer()));
    return { code: s.code, message: s.message };
  }
  return (await res.json()) as { code: number; message: string };
}

describe('OTLP/HTTP', () => {
  it('stores the valid points and reports the rest as a partial success (protobuf)', async () => {
    const res = await postOtlp(ExportMetricsServiceRequest.encode(mixedRequest('billing_gauge_pb')).finish(), PROTO);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-protobuf/);
    const body = ExportMetricsServiceResponse.decode(new Uint8Array(await res.arrayBuffer()));
    expect(Number(body.partialSuccess?.rejectedDataPoints)).toBe(2);
    expect(body.partialSuccess?.errorMessage).toMatch(/delta temporality is not supported/);
    expect(body.partialSuccess?.errorMessage).toMatch(/exponential histograms are not supported/);
    expect(await latestValue(store, 'billing_gauge_pb', { job: 'billing' })).toBe(42);
  });

  it('answers JSON requests in JSON, gzip accepted', async () => {
    const json = JSON.stringify(ExportMetricsServiceRequest.toObject(ExportMetricsServiceRequest.fromObject(mixedRequest('billing_gauge_json')), { longs: String }));
    const res = await postOtlp(gzipSync(json), { ...JSON_TYPE, 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({ partialSuccess: { rejectedDataPoints: '2' } });
    expect(await latestValue(store, 'billing_gauge_json')).toBe(42);
  });

  it('answers an empty success without partial_success', async () => {
    const res = await postOtlp('{}', JSON_TYPE);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
  });

  const cases: [string, () => Promise<Response>, number, RegExp][] = [
    ['a truncated protobuf', () => postOtlp(ExportMetricsServiceRequest.encode(mixedRequest('x')).finish().subarray(0, 20), PROTO), 400, /malformed protobuf ExportMetricsServiceRequest/],
    ['malformed JSON', () => postOtlp('{"resourceMetrics": [', JSON_TYPE), 400, /malformed JSON body/],
    ['a JSON array', () => postOtlp('[]', JSON_TYPE), 400, /must be an ExportMetricsServiceRequest object/],
    ['JSON of the wrong shape', () => postOtlp('{"resourceMetrics": 5}', JSON_TYPE), 400, /invalid ExportMetricsServiceRequest JSON/],
    ['invalid UTF-8 in a protobuf string', () => postOtlp(withInvalidUtf8(ExportMetricsServiceRequest.encode(mixedRequest('utf8_XX')).finish()), PROTO), 400, /invalid UTF-8 in a string field/],
    ['invalid UTF-8 in JSON', () => postOtlp(Buffer.from([0x7b, 0xff, 0x7d]), JSON_TYPE), 400, /not valid UTF-8/],
    ['corrupt gzip', () => postOtlp(Buffer.from('not gzip at all'), { ...PROTO, 'content-encoding': 'gzip' }), 400, /corrupt gzip body/],
    ['an unsupported content type', () => postOtlp('a=b', { 'content-type': 'text/plain' }), 415, /unsupported Content-Type "text\/plain"/],
    ['an unsupported content encoding', () => postOtlp('{}', { ...JSON_TYPE, 'content-encoding': 'br' }), 415, /unsupported Content-Encoding "br"/],
    ['a body over the size limit', () => postOtlp(Buffer.alloc(MAX_BODY + 1), PROTO), 413, /larger than the limit of 65536 bytes/],
    ['a gzip bomb', () => postOtlp(gzipSync(Buffer.alloc(8 * MAX_BODY)), { ...PROTO, 'content-encoding': 'gzip' }), 413, /decompressed body is larger than the limit/],
    ['a missing bearer token', () => fetch(`${http.url}/v1/metrics`, { method: 'POST', headers: PROTO, body: '' }), 401, /missing bearer token/],
    ['a wrong bearer token', () => postOtlp('', { ...PROTO, authorization: 'Bearer nope' }), 401, /bearer token rejected/],
  ];
  it.each(cases)('rejects %s', async (_what, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    const body = await statusOf(res);
    expect(body.message).toMatch(message);
    expect(body.code).toBeGreaterThan(0);
  });

  it('answers protobuf requests with a protobuf google.rpc.Status', async () => {
    const res = await postOtlp(Buffer.from([0x0a, 0xff]), PROTO);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-protobuf/);
    expect((await statusOf(res)).code).toBe(grpc.status.INVALID_ARGUMENT);
  });

  it('keeps serving after bad requests', async () => {
    const res = await postOtlp('{}', JSON_TYPE);
    expect(res.status).toBe(200);
  });
});

/** Calls Export with raw bytes so malformed messages can be sent. */
function callExport(body: Uint8Array, token: string | undefined): Promise<{ error: grpc.ServiceError | null; response?: Buffer }> {
  const client = new grpc.Client(`127.0.0.1:${grpcServer.port}`, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
      (b: Buffer) => b,
      (b: Buffer) => b,
      Buffer.from(body),
      metadata,
      (error, response) => {
        client.close();
        resolve({ error, response });
      },
    );
  });
}

describe('OTLP/gRPC', () => {
  it('stores the valid points and reports a partial success', async () => {
    const { error, response } = await callExport(ExportMetricsServiceRequest.encode(mixedRequest('billing_gauge_grpc')).finish(), TOKEN);
    expect(error).toBeNull();
    const decoded = ExportMetricsServiceResponse.decode(response!);
    expect(Number(decoded.partialSuccess?.rejectedDataPoints)).toBe(2);
    expect(await latestValue(store, 'billing_gauge_grpc')).toBe(42);
  });

  it('rejects a malformed message with INVALID_ARGUMENT naming the problem', async () => {
    const { error } = await callExport(Buffer.from([0x0a, 0xff, 0x01]), TOKEN);
    expect(error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error?.details).toMatch(/malformed protobuf ExportMetricsServiceRequest/);
  });

  it('rejects a missing or wrong token with UNAUTHENTICATED', async () => {
    expect((await callExport(Buffer.alloc(0), undefined)).error?.code).toBe(grpc.status.UNAUTHENTICATED);
    expect((await callExport(Buffer.alloc(0), 'nope')).error?.code).toBe(grpc.status.UNAUTHENTICATED);
  });

  it('rejects a message over the size limit with RESOURCE_EXHAUSTED', async () => {
    const { error } = await callExport(Buffer.alloc(4 * MAX_BODY + 1), TOKEN);
    expect(error?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
  });
});
