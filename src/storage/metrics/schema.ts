/**
 * The metrics schema. The series catalogue is the same on every backend: label sets as jsonb with
 * a GIN index (measured 3–30× faster for equality and regex matchers than normalized label ids
 * here, see bench/storage-design.ts), unique through an md5 expression index so that label sets of
 * any size fit. Samples differ by backend:
 *  - TimescaleDB: one hypertable of (t, series_id, v) rows, compressed segmented by series_id.
 *  - plain PostgreSQL and PGlite: an unindexed append-only head partitioned by time (binary COPY
 *    at ≈1.5 M rows/s) compacted into per-series packed blocks (≈6 B/sample) partitioned by time.
 * Timestamps are int8 milliseconds, as Prometheus carries them.
 */
import type { Capabilities } from '../capabilities.js';
import type { Queryable } from '../db.js';
import type { Migration } from '../migrations/index.js';

export type MetricsBackendKind = 'timescaledb' | 'partitions';

/**
 * The backend a fresh database gets: TimescaleDB when the server offers the extension and has its
 * library preloaded (CREATE EXTENSION fails otherwise), native partitions everywhere else.
 */
export async function chooseBackend(tx: Queryable, caps: Capabilities): Promise<MetricsBackendKind> {
  if (caps.kind !== 'postgres' || !caps.timescaledb.available) return 'partitions';
  if (caps.timescaledb.installedVersion) return 'timescaledb';
  const [row] = await tx.query<{ preload: string }>("SELECT current_setting('shared_preload_libraries') AS preload");
  return row?.preload.includes('timescaledb') ? 'timescaledb' : 'partitions';
}

/** The backend this database was created with (recorded in `meta` by the migration). */
export async function recordedBackend(q: Queryable): Promise<MetricsBackendKind> {
  const [row] = await q.query<{ value: string }>("SELECT value FROM meta WHERE key = 'metrics_backend'");
  if (row?.value !== 'timescaledb' && row?.value !== 'partitions') throw new Error('metrics schema missing: run migrations first');
  return row.value;
}

const HOUR_MS = 3_600_000;

