/**
 * Ingest end to end, as a client sees it: remote-write 1.0 and OTLP requests over loopback HTTP to
 * `sightline ingest`'s servers (started in this process with the product's start-up code), each
 * acknowledged only after its samples are committed to PostgreSQL on the same machine. The load
 * comes from a separate process (bench/support/remote-write-load.ts). Prints samples/s committed,
 * p50/p99 latency at half the peak rate, head bytes per sample, RSS per active series, and a raw
 * binary COPY of (series_id, t, v) rows in the same run so the ratio is visible.
 * Run: npx tsx bench/ingest.ts [series=20000] [seconds=20]
 */
import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/cli/server.js';
import { ownCpuMs, postmasterPid, treeCpuMs } from './support/cpu.js';
import { PostgresDb } from '../src/storage/db.js';
import { encodeSampleCopy } from '../src/storage/metrics/copy.js';
import { createDatabase, freePort, LocalPostgres } from '../test/support/postgres.js';

const SERIES = Number(process.argv[2] ?? 20_000);
const SECONDS = Number(process.argv[3] ?? 20);
const BATCH = 2_000; // Prometheus's default max_samples_per_send
const CONCURRENCY = 8;
const run = promisify(execFile);
const loadScript = fileURLToPath(new URL('./support/remote-write-load.ts', import.meta.url));

interface LoadResult {
  reusedBodies: boolean;
  acked: number;
  refusals: Record<string, number>;
  seconds: number;
  latencies: number[];
  cpuMs: number;
}

let round = 0;
/** Runs the load generator; each call sends later timestamps than the one before. */
async function load(url: string, protocol: 'rw' | 'otlp', seconds: number, rate = 0): Promise<LoadResult> {
  // Enough distinct rounds for 800k samples/s, so bodies are not reused (duplicates cost less).
  const rounds = Math.ceil((seconds * 800_000) / SERIES);
  const args = ['--import', 'tsx', loadScript, url, protocol, String(SERIES), String(BATCH), String(CONCURRENCY), String(seconds), String(Math.round(rate)), String(rounds), String(round)];
  round += rounds;
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout) as LoadResult;
  if (result.reusedBodies) console.log('  (note: the run outlasted its pre-encoded requests; later requests repeated samples)');
  return result;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const pg = await LocalPostgres.start();
const url = await createDatabase(pg.url, 'bench');
const [webPort, otlpPort, grpcPort] = [await freePort(), await freePort(), await freePort()];
const rssBefore = process.memoryUsage().rss;
const server = await startServer(
  { storage: url, dataDir: '', maxConnections: 8, logLevel: 'warn', webListenAddress: `127.0.0.1:${webPort}`, shutdownTimeoutMs: 10_000 },
  { ingest: { storage: url, dataDir: '', maxConnections: 8, logLevel: 'warn', webListenAddress: '', shutdownTimeoutMs: 0, otlpHttpListenAddress: `127.0.0.1:${otlpPort}`, otlpGrpcListenAddress: `127.0.0.1:${grpcPort}`, retentionMs: 15 * 86_400_000, outOfOrderWindowMs: 600_000, memoryHeadWindowMs: 0 } },
);
await server.storage.whenReady();
console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model}) shared by server, PostgreSQL and load generator; Node ${process.version}; PostgreSQL ${server.storage.capabilities?.serverVersion} fsync=off; load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`workload: ${SERIES} series × 5 labels, ${BATCH}-series requests, ${CONCURRENCY} concurrent senders, ${SECONDS} s per phase`);

