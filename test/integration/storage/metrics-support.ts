/** Shared set-up for the metrics storage suites: a migrated database and a store on a test clock. */
import { afterAll, beforeAll } from 'vitest';
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import type { Db, DbKind, Queryable } from '../../../src/storage/db.js';
import { migrate } from '../../../src/storage/migrate.js';
import { openMetricStore, type MetricStoreOptions, type OpenMetricStore } from '../../../src/storage/metrics/store.js';
import type { LabelMatcher, Series } from '../../../src/storage/api.js';
import { openTestDb, type TestDb } from '../../support/db.js';

export const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
export const MINUTE = 60_000;

export class Clock {
  constructor(public ms = T0) {}
  readonly now = (): number => this.ms;
}

export async function openStore(db: Db, clock: Clock, options: MetricStoreOptions = {}): Promise<OpenMetricStore> {
  const caps = await detectCapabilities(db);
  await migrate(db, caps);
  return openMetricStore(db, caps, { maintenanceIntervalMs: 0, now: clock.now, ...options });
}

/** A suite's database and store on its own test clock, set by beforeAll and closed by afterAll. */
export interface StoreSuite {
  readonly clock: Clock;
  t: TestDb;
  store: OpenMetricStore;
}

/** Call inside a describe block. */
export function useStoreSuite(kind: DbKind): StoreSuite {
  const suite = { clock: new Clock() } as StoreSuite;
  beforeAll(async () => {
    suite.t = await openTestDb(kind);
    suite.store = await openStore(suite.t.db, suite.clock);
  });
  afterAll(async () => {
    await suite.store?.close();
    await suite.t?.close();
  });
  return suite;
}

export function eq(name: string, value: string): LabelMatcher {
  return { name, type: '=', value };
}

/** The 64 bits of each value, so NaN payloads can be compared exactly. */
export function bits(values: Float64Array): string[] {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  return Array.from({ length: values.length }, (_, i) => words[i * 2 + 1]!.toString(16).padStart(8, '0') + words[i * 2]!.toString(16).padStart(8, '0'));
}

export function plain(series: Series[]): { labels: Record<string, string>; timestamps: number[]; bits: string[] }[] {
  return series.map((s) => ({ labels: { ...s.labels }, timestamps: [...s.timestamps], bits: bits(s.values) }));
}

/**
 * Skips, with the reason printed, a test of the partitioned backend's own tables when the test
 * server runs TimescaleDB (SIGHTLINE_TEST_TIMESCALEDB=1); CI always runs them.
 */
export function partitionsOnly(store: OpenMetricStore, ctx: { skip(): void }): void {
  if (store.backend === 'partitions') return;
  console.log(`skipping: this test inspects the partitioned backend's tables; this run uses ${store.backend}`);
  ctx.skip();
}

/**
 * Why the TimescaleDB path cannot run against this test server, or undefined when it can: CI has no
 * TimescaleDB, and a machine that has it runs that path only with SIGHTLINE_TEST_TIMESCALEDB=1.
 */
export async function timescaleUnavailable(db: Db): Promise<string | undefined> {
  const caps = await detectCapabilities(db);
  if (!caps.timescaledb.available) return 'pg_available_extensions has no timescaledb on this server';
  const [row] = await db.query<{ libs: string }>("SELECT current_setting('shared_preload_libraries') AS libs");
  return row?.libs.includes('timescaledb') ? undefined : 'the test server does not preload timescaledb (set SIGHTLINE_TEST_TIMESCALEDB=1)';
}

/** One rollup bucket per resolution step, computed in the test from raw (time, value) pairs. */
export function rollupBuckets(raw: readonly (readonly [number, number])[], resolutionMs: number): { t: number; min: number; max: number; sum: number; count: number; last: number }[] {
  const buckets = new Map<number, { min: number; max: number; sum: number; count: number; last: number }>();
  for (const [ts, v] of raw) {
    const b = Math.ceil(ts / resolutionMs) * resolutionMs - resolutionMs; // buckets are (b, b + res], as PromQL windows
    const cur = buckets.get(b);
    if (!cur) buckets.set(b, { min: v, max: v, sum: v, count: 1, last: v });
    else Object.assign(cur, { min: Math.min(cur.min, v), max: Math.max(cur.max, v), sum: cur.sum + v, count: cur.count + 1, last: v });
  }
  // Sums are compared to 1e-6: the database may add in another order.
  return [...buckets].map(([t, x]) => ({ t, ...x, sum: Math.round(x.sum * 1e6) / 1e6 }));
}

/** Adds a CHECK constraint that every new row violates, so writes into `table` fail like a broken database would. */
export async function rejectWrites(q: Queryable, table: string): Promise<() => Promise<void>> {
  await q.query(`ALTER TABLE ${table} ADD CONSTRAINT sightline_test_reject CHECK (false) NOT VALID`);
  return async () => {
    await q.query(`ALTER TABLE ${table} DROP CONSTRAINT sightline_test_reject`);
  };
}
