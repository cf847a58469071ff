/**
 * /api/v1/metadata over real HTTP on both stores: metadata from a scrape (text and OpenMetrics),
 * remote write 1.0 and OTLP, queried with the request shapes Grafana's Prometheus data source uses.
 */
import type { AddressInfo } from 'node:net';
import { compress } from 'snappyjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prometheus } from '../../../src/ingest/generated/protos.js';
import { ScrapeManager } from '../../../src/scrape/manager.js';
import { StorageService } from '../../../src/storage/service.js';
import { SqlMetadataStore } from '../../../src/storage/metrics/metadata.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { createWebServer } from '../../../src/web/server.js';
import type { Db, Queryable } from '../../../src/storage/db.js';
import { BACKENDS, openTestDb } from '../../support/db.js';
import { migrateAndOpenStore } from '../../support/metric-store.js';
import { startTarget, targetSets, waitFor } from '../../support/scrape-targets.js';
import { startHttpReceivers } from '../ingest/helpers.js';

const PAGE = `# HELP http_requests_total Requests served.
# TYPE http_requests_total counter
http_requests_total{code="200"} 3
# HELP temperature_celsius Room temperature, with a "quote" and a \\\\ backslash.
# TYPE temperature_celsius gauge
temperature_celsius 21.5
untyped_thing 1
`;
const OPENMETRICS = `# TYPE request_duration_seconds histogram
# UNIT request_duration_seconds seconds
# HELP request_duration_seconds Request latency.
request_duration_seconds_bucket{le="+Inf"} 1
request_duration_seconds_sum 0.5
request_duration_seconds_count 1
# EOF
`;

describe.each(BACKENDS)('metric metadata on %s', (kind) => {
  let store: OpenMetricStore;
  let db: Db;
  let base: string;
  let ingest: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const t = await openTestDb(kind);
    db = t.db;
    store = await migrateAndOpenStore(db, { maintenanceIntervalMs: 0 });
    const web = createWebServer({ storage: new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 }), readiness: [], queryStore: store });
    const receivers = await startHttpReceivers({ store });
    ingest = receivers.url;
    await web.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
    close = async () => {
      await web.close();
      await receivers.close();
      await store.close();
      await t.close();
    };
  });
  afterAll(() => close());

  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, body: (await res.json()) as { status: string; data: Record<string, unknown[]>; error?: string } };
  };

  it('stores what scrapes, remote write and OTLP say about metrics and answers in Prometheus shape', async () => {
    const text = await startTarget(PAGE);
    const om = await startTarget();
    om.serve(OPENMETRICS, 'application/openmetrics-text; version=1.0.0');
    const scrapes = new ScrapeManager(store);
    try {
      await scrapes.sync([...targetSets('text', [text.address]), ...targetSets('om', [om.address])]);
      await waitFor(async () => Object.keys((await get('/api/v1/metadata')).body.data).length >= 3);
    } finally {
      await scrapes.stop();
      await text.close();
      await om.close();
    }

    // Remote write 1.0 sends metadata in requests of its own.
    const rw = prometheus.WriteRequest.encode({
      metadata: [{ type: prometheus.MetricMetadata.MetricType.COUNTER, metricFamilyName: 'rw_events_total', help: 'Events.', unit: '' }],
    }).finish();
    const rwRes = await fetch(`${ingest}/api/v1/write`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy' }, body: compress(rw) });
    expect(rwRes.status).toBe(204);

    // OTLP/HTTP JSON: description and unit of a monotonic sum.
    const now = String(Date.now() * 1e6);
    const otlp = await fetch(`${ingest}/v1/metrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        resourceMetrics: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'shop' } }] }, scopeMetrics: [{ metrics: [
          { name: 'payload.size', description: 'Bytes received.', unit: 'By', sum: { isMonotonic: true, aggregationTemporality: 2, dataPoints: [{ timeUnixNano: now, asInt: '42' }] } },
        ] }] }],
      }),
    });
    expect(otlp.status).toBe(200);

    // Grafana: the metrics browser asks for everything, then per metric for hover help.
    const all = await get('/api/v1/metadata');
    expect(all.status).toBe(200);
    expect(all.body.status).toBe('success');
    expect(all.body.data).toMatchObject({
      http_requests_total: [{ type: 'counter', help: 'Requests served.', unit: '' }],
      temperature_celsius: [{ type: 'gauge', help: 'Room temperature, with a "quote" and a \\ backslash.', unit: '' }],
      request_duration_seconds: [{ type: 'histogram', help: 'Request latency.', unit: 'seconds' }],
      rw_events_total: [{ type: 'counter', help: 'Events.', unit: '' }],
      payload_size_bytes_total: [{ type: 'counter', help: 'Bytes received.', unit: 'bytes' }],
    });
    // As in Prometheus, a family without # TYPE/# HELP/# UNIT has no metadata.
    expect(all.body.data.untyped_thing).toBeUndefined();
    expect((await get('/api/v1/metadata?metric=http_requests_total')).body.data).toEqual({ http_requests_total: [{ type: 'counter', help: 'Requests served.', unit: '' }] });
    expect((await get('/api/v1/metadata?metric=nope')).body.data).toEqual({});
    expect(Object.keys((await get('/api/v1/metadata?limit=2')).body.data)).toHaveLength(2);
    expect((await get('/api/v1/metadata?limit=0')).body.data).toEqual({});
    expect((await get('/api/v1/metadata?limit=abc')).status).toBe(400);
    expect((await get('/api/v1/metadata?limit_per_metric=x')).body.error).toBe('limit_per_metric must be a number');
  });

  it('keeps distinct help texts per metric, honours limit_per_metric and writes a repeated entry once', async () => {
    let statements = 0;
    const counting: Queryable = {
      query: (sql, params) => (statements++, db.query(sql, params)),
      copyFrom: (sql, data) => db.copyFrom(sql, data),
    };
    const meta = new SqlMetadataStore(counting);
    const long = 'x'.repeat(10_000); // longer than a btree entry may be: the key indexes md5(help)
    const entries = [{ metric: 'm', type: 'gauge', help: 'one', unit: '' }, { metric: 'm', type: 'gauge', help: long, unit: '' }];
    await meta.record(entries);
    expect(statements).toBe(1);
    await meta.record(entries);
    await meta.record(entries.slice(0, 1));
    expect(statements).toBe(1);
    // Another process (a fresh cache) writing the same entries adds no rows.
    await new SqlMetadataStore(db).record(entries);
    expect((await get('/api/v1/metadata?metric=m')).body.data.m).toHaveLength(2);
    expect((await get('/api/v1/metadata?metric=m&limit_per_metric=1')).body.data.m).toHaveLength(1);
  });
});