const rwUrl = `${server.url}/api/v1/write`;
await load(rwUrl, 'rw', 3); // warm-up: creates the series
const postmaster = postmasterPid(pg.port);
const [serverCpu, pgCpu, peakLoad] = [ownCpuMs(), treeCpuMs(postmaster), loadavg()[0]!];
const peak = await load(rwUrl, 'rw', SECONDS);
const peakRate = peak.acked / peak.seconds;
console.log(`remote_write 1.0 peak: ${(peakRate / 1000).toFixed(0)}k samples/s committed end to end (refusals ${JSON.stringify(peak.refusals)}); latency p50 ${pct(peak.latencies, 50).toFixed(0)} ms p99 ${pct(peak.latencies, 99).toFixed(0)} ms; load average ${peakLoad.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`);
// CPU per sample moves far less than the wall-clock rate when other work shares the cores.
const perSample = (ms: number): number => (ms * 1000) / peak.acked;
const cpu = { server: perSample(ownCpuMs() - serverCpu), postgres: perSample(treeCpuMs(postmaster) - pgCpu), client: perSample(peak.cpuMs) };
const cpuTotal = cpu.server + cpu.postgres + cpu.client;
console.log(
  `CPU per sample at peak: server ${cpu.server.toFixed(2)} µs, PostgreSQL ${cpu.postgres.toFixed(2)} µs, load generator ${cpu.client.toFixed(2)} µs → ${((cpus().length * 1e6) / cpuTotal / 1000).toFixed(0)}k samples/s if all ${cpus().length} cores were ours (server and PostgreSQL only: ${((cpus().length * 1e6) / (cpu.server + cpu.postgres) / 1000).toFixed(0)}k)`,
);
const half = await load(rwUrl, 'rw', SECONDS, peakRate / 2);
console.log(`remote_write 1.0 at half peak (${(peakRate / 2000).toFixed(0)}k samples/s offered): ${(half.acked / half.seconds / 1000).toFixed(0)}k/s committed; latency p50 ${pct(half.latencies, 50).toFixed(1)} ms p99 ${pct(half.latencies, 99).toFixed(1)} ms`);
const otlp = await load(`http://127.0.0.1:${otlpPort}/v1/metrics`, 'otlp', SECONDS);
console.log(`OTLP/HTTP protobuf peak: ${(otlp.acked / otlp.seconds / 1000).toFixed(0)}k data points/s committed (refusals ${JSON.stringify(otlp.refusals)}); latency p99 ${pct(otlp.latencies, 99).toFixed(0)} ms`);

const db = server.storage.db;
const [head] = await db.query<{ b: number; n: number }>(
  "SELECT sum(pg_total_relation_size(c.oid))::int8 AS b, (SELECT count(*) FROM sightline.metric_head)::int8 AS n FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'metric_head'",
);
console.log(`on disk: ${(head!.b / head!.n).toFixed(1)} B/sample in the unindexed head (before compaction into packed blocks — see bench/ingest-storage.ts for the compacted figure)`);
console.log(`RSS: ${((process.memoryUsage().rss - rssBefore) / (2 * SERIES)).toFixed(0)} B per active series above start-up (${2 * SERIES} series: remote-write and OTLP sets)`);
await server.lifecycle.shutdown('bench done');

// Raw binary COPY of the same number of rows, same server, same run.
const raw = PostgresDb.open(await createDatabase(pg.url, 'raw'), 2);
for (const indexed of [false, true]) {
  await raw.query('CREATE TABLE IF NOT EXISTS raw_copy (series_id int4 NOT NULL, t int8 NOT NULL, v float8 NOT NULL); TRUNCATE raw_copy; DROP INDEX IF EXISTS raw_copy_idx');
  if (indexed) await raw.query('CREATE INDEX raw_copy_idx ON raw_copy (series_id, t)');
  const rows = { length: 50_000, seriesIds: new Int32Array(50_000), timestamps: new Float64Array(50_000), values: new Float64Array(50_000) };
  const total = 2_000_000;
  const s = performance.now();
  for (let done = 0; done < total; done += rows.length) {
    for (let i = 0; i < rows.length; i++) {
      rows.seriesIds[i] = ((done + i) % SERIES) + 1;
      rows.timestamps[i] = 1_700_000_000_000 + Math.floor((done + i) / SERIES) * 10;
      rows.values[i] = i % 1000;
    }
    await raw.copyFrom('COPY raw_copy FROM STDIN WITH (FORMAT binary)', encodeSampleCopy(rows));
  }
  const rate = total / ((performance.now() - s) / 1000);
  console.log(`raw binary COPY, ${indexed ? 'btree (series_id, t)' : 'no index'}: ${(rate / 1000).toFixed(0)}k rows/s → remote_write end to end / raw = ${(peakRate / rate).toFixed(2)}`);
}
await raw.close();
await pg.stop();
process.exit(0);
