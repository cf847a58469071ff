/**
 * End-to-end metrics ingest through the Appender (many concurrent committers, group commit,
 * plain-PostgreSQL head + blocks), beside a raw binary COPY of the same rows so the ratio shows.
 * Prints samples/s committed, bytes per sample on disk, RAM per cached series and query latency.
 * Run: node --expose-gc --import tsx bench/ingest-storage.ts [series=50000] [rounds=30] [committers=16] [fresh|reused]
 */
import { cpus } from 'node:os';
import type { Labels } from '../src/model/labels.js';
import { detectCapabilities } from '../src/storage/capabilities.js';
import { PostgresDb } from '../src/storage/db.js';
import { migrate } from '../src/storage/migrate.js';
import type { SeriesEntry } from '../src/storage/metrics/catalogue.js';
import { labelsKey } from '../src/model/labels.js';
import { BoundedCache } from '../src/util/bounded-cache.js';
import { encodeSampleCopy } from '../src/storage/metrics/copy.js';
import { openMetricStore } from '../src/storage/metrics/store.js';
import { LocalPostgres } from '../test/support/postgres.js';

const SERIES = Number(process.argv[2] ?? 50_000);
const ROUNDS = Number(process.argv[3] ?? 30);
const COMMITTERS = Number(process.argv[4] ?? 16);
// "fresh": a new labels object per sample, as a receiver decoding each request produces; otherwise
// objects are reused across scrapes, as a scrape cache does (their keys are then memoised).
const FRESH = process.argv[5] === 'fresh';
const STEP = 15_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');

// Kubernetes-like label sets: ~9 labels, ~200–250 characters.
function labelSet(i: number): Labels {
  const app = `app-${i % 400}`;
  return {
    __name__: `${['http_requests_total', 'process_cpu_seconds_total', 'container_memory_working_set_bytes', 'grpc_server_handled_total'][i % 4]}_${i % 50}`,
    job: `kubernetes-pods`,
    namespace: `team-${i % 25}`,
    pod: `${app}-7f9c8d${(i * 7919) % 1000}-x${i % 97}`,
    container: app,
    instance: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}:8080`,
    node: `ip-10-0-${i % 64}-${i % 251}.eu-west-1.compute.internal`,
    method: ['GET', 'POST', 'PUT'][i % 3]!,
    code: ['200', '404', '500', '503'][(i >> 2) % 4]!,
  };
}

function value(series: number, round: number): number {
  // Counters, gauges with two decimals, and flat 0/1 series, like real targets.
  if (series % 3 === 0) return round * ((series % 17) + 1) + (series % 5);
  if (series % 3 === 1) return Math.round((50 + 10 * Math.sin(series + round / 7)) * 100) / 100;
  return series % 2;
}

const server = await LocalPostgres.start();
const db = PostgresDb.open(server.url, 4);
const caps = await detectCapabilities(db);
await migrate(db, caps);
const [ver] = await db.query<{ v: string }>('SELECT version() AS v');
console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model}) shared with other jobs, Node ${process.version}, ${ver?.v.split(',')[0]}, fsync=off, shared_buffers=256MB, pool of 4 connections`);
console.log(`workload: ${SERIES} series × ${ROUNDS} scrapes (${STEP / 1000} s apart) = ${SERIES * ROUNDS} samples, ${COMMITTERS} concurrent committers, ~9 labels per series, ${FRESH ? 'a fresh labels object per sample' : 'labels objects reused across scrapes'}`);

const labels = Array.from({ length: SERIES }, (_, i) => labelSet(i));
const T0 = Math.floor(Date.now() / STEP) * STEP - ROUNDS * STEP;
let clockMs = T0;
const store = await openMetricStore(db, caps, { maintenanceIntervalMs: 0, now: () => clockMs, seriesCacheSize: SERIES * 2 });

