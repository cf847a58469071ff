/**
 * Measures the storage layout candidates on this machine before choosing one:
 *  A. series catalogue: labels as jsonb (GIN) vs normalized label ids (label + series(labels int[]))
 *  B. samples: one row per sample with a (series_id, t) btree, vs an unindexed append-only head
 *     compacted into per-series packed blocks (Node codec), vs blocks of plain arrays built in SQL.
 * Run: npx tsx bench/storage-design.ts [series] [timestamps]
 */
import { cpus, totalmem } from 'node:os';
import { PostgresDb } from '../src/storage/db.js';
import { CopyWriter, encodeSampleCopy, readFloat8s, readInt8s } from '../src/storage/metrics/copy.js';
import { encodeBlock } from '../src/storage/metrics/codec.js';
import { LocalPostgres } from '../test/support/postgres.js';

const SERIES = Number(process.argv[2] ?? 20_000);
const STEPS = Number(process.argv[3] ?? 120);
const CATALOGUE = 50_000;
const T0 = Date.UTC(2026, 10, 1);

const server = await LocalPostgres.start();
const db = PostgresDb.open(server.url, 2);
const [ver] = await db.query<{ v: string }>('SELECT version() AS v');
console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${ver?.v.split(',')[0]}, fsync=off, shared_buffers=256MB, machine shared with other jobs`);
await db.query('CREATE SCHEMA IF NOT EXISTS sightline');

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const s = performance.now();
  const r = await fn();
  return [r, performance.now() - s];
}
async function median(fn: () => Promise<unknown>, n = 15): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push((await time(fn))[1]);
  return xs.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}
async function size(rel: string): Promise<number> {
  await db.query(`VACUUM ANALYZE ${rel}`);
  const [r] = await db.query<{ b: number }>(`SELECT pg_total_relation_size('${rel}')::int8 AS b`);
  return r!.b;
}

// ---- A. series catalogue ----
const labelSets = Array.from({ length: CATALOGUE }, (_, i) => ({
  __name__: `metric_${i % 250}`, job: `job_${i % 20}`, namespace: `ns-${i % 30}`, instance: `host-${i % 2000}:9100`,
  pod: `app-${i % 700}-7f9c${(i * 7919) % 100000}`, container: `c${i % 5}`, le: `${i % 11}`,
}));
await db.query('CREATE TABLE s_json (id serial PRIMARY KEY, labels jsonb NOT NULL UNIQUE)');
await db.query('CREATE INDEX ON s_json USING gin (labels jsonb_path_ops)');
const [, jsonMs] = await time(async () => {
  for (let i = 0; i < CATALOGUE; i += 5000)
    await db.query('INSERT INTO s_json (labels) SELECT unnest($1::jsonb[]) ON CONFLICT DO NOTHING', [labelSets.slice(i, i + 5000).map((l) => JSON.stringify(l))]);
});
await db.query('CREATE TABLE label (id serial PRIMARY KEY, key text NOT NULL, value text NOT NULL, UNIQUE (key, value))');
await db.query('CREATE TABLE s_norm (id serial PRIMARY KEY, labels int4[] NOT NULL UNIQUE)');
await db.query('CREATE INDEX ON s_norm USING gin (labels)');
const [, normMs] = await time(async () => {
  for (let i = 0; i < CATALOGUE; i += 5000) {
    const batch = labelSets.slice(i, i + 5000);
    const pairs = new Map<string, [string, string]>();
    for (const l of batch) for (const [k, v] of Object.entries(l)) pairs.set(`${k}\0${v}`, [k, v]);
    const keys = [...pairs.values()];
    await db.query('INSERT INTO label (key, value) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [keys.map((p) => p[0]), keys.map((p) => p[1])]);
    const ids = new Map((await db.query<{ id: number; key: string; value: string }>('SELECT id, key, value FROM label WHERE (key, value) IN (SELECT * FROM unnest($1::text[], $2::text[]))', [keys.map((p) => p[0]), keys.map((p) => p[1])])).map((r) => [`${r.key}\0${r.value}`, r.id]));
    const arrays = batch.map((l) => `{${Object.entries(l).map(([k, v]) => ids.get(`${k}\0${v}`)!).sort((a, b) => a - b).join(',')}}`);
    await db.query('INSERT INTO s_norm (labels) SELECT unnest($1::text[])::int4[] ON CONFLICT DO NOTHING', [arrays]);
  }
});
const eqJson = await median(() => db.query(`SELECT id, labels FROM s_json WHERE labels @> '{"__name__":"metric_7","job":"job_7"}'`));
const reJson = await median(() => db.query(`SELECT id, labels FROM s_json WHERE labels @> '{"__name__":"metric_7"}' AND labels->>'instance' ~ '^host-1.*:9100$'`));
const reJsonAll = await median(() => db.query(`SELECT id FROM s_json WHERE labels->>'pod' ~ '^app-1[0-9]-.*$'`));
const eqNorm = await median(() => db.query(`SELECT id, labels FROM s_norm WHERE labels @> (SELECT array_agg(id) FROM label WHERE (key, value) IN (('__name__','metric_7'),('job','job_7')))`));
const reNorm = await median(() => db.query(`SELECT id, labels FROM s_norm WHERE labels @> (SELECT array_agg(id) FROM label WHERE key='__name__' AND value='metric_7') AND labels && (SELECT array_agg(id) FROM label WHERE key='instance' AND value ~ '^host-1.*:9100$')`));
const reNormAll = await median(() => db.query(`SELECT id FROM s_norm WHERE labels && (SELECT array_agg(id) FROM label WHERE key='pod' AND value ~ '^app-1[0-9]-.*$')`));
console.log(`\nA. catalogue, ${CATALOGUE} series × 7 labels (median of 15 queries)`);
console.log(`  jsonb+GIN : insert ${(CATALOGUE / jsonMs * 1000).toFixed(0)} series/s, ${(await size('s_json') / CATALOGUE).toFixed(0)} B/series, name+job ${eqJson.toFixed(1)} ms, name+instance=~ ${reJson.toFixed(1)} ms, pod=~ alone ${reJsonAll.toFixed(1)} ms`);
console.log(`  label ids  : insert ${(CATALOGUE / normMs * 1000).toFixed(0)} series/s, ${((await size('s_norm') + await size('label')) / CATALOGUE).toFixed(0)} B/series, name+job ${eqNorm.toFixed(1)} ms, name+instance=~ ${reNorm.toFixed(1)} ms, pod=~ alone ${reNormAll.toFixed(1)} ms`);

// ---- B. samples ----
const N = SERIES * STEPS;
const kinds = ['counter', 'gauge', 'flat'] as const;
function valueAt(series: number, step: number, random: boolean): number {
  if (random) return Math.random();
  const kind = kinds[series % 3]!;
  if (kind === 'counter') return step * ((series % 17) + 1) + Math.floor(Math.random() * 3);
  if (kind === 'gauge') return Math.round((50 + 10 * Math.sin(series + step / 7) + Math.random()) * 100) / 100;
  return series % 2;
}
async function loadRows(table: string, random: boolean, chunk = 10_000): Promise<number> {
  // Scrape order: every series at t1, then t2, …
  const rows = { length: 0, seriesIds: new Int32Array(chunk), timestamps: new Float64Array(chunk), values: new Float64Array(chunk) };
  const [, ms] = await time(async () => {
    for (let step = 0; step < STEPS; step++)
      for (let s = 0; s < SERIES; s++) {
        const i = rows.length++;
        rows.seriesIds[i] = s + 1;
        rows.timestamps[i] = T0 + step * 15_000;
        rows.values[i] = valueAt(s, step, random);
        if (rows.length === chunk || (step === STEPS - 1 && s === SERIES - 1)) {
          await db.copyFrom(`COPY ${table} (series_id, t, v) FROM STDIN WITH (FORMAT binary)`, encodeSampleCopy(rows));
          rows.length = 0;
        }
      }
  });
  return (N / ms) * 1000;
}
console.log(`\nB. samples: ${SERIES} series × ${STEPS} scrapes (15 s apart) = ${N} samples, binary COPY per 10k rows, 1 connection`);
for (let run = 1; run <= 2; run++) {
  await db.query('DROP TABLE IF EXISTS rows_idx, head, blocks, arr');
  await db.query('CREATE TABLE rows_idx (series_id int4 NOT NULL, t int8 NOT NULL, v float8 NOT NULL)');
  await db.query('CREATE INDEX ON rows_idx (series_id, t)');
  const idxRate = await loadRows('rows_idx', false);
  const idxQuery = await median(() => db.query('SELECT t, float8send(v) FROM rows_idx WHERE series_id = $1 AND t BETWEEN $2 AND $3 ORDER BY t', [4242, T0, T0 + STEPS * 15_000]));
  console.log(`  run ${run} row/sample + btree : ${(idxRate / 1000).toFixed(0)}k samples/s, ${(await size('rows_idx') / N).toFixed(1)} B/sample, 1-series query ${idxQuery.toFixed(2)} ms`);

  await db.query('CREATE TABLE head (series_id int4 NOT NULL, t int8 NOT NULL, v float8 NOT NULL)');
  const headRate = await loadRows('head', false);
  const headQuery = await median(() => db.query('SELECT t, float8send(v) FROM head WHERE series_id = $1 ORDER BY t', [4242]), 5);
  await db.query('CREATE TABLE blocks (series_id int4 NOT NULL, t_start int8 NOT NULL, t_end int8 NOT NULL, data bytea NOT NULL, PRIMARY KEY (series_id, t_start))');
  const [, compactMs] = await time(async () => {
    const groups = await db.query<{ series_id: number; ts: Uint8Array; vs: Uint8Array }>(
      "SELECT series_id, string_agg(int8send(t), ''::bytea ORDER BY t) AS ts, string_agg(float8send(v), ''::bytea ORDER BY t) AS vs FROM head GROUP BY series_id");
    const out = new CopyWriter(N * 4);
    for (const g of groups) {
      const ts = readInt8s(g.ts);
      out.row(4);
      out.int4(g.series_id);
      out.int8(ts[0]!);
      out.int8(ts[ts.length - 1]!);
      out.bytea(encodeBlock(ts, readFloat8s(g.vs)));
    }
    await db.copyFrom('COPY blocks FROM STDIN WITH (FORMAT binary)', out.finish());
  });
  const blockQuery = await median(() => db.query('SELECT data FROM blocks WHERE series_id = $1 AND t_start <= $3 AND t_end >= $2', [4242, T0, T0 + STEPS * 15_000]));
  console.log(`  run ${run} head (no index)    : ${(headRate / 1000).toFixed(0)}k samples/s, ${(await size('head') / N).toFixed(1)} B/sample, 1-series query ${headQuery.toFixed(1)} ms (seq scan)`);
  console.log(`  run ${run} head → blocks      : compaction ${(N / compactMs).toFixed(0)}k samples/s, ${(await size('blocks') / N).toFixed(2)} B/sample (realistic values), 1-series query ${blockQuery.toFixed(2)} ms`);
  await db.query('CREATE TABLE arr AS SELECT series_id, min(t) AS t_start, array_agg(t ORDER BY t) AS ts, array_agg(v ORDER BY t) AS vs FROM head GROUP BY series_id');
  console.log(`  run ${run} head → int8[]/float8[] blocks in SQL: ${(await size('arr') / N).toFixed(2)} B/sample`);
}
await db.query('TRUNCATE head');
await loadRows('head', true);
const [rnd] = await db.query<{ b: number }>("SELECT sum(length(string_agg))::int8 AS b FROM (SELECT string_agg(float8send(v), ''::bytea ORDER BY t) FROM head GROUP BY series_id) x");
const groups = await db.query<{ ts: Uint8Array; vs: Uint8Array }>("SELECT string_agg(int8send(t), ''::bytea ORDER BY t) AS ts, string_agg(float8send(v), ''::bytea ORDER BY t) AS vs FROM head GROUP BY series_id");
const encoded = groups.reduce((n, g) => n + encodeBlock(readInt8s(g.ts), readFloat8s(g.vs)).length, 0);
console.log(`  random float values: codec ${(encoded / N).toFixed(2)} B/sample payload (raw float8 ${(rnd!.b / N).toFixed(0)}), + block row overhead ≈ ${(56 / STEPS).toFixed(2)} B/sample`);
await db.close();
await server.stop();
