/** Remote write 1.0 and 2.0 over loopback: valid requests and every kind of bad input. */
import { compress } from 'snappyjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, prometheus } from '../../../src/ingest/generated/protos.js';
import { isStaleMarker, STALE_NAN } from '../../../src/model/samples.js';
import type { MetricStore } from '../../../src/storage/api.js';
import { openTestMetricStore } from '../../support/metric-store.js';
import { latestValue, seriesNamed, startHttpReceivers, type RunningReceivers } from './helpers.js';

let store: MetricStore;
let http: RunningReceivers;
const MAX_BODY = 64 * 1024;
const MAX_DECOMPRESSED = 256 * 1024;

beforeAll(async () => {
  store = await openTestMetricStore();
  http = await startHttpReceivers({ store, limits: { maxBodyBytes: MAX_BODY, maxDecompressedBytes: MAX_DECOMPRESSED, maxLabelsPerSeries: 8 } });
});
afterAll(() => http.close());

const V1_TYPE = 'application/x-protobuf';
const V2_TYPE = 'application/x-protobuf;proto=io.prometheus.write.v2.Request';

function post(body: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${http.url}/api/v1/write`, {
    method: 'POST',
    headers: { 'content-type': V1_TYPE, 'content-encoding': 'snappy', 'x-prometheus-remote-write-version': '0.1.0', ...headers },
    body,
  });
}

type Pairs = [string, string][];
const now = Date.now();

function v1(series: { labels: Pairs; samples: [number, number][] }[]): Uint8Array {
  const message = prometheus.WriteRequest.encode({
    timeseries: series.map((s) => ({ labels: s.labels.map(([name, value]) => ({ name, value })), samples: s.samples.map(([timestamp, value]) => ({ timestamp, value })) })),
  }).finish();
  return compress(message);
}

function v2(series: { labels: Pairs; samples: [number, number][]; exemplars?: number }[]): Uint8Array {
  const symbols = [''];
  const ref = (s: string): number => {
    const i = symbols.indexOf(s);
    return i >= 0 ? i : symbols.push(s) - 1;
  };
  const timeseries = series.map((s) => ({
    labelsRefs: s.labels.flatMap(([n, v]) => [ref(n), ref(v)]),
    samples: s.samples.map(([timestamp, value]) => ({ timestamp, value })),
    exemplars: Array.from({ length: s.exemplars ?? 0 }, () => ({ value: 1, timestamp: now })),
  }));
  return compress(io.prometheus.write.v2.Request.encode({ symbols, timeseries }).finish());
}

async function expectError(res: Response, status: number, message: RegExp): Promise<void> {
  const text = await res.text();
  expect({ status: res.status, text }).toMatchObject({ status });
  expect(text).toMatch(message);
}

describe('remote write 1.0', () => {
  it('stores samples, including staleness markers bit-exactly, and answers 204', async () => {
    // Built from objects: a NaN inside a plain number array loses its payload in V8.
    const message = prometheus.WriteRequest.encode({
      timeseries: [
        { labels: [{ name: '__name__', value: 'rw1_up' }, { name: 'instance', value: 'a:1' }, { name: 'job', value: 'node' }], samples: [{ timestamp: now - 2000, value: 1 }, { timestamp: now - 1000, value: 0 }] },
        { labels: [{ name: '__name__', value: 'rw1_stale' }, { name: 'job', value: 'node' }], samples: [{ timestamp: now - 1000, value: STALE_NAN }] },
      ],
    }).finish();
    const res = await post(compress(message));
    expect(res.status).toBe(204);
    expect(await latestValue(store, 'rw1_up', { job: 'node' })).toBe(0);
    expect(isStaleMarker(await latestValue(store, 'rw1_stale'))).toBe(true);
  });

  it('stores the valid series of a partly invalid request but answers 400 naming the problem', async () => {
    const res = await post(
      v1([
        { labels: [['__name__', 'rw1_partial_ok']], samples: [[now, 5]] },
        { labels: [['job', 'x']], samples: [[now, 1]] },
      ]),
    );
    await expectError(res, 400, /1 samples rejected: series without __name__ label/);
    expect(await latestValue(store, 'rw1_partial_ok')).toBe(5);
  });

  const badSeries: [string, Pairs, RegExp][] = [
    ['invalid label name', [['__name__', 'm'], ['bad-name', 'x']], /invalid label name "bad-name"/],
    ['duplicate label names', [['__name__', 'm'], ['a', '1'], ['a', '2']], /duplicate label name "a"/],
    ['unsorted label names', [['__name__', 'm'], ['b', '1'], ['a', '2']], /label names not sorted: "a" after "b"/],
    ['missing __name__', [['job', 'x']], /without __name__/],
    ['invalid metric name', [['__name__', '1m']], /invalid metric name "1m"/],
    ['too many labels', [['__name__', 'm'], ...Array.from({ length: 8 }, (_, i): [string, string] => [`l${i}`, 'v'])], /9 labels, more than the limit of 8/],
  ];
  it.each(badSeries)('rejects %s with 400', async (_what, labels, message) => {
    await expectError(await post(v1([{ labels, samples: [[now, 1]] }])), 400, message);
  });

  it('answers a series it has seen before (known by its encoded labels) as the first time: stored, or rejected again', async () => {
    const labels: Pairs = [['__name__', 'rw1_known'], ['job', 'a']];
    expect((await post(v1([{ labels, samples: [[now - 2000, 1]] }]))).status).toBe(204);
    expect((await post(v1([{ labels, samples: [[now - 1000, 2]] }]))).status).toBe(204);
    expect(await latestValue(store, 'rw1_known')).toBe(2);
    await expectError(await post(v1([{ labels, samples: [[now + 3600_000, 3]] }])), 400, /too far in the future/);
    for (let i = 0; i < 2; i++) await expectError(await post(v1([{ labels: [['__name__', 'rw1_known'], ['a', '1'], ['a', '2']], samples: [[now, 1]] }])), 400, /duplicate label name "a"/);
  });

  it('rejects too-old and too-new timestamps with 400', async () => {
    await expectError(await post(v1([{ labels: [['__name__', 'm_old']], samples: [[now - 30 * 24 * 3600_000, 1]] }])), 400, /older than the accepted window/);
    await expectError(await post(v1([{ labels: [['__name__', 'm_new']], samples: [[now + 3600_000, 1]] }])), 400, /too far in the future/);
  });

  it('takes a backlog hours old (a sender replaying after an outage) and answers it at once', async () => {
    const backlog: [number, number][] = Array.from({ length: 240 }, (_, k) => [now - 3 * 3600_000 + k * 15_000, k]);
    expect((await post(v1([{ labels: [['__name__', 'rw1_backlog'], ['job', 'node']], samples: backlog }]))).status).toBe(204);
    const [series] = await store.querier().select([{ name: '__name__', type: '=', value: 'rw1_backlog' }], now - 4 * 3600_000, now);
    expect([...series!.timestamps]).toEqual(backlog.map(([t]) => t));
    expect([...series!.values]).toEqual(backlog.map(([, v]) => v));
  });

  it('rejects samples out of time order with 400', async () => {
    await expectError(await post(v1([{ labels: [['__name__', 'm_ooo']], samples: [[now, 1], [now - 1000, 2]] }])), 400, /not in time order/);
  });

  it('rejects corrupt snappy with 400', async () => {
    await expectError(await post(Buffer.from([0x20, 0x01, 0x02, 0x03])), 400, /corrupt snappy body/);
  });

  it('rejects a truncated protobuf with 400', async () => {
    const message = prometheus.WriteRequest.encode({ timeseries: [{ labels: [{ name: '__name__', value: 'truncated_metric' }], samples: [{ value: 1, timestamp: now }] }] }).finish();
    await expectError(await post(compress(message.subarray(0, message.length - 5))), 400, /malformed protobuf prometheus.WriteRequest/);
  });

  it('rejects invalid UTF-8 in a label value with 400', async () => {
    const message = Buffer.from(prometheus.WriteRequest.encode({ timeseries: [{ labels: [{ name: '__name__', value: 'utf8_XX' }], samples: [{ value: 1, timestamp: now }] }] }).finish());
    const at = message.indexOf('XX');
    message[at] = 0xc3;
    message[at + 1] = 0x28;
    await expectError(await post(compress(message)), 400, /invalid UTF-8/);
  });

  it('rejects a body over the size limit with 413', async () => {
    await expectError(await post(Buffer.alloc(MAX_BODY + 1, 1)), 413, /larger than the limit of 65536 bytes/);
  });

  it('rejects a body that decompresses over the limit with 413', async () => {
    await expectError(await post(compress(Buffer.alloc(MAX_DECOMPRESSED + 1))), 413, /decompressed body would be 262145 bytes/);
  });

  it('rejects other content types and encodings with 415', async () => {
    await expectError(await post(v1([]), { 'content-type': 'application/json' }), 415, /unsupported Content-Type "application\/json"/);
    await expectError(await post(v1([]), { 'content-type': 'application/x-protobuf;proto=foo.Bar' }), 415, /unsupported remote-write message "foo.Bar"/);
    await expectError(await post(v1([]), { 'content-encoding': 'gzip' }), 415, /unsupported Content-Encoding "gzip"/);
  });
});

describe('remote write 2.0', () => {
  it('stores samples and answers 204 with the written-count headers', async () => {
    const res = await post(
      v2([
        { labels: [['__name__', 'rw2_requests_total'], ['code', '200'], ['job', 'api']], samples: [[now - 1000, 10], [now, 12]], exemplars: 1 },
        { labels: [['__name__', 'rw2_requests_total'], ['code', '500'], ['job', 'api']], samples: [[now, 1]] },
      ]),
      { 'content-type': V2_TYPE, 'x-prometheus-remote-write-version': '2.0.0' },
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('x-prometheus-remote-write-samples-written')).toBe('3');
    expect(res.headers.get('x-prometheus-remote-write-histograms-written')).toBe('0');
    // Exemplars are accepted but not stored, and the header says so.
    expect(res.headers.get('x-prometheus-remote-write-exemplars-written')).toBe('0');
    expect(await latestValue(store, 'rw2_requests_total', { code: '200' })).toBe(12);
    expect(await seriesNamed(store, 'rw2_requests_total')).toHaveLength(2);
  });

  it('answers a partial write with 400 and the headers, never 2xx', async () => {
    const res = await post(
      v2([
        { labels: [['__name__', 'rw2_partial']], samples: [[now, 1]] },
        { labels: [['__name__', 'rw2_partial'], ['bad.name', 'x']], samples: [[now, 1]] },
      ]),
      { 'content-type': V2_TYPE },
    );
    expect(res.headers.get('x-prometheus-remote-write-samples-written')).toBe('1');
    await expectError(res, 400, /invalid label name "bad.name"/);
  });

  it('rejects label references outside the symbols table with 400', async () => {
    const body = compress(io.prometheus.write.v2.Request.encode({ symbols: ['', '__name__'], timeseries: [{ labelsRefs: [1, 7], samples: [{ value: 1, timestamp: now }] }] }).finish());
    await expectError(await post(body, { 'content-type': V2_TYPE }), 400, /labels_refs entry 7 is outside the symbols table/);
  });

  it('rejects a symbols table that does not start with "" with 400', async () => {
    const body = compress(io.prometheus.write.v2.Request.encode({ symbols: ['__name__', 'x'], timeseries: [{ labelsRefs: [0, 1], samples: [{ value: 1, timestamp: now }] }] }).finish());
    await expectError(await post(body, { 'content-type': V2_TYPE }), 400, /symbols table must start with the empty string/);
  });

  it('rejects native histograms with 400', async () => {
    const body = compress(
      io.prometheus.write.v2.Request.encode({ symbols: ['', '__name__', 'h'], timeseries: [{ labelsRefs: [1, 2], histograms: [{ countInt: 1, sum: 1, timestamp: now }] }] }).finish(),
    );
    const res = await post(body, { 'content-type': V2_TYPE });
    expect(res.headers.get('x-prometheus-remote-write-histograms-written')).toBe('0');
    await expectError(res, 400, /native histograms are not supported/);
  });
});

describe('remote write with the auth hook', () => {
  it('answers 401 without a bearer token or with a rejected one, and accepts a good one', async () => {
    const secured = await startHttpReceivers({ store, auth: (token, request) => token === 'good' && request.receiver === 'remote-write' });
    try {
      const send = (headers: Record<string, string>): Promise<Response> =>
        fetch(`${secured.url}/api/v1/write`, { method: 'POST', headers: { 'content-type': V1_TYPE, 'content-encoding': 'snappy', ...headers }, body: v1([{ labels: [['__name__', 'rw_auth']], samples: [[now, 1]] }]) });
      const missing = await send({});
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      await expectError(missing, 401, /missing bearer token/);
      await expectError(await send({ authorization: 'Bearer bad' }), 401, /bearer token rejected/);
      expect((await send({ authorization: 'Bearer good' })).status).toBe(204);
    } finally {
      await secured.close();
    }
  });
});

describe('self-metrics', () => {
  it('counts requests, stored samples and rejections by reason in the default registry', async () => {
    const { register } = await import('prom-client');
    await post(v1([{ labels: [['__name__', 'rw_selfmetrics']], samples: [[now, 1]] }, { labels: [['job', 'x']], samples: [[now, 1]] }]));
    const text = await register.metrics();
    expect(text).toMatch(/sightline_ingest_requests_total\{receiver="remote-write",code="400"\} [1-9]/);
    expect(text).toMatch(/sightline_ingest_samples_received_total\{receiver="remote-write"\} [1-9]/);
    expect(text).toMatch(/sightline_ingest_samples_rejected_total\{receiver="remote-write",reason="invalid_labels"\} [1-9]/);
    expect(text).toMatch(/sightline_ingest_request_duration_seconds_count\{receiver="remote-write"\} [1-9]/);
  });
});
