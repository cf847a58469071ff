/**
 * Does one request freeze the server? `sightline standalone` on the embedded store (the built CLI)
 * takes a bulk remote-write push of N new series in one request, then `count()` over them, while
 * /-/healthy and /-/ready are probed every 500 ms and a small remote-write push goes every second.
 * Prints each phase's duration, the slowest probe and push answered during it, and the server's RSS.
 * Run: npm run build && npx tsx bench/responsive.ts [series=139000]; PROFILE=<dir> writes the server's CPU profile there.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressSync } from 'snappy';
import { prometheus } from '../src/ingest/generated/protos.js';
import { LOOPBACK_OTLP, SightlineProcess } from '../test/support/cli.js';
import { freePort } from '../test/support/postgres.js';

const SERIES = Number(process.argv[2] ?? 139_000);
const dir = mkdtempSync(join(tmpdir(), 'sightline-responsive-'));
mkdirSync(join(dir, 'none'));
const port = await freePort();
const profile = process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE}`] : [];
const server = SightlineProcess.start(['standalone', '--manifests', join(dir, 'none'), '--data-dir', join(dir, 'data'), '--log.level', 'warn', ...LOOPBACK_OTLP], port, {}, profile);
const rss = (): string => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.proc.pid}/status`, 'utf8'))?.[1]);
  return `${(kb / 1024).toFixed(0)} MB`;
};

function writeRequest(first: number, count: number, name: string, t: number): Uint8Array {
  const timeseries = [];
  for (let i = first; i < first + count; i++) {
    timeseries.push({
      labels: [
        { name: '__name__', value: name },
        { name: 'instance', value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}:9100` },
        { name: 'job', value: 'bulk' },
        { name: 'pod', value: `app-${i % 5000}-5d8f7c` },
      ],
      samples: [{ value: i, timestamp: t }],
    });
  }
  return compressSync(Buffer.from(prometheus.WriteRequest.encode({ timeseries }).finish()));
}

const post = (body: Uint8Array): Promise<Response> =>
  fetch(`${server.url}/api/v1/write`, { method: 'POST', body, headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy', 'x-prometheus-remote-write-version': '0.1.0' } });

/** Probes and a small push running until stopped; each records its slowest answer. */
function background(): { stop(): { probeMs: number; pushMs: number; failures: number } } {
  let running = true;
  let probeMs = 0;
  let pushMs = 0;
  let failures = 0;
  const timed = async (run: () => Promise<Response>, record: (ms: number) => void): Promise<void> => {
    const s = performance.now();
    const res = await run().catch(() => undefined);
    if (!res || res.status >= 300) failures++;
    await res?.arrayBuffer().catch(() => undefined);
    record(performance.now() - s);
  };
  void (async () => {
    while (running) {
      await Promise.all([
        timed(() => fetch(`${server.url}/-/healthy`), (ms) => (probeMs = Math.max(probeMs, ms))),
        timed(() => fetch(`${server.url}/-/ready`), (ms) => (probeMs = Math.max(probeMs, ms))),
        new Promise((r) => setTimeout(r, 500)),
      ]);
    }
  })();
  let k = 0;
  void (async () => {
    while (running) {
      await Promise.all([timed(() => post(writeRequest(k++ * 10, 10, 'small_push', Date.now())), (ms) => (pushMs = Math.max(pushMs, ms))), new Promise((r) => setTimeout(r, 1000))]);
    }
  })();
  return {
    stop: () => {
      running = false;
      return { probeMs, pushMs, failures };
    },
  };
}

try {
  await server.waitFor('/-/ready');
  console.log(`conditions: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, sightline standalone (dist/) on the embedded store; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`idle RSS ${rss()}`);
  const body = writeRequest(0, SERIES, 'bulk_push_metric', Date.now());
  for (const [phase, run] of [
    [`push of ${SERIES} new series (${(body.length / 1e6).toFixed(1)} MB snappy)`, () => post(body)],
    [`count(bulk_push_metric) over them`, () => fetch(`${server.url}/api/v1/query?query=${encodeURIComponent('count(bulk_push_metric)')}`)],
  ] as const) {
    const bg = background();
    const s = performance.now();
    const res = await run();
    const text = await res.text();
    const took = performance.now() - s;
    const { probeMs, pushMs, failures } = bg.stop();
    console.log(`${phase}: ${res.status} in ${(took / 1000).toFixed(1)} s (${text.slice(0, 80)}); slowest probe ${probeMs.toFixed(0)} ms, slowest small push ${pushMs.toFixed(0)} ms, failed ${failures}; RSS ${rss()}`);
  }
  const s = performance.now();
  const code = await server.stop();
  console.log(`SIGTERM → exit ${code} in ${(performance.now() - s).toFixed(0)} ms`);
} finally {
  await server.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
