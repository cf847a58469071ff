/** The push receiver: Prometheus text and OpenMetrics pages with Pushgateway-style grouping keys. */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupingLabels } from '../../../src/ingest/push.js';
import type { MetricStore } from '../../../src/storage/api.js';
import { openTestMetricStore } from '../../support/metric-store.js';
import { seriesNamed, startHttpReceivers, type RunningReceivers } from './helpers.js';

let store: MetricStore;
let http: RunningReceivers;
beforeAll(async () => {
  store = await openTestMetricStore();
  http = await startHttpReceivers({ store, limits: { maxLabelsPerSeries: 6 } });
});
afterAll(() => http.close());

const push = (path: string, body: string | Uint8Array, headers: Record<string, string> = {}, method = 'POST') =>
  fetch(`${http.url}/api/v1/push/${path}`, { method, headers: { 'content-type': 'text/plain; version=0.0.4', ...headers }, body });

const PAGE = `# HELP backup_last_success_timestamp_seconds Last successful backup.
# TYPE backup_last_success_timestamp_seconds gauge
backup_last_success_timestamp_seconds{db="orders"} 1.7e9
# TYPE backup_duration_seconds summary
backup_duration_seconds{db="orders",quantile="0.5"} 41
backup_duration_seconds_sum{db="orders"} 82
backup_duration_seconds_count{db="orders"} 2
`;

describe('push', () => {
  it('stores a text page with the grouping labels and the push time', async () => {
    const before = Date.now();
    const res = await push('job/nightly-backup/instance/db-1', PAGE);
    expect(res.status).toBe(200);
    const [s] = await seriesNamed(store, 'backup_last_success_timestamp_seconds', { job: 'nightly-backup' });
    expect(s!.labels).toEqual({ __name__: 'backup_last_success_timestamp_seconds', job: 'nightly-backup', instance: 'db-1', db: 'orders' });
    expect(s!.values[0]).toBe(1.7e9);
    expect(s!.timestamps[0]).toBeGreaterThanOrEqual(before);
    expect((await seriesNamed(store, 'backup_duration_seconds', { job: 'nightly-backup', quantile: '0.5' }))[0]!.values[0]).toBe(41);
  });

  it('accepts PUT, OpenMetrics, gzip, explicit timestamps and base64 grouping values', async () => {
    const t = Date.now() - 60_000;
    const om = `# TYPE jobs_processed counter\njobs_processed_total 12 ${t / 1000}\n# EOF\n`;
    const res = await push('job/etl/path@base64/L3Zhci9sb2c', gzipSync(om), { 'content-type': 'application/openmetrics-text; version=1.0.0', 'content-encoding': 'gzip' }, 'PUT');
    expect(res.status).toBe(200);
    const [s] = await seriesNamed(store, 'jobs_processed_total', { job: 'etl' });
    expect(s!.labels.path).toBe('/var/log');
    expect(s!.timestamps[0]).toBe(t);
  });

  it.each([
    ['job/x', 'metric{a="1" 1\n', 400, /^invalid exposition: line 2, column 14: expected a label name/],
    ['job/x/lonely', 'm 1\n', 400, /has no value/],
    ['job/x/__bad/v', 'm 1\n', 400, /invalid grouping label name "__bad"/],
    ['job/x', 'm{job="y"} 1\n', 400, /conflicts with the grouping key job="x"/],
    ['job/x', 'm{a="1",b="2",c="3",d="4",e="5"} 1\n', 400, /more than the limit of 6/],
    ['job/x', 'm 1 1000\n', 400, /older than the accepted window/],
  ])('rejects %s %j and stores nothing', async (path, body, status, message) => {
    const res = await push(path, `ok_metric 1\n${body}`);
    expect(res.status).toBe(status);
    expect(await res.text()).toMatch(message);
    expect(await seriesNamed(store, 'ok_metric', { job: 'x' })).toEqual([]);
  });

  it('reads a body sent with another content type as text, as the Pushgateway does (curl --data-binary)', async () => {
    const res = await push('job/curl', 'curl_metric 3\n', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(200);
    expect(await seriesNamed(store, 'curl_metric', { job: 'curl' })).toHaveLength(1);
  });

  it('rejects protobuf pushes with 415', async () => {
    const res = await push('job/x', 'x', { 'content-type': 'application/vnd.google.protobuf; proto=io.prometheus.client.MetricFamily; encoding=delimited' });
    expect(res.status).toBe(415);
  });
});

describe('groupingLabels', () => {
  it('decodes URL-escaped and base64url values', () => {
    expect(groupingLabels('a', 'zone/eu%2Fwest/path@base64/L3Zhci90bXA')).toEqual({ job: 'a', zone: 'eu/west', path: '/var/tmp' });
  });
});
