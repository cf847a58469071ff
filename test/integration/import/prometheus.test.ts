/**
 * Reading history out of Debian's Prometheus 2.42 (backfilled with promtool from OpenMetrics):
 * its streamed XOR chunks decode to the backfilled samples and Sightline's encoder reproduces them
 * byte for byte; importRemoteRead and importOpenMetrics write the same history into the store,
 * where Sightline's PromQL answers as Prometheus does over the original.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { compressSync } from 'snappy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prometheus as proto } from '../../../src/ingest/generated/protos.js';
import { importOpenMetrics, importRemoteRead, type ImportProgress } from '../../../src/import/importer.js';
import { remoteRead, type ReadSeries } from '../../../src/remote-read/client.js';
import { readFrames } from '../../../src/remote-read/framing.js';
import { decodeXorChunk, encodeXorChunk } from '../../../src/remote-read/xor-chunk.js';
import type { Series } from '../../../src/storage/api.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { StorageService } from '../../../src/storage/service.js';
import { createWebServer } from '../../../src/web/server.js';
import { makeHistory, toOpenMetrics, type HistorySeries } from '../../support/history.js';
import { openTestMetricStore } from '../../support/metric-store.js';
import { backfillOpenMetrics, startPrometheus, type RunningPrometheus } from '../../support/prometheus.js';

const HOUR = 3_600_000;
// Six hours ago, on a whole minute: history older than the store's 10-minute out-of-order window.
const START = Math.floor((Date.now() - 6 * HOUR) / 60_000) * 60_000;
const END = START + 3 * HOUR;
const history = makeHistory(START, 3 * HOUR);
const imported = history.filter((s) => s.labels.__name__!.startsWith('imp_'));

let tsdb: string;
let prom: RunningPrometheus;

beforeAll(async () => {
  tsdb = await mkdtemp(join(tmpdir(), 'sightline-tsdb-'));
  await backfillOpenMetrics(toOpenMetrics(history), tsdb);
  prom = await startPrometheus({ scrapeTargets: [], tsdbPath: tsdb });
}, 120_000);

afterAll(async () => {
  await prom?.stop();
  if (tsdb) await rm(tsdb, { recursive: true, force: true });
});

const key = (labels: Record<string, string>): string => JSON.stringify(Object.entries(labels).sort());
const bits = (values: Float64Array): string[] => Array.from(new BigUint64Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength)), (b) => b.toString(16));

/** Series as the history has them, to compare with what a reader returned. */
function expectSameSeries(got: readonly (ReadSeries | Series)[], want: readonly HistorySeries[]): void {
  const byKey = new Map(got.map((s) => [key(s.labels), s]));
  expect([...byKey.keys()].sort()).toEqual(want.map((s) => key(s.labels)).sort());
  for (const w of want) {
    const g = byKey.get(key(w.labels))!;
    expect(Array.from(g.timestamps), key(w.labels)).toEqual(w.timestamps);
    expect(bits(Float64Array.from(g.values)), key(w.labels)).toEqual(bits(w.values));
  }
}

const IMP = [{ name: '__name__', type: '=~' as const, value: 'imp_.*' }];

