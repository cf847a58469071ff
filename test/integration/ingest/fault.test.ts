/**
 * PostgreSQL stops in the middle of a remote-write load and comes back: every sample that was
 * acknowledged is stored, and clients were told to retry (5xx/429) while it was down.
 */
import { compress } from 'snappyjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prometheus } from '../../../src/ingest/generated/protos.js';
import { PostgresDb } from '../../../src/storage/db.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { migrateAndOpenStore } from '../../support/metric-store.js';
import { createDatabase, LocalPostgres } from '../../support/postgres.js';
import { startHttpReceivers, type RunningReceivers } from './helpers.js';

let pg: LocalPostgres;
let db: PostgresDb;
let store: OpenMetricStore;
let http: RunningReceivers;

beforeAll(async () => {
  pg = await LocalPostgres.start();
  db = PostgresDb.open(await createDatabase(pg.url), 4);
  store = await migrateAndOpenStore(db, { maintenanceIntervalMs: 0 });
  http = await startHttpReceivers({ store });
});
afterAll(async () => {
  await http.close();
  await store.close();
  await db.close();
  await pg.stop();
});

const SERIES_PER_REQUEST = 50;

function request(client: number, seq: number, t: number): Uint8Array {
  const timeseries = Array.from({ length: SERIES_PER_REQUEST }, (_, i) => ({
    labels: [
      { name: '__name__', value: 'fault_test' },
      { name: 'client', value: String(client) },
      { name: 'series', value: String(i) },
    ],
    samples: [{ value: seq, timestamp: t }],
  }));
  return compress(prometheus.WriteRequest.encode({ timeseries }).finish());
}

it('keeps every acknowledged sample across a database outage', async () => {
  const acknowledged = new Map<string, number>(); // `${client}/${t}` → seq
  const refusals: number[] = [];
  let stop = false;
  const base = Date.now();
  const clients = Array.from({ length: 4 }, async (_, client) => {
    for (let seq = 0; !stop; seq++) {
      const t = base + seq * 10 + client; // distinct per client and request
      const res = await fetch(`${http.url}/api/v1/write`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy' },
        body: request(client, seq, t),
      }).catch(() => undefined);
      if (res?.status === 204) acknowledged.set(`${client}/${t}`, seq);
      else if (res) {
        refusals.push(res.status);
        expect(res.headers.get('retry-after')).not.toBeNull();
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });
  await new Promise((r) => setTimeout(r, 1500));
  const ackedBeforeOutage = acknowledged.size;
  pg.stopServer('immediate');
  await new Promise((r) => setTimeout(r, 2000));
  await pg.startServer();
  // Writes recover on their own once the database is back.
  const deadline = Date.now() + 20_000;
  const ackedAtRestart = acknowledged.size;
  while (acknowledged.size < ackedAtRestart + 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  stop = true;
  await Promise.all(clients);

  expect(ackedBeforeOutage).toBeGreaterThan(0);
  expect(acknowledged.size).toBeGreaterThanOrEqual(ackedAtRestart + 20);
  expect(refusals.length).toBeGreaterThan(0);
  expect(refusals.every((s) => s === 503 || s === 429)).toBe(true);

  const stored = await store.querier().select([{ name: '__name__', type: '=', value: 'fault_test' }], base - 1, Date.now() + 60_000);
  const storedKeys = new Set<string>();
  for (const s of stored) for (const t of s.timestamps) storedKeys.add(`${s.labels.client}/${t}`);
  const lost = [...acknowledged.keys()].filter((k) => !storedKeys.has(k));
  console.log(`fault test: ${acknowledged.size} requests acknowledged (${ackedBeforeOutage} before the outage), ${refusals.length} refused with ${[...new Set(refusals)].join('/')}, ${lost.length} acknowledged but missing`);
  expect(lost).toEqual([]);
  // Every series of each acknowledged request is stored, not just one.
  const samples = stored.reduce((n, s) => n + s.timestamps.length, 0);
  expect(samples).toBeGreaterThanOrEqual(acknowledged.size * SERIES_PER_REQUEST);
}, 60_000);
