/**
 * Metric metadata (type, help, unit per metric name) from scrapes, remote write and OTLP, served by
 * /api/v1/metadata. Every scrape repeats the same entries, so writes go through a cache of the
 * entries already stored: a known entry costs one Set lookup and no database round trip.
 */
import { errorMessage } from '../../util/errors.js';
import { logger } from '../../util/log.js';
import type { Queryable } from '../db.js';
import type { MetadataQuery, MetadataStore, MetricMetadata, MetricMetadataEntry, MetricStore } from '../api.js';

const log = logger('storage.metrics');

/** Entries remembered as stored; past this the cache starts over (a re-insert is harmless). */
const CACHE_LIMIT = 100_000;

const keyOf = (e: MetricMetadataEntry): string => `${e.metric}\u0000${e.type}\u0000${e.unit}\u0000${e.help}`;

export class SqlMetadataStore implements MetadataStore {
  private readonly known = new Set<string>();

  constructor(private readonly db: Queryable) {}

  async record(entries: readonly MetricMetadataEntry[]): Promise<void> {
    const fresh = new Map<string, MetricMetadataEntry>();
    for (const e of entries) {
      if (e.metric === '') continue;
      const key = keyOf(e);
      if (!this.known.has(key)) fresh.set(key, e);
    }
    if (fresh.size === 0) return;
    const rows = [...fresh.values()];
    await this.db.query(
      `INSERT INTO metric_metadata (metric, type, unit, help)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT DO NOTHING`,
      [rows.map((e) => e.metric), rows.map((e) => e.type), rows.map((e) => e.unit), rows.map((e) => e.help)],
    );
    if (this.known.size + fresh.size > CACHE_LIMIT) this.known.clear();
    for (const key of fresh.keys()) this.known.add(key);
  }

  async list(q: MetadataQuery): Promise<Record<string, MetricMetadata[]>> {
    const limit = q.limit ?? -1;
    const out: Record<string, MetricMetadata[]> = {};
    if (limit === 0) return out;
    const params: unknown[] = [];
    let where = '';
    if (q.metric) {
      params.push(q.metric);
      where = 'WHERE metric = $1';
    }
    const rows = await this.db.query<MetricMetadataEntry>(`SELECT metric, type, help, unit FROM metric_metadata ${where} ORDER BY metric, type, unit, help`, params);
    const perMetric = q.limitPerMetric ?? 0;
    let metrics = 0;
    for (const { metric, type, help, unit } of rows) {
      let list = out[metric];
      if (!list) {
        if (limit > 0 && metrics >= limit) break;
        metrics++;
        list = out[metric] = [];
      }
      if (perMetric > 0 && list.length >= perMetric) continue;
      list.push({ type, help, unit });
    }
    return out;
  }
}

/** Migration 3: one row per distinct (metric, type, unit, help); md5 keeps long help texts indexable. */
export async function createMetadataTable(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE metric_metadata (
      metric text NOT NULL,
      type text NOT NULL,
      unit text NOT NULL,
      help text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query('CREATE UNIQUE INDEX metric_metadata_key ON metric_metadata (metric, type, unit, md5(help))');
}

/**
 * How scrapes and receivers hand metadata over: `entries` is computed inside the guard, and any
 * failure (decoding, storage not ready) is logged and dropped, since samples matter more.
 */
export async function recordMetadata(store: Pick<MetricStore, 'metadata'>, entries: () => readonly MetricMetadataEntry[], source: string): Promise<void> {
  try {
    const list = entries();
    if (list.length > 0) await store.metadata?.().record(list);
  } catch (err) {
    log.warn({ source, err: errorMessage(err) }, 'storing metric metadata failed');
  }
}