async function createCatalogue(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE metric_series (
      id serial PRIMARY KEY,
      labels jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  await tx.query('CREATE UNIQUE INDEX metric_series_labels_key ON metric_series ((md5(labels::text)))');
  await tx.query('CREATE INDEX metric_series_labels_gin ON metric_series USING gin (labels jsonb_path_ops)');
  // Persisted policy state, so CR status survives restarts and is shared by replicas.
  await tx.query(`
    CREATE TABLE metric_policy (
      name text PRIMARY KEY,
      spec jsonb NOT NULL,
      next_run_at timestamptz,
      last_success_at timestamptz,
      last_failure_at timestamptz,
      last_error text,
      consecutive_failures integer NOT NULL DEFAULT 0,
      total_failures integer NOT NULL DEFAULT 0
    )`);
}

async function createPartitioned(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE metric_head (
      series_id int4 NOT NULL,
      t int8 NOT NULL,
      v float8 NOT NULL
    ) PARTITION BY RANGE (t)`);
  await tx.query(`
    CREATE TABLE metric_blocks (
      series_id int4 NOT NULL,
      t_start int8 NOT NULL,
      t_end int8 NOT NULL,
      data bytea NOT NULL,
      PRIMARY KEY (series_id, t_start)
    ) PARTITION BY RANGE (t_start)`);
  // Blocks are already packed: don't spend CPU on pglz trying to compress them again.
  await tx.query('ALTER TABLE metric_blocks ALTER COLUMN data SET STORAGE EXTERNAL');
  // Rollups are filled by compaction, one row per series and bucket; last_t picks `last` on merge.
  await tx.query(`
    CREATE TABLE metric_rollup (
      resolution_ms int8 NOT NULL,
      series_id int4 NOT NULL,
      t int8 NOT NULL,
      min float8 NOT NULL,
      max float8 NOT NULL,
      sum float8 NOT NULL,
      count int8 NOT NULL,
      last float8 NOT NULL,
      last_t int8 NOT NULL,
      PRIMARY KEY (resolution_ms, series_id, t)
    )`);
}

async function createHypertable(tx: Queryable): Promise<void> {
  await tx.query('CREATE EXTENSION IF NOT EXISTS timescaledb');
  await tx.query(`
    CREATE TABLE metric_samples (
      t int8 NOT NULL,
      series_id int4 NOT NULL,
      v float8 NOT NULL
    )`);
  // 8 h chunks keep the active chunk's index well inside memory at ~100k series.
  await tx.query(`SELECT create_hypertable('metric_samples', 't', chunk_time_interval => ${8 * HOUR_MS}::int8, create_default_indexes => false)`);
  await tx.query('CREATE INDEX metric_samples_series_t ON metric_samples (series_id, t)');
  // Integer time needs a "now" for retention and compression policies.
  await tx.query(`CREATE FUNCTION metric_now_ms() RETURNS int8 LANGUAGE sql STABLE AS $$ SELECT (extract(epoch FROM now()) * 1000)::int8 $$`);
  await tx.query("SELECT set_integer_now_func('metric_samples', 'metric_now_ms')");
  // Compression is a community-licence (TSL) feature; an Apache-only build keeps rows uncompressed.
  const [lic] = await tx.query<{ license: string | null }>("SELECT current_setting('timescaledb.license', true) AS license");
  if (lic?.license === 'apache') return;
  await tx.query(`ALTER TABLE metric_samples SET (timescaledb.compress, timescaledb.compress_segmentby = 'series_id', timescaledb.compress_orderby = 't')`);
}

export const metricsMigration: Migration = {
  version: 2,
  name: 'metrics storage',
  async up(tx, caps) {
    const backend = await chooseBackend(tx, caps);
    await createCatalogue(tx);
    if (backend === 'timescaledb') await createHypertable(tx);
    else await createPartitioned(tx);
    await tx.query("INSERT INTO meta (key, value) VALUES ('metrics_backend', $1)", [backend]);
  },
};

/** Per-service policies (service-policies.ts): desired spec + run state, and their rollup buckets. */
export const servicePoliciesMigration: Migration = {
  version: 5,
  name: 'per-service storage policies',
  async up(tx) {
    await tx.query(`
      CREATE TABLE metric_service_policy (
        id serial UNIQUE,
        service text NOT NULL,
        name text NOT NULL,
        spec jsonb NOT NULL,
        done_until int8,
        next_run_at timestamptz,
        last_success_at timestamptz,
        last_error text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        PRIMARY KEY (service, name)
      )`);
    // Rows only for complete buckets, written once: no last_t needed to merge partial ones.
    await tx.query(`
      CREATE TABLE metric_service_rollup (
        policy_id int4 NOT NULL,
        series_id int4 NOT NULL,
        t int8 NOT NULL,
        min float8 NOT NULL,
        max float8 NOT NULL,
        sum float8 NOT NULL,
        count int8 NOT NULL,
        last float8 NOT NULL,
        PRIMARY KEY (policy_id, series_id, t)
      )`);
  },
};

/**
 * Blocks by series and end time: a read wants the blocks with t_end ≥ its start, which the primary
 * key (series_id, t_start) can only bound by a merge window (≈0.3 ms per instant query over 100
 * series here, once merged blocks were cut at 120 samples).
 */
export const blockEndIndexMigration: Migration = {
  version: 6,
  name: 'metric block end index',
  async up(tx) {
    if ((await recordedBackend(tx)) === 'partitions') await tx.query('CREATE INDEX metric_blocks_series_end ON metric_blocks (series_id, t_end)');
  },
};

/**
 * Head pages (plain path, see head-pages.ts): a commit of many series at one timestamp (a scrape)
 * is stored as one row per piece of packed values instead of one row per sample, and its series
 * order as a layout, written once per head partition and reused scrape after scrape. Both tables
 * are partitioned like `metric_head`, whose partitions they follow: created, compacted and dropped
 * with them.
 */
export const headPagesMigration: Migration = {
  version: 7,
  name: 'metric head pages',
  async up(tx) {
    if ((await recordedBackend(tx)) !== 'partitions') return;
    await tx.query('CREATE SEQUENCE metric_head_layout_ids AS int8');
    // t: the start of the head partition the layout belongs to; valid_from: per-series retention
    // (deleteSeriesBefore) moves it forward, as pages cannot lose one series' values in place.
    await tx.query(`
      CREATE TABLE metric_head_layouts (
        t int8 NOT NULL,
        layout_id int8 NOT NULL,
        series_id int4 NOT NULL,
        piece int2 NOT NULL,
        slot int2 NOT NULL,
        valid_from int8 NOT NULL
      ) PARTITION BY RANGE (t)`);
    await tx.query('CREATE INDEX metric_head_layouts_series ON metric_head_layouts (series_id)');
    await tx.query(`
      CREATE TABLE metric_head_pages (
        t int8 NOT NULL,
        layout_id int8 NOT NULL,
        piece int2 NOT NULL,
        v bytea NOT NULL
      ) PARTITION BY RANGE (t)`);
    await tx.query('CREATE INDEX metric_head_pages_layout ON metric_head_pages (layout_id, piece, t)');
    // Pieces stay below the TOAST threshold; never spend CPU trying to compress packed floats.
    await tx.query('ALTER TABLE metric_head_pages ALTER COLUMN v SET STORAGE EXTERNAL');
  },
};

/**
 * Samples older than the out-of-order window (a sender replaying its backlog after an outage) go
 * to `metric_late`, partitioned by arrival time, not sample time: a partition closes when writers
 * stop arriving in it, whatever the samples' age, so compaction never races a writer. Indexed by
 * (series_id, t): late data is the rare path, and reads scan it until it is compacted.
 */
export const lateSamplesMigration: Migration = {
  version: 10,
  name: 'late metric samples',
  async up(tx) {
    if ((await recordedBackend(tx)) !== 'partitions') return;
    await tx.query(`
      CREATE TABLE metric_late (
        series_id int4 NOT NULL,
        t int8 NOT NULL,
        v float8 NOT NULL,
        arrived int8 NOT NULL
      ) PARTITION BY RANGE (arrived)`);
    await tx.query('CREATE INDEX metric_late_series_t ON metric_late (series_id, t)');
  },
};
