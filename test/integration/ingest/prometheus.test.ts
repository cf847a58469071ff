/**
 * A real Prometheus (Debian package) scrapes a small loopback page and remote-writes (1.0) to our
 * receiver; the scraped series, Prometheus' own up/scrape_* series included, must arrive.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MetricStore } from '../../../src/storage/api.js';
import { startPrometheus, type RunningPrometheus } from '../../support/prometheus.js';
import { openTestMetricStore } from '../../support/metric-store.js';
import { eventually, latestValue, seriesNamed, startHttpReceivers, type RunningReceivers } from './helpers.js';

const PAGE = `# HELP fixture_requests_total Requests served.
# TYPE fixture_requests_total counter
fixture_requests_total{code="200",method="get"} 1027
fixture_requests_total{code="500",method="post"} 3
# HELP fixture_temperature_celsius Current temperature.
# TYPE fixture_temperature_celsius gauge
fixture_temperature_celsius{room="lab"} 21.5
`;

let store: MetricStore;
let receivers: RunningReceivers;
let target: Server;
let prom: RunningPrometheus;
const TOKEN = 'remote-write-secret';

beforeAll(async () => {
  store = await openTestMetricStore();
  receivers = await startHttpReceivers({ store, auth: (token) => token === TOKEN });
  target = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(PAGE));
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  const targetAddress = `127.0.0.1:${(target.address() as AddressInfo).port}`;
  prom = await startPrometheus({
    scrapeTargets: [targetAddress],
    remoteWriteUrl: `${receivers.url}/api/v1/write`,
    remoteWriteExtra: { authorization: { type: 'Bearer', credentials: TOKEN } },
  });
}, 120_000);

afterAll(async () => {
  await prom?.stop();
  await receivers?.close();
  await new Promise((resolve) => target?.close(resolve));
});

it('receives the scraped samples from a real Prometheus over remote write 1.0', async () => {
  await eventually(async () => ((await seriesNamed(store, 'fixture_temperature_celsius')).length > 0 ? true : undefined), 60_000).catch((err: Error) => {
    throw new Error(`${err.message}\nprometheus log:\n${prom.logs()}`);
  });
  expect(await latestValue(store, 'fixture_temperature_celsius', { job: 'fixture', room: 'lab' })).toBe(21.5);
  expect(await latestValue(store, 'fixture_requests_total', { code: '200', method: 'get' })).toBe(1027);
  expect(await latestValue(store, 'fixture_requests_total', { code: '500', method: 'post' })).toBe(3);
  expect(await latestValue(store, 'up', { job: 'fixture' })).toBe(1);
  const series = await seriesNamed(store, 'fixture_temperature_celsius');
  expect(series[0]!.labels.instance).toMatch(/^127\.0\.0\.1:\d+$/);
}, 90_000);
