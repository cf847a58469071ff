/**
 * Load generator for bench/ingest.ts, run as its own process so its CPU is not the server's.
 * Sends remote-write 1.0 (or OTLP protobuf) requests of `batch` series × 1 sample, covering
 * `series` series round by round with rising timestamps, from `concurrency` parallel senders,
 * optionally paced to `rate` samples/s. Request bodies are encoded before the clock starts, so
 * the sender costs almost nothing while it runs. Prints one JSON line: acknowledged samples,
 * refusals, elapsed seconds, request latencies (ms) of acknowledged requests and the CPU ms the
 * sending loop used.
 * Args: url protocol(rw|otlp) series batch concurrency seconds rate(0 = unpaced) rounds firstRound
 */
import { Agent, request } from 'node:http';
import { compressSync } from 'snappy';
import { opentelemetry, prometheus } from '../../src/ingest/generated/protos.js';

const [url, protocol, seriesArg, batchArg, concurrencyArg, secondsArg, rateArg, roundsArg, firstRoundArg] = process.argv.slice(2);
const SERIES = Number(seriesArg);
const BATCH = Number(batchArg);
const CONCURRENCY = Number(concurrencyArg);
const SECONDS = Number(secondsArg);
const RATE = Number(rateArg ?? 0);
const FIRST_ROUND = Number(firstRoundArg ?? 0);
const batchesPerRound = Math.ceil(SERIES / BATCH);

const labelsOf = (i: number): [string, string][] => [
  ['__name__', `bench_metric_${i % 100}`],
  ['instance', `10.0.${(i >> 8) & 255}.${i & 255}:9100`],
  ['job', 'node'],
  ['namespace', `team-${i % 20}`],
  ['pod', `app-${i % 500}-5d8f7c-${i % 13}`],
];

function remoteWrite(first: number, t: number): Uint8Array {
  const timeseries = [];
  for (let i = first; i < Math.min(SERIES, first + BATCH); i++) {
    timeseries.push({ labels: labelsOf(i).map(([name, value]) => ({ name, value })), samples: [{ value: (i * 7 + t / 1000) % 1000, timestamp: t }] });
  }
  return compressSync(Buffer.from(prometheus.WriteRequest.encode({ timeseries }).finish()));
}

function otlp(first: number, t: number): Uint8Array {
  const nanos = BigInt(t) * 1_000_000n;
  const dataPoints = [];
  for (let i = first; i < Math.min(SERIES, first + BATCH); i++) {
    // A double holds nanoseconds to within 256 ns here, far below the millisecond the store keeps.
    dataPoints.push({ timeUnixNano: Number(nanos), asDouble: (i * 7 + t / 1000) % 1000, attributes: labelsOf(i).slice(1).map(([key, v]) => ({ key, value: { stringValue: v } })) });
  }
  const body = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.encode({
    resourceMetrics: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bench' } }] }, scopeMetrics: [{ metrics: [{ name: 'bench_gauge', gauge: { dataPoints } }] }] }],
  }).finish();
  return body;
}

const headers: Record<string, string> =
  protocol === 'otlp' ? { 'content-type': 'application/x-protobuf' } : { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy', 'x-prometheus-remote-write-version': '0.1.0' };
const encode = protocol === 'otlp' ? otlp : remoteWrite;

// Every request of the run, encoded up front; a run longer than them reuses bodies (and says so).
const ROUNDS = Number(roundsArg ?? 100);
const base = Date.now() - 60_000;
const bodies: Uint8Array[] = [];
for (let round = 0; round < ROUNDS; round++) for (let b = 0; b < batchesPerRound; b++) bodies.push(encode(b * BATCH, base + (FIRST_ROUND + round) * 10));

let next = 0;
const start = Date.now();
const deadline = start + SECONDS * 1000;
let acked = 0;
const refusals: Record<string, number> = {};
const latencies: number[] = [];

// node:http with keep-alive rather than fetch: undici's fetch cost the sender ≈0.9 µs of CPU per
// sample here (≈1.7 ms per 2,000-sample request), CPU the server on the same cores then lacks.
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const target = new URL(url!);

function post(body: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...headers, 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function sender(): Promise<void> {
  while (Date.now() < deadline) {
    const k = next++;
    if (RATE > 0) {
      const due = start + ((k * BATCH) / RATE) * 1000;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
    const body = bodies[k % bodies.length]!;
    const s = performance.now();
    const status = await post(body);
    if (status >= 200 && status < 300) {
      acked += Math.min(BATCH, SERIES - (k % batchesPerRound) * BATCH);
      latencies.push(performance.now() - s);
    } else {
      refusals[status] = (refusals[status] ?? 0) + 1;
    }
  }
}

const cpuBefore = process.cpuUsage();
await Promise.all(Array.from({ length: CONCURRENCY }, sender));
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ acked, refusals, seconds: (Date.now() - start) / 1000, latencies, reusedBodies: next > bodies.length, cpuMs })}\n`);