// ---- RAM per cached series: a cache filled with the same keys, measured on the heap ----
{
  gc();
  const before = process.memoryUsage().heapUsed;
  const cache = new BoundedCache<SeriesEntry>(SERIES);
  for (let i = 0; i < SERIES; i++) cache.set(labelsKey(labels[i]!), { id: i + 1, lastT: 0, lastLo: 0, lastHi: 0 });
  gc();
  const after = process.memoryUsage().heapUsed;
  const keyLen = labels.slice(0, 1000).reduce((n, l) => n + labelsKey(l).length, 0) / 1000;
  console.log(`RAM per cached series: ${((after - before) / SERIES).toFixed(0)} B (key ≈${keyLen.toFixed(0)} chars; ${cache.size} entries)`);
}

// ---- end-to-end through the Appender ----
const per = Math.ceil(SERIES / COMMITTERS);
async function committer(c: number, round: number): Promise<number> {
  const app = store.appender();
  const t = T0 + round * STEP;
  for (let i = c * per; i < Math.min(SERIES, (c + 1) * per); i++) app.append(FRESH ? { ...labels[i]! } : labels[i]!, t, value(i, round));
  return (await app.commit()).samplesWritten;
}
const timings: number[] = [];
const cpu0 = process.cpuUsage();
const start = performance.now();
let written = 0;
for (let round = 0; round < ROUNDS; round++) {
  clockMs = T0 + round * STEP;
  const s = performance.now();
  written += (await Promise.all(Array.from({ length: COMMITTERS }, (_, c) => committer(c, round)))).reduce((a, b) => a + b, 0);
  timings.push(performance.now() - s);
}
const elapsed = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
const firstRound = timings[0]!;
const steady = timings.slice(1);
const steadyRate = (SERIES * steady.length) / (steady.reduce((a, b) => a + b, 0) / 1000);
const stats = store.writerStats();
console.log(`Appender → commit: ${(written / (elapsed / 1000) / 1000).toFixed(0)}k samples/s overall; first round (creates ${SERIES} series) ${firstRound.toFixed(0)} ms; steady state ${(steadyRate / 1000).toFixed(0)}k samples/s (round ${Math.min(...steady).toFixed(0)}–${Math.max(...steady).toFixed(0)} ms)`);
console.log(`  ${stats.transactions} group writes for ${ROUNDS * COMMITTERS} commits; Node CPU ${((cpu.user + cpu.system) / written).toFixed(2)} µs/sample`);
if (store.backend === 'timescaledb') {
  // TimescaleDB (SIGHTLINE_TEST_TIMESCALEDB=1 with the extension installed): compress every chunk now
  // instead of waiting for the policy, then measure the hypertable.
  const [before] = await db.query<{ b: number }>("SELECT hypertable_size('sightline.metric_samples')::int8 AS b");
  const cs = performance.now();
  await db.query("SELECT count(compress_chunk(c, if_not_compressed => true)) FROM show_chunks('sightline.metric_samples') c");
  const [after] = await db.query<{ b: number }>("SELECT hypertable_size('sightline.metric_samples')::int8 AS b");
  console.log(`  TimescaleDB hypertable: ${(before!.b / written).toFixed(1)} B/sample uncompressed, ${(after!.b / written).toFixed(2)} B/sample compressed (compression ${(written / (performance.now() - cs)).toFixed(0)}k samples/s)`);
  // Compressed batches hold one series' samples of one chunk: with ROUNDS samples per series this
  // measures per-batch overhead more than compression; bench/timescale-compression.ts has the layout figures.
  console.log(`  (${ROUNDS} samples per series, so ${ROUNDS}-sample batches; see bench/timescale-compression.ts for 24 h of node_exporter-like data)`);
} else {
const [head] = await db.query<{ b: number }>("SELECT sum(pg_total_relation_size(c.oid))::int8 AS b FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'metric_head'");
console.log(`  head on disk: ${(head!.b / written).toFixed(1)} B/sample (unindexed rows, before compaction)`);

// ---- compaction into blocks, then merging closed 2 h windows ----
clockMs = T0 + ROUNDS * STEP + 3 * 3_600_000;
const cs = performance.now();
await store.runMaintenance();
const compactMs = performance.now() - cs;
const blockBytes = async (full: boolean): Promise<{ b: number; n: number }> => {
  await db.query(`VACUUM ${full ? 'FULL ' : ''}ANALYZE sightline.metric_blocks`);
  const [r] = await db.query<{ b: number; n: number }>(
    "SELECT sum(pg_total_relation_size(c.oid))::int8 AS b, (SELECT count(*) FROM sightline.metric_blocks)::int AS n FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'metric_blocks'",
  );
  return r!;
};
const blocks = await blockBytes(false);
const packed = await blockBytes(true);
const [cat] = await db.query<{ b: number }>("SELECT pg_total_relation_size('sightline.metric_series')::int8 AS b");
console.log(`compaction + merge: ${(written / compactMs).toFixed(0)}k samples/s; ${blocks.n} blocks (${(written / blocks.n).toFixed(0)} samples/block)`);
console.log(`  blocks on disk incl. primary key: ${(packed.b / written).toFixed(2)} B/sample live (after VACUUM FULL), ${(blocks.b / written).toFixed(2)} B/sample incl. space freed by the merge (reused by later writes); catalogue ${(cat!.b / SERIES).toFixed(0)} B/series`);

}
// ---- queries ----
async function median(fn: () => Promise<unknown>, n = 9): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await fn();
    xs.push(performance.now() - s);
  }
  return xs.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}
