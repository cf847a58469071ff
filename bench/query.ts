/**
 * PromQL latency, Sightline against Debian's Prometheus 2.42 in the same run, on the same data,
 * each server in a process of its own, queried over HTTP with the same requests; each figure is
 * the median of RUNS runs after WARMUP warm-up runs (a long-running server is warm: V8 has
 * optimised the query path, as Prometheus's is compiled). Two scenarios:
 *
 * - fresh: what a dashboard reads all day. The last hour of a demo-like workload (3 instances,
 *   gauges, counters, a classic histogram of 10 buckets × 6 label sets, every 5 s; see
 *   support/fresh-dataset.ts), ten everyday dashboard queries, instant and 1 h range at 15 s, on
 *   the embedded store and on PostgreSQL. Prometheus receives the samples by remote write
 *   (`--web.enable-remote-write-receiver`), and so does VictoriaMetrics single-node, the second
 *   peer (built from Go modules by peers/build.sh; its result cache off and its 30 s latency
 *   offset zeroed, so every run evaluates the query, as Prometheus and Sightline do); Sightline's server process writes them through its
 *   Appender with a clock that follows the samples and runs maintenance every minute, so its
 *   store holds what a server ingesting in real time holds at the end of the hour (compacted
 *   blocks, and the last ≈15 minutes still in the head).
 * - day: 1,000 counters × 24 h at 15 s (5.76 M samples), backfilled and compacted on PostgreSQL;
 *   Prometheus gets them with `promtool tsdb create-blocks-from openmetrics`. Sightline keeps 1m
 *   and 1h rollups; the max_over_time cases are answered from the 1h one (push-down), and the last
 *   lines compare that with raw evaluation of the same queries in-process.
 *
 * Run: npx tsx bench/query.ts [fresh|day] (both by default)
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressSync } from 'snappy';
import { prometheus as proto } from '../src/ingest/generated/protos.js';
import { Engine } from '../src/promql/engine.js';
import type { Querier } from '../src/storage/api.js';
import { createDatabase, freePort, LocalPostgres } from '../test/support/postgres.js';
import { repoRoot } from '../test/support/cli.js';
import { FRESH_QUERIES, INSTANCES, scrapesInOrder, SERIES_BY_INSTANCE, SERIES_COUNT, SPAN_MS } from './support/fresh-dataset.js';
import { END, LABELS, LOADED_AT, loadQueryDataset, SERIES, SPAN, START, STEP, valueAt } from './support/query-dataset.js';

const WARMUP = 5;
const RUNS = 15;
const scenarios = process.argv[2] ? [process.argv[2]] : ['fresh', 'day'];

const dir = mkdtempSync(join(tmpdir(), 'sightline-query-bench-'));
const pg = await LocalPostgres.start();
const children: ChildProcess[] = [];

/** Starts a Prometheus on `tsdb` and waits until it is ready. */
async function startPrometheus(tsdb: string, extraArgs: string[] = []): Promise<string> {
  const port = await freePort();
  writeFileSync(join(dir, 'prometheus.yml'), 'global: {}\n');
  const prom = spawn('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${tsdb}`, `--web.listen-address=127.0.0.1:${port}`, '--storage.tsdb.retention.time=30d', ...extraArgs], { stdio: 'ignore' });
  children.push(prom);
  for (;;) {
    const r = await fetch(`http://127.0.0.1:${port}/-/ready`).catch(() => undefined);
    if (r?.status === 200) return `http://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** VictoriaMetrics single-node (bench/peers), ready to take remote write. */
async function startVictoriaMetrics(): Promise<string> {
  const bin = execFileSync(join(repoRoot, 'bench', 'peers', 'build.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const port = await freePort();
  const vm = spawn(join(bin, 'victoria-metrics'), [`-storageDataPath=${join(dir, 'vm')}`, `-httpListenAddr=127.0.0.1:${port}`, '-retentionPeriod=30d', '-search.disableCache', '-search.latencyOffset=0s', '-loggerLevel=ERROR'], { stdio: 'ignore' });
  children.push(vm);
  for (;;) {
    const r = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
    if (r?.status === 200) return `http://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Sightline's HTTP server over a data set, in its own process (support/query-server.ts). */
async function startSightline(scenario: string, location: string, clock: number): Promise<string> {
  const port = await freePort();
  const server = fork(fileURLToPath(new URL(`./support/query-server${extname(fileURLToPath(import.meta.url))}`, import.meta.url)), [scenario, location, String(port), String(clock)], {
    stdio: 'inherit',
    // Under tsx, the child needs its loader too (and gets the .ts file).
    execArgv: process.execArgv,
  });
  children.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`query server exited with ${code}`)));
  });
  return `http://127.0.0.1:${port}`;
}

async function median(url: string): Promise<{ ms: number; body: { data: { result: unknown[] } } }> {
  let body: unknown;
  const xs: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const s = performance.now();
    const res = await fetch(url);
    body = await res.json();
    if (res.status !== 200) throw new Error(`${url}: ${JSON.stringify(body)}`);
    if (i >= WARMUP) xs.push(performance.now() - s);
  }
  return { ms: xs.sort((a, b) => a - b)[RUNS >> 1]!, body: body as { data: { result: unknown[] } } };
}

const geomean = (xs: number[]): number => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

