/**
 * PromQL latency, Sightline against Debian's Prometheus 2.42 in the same run, on the same data:
 * 1,000 series × 24 h at 15 s (5.76 M samples). Sightline stores them in PostgreSQL through its
 * Appender (compacted into blocks, as data older than a few minutes is); Prometheus gets them
 * backfilled with `promtool tsdb create-blocks-from openmetrics`. Both are queried over their HTTP
 * APIs with the same requests, each server in a process of its own; each figure is the median of 15 runs after 5 warm-up runs (a
 * long-running server is warm: V8 has optimised the query path, as Prometheus's is compiled). Sightline keeps
 * 1m and 1h rollups; the max_over_time cases are answered from the 1h one (push-down), and the
 * last lines compare that with raw evaluation of the same queries in-process.
 * Run: npx tsx bench/query.ts
 */
import { fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Engine } from '../src/promql/engine.js';
import type { Querier } from '../src/storage/api.js';
import { freePort, LocalPostgres } from '../test/support/postgres.js';
import { END, LABELS, LOADED_AT, loadQueryDataset, SERIES, SPAN, START, STEP, valueAt } from './support/query-dataset.js';

const WARMUP = 5;
const RUNS = 15;

const dir = mkdtempSync(join(tmpdir(), 'sightline-query-bench-'));
const pg = await LocalPostgres.start();
try {
  // ---- Sightline: write through the Appender, compacted as it goes ----
  const loadStart = performance.now();
  const { url, db, store } = await loadQueryDataset(pg, 'query');
  console.log(`loaded ${SERIES} series × ${SPAN / STEP + 1} samples into Sightline in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);

  // Serve the store through the product's HTTP server (query API only), from its own process.
  const sightlinePort = await freePort();
  const server = fork(fileURLToPath(new URL(`./support/query-server${extname(fileURLToPath(import.meta.url))}`, import.meta.url)), [url, String(sightlinePort), String(LOADED_AT)], {
    stdio: 'inherit',
    // Under tsx, the child needs its loader too (and gets the .ts file).
    execArgv: process.execArgv,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`query server exited with ${code}`)));
  });

  // ---- Prometheus: backfill the same samples, then serve them ----
  const om: string[] = ['# TYPE x counter'];
  for (let i = 0; i < SERIES; i++) {
    const l = LABELS[i]!;
    for (let t = START, k = 0; t <= END; t += STEP, k++) om.push(`x_total{job="${l.job}",instance="${l.instance}",y="${l.y}"} ${valueAt(i, k)} ${t / 1000}`);
  }
  om.push('# EOF');
  // promtool wants counters named _total; the query below uses the same name on both sides.
  writeFileSync(join(dir, 'data.om'), `${om.join('\n')}\n`);
  execFileSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', join(dir, 'data.om'), join(dir, 'tsdb')], { stdio: 'ignore' });
  const promPort = await freePort();
  writeFileSync(join(dir, 'prometheus.yml'), 'global: {}\n');
  const prom = spawn('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`, `--web.listen-address=127.0.0.1:${promPort}`, '--storage.tsdb.retention.time=30d'], { stdio: 'ignore' });
  for (;;) {
    const r = await fetch(`http://127.0.0.1:${promPort}/-/ready`).catch(() => undefined);
    if (r?.status === 200) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  const sightline = `http://127.0.0.1:${sightlinePort}`;
  const prometheus = `http://127.0.0.1:${promPort}`;
  const median = async (url: string): Promise<{ ms: number; body: unknown }> => {
    let body: unknown;
    const xs: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const s = performance.now();
      const res = await fetch(url);
      body = await res.json();
      if (res.status !== 200) throw new Error(`${url}: ${JSON.stringify(body)}`);
      if (i >= WARMUP) xs.push(performance.now() - s);
    }
    return { ms: xs.sort((a, b) => a - b)[RUNS >> 1]!, body };
  };
  const cases: [string, string, string][] = [
    ['sum by (job) (rate(x[5m])) 1h @15s', 'sum by (job) (rate(NAME[5m]))', `start=${(END - 3600_000) / 1000}&end=${END / 1000}&step=15`],
    ['sum by (job) (rate(x[5m])) 1h @60s', 'sum by (job) (rate(NAME[5m]))', `start=${(END - 3600_000) / 1000}&end=${END / 1000}&step=60`],
    ['sum by (job) (rate(x[5m])) 24h @15s', 'sum by (job) (rate(NAME[5m]))', `start=${START / 1000}&end=${END / 1000}&step=15`],
    ['sum by (job) (rate(x[5m])) 24h @60s', 'sum by (job) (rate(NAME[5m]))', `start=${START / 1000}&end=${END / 1000}&step=60`],
    ['topk(5, x{y="true"}) instant (50 series)', 'topk(5, NAME{y="true"})', `time=${END / 1000}`],
    ['topk(5, x{job="job-1"}) instant (100 series)', 'topk(5, NAME{job="job-1"})', `time=${END / 1000}`],
    ['max by (job) (max_over_time(x[1h])) 23h @1h', 'max by (job) (max_over_time(NAME[1h]))', `start=${(START + 3600_000) / 1000}&end=${END / 1000}&step=3600`],
    ['max by (job) (max_over_time(x[24h])) instant', 'max by (job) (max_over_time(NAME[24h]))', `time=${END / 1000}`],
  ];
  console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, PostgreSQL 15 fsync=off on the same machine, Prometheus 2.42 (Debian); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('query | Sightline ms | Prometheus ms | ratio');
  for (const [name, expr, range] of cases) {
    const path = range.startsWith('time') ? 'query' : 'query_range';
    const s = await median(`${sightline}/api/v1/${path}?query=${encodeURIComponent(expr.replace('NAME', 'x'))}&${range}`);
    const p = await median(`${prometheus}/api/v1/${path}?query=${encodeURIComponent(expr.replace('NAME', 'x_total'))}&${range}`);
    const sn = JSON.stringify((s.body as { data: { result: unknown[] } }).data.result.length);
    const pn = JSON.stringify((p.body as { data: { result: unknown[] } }).data.result.length);
    console.log(`${name} | ${s.ms.toFixed(1)} | ${p.ms.toFixed(1)} | ${(s.ms / p.ms).toFixed(2)}${sn === pn ? '' : ` (result sizes differ: ${sn} vs ${pn})`}`);
  }
  // Rollup push-down against raw evaluation of the same queries on the same store, in-process.
  const querier = store.querier();
  const rawQuerier: Querier = { select: (m, s, e) => querier.select(m, s, e), labelNames: (...a) => querier.labelNames(...a), labelValues: (...a) => querier.labelValues(...a) };
  const timed = async (run: () => Promise<unknown>): Promise<number> => {
    const xs: number[] = [];
    for (let i = 0; i < 6; i++) {
      const s = performance.now();
      await run();
      if (i > 0) xs.push(performance.now() - s);
    }
    return xs.sort((a, b) => a - b)[2]!;
  };
  console.log('push-down (in-process engine) | raw ms | rollup ms | speed-up');
  for (const [name, run] of [
    ['max by (job) (max_over_time(x[1h])) 23h @1h', (e: Engine) => e.rangeQuery('max by (job) (max_over_time(x[1h]))', START + 3600_000, END, 3600_000)],
    ['max by (job) (max_over_time(x[24h])) instant', (e: Engine) => e.instantQuery('max by (job) (max_over_time(x[24h]))', END)],
  ] as const) {
    const before = querier.rollupSelects;
    const pushed = await timed(() => run(new Engine(querier)));
    if (querier.rollupSelects === before) throw new Error(`${name}: the rollup was not used`);
    const raw = await timed(() => run(new Engine(rawQuerier)));
    console.log(`${name} | ${raw.toFixed(1)} | ${pushed.toFixed(1)} | ${(raw / pushed).toFixed(1)}×`);
  }
  prom.kill('SIGTERM');
  server.disconnect();
  await store.close();
  await db.close();
} finally {
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