describe("Prometheus 2.42's streamed chunks", () => {
  it('are what Sightline encodes for the same samples, byte for byte', async () => {
    const request = proto.ReadRequest.encode({
      queries: [{ startTimestampMs: START, endTimestampMs: END, matchers: [{ type: proto.LabelMatcher.Type.RE, name: '__name__', value: 'imp_.*' }] }],
      acceptedResponseTypes: [proto.ReadRequest.ResponseType.STREAMED_XOR_CHUNKS],
    }).finish();
    const res = await fetch(`${prom.url}/api/v1/read`, { method: 'POST', body: compressSync(request), headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-streamed-protobuf; proto=prometheus.ChunkedReadResponse');
    let chunks = 0;
    for await (const message of readFrames(res.body!, 1 << 24)) {
      for (const series of proto.ChunkedReadResponse.decode(message).chunkedSeries) {
        for (const chunk of series.chunks ?? []) {
          expect(chunk.type).toBe(proto.Chunk.Encoding.XOR);
          const data = chunk.data ?? new Uint8Array();
          const { timestamps, values } = decodeXorChunk(data);
          expect(timestamps[0]).toBe(Number(chunk.minTimeMs));
          expect(timestamps.at(-1)).toBe(Number(chunk.maxTimeMs));
          expect(Buffer.from(encodeXorChunk(timestamps, values)).toString('hex')).toBe(Buffer.from(data).toString('hex'));
          chunks++;
        }
      }
    }
    // 10 series × 3 h at 15 s, cut by Prometheus into chunks of ≤ 120 samples.
    expect(chunks).toBeGreaterThanOrEqual(60);
  });

  it('decode to the backfilled samples through the remote-read client', async () => {
    const series: ReadSeries[] = [];
    for await (const s of remoteRead(`${prom.url}/api/v1/read`, { matchers: IMP, startMs: START, endMs: END })) series.push(s);
    expectSameSeries(series, imported);
  });
});

describe('import into the store', () => {
  let store: OpenMetricStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openTestMetricStore('postgres');
    app = createWebServer({ storage: new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 }), readiness: [], queryStore: store });
    await app.ready();
  });
  afterAll(() => app?.close());

  it('reads Prometheus slice by slice and stores every sample, reporting progress', async () => {
    const progress: ImportProgress[] = [];
    const result = await importRemoteRead(store, { url: `${prom.url}/api/v1/read`, selectors: [IMP], startMs: START, endMs: END, sliceMs: HOUR, onProgress: (p) => progress.push(p) });
    expect(result.rejected).toEqual({});
    expect(result.series).toBe(imported.length);
    expect(result.samples).toBe(imported.reduce((n, s) => n + s.timestamps.length, 0));
    expect(new Set(progress.map((p) => p.slice!.index))).toEqual(new Set([1, 2, 3, 4]));
    expect(progress.at(-1)!.samples).toBe(result.samples);
    expectSameSeries(await store.querier().select(IMP, START, END), imported);
  });

  it('answers PromQL over the imported history as Prometheus does over its own', async () => {
    // Steps 7 s off the 15 s grid: no sample on a window's edge, where Prometheus 2.42's closed
    // windows and Sightline's left-open ones (Prometheus 3) differ by design.
    const params = { query: 'sum by (instance) (rate(imp_requests_total[5m]))', start: String((START + 600_000 + 7_000) / 1000), end: String(END / 1000), step: '60' };
    const ask = async (base: string) => {
      const res = await fetch(`${base}/api/v1/query_range?${new URLSearchParams(params).toString()}`);
      const body = (await res.json()) as { data: { result: { metric: Record<string, string>; values: [number, string][] }[] } };
      return Object.fromEntries(body.data.result.map((r) => [r.metric.instance!, r.values.map(([t, v]) => [t, Number(v)] as const)]));
    };
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const [own, theirs] = [await ask(address), await ask(prom.url)];
    expect(Object.keys(own).sort()).toEqual(Object.keys(theirs).sort());
    expect(Object.keys(own)).toHaveLength(5);
    for (const [instance, points] of Object.entries(theirs)) {
      expect(own[instance]!.map(([t]) => t)).toEqual(points.map(([t]) => t));
      points.forEach(([, v], i) => expect(own[instance]![i]![1]).toBeCloseTo(v, 9));
    }
  });

  it('asks again when the source fails in a way that may pass, and gives up after four tries', async () => {
    // A proxy in front of Prometheus that answers 503 to every other request.
    let requests = 0;
    let failing: (n: number) => boolean = (n) => n % 2 === 1;
    const proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (failing(++requests)) return void res.writeHead(503).end('try later');
        void fetch(`${prom.url}${req.url}`, { method: 'POST', body: Buffer.concat(chunks), headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy' } }).then(async (r) => {
          res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? '' }).end(Buffer.from(await r.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api/v1/read`;
    try {
      const fresh = await openTestMetricStore('postgres');
      const result = await importRemoteRead(fresh, { url: proxyUrl, selectors: [IMP], startMs: START, endMs: END, sliceMs: HOUR, retryDelayMs: 10 });
      expect(requests).toBe(8); // 4 slices, each failing once
      expect(result.samples).toBe(imported.reduce((n, s) => n + s.timestamps.length, 0));
      expectSameSeries(await fresh.querier().select(IMP, START, END), imported);

      failing = () => true;
      requests = 0;
      await expect(importRemoteRead(fresh, { url: proxyUrl, selectors: [IMP], startMs: START, endMs: END, sliceMs: HOUR, retryDelayMs: 10 })).rejects.toThrow(/answered HTTP 503: try later/);
      expect(requests).toBe(4);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('imports the OpenMetrics text promtool backfilled from, filtered by selectors', async () => {
    const fresh = await openTestMetricStore('postgres');
    const result = await importOpenMetrics(fresh, toOpenMetrics(history), { selectors: [[{ name: 'job', type: '=', value: 'api' }]], startMs: START, endMs: END });
    const api = history.filter((s) => s.labels.job === 'api');
    expect(result).toMatchObject({ series: api.length, rejected: {} });
    expectSameSeries(await fresh.querier().select([{ name: '__name__', type: '=~', value: '.+' }], START, END), api);
  });
});
