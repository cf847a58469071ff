/**
 * Remote read and import, Sightline against Debian's Prometheus 2.42 in the same run, on the same
 * history: 1,000 counters × 2 h at 15 s (481k samples), backfilled into Prometheus with
 * `promtool tsdb create-blocks-from openmetrics`.
 *
 * - import: `importRemoteRead` from Prometheus's /api/v1/read (streamed XOR chunks, 1 h slices)
 *   and `importOpenMetrics` from the same OpenMetrics text, each into a fresh PostgreSQL database
 *   through the Appender: samples/s, wall clock including the commits.
 * - read: POST /api/v1/read for 10, 100 and 1,000 series over the 2 h, SAMPLES and
 *   STREAMED_XOR_CHUNKS, on Sightline (its web server in this process, over the imported store,
 *   right after the import and once its late partitions are compacted) and on Prometheus; time until the whole response body has arrived (not decoded), median of
 *   RUNS after WARMUP.
 *
 * Run: npx tsx bench/remote-read.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressSync } from 'snappy';
import { prometheus as proto } from '../src/ingest/generated/protos.js';
import { importOpenMetrics, importRemoteRead } from '../src/import/importer.js';
import { PostgresDb } from '../src/storage/db.js';
import { StorageService } from '../src/storage/service.js';
import { createWebServer } from '../src/web/server.js';
import { migrateAndOpenStore } from '../test/support/metric-store.js';
import { createDatabase, LocalPostgres } from '../test/support/postgres.js';
import { backfillOpenMetrics, startPrometheus } from '../test/support/prometheus.js';

const SERIES = 1_000;
const STEP = 15_000;
const SPAN = 2 * 3_600_000;
const END = Math.floor(Date.now() / 60_000) * 60_000 - 2 * 3_600_000;
const START = END - SPAN;
const WARMUP = 3;
const RUNS = 9;

const dir = mkdtempSync(join(tmpdir(), 'sightline-remote-read-bench-'));
const pg = await LocalPostgres.start();

const lines = ['# TYPE x counter'];
for (let i = 0; i < SERIES; i++) {
  for (let t = START, k = 0; t <= END; t += STEP, k++) lines.push(`x_total{job="job-${i % 10}",instance="host-${i}:9100"} ${k * ((i % 7) + 1)} ${t / 1000}`);
}
lines.push('# EOF');
const text = `${lines.join('\n')}\n`;
const total = SERIES * (SPAN / STEP + 1);
await backfillOpenMetrics(text, join(dir, 'tsdb'));
const prom = await startPrometheus({ scrapeTargets: [], tsdbPath: join(dir, 'tsdb') });

async function freshStore() {
  const db = PostgresDb.open(await createDatabase(pg.url, 'rread'));
  const store = await migrateAndOpenStore(db, { maintenanceIntervalMs: 0 });
  return { db, store };
}

const rate = (samples: number, ms: number): string => `${Math.round(samples / (ms / 1000)).toLocaleString('en-US')} samples/s`;

console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, PostgreSQL 15 fsync=off on the same machine, Prometheus 2.42 (Debian); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`history: ${SERIES} series × ${SPAN / STEP + 1} samples = ${total.toLocaleString('en-US')} samples`);

const a = await freshStore();
let started = performance.now();
const fromProm = await importRemoteRead(a.store, { url: `${prom.url}/api/v1/read`, selectors: [[{ name: '__name__', type: '=', value: 'x_total' }]], startMs: START, endMs: END, sliceMs: 3_600_000 });
let ms = performance.now() - started;
if (fromProm.samples !== total) throw new Error(`imported ${fromProm.samples} of ${total} samples`);
console.log(`import from Prometheus remote read (1 h slices): ${(ms / 1000).toFixed(1)} s, ${rate(total, ms)}`);

const b = await freshStore();
started = performance.now();
const fromFile = await importOpenMetrics(b.store, text, { selectors: [], startMs: START, endMs: END });
ms = performance.now() - started;
if (fromFile.samples !== total) throw new Error(`imported ${fromFile.samples} of ${total} samples`);
console.log(`import from OpenMetrics text: ${(ms / 1000).toFixed(1)} s, ${rate(total, ms)}`);
await b.store.close();
await b.db.close();

const servers: { name: string; url: string }[] = [];
const app = createWebServer({ storage: new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 }), readiness: [], queryStore: a.store });
servers.push({ name: 'right after the import (late table)', url: await app.listen({ host: '127.0.0.1', port: 0 }) });
// The late partitions close ≈ 20 minutes after the import; a second store on the same database
// with its clock 30 minutes ahead runs that maintenance now (compaction into blocks).
started = performance.now();
const compacted = await migrateAndOpenStore(a.db, { maintenanceIntervalMs: 0, now: () => Date.now() + 30 * 60_000 });
await compacted.runMaintenance();
console.log(`compaction of the imported history (late partitions into blocks): ${((performance.now() - started) / 1000).toFixed(1)} s`);
const app2 = createWebServer({ storage: new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 }), readiness: [], queryStore: compacted });
servers.push({ name: 'after compaction', url: await app2.listen({ host: '127.0.0.1', port: 0 }) });

async function medianRead(url: string, matchers: proto.ILabelMatcher[], type: proto.ReadRequest.ResponseType): Promise<{ ms: number; bytes: number }> {
  const body = compressSync(Buffer.from(proto.ReadRequest.encode({ queries: [{ startTimestampMs: START, endTimestampMs: END, matchers }], acceptedResponseTypes: [type] }).finish()));
  const xs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const s = performance.now();
    const res = await fetch(`${url}/api/v1/read`, { method: 'POST', body, headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy' } });
    const buf = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${Buffer.from(buf).toString()}`);
    if (i >= WARMUP) xs.push(performance.now() - s);
    bytes = buf.byteLength;
  }
  return { ms: xs.sort((x, y) => x - y)[RUNS >> 1]!, bytes };
}

const name = { type: proto.LabelMatcher.Type.EQ, name: '__name__', value: 'x_total' };
const cases: [string, proto.ILabelMatcher[]][] = [
  ['10 series', [name, { type: proto.LabelMatcher.Type.RE, name: 'instance', value: 'host-[0-9]:9100' }]],
  ['100 series', [name, { type: proto.LabelMatcher.Type.EQ, name: 'job', value: 'job-3' }]],
  ['1,000 series', [name]],
];
for (const server of servers) {
  console.log(`\nSightline ${server.name}`);
  console.log('read (2 h range) | response | Sightline ms | Prometheus ms | ratio | Sightline KiB | Prometheus KiB');
  for (const [label, matchers] of cases) {
    for (const [typeName, type] of [
      ['SAMPLES', proto.ReadRequest.ResponseType.SAMPLES],
      ['STREAMED_XOR_CHUNKS', proto.ReadRequest.ResponseType.STREAMED_XOR_CHUNKS],
    ] as const) {
      const s = await medianRead(server.url, matchers, type);
      const p = await medianRead(prom.url, matchers, type);
      console.log(`${label} | ${typeName} | ${s.ms.toFixed(1)} | ${p.ms.toFixed(1)} | ${(s.ms / p.ms).toFixed(2)} | ${(s.bytes / 1024).toFixed(0)} | ${(p.bytes / 1024).toFixed(0)}`);
    }
  }
}

await app.close();
await app2.close();
await compacted.close();
await a.store.close();
await a.db.close();
await prom.stop();
await pg.stop();
rmSync(dir, { recursive: true, force: true });
