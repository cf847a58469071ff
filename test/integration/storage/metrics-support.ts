/** Shared set-up for the metrics storage suites: a migrated database and a store on a test clock. */
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import type { Db } from '../../../src/storage/db.js';
import { migrate } from '../../../src/storage/migrate.js';
import { openMetricStore, type MetricStoreOptions, type OpenMetricStore } from '../../../src/storage/metrics/store.js';
import type { LabelMatcher, Series } from '../../../src/storage/api.js';

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