function conditions(): string {
  return `${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, PostgreSQL 15 fsync=off on the same machine, Prometheus 2.42 (Debian); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

/** A peer receives the fresh hour by remote write, in time order, ≈500 samples per request (Prometheus's sender's default batch). */
async function remoteWriteFresh(url: string, endMs: number): Promise<void> {
  const k = INSTANCES.map(() => 0);
  let batch: { labels: { name: string; value: string }[]; samples: { value: number; timestamp: number }[] }[] = [];
  const send = async (): Promise<void> => {
    const body = compressSync(Buffer.from(proto.WriteRequest.encode({ timeseries: batch }).finish()));
    const res = await fetch(`${url}/api/v1/write`, { method: 'POST', body, headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy', 'x-prometheus-remote-write-version': '0.1.0' } });
    if (res.status >= 300) throw new Error(`remote write to ${url}: ${res.status} ${await res.text()}`);
    batch = [];
  };
  for (const [t, i] of scrapesInOrder(endMs)) {
    k[i]!++;
    for (const s of SERIES_BY_INSTANCE[i]!) batch.push({ labels: Object.entries(s.labels).map(([name, value]) => ({ name, value })), samples: [{ value: s.value(k[i]!), timestamp: t }] });
    if (batch.length >= 500) await send();
  }
  if (batch.length > 0) await send();
}

async function fresh(): Promise<void> {
  const end = Math.floor(Date.now() / 1000) * 1000;
  const prometheus = await startPrometheus(join(dir, 'tsdb-fresh'), ['--web.enable-remote-write-receiver']);
  await remoteWriteFresh(prometheus, end);
  const victoria = await startVictoriaMetrics();
  await remoteWriteFresh(victoria, end);
  // VictoriaMetrics makes new samples searchable once its in-memory parts are flushed (≈1 s).
  await fetch(`${victoria}/internal/force_flush`);
  const stores: [string, string][] = [
    ['embedded', `embedded:${join(dir, 'embedded')}`],
    ['PostgreSQL', await createDatabase(pg.url, 'fresh')],
  ];
  for (const [storeName, location] of stores) {
    const loadStart = performance.now();
    const sightline = await startSightline('fresh', location, end);
    console.log(`\nfresh data, ${storeName} store: ${SERIES_COUNT} series × ${SPAN_MS / 5000} scrapes (5 s) loaded in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);
    console.log(`conditions: ${conditions()}`);
    console.log('query | Sightline ms | Prometheus ms | VictoriaMetrics ms | ratio to Prometheus | ratio to VictoriaMetrics');
    const ratios: number[] = [];
    const vmRatios: number[] = [];
    for (const [name, expr] of FRESH_QUERIES) {
      for (const [kind, path, range] of [
        ['instant', 'query', `time=${end / 1000}`],
        ['1h @15s', 'query_range', `start=${(end - SPAN_MS) / 1000}&end=${end / 1000}&step=15`],
      ] as const) {
        const q = `/api/v1/${path}?query=${encodeURIComponent(expr)}&${range}`;
        const s = await median(sightline + q);
        const p = await median(prometheus + q);
        const v = await median(victoria + q);
        const sizes = [s.body.data.result.length, p.body.data.result.length, v.body.data.result.length];
        ratios.push(s.ms / p.ms);
        vmRatios.push(s.ms / v.ms);
        const differ = sizes[0] === sizes[1] && sizes[0] === sizes[2] ? '' : ` (result sizes differ: ${sizes.join(' / ')})`;
        console.log(`${name} ${kind} | ${s.ms.toFixed(2)} | ${p.ms.toFixed(2)} | ${v.ms.toFixed(2)} | ${(s.ms / p.ms).toFixed(2)} | ${(s.ms / v.ms).toFixed(2)}${differ}`);
      }
    }
    console.log(`geometric mean of ratios (${storeName}): to Prometheus ${geomean(ratios).toFixed(2)} (worst ${Math.max(...ratios).toFixed(2)}), to VictoriaMetrics ${geomean(vmRatios).toFixed(2)} (worst ${Math.max(...vmRatios).toFixed(2)})`);
    children.pop()!.disconnect();
  }
}

async function day(): Promise<void> {
  // ---- Sightline: write through the Appender, compacted as it goes ----
  const loadStart = performance.now();
  const { url, db, store } = await loadQueryDataset(pg, 'query');
  console.log(`\nday: loaded ${SERIES} series × ${SPAN / STEP + 1} samples into Sightline in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);
  const sightline = await startSightline('day', url, LOADED_AT);

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
  const prometheus = await startPrometheus(join(dir, 'tsdb'));

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
  console.log(`conditions: ${conditions()}`);
  console.log('query | Sightline ms | Prometheus ms | ratio');
  const ratios: number[] = [];
  for (const [name, expr, range] of cases) {
    const path = range.startsWith('time') ? 'query' : 'query_range';
    const s = await median(`${sightline}/api/v1/${path}?query=${encodeURIComponent(expr.replace('NAME', 'x'))}&${range}`);
    const p = await median(`${prometheus}/api/v1/${path}?query=${encodeURIComponent(expr.replace('NAME', 'x_total'))}&${range}`);
    const sn = s.body.data.result.length;
    const pn = p.body.data.result.length;
    ratios.push(s.ms / p.ms);
    console.log(`${name} | ${s.ms.toFixed(1)} | ${p.ms.toFixed(1)} | ${(s.ms / p.ms).toFixed(2)}${sn === pn ? '' : ` (result sizes differ: ${sn} vs ${pn})`}`);
  }
  console.log(`geometric mean of ratios (day): ${geomean(ratios).toFixed(2)}`);
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
  await store.close();
  await db.close();
}

try {
  if (scenarios.includes('fresh')) await fresh();
  if (scenarios.includes('day')) await day();
} finally {
  for (const c of children) if (c.connected) c.disconnect();
  for (const c of children) c.kill('SIGTERM');
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
