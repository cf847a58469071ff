/**
 * The data bench/query.ts and bench/query-profile.ts query: 1,000 counters × 24 h at 15 s, written
 * through the Appender with a clock that walks the day, compacted as it goes (as data older than a
 * few minutes is), with 1m and 1h rollups.
 */
import { PostgresDb } from '../../src/storage/db.js';
import type { Labels } from '../../src/model/labels.js';
import type { MetricStoreOptions } from '../../src/storage/metrics/store.js';
import { migrateAndOpenStore } from '../../test/support/metric-store.js';
import { createDatabase, type LocalPostgres } from '../../test/support/postgres.js';

export const SERIES = 1_000;
export const STEP = 15_000;
export const SPAN = 24 * 3600_000;
export const END = Math.floor(Date.now() / 3600_000) * 3600_000 - 3600_000; // an hour ago, on the hour
export const START = END - SPAN;

/** Counters with different rates. */
export const valueAt = (i: number, k: number): number => k * ((i % 7) + 1) + (i % 13);
export const LABELS: readonly Labels[] = Array.from({ length: SERIES }, (_, i) => ({ __name__: 'x', job: `job-${i % 10}`, instance: `host-${i}:9100`, y: String(i % 20 === 0) }));

/** Options of the store over the data set, with its clock. */
export function datasetStoreOptions(now: () => number): MetricStoreOptions {
  return { maintenanceIntervalMs: 0, now, retentionMs: 30 * 86_400_000, rollups: [{ name: '1m', resolutionMs: 60_000 }, { name: '1h', resolutionMs: 3600_000 }] };
}

/** The clock once the data set is loaded: late enough that every head partition is compacted and the rollups are final. */
export const LOADED_AT = END + 3 * 3600_000;

/** A fresh database on `pg` holding the data set, its URL, and the store over it (both to be closed by the caller). */
export async function loadQueryDataset(pg: LocalPostgres, name: string) {
  const url = await createDatabase(pg.url, name);
  const db = PostgresDb.open(url, 4);
  let clock = START;
  const store = await migrateAndOpenStore(db, datasetStoreOptions(() => clock));
  for (let t = START, k = 0; t <= END; t += STEP, k++) {
    clock = t;
    const a = store.appender();
    for (let i = 0; i < SERIES; i++) a.append(LABELS[i]!, t, valueAt(i, k));
    await a.commit();
    if (k % 240 === 239) await store.runMaintenance();
  }
  clock = LOADED_AT;
  await store.runMaintenance();
  return { url, db, store };
}
