/**
 * Bytes per sample of the TimescaleDB path, measured on node_exporter-like data (see `kinds`), for
 * the hypertable layouts worth considering:
 *  - `metric_samples` exactly as the migration creates it, loaded through TimescaleBackend.write,
 *    compressed with compress_chunk() (what the compression policy runs);
 *  - variants of chunk interval, compress_chunk_time_interval, orderby and the (series_id, t) index;
 *  - our own packed per-series blocks (src/storage/metrics/codec.ts, 2-hour blocks) in a table, as
 *    stored (bytea kept as is) and with lz4 TOAST compression on top.
 * Counted: pg_total_relation_size of every chunk (heap + TOAST + indexes), i.e. hypertable_size():
 * for compressed chunks that is the compressed chunk plus what is left of the row chunk.
 * Needs TimescaleDB installed into the server's PostgreSQL (this bench preloads it).
 * Run: npx tsx bench/timescale-compression.ts [hosts=8] [hours=24] [jitterMs=2] [node|steady]
 * (`steady`: the same mix without the random durations, e.g. for targets that export no timings).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectCapabilities } from '../src/storage/capabilities.js';
import { PostgresDb, SCHEMA } from '../src/storage/db.js';
import { migrate } from '../src/storage/migrate.js';
import { encodeBlock } from '../src/storage/metrics/codec.js';
import { CopyWriter, encodeSampleCopy } from '../src/storage/metrics/copy.js';
import { TimescaleBackend } from '../src/storage/metrics/timescale.js';
import { LocalPostgres } from '../test/support/postgres.js';

const HOSTS = Number(process.argv[2] ?? 8);
const HOURS = Number(process.argv[3] ?? 24);
const JITTER_MS = Number(process.argv[4] ?? 2);
const STEADY = process.argv[5] === 'steady';
const STEP = 15_000;
const HOUR = 3_600_000;
const SCRAPES = (HOURS * HOUR) / STEP;
const T0 = Date.UTC(2026, 10, 1);

// ---- data: per host 100 series in the proportions of this machine's node_exporter (503 series
// scraped twice 15 s apart: 71 % unchanged, 9 % random durations such as
// node_scrape_collector_duration_seconds, 4 % CPU/disk seconds counters, 9 % integers moving by more
// than 64 Ki (bytes counters, go_memstats), 6 % by 17–64 Ki, 1 % by ≤ 16). A seeded PRNG keeps runs comparable.
let seed = 42;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const randInt = (n: number): number => Math.floor(rand() * n);
const logUniform = (lo: number, hi: number): number => Math.round(lo * (hi / lo) ** rand());
type Kind = { name: string; share: number; start(): number; next(prev: number): number };
const kinds: Kind[] = [
  { name: 'unchanged in 15 s: info, sizes, limits, idle error counters (+1 with p = 0.01)', share: STEADY ? 80 : 71, start: () => [0, 1, 4, 4096, 16_777_216_000, 1_763_000_000][randInt(6)]!, next: (p) => (rand() < 0.01 ? p + 1 : p) },
  { name: 'random duration in seconds, full float precision', share: STEADY ? 0 : 9, start: () => rand() / 100, next: () => rand() * rand() / 100 },
  { name: 'seconds counter, 0.01 s resolution (CPU, disk time)', share: 4, start: () => Math.round(rand() * 1e7) / 100, next: (p) => Math.round((p + rand() * 15) * 100) / 100 },
  { name: 'integer moving by 64 Ki–16 Mi (bytes counters, memory gauges)', share: 9, start: () => randInt(1e11), next: (p) => p + logUniform(65_536, 16_777_216) },
  { name: 'integer counter moving by 17–64 Ki (sectors, interrupts, mallocs)', share: 6, start: () => randInt(1e9), next: (p) => p + logUniform(17, 65_536) },
  { name: 'integer counter moving by 0–16 (forks, discards, fds)', share: 1, start: () => randInt(1e6), next: (p) => p + randInt(17) },
];
const SERIES_PER_HOST = kinds.reduce((n, k) => n + k.share, 0);
const SERIES = HOSTS * SERIES_PER_HOST;
const N = SERIES * SCRAPES;

// Scrape timestamps per host: a fixed offset into the 15 s interval plus up to ±JITTER_MS.
const hostTimes = Array.from({ length: HOSTS }, () => {
  const offset = randInt(STEP);
  return Float64Array.from({ length: SCRAPES }, (_, i) => T0 + i * STEP + offset + (JITTER_MS ? randInt(2 * JITTER_MS + 1) - JITTER_MS : 0));
});
const values: Float64Array[] = [];
const hostOf: number[] = [];
for (let h = 0; h < HOSTS; h++)
  for (const k of kinds)
    for (let j = 0; j < k.share; j++) {
      const v = new Float64Array(SCRAPES);
      v[0] = k.start();
      for (let i = 1; i < SCRAPES; i++) v[i] = k.next(v[i - 1]!);
      values.push(v);
      hostOf.push(h);
    }

process.env.SIGHTLINE_TEST_TIMESCALEDB = '1';
const server = await LocalPostgres.start();
const db = PostgresDb.open(server.url, 2);
const caps = await detectCapabilities(db);
if (!caps.timescaledb.available) throw new Error('TimescaleDB is not installed into this PostgreSQL');
await migrate(db, caps);
const [ver] = await db.query<{ v: string; ts: string }>("SELECT version() AS v, extversion AS ts FROM pg_extension WHERE extname = 'timescaledb'");
console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model}) shared with other jobs, Node ${process.version}, ${ver?.v.split(',')[0]}, TimescaleDB ${ver?.ts}, fsync=off, shared_buffers=256MB`);
console.log(`data: ${HOSTS} hosts × ${SERIES_PER_HOST} series × ${SCRAPES} scrapes (${HOURS} h every ${STEP / 1000} s, per-host offset, jitter ±${JITTER_MS} ms) = ${N} samples; series per host:`);
for (const k of kinds) console.log(`  ${String(k.share).padStart(3)} ${k.name}`);

/** Loads all samples in scrape order (every series at one scrape, then the next), 50k-row COPYs. */
async function load(write: (rows: Parameters<typeof encodeSampleCopy>[0]) => Promise<void>): Promise<number> {
  const chunk = 50_000;
  const rows = { length: 0, seriesIds: new Int32Array(chunk), timestamps: new Float64Array(chunk), values: new Float64Array(chunk) };
  const s = performance.now();
  for (let i = 0; i < SCRAPES; i++)
    for (let s = 0; s < SERIES; s++) {
      const r = rows.length++;
      rows.seriesIds[r] = s + 1;
      rows.timestamps[r] = hostTimes[hostOf[s]!]![i]!;
      rows.values[r] = values[s]![i]!;
      if (rows.length === chunk) {
        await write(rows);
        rows.length = 0;
      }
    }
  if (rows.length) await write(rows);
  return N / ((performance.now() - s) / 1000);
}

