/**
 * Where Sightline's query time goes, on bench/query.ts's data (1,000 series × 24 h at 15 s) in
 * PostgreSQL: each query's median latency split into storage select and engine evaluation, plus
 * EXPLAIN ANALYZE of the reader's block statement. With PROFILE=<file>, writes a CPU profile of
 * the query phase only (open it in Chrome DevTools). Run: npx tsx bench/query-profile.ts
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { Engine } from '../src/promql/engine.js';
import type { Querier } from '../src/storage/api.js';
import { LocalPostgres } from '../test/support/postgres.js';
import { END, loadQueryDataset, START } from './support/query-dataset.js';

const pg = await LocalPostgres.start();
try {
  const { db, store } = await loadQueryDataset(pg, 'qprof');

  let selectMs = 0;
  const inner: Querier = store.querier();
  const timed: Querier = {
    select: async (...args) => {
      const s = performance.now();
      const r = await inner.select(...args);
      selectMs += performance.now() - s;
      return r;
    },
    labelNames: (...a) => inner.labelNames(...a),
    labelValues: (...a) => inner.labelValues(...a),
  };
  const engine = new Engine(timed);
  const cases: [string, () => Promise<unknown>][] = [
    ['rate 1h@15s', () => engine.rangeQuery('sum by (job) (rate(x[5m]))', END - 3600_000, END, 15_000)],
    ['rate 1h@60s', () => engine.rangeQuery('sum by (job) (rate(x[5m]))', END - 3600_000, END, 60_000)],
    ['rate 24h@15s', () => engine.rangeQuery('sum by (job) (rate(x[5m]))', START, END, 15_000)],
    ['rate 24h@60s', () => engine.rangeQuery('sum by (job) (rate(x[5m]))', START, END, 60_000)],
    ['topk 50', () => engine.instantQuery('topk(5, x{y="true"})', END)],
    ['topk 100', () => engine.instantQuery('topk(5, x{job="job-1"})', END)],
    ['max_over_time 23h@1h [1h] (rollup)', () => engine.rangeQuery('max(max_over_time(x[1h]))', START + 3600_000, END, 3600_000)],
  ];
  const profiler = new Session();
  if (process.env.PROFILE) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('query | total ms | select ms | eval ms');
  for (const [name, run] of cases) {
    const rows: [number, number][] = [];
    for (let i = 0; i < 8; i++) {
      selectMs = 0;
      const s = performance.now();
      await run();
      if (i > 0) rows.push([performance.now() - s, selectMs]);
    }
    rows.sort((a, b) => a[0] - b[0]);
    const [total, sel] = rows[3]!;
    console.log(`${name} | ${total.toFixed(1)} | ${sel.toFixed(1)} | ${(total - sel).toFixed(1)}`);
  }
  if (process.env.PROFILE) writeFileSync(process.env.PROFILE, JSON.stringify((await profiler.post('Profiler.stop')).profile));
  const ids = (await db.query<{ id: number }>('SELECT id FROM metric_series')).map((r) => r.id);
  for (const [s, e] of [[END - 3600_000 - 300_000, END], [START - 300_000, END]] as const) {
    const plan = await db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT series_id, t_start, data FROM metric_blocks
        WHERE series_id = ANY($1::int4[]) AND t_start <= $3 AND t_end >= $2 AND t_start >= $4`,
      [ids, s, e, s - 2 * 3600_000],
    );
    console.log(`\nEXPLAIN ANALYZE blocks [${(e - s) / 60_000} min]:\n${plan.map((r) => r['QUERY PLAN'].replace(/'\{[\d,]+\}'/, "'{…ids…}'")).join('\n')}`);
  }
  const rollupPlan = await db.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT series_id, t, min, max, sum, count, last FROM metric_rollup
      WHERE resolution_ms = $1 AND series_id = ANY($2::int4[]) AND t >= $3 AND t <= $4 ORDER BY series_id, t`,
    [3600_000, ids, START, END - 3600_000],
  );
  console.log(`\nEXPLAIN ANALYZE rollup read:\n${rollupPlan.map((r) => r['QUERY PLAN'].replace(/'\{[\d,]+\}'/, "'{…ids…}'")).join('\n')}`);
  await store.close();
  await db.close();
} finally {
  await pg.stop();
}
process.exit(0);