const q = store.querier();
const one = labels[4242]!;
const oneMs = await median(() => q.select(Object.entries(one).map(([name, v]) => ({ name, type: '=' as const, value: v })), T0, T0 + ROUNDS * STEP));
const manyMs = await median(() => q.select([{ name: '__name__', type: '=', value: one.__name__! }, { name: 'namespace', type: '=~', value: 'team-1.*' }], T0, T0 + ROUNDS * STEP));
const nMany = (await q.select([{ name: '__name__', type: '=', value: one.__name__! }, { name: 'namespace', type: '=~', value: 'team-1.*' }], T0, T0 + ROUNDS * STEP)).length;
console.log(`queries (blocks, median of 9): 1 series × ${ROUNDS} samples ${oneMs.toFixed(1)} ms; ${nMany} series via name + regex ${manyMs.toFixed(1)} ms`);
await store.close();

// ---- raw binary COPY of the same rows, same run ----
for (const indexed of [false, true]) {
  await db.query('DROP TABLE IF EXISTS raw_copy; CREATE TABLE raw_copy (series_id int4 NOT NULL, t int8 NOT NULL, v float8 NOT NULL)');
  if (indexed) await db.query('CREATE INDEX ON raw_copy (series_id, t)');
  const chunk = Math.min(SERIES, 50_000);
  const rows = { length: chunk, seriesIds: new Int32Array(chunk), timestamps: new Float64Array(chunk), values: new Float64Array(chunk) };
  const s = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (let from = 0; from < SERIES; from += chunk) {
      rows.length = Math.min(chunk, SERIES - from);
      for (let i = 0; i < rows.length; i++) {
        rows.seriesIds[i] = from + i + 1;
        rows.timestamps[i] = T0 + round * STEP;
        rows.values[i] = value(from + i, round);
      }
      await db.copyFrom('COPY raw_copy FROM STDIN WITH (FORMAT binary)', encodeSampleCopy(rows));
    }
  }
  const rate = (SERIES * ROUNDS) / ((performance.now() - s) / 1000);
  console.log(`raw binary COPY (${chunk}-row COPYs, ${indexed ? 'btree (series_id, t)' : 'no index'}): ${(rate / 1000).toFixed(0)}k rows/s → Appender/raw = ${((written / (elapsed / 1000)) / rate).toFixed(2)}`);
}
await db.close();
await server.stop();