interface Variant {
  name: string;
  chunkHours: number;
  /** compress_chunk_time_interval: compression merges adjacent chunks up to this span. */
  rollupHours?: number;
  orderby?: string;
  index?: boolean;
  /** Storage parameters of the internal compressed hypertable, which its chunks inherit. */
  compressedWith?: string;
}

/** The compressed chunk tables behind a hypertable. */
async function compressedChunks(table: string): Promise<string[]> {
  const rows = await db.query<{ rel: string }>(
    `SELECT format('%I.%I', cc.schema_name, cc.table_name) AS rel FROM _timescaledb_catalog.chunk ch
       JOIN _timescaledb_catalog.chunk cc ON cc.id = ch.compressed_chunk_id
       JOIN _timescaledb_catalog.hypertable h ON h.id = ch.hypertable_id
      WHERE h.table_name = $1`,
    [table.split('.').pop()],
  );
  return rows.map((r) => r.rel);
}

async function measure(table: string, ingestRate: number, label: string): Promise<void> {
  const [before] = await db.query<{ b: number }>(`SELECT hypertable_size('${table}')::int8 AS b`);
  const s = performance.now();
  await db.query(`SELECT count(compress_chunk(c, if_not_compressed => true)) FROM show_chunks('${table}') c`);
  const compressMs = performance.now() - s;
  const [st] = await db.query<{ total: number; heap: number; toast: number; idx: number; chunks: number }>(
    `SELECT hypertable_size('${table}')::int8 AS total, sum(after_compression_table_bytes)::int8 AS heap,
            sum(after_compression_toast_bytes)::int8 AS toast, sum(after_compression_index_bytes)::int8 AS idx, count(*)::int AS chunks
       FROM chunk_compression_stats('${table}') WHERE compression_status = 'Compressed'`,
  );
  let batches = 0;
  for (const rel of await compressedChunks(table)) batches += Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${rel}`))[0]!.n);
  const per = (b: number): string => (b / N).toFixed(3);
  console.log(
    `  ${label.padEnd(58)} ${per(st!.total)} B/sample total (compressed heap ${per(st!.heap)} + toast ${per(st!.toast)} + index ${per(st!.idx)}; ` +
      `${st!.chunks} chunks, ${batches} batches = ${(N / batches).toFixed(0)} samples/batch); uncompressed ${(before!.b / N).toFixed(1)} B/sample; ` +
      `ingest ${(ingestRate / 1000).toFixed(0)}k/s, compression ${(N / compressMs).toFixed(0)}k samples/s`,
  );
}

console.log('\nTimescaleDB native compression (segmentby series_id):');
// 1. The production schema (the migration's metric_samples), written by the backend.
const backend = new TimescaleBackend(db, { compressAfterMs: 2 * HOUR, outOfOrderWindowMs: 10 * 60_000 });
const [cfg] = await db.query<{ chunk: string; ord: string }>(
  `SELECT (SELECT d.interval_length FROM _timescaledb_catalog.dimension d JOIN _timescaledb_catalog.hypertable h ON h.id = d.hypertable_id WHERE h.table_name = 'metric_samples')::text AS chunk,
          (SELECT string_agg(attname || CASE WHEN orderby_asc THEN '' ELSE ' DESC' END, ',') FROM timescaledb_information.compression_settings WHERE hypertable_name = 'metric_samples' AND orderby_column_index IS NOT NULL) AS ord`,
);
await measure(`${SCHEMA}.metric_samples`, await load((rows) => backend.write({ rows, pages: [] })), `schema as migrated (chunk ${Number(cfg!.chunk) / HOUR} h, orderby ${cfg!.ord})`);
// Payload per column and per kind of series, read from the first compressed chunk.
const [rel] = await compressedChunks('metric_samples');
for (const col of ['t', 'v']) {
  const rows = await db.query<{ algorithm: string; n: string; bytes: string; samples: string }>(
    `SELECT (_timescaledb_functions.compressed_data_info(${col})).algorithm::text AS algorithm, count(*) AS n, sum(pg_column_size(${col})) AS bytes, sum(_ts_meta_count) AS samples FROM ${rel} GROUP BY 1`,
  );
  console.log(`    column ${col}: ${rows.map((r) => `${r.algorithm} in ${r.n} batches, ${(Number(r.bytes) / Number(r.samples)).toFixed(3)} B/sample`).join('; ')}`);
}
// Value bytes by kind of series (series ids are assigned host by host, kind by kind).
const perKind = new Map<string, { bytes: number; samples: number }>();
const kindAt = kinds.flatMap((k) => Array<string>(k.share).fill(k.name));
for (const r of await db.query<{ k: number; bytes: string; samples: string }>(`SELECT (series_id - 1) % ${SERIES_PER_HOST} AS k, sum(pg_column_size(v)) AS bytes, sum(_ts_meta_count) AS samples FROM ${rel} GROUP BY 1`)) {
  const acc = perKind.get(kindAt[r.k]!) ?? { bytes: 0, samples: 0 };
  perKind.set(kindAt[r.k]!, { bytes: acc.bytes + Number(r.bytes), samples: acc.samples + Number(r.samples) });
}
for (const [name, x] of perKind) console.log(`      v of ${name}: ${(x.bytes / x.samples).toFixed(2)} B/sample`);
await db.query(`TRUNCATE ${SCHEMA}.metric_samples`);

// 2. Variants of the same table.
const variants: Variant[] = [
  { name: 'v_24h', chunkHours: 24, index: true },
  { name: 'v_8h_noidx', chunkHours: 8, index: false },
  { name: 'v_2h_rollup24', chunkHours: 2, rollupHours: 24, index: true },
  { name: 'v_8h_desc', chunkHours: 8, orderby: 't DESC', index: true },
  { name: 'v_8h_toast128', chunkHours: 8, index: true, compressedWith: 'toast_tuple_target = 128' },
  { name: 'v_8h_toast8160', chunkHours: 8, index: true, compressedWith: 'toast_tuple_target = 8160' },
];
for (const v of variants) {
  await db.query(`CREATE TABLE ${v.name} (t int8 NOT NULL, series_id int4 NOT NULL, v float8 NOT NULL)`);
  await db.query(`SELECT create_hypertable('${v.name}', 't', chunk_time_interval => ${v.chunkHours * HOUR}::int8, create_default_indexes => false)`);
  if (v.index) await db.query(`CREATE INDEX ON ${v.name} (series_id, t)`);
  await db.query(
    `ALTER TABLE ${v.name} SET (timescaledb.compress, timescaledb.compress_segmentby = 'series_id', timescaledb.compress_orderby = '${v.orderby ?? 't'}'` +
      `${v.rollupHours ? `, timescaledb.compress_chunk_time_interval = '${v.rollupHours * HOUR}'` : ''})`,
  );
  if (v.compressedWith) {
    const [c] = await db.query<{ rel: string }>(
      `SELECT format('%I.%I', c.schema_name, c.table_name) AS rel FROM _timescaledb_catalog.hypertable h
         JOIN _timescaledb_catalog.hypertable c ON c.id = h.compressed_hypertable_id WHERE h.table_name = $1`,
      [v.name],
    );
    await db.query(`ALTER TABLE ${c!.rel} SET (${v.compressedWith})`);
  }
  const rate = await load((r) => db.copyFrom(`COPY ${v.name} (series_id, t, v) FROM STDIN WITH (FORMAT binary)`, encodeSampleCopy(r)));
  await measure(v.name, rate, `chunk ${v.chunkHours} h${v.rollupHours ? `, compressed into ${v.rollupHours} h` : ''}, orderby ${v.orderby ?? 't'}${v.index ? '' : ', no (series_id, t) index'}${v.compressedWith ? `, ${v.compressedWith}` : ''}`);
  await db.query(`DROP TABLE ${v.name}`);
}

// 3. Our own packed 2-hour blocks per series.
console.log('\npacked per-series blocks (codec.ts: delta-of-delta varints + byte-trimmed XOR), 2 h blocks, primary key (series_id, t_start):');
for (const lz4 of [false, true]) {
  await db.query('DROP TABLE IF EXISTS blocks; CREATE TABLE blocks (series_id int4 NOT NULL, t_start int8 NOT NULL, t_end int8 NOT NULL, data bytea NOT NULL, PRIMARY KEY (series_id, t_start))');
  // As the plain path stores them (no TOAST compression), or lz4-compressed by TOAST at any size.
  await db.query(lz4 ? 'ALTER TABLE blocks ALTER COLUMN data SET COMPRESSION lz4, SET (toast_tuple_target = 128)' : 'ALTER TABLE blocks ALTER COLUMN data SET STORAGE EXTERNAL');
  const per = (2 * HOUR) / STEP;
  let payload = 0;
  const s = performance.now();
  for (let from = 0; from < SCRAPES; from += per) {
    const out = new CopyWriter(SERIES * 64);
    for (let sr = 0; sr < SERIES; sr++) {
      const ts = hostTimes[hostOf[sr]!]!.subarray(from, from + per);
      const data = encodeBlock(ts, values[sr]!.subarray(from, from + per));
      payload += data.length;
      out.row(4);
      out.int4(sr + 1);
      out.int8(ts[0]!);
      out.int8(ts[ts.length - 1]!);
      out.bytea(data);
    }
    await db.copyFrom('COPY blocks FROM STDIN WITH (FORMAT binary)', out.finish());
  }
  const ms = performance.now() - s;
  await db.query('VACUUM ANALYZE blocks');
  const [sz] = await db.query<{ total: number; heap: number; toast: number; idx: number }>(
    "SELECT pg_total_relation_size('blocks')::int8 AS total, pg_relation_size('blocks')::int8 AS heap, pg_total_relation_size(reltoastrelid)::int8 AS toast, pg_indexes_size('blocks')::int8 AS idx FROM pg_class WHERE oid = 'blocks'::regclass",
  );
  console.log(
    `  ${(lz4 ? 'lz4 TOAST compression' : 'stored as is (STORAGE EXTERNAL, as the plain path)').padEnd(58)} ${(sz!.total / N).toFixed(3)} B/sample total (heap ${(sz!.heap / N).toFixed(3)} + toast ${(sz!.toast / N).toFixed(3)} + index ${(sz!.idx / N).toFixed(3)}); ` +
      `codec payload ${(payload / N).toFixed(3)} B/sample; encode + COPY ${(N / ms).toFixed(0)}k samples/s`,
  );
}
await db.close();
await server.stop();

// 4. Reference: Prometheus's own TSDB on the same samples (promtool backfill, when installed).
const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
if (promtool.status !== 0) console.log('\nPrometheus reference skipped: promtool is not installed (apt-get install prometheus)');
else {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-promtsdb-'));
  try {
    const file = join(dir, 'samples.om');
    const fd = openSync(file, 'w');
    writeSync(fd, '# TYPE bench_metric gauge\n');
    for (let sr = 0; sr < SERIES; sr++) {
      const lines: string[] = [];
      // OpenMetrics timestamps are seconds; promtool truncates ×1000, so a trailing 5 keeps the exact millisecond.
      for (let i = 0; i < SCRAPES; i++) lines.push(`bench_metric{series="${sr + 1}"} ${String(values[sr]![i])} ${(hostTimes[hostOf[sr]!]![i]! / 1000).toFixed(3)}5\n`);
      writeSync(fd, lines.join(''));
    }
    writeSync(fd, '# EOF\n');
    closeSync(fd);
    const out = join(dir, 'tsdb');
    const res = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', file, out], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`promtool failed: ${res.stderr}`);
    const sizes = { chunks: 0, index: 0 };
    for (const block of readdirSync(out)) {
      for (const c of readdirSync(join(out, block, 'chunks'))) sizes.chunks += statSync(join(out, block, 'chunks', c)).size;
      sizes.index += statSync(join(out, block, 'index')).size;
    }
    console.log(`\nreference, Prometheus TSDB (${promtool.stdout.split('\n')[0]}) on the same samples, 2 h blocks from promtool tsdb create-blocks-from:`);
    console.log(`  chunks ${(sizes.chunks / N).toFixed(3)} B/sample + index ${(sizes.index / N).toFixed(3)} B/sample = ${((sizes.chunks + sizes.index) / N).toFixed(3)} B/sample`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
