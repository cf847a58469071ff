/**
 * PromQL engine benchmark over the in-memory store: 1,000 counter series × 24h at a 15s scrape
 * interval, timing `sum by (job) (rate(x[5m]))` range queries and a 50-series instant topk.
 * Run with `npx tsx bench/query-engine.ts`. Prints figures and the conditions they were taken in.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/promql/engine.js';
import { MemoryStorage } from '../src/storage/memory.js';

const SERIES = 1000;
const JOBS = 10;
const SCRAPE_MS = 15_000;
const DAY_MS = 24 * 3_600_000;
const RUNS = 5;

async function loadData(mem: MemoryStorage): Promise<number> {
  let samples = 0;
  for (let s = 0; s < SERIES; s++) {
    const app = mem.appender();
    const labels = { __name__: 'x', job: `job-${s % JOBS}`, instance: `instance-${s}` };
    let v = 0;
    for (let t = 0; t <= DAY_MS; t += SCRAPE_MS) {
      // A counter with a varying rate and an occasional reset.
      v = t % 7_200_000 === 0 && t > 0 ? 0 : v + ((s * 7 + t / SCRAPE_MS) % 13);
      app.append(labels, t, v);
      samples++;
    }
    await app.commit();
  }
  for (let s = 0; s < 50; s++) {
    const app = mem.appender();
    app.append({ __name__: 'y', instance: `instance-${s}` }, DAY_MS, (s * 37) % 101);
    await app.commit();
  }
  return samples;
}

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  await run(); // warm-up: JIT and caches
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${ms[Math.floor(RUNS / 2)]!.toFixed(1).padStart(8)} ms   min ${ms[0]!.toFixed(1).padStart(8)} ms`);
}

const mem = new MemoryStorage();
const t0 = performance.now();
const samples = await loadData(mem);
const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`conditions: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average ${load}, in-memory store`);
console.log(`data: ${SERIES} series (${JOBS} jobs) × 24h @ ${SCRAPE_MS / 1000}s = ${samples.toLocaleString('en')} samples, loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`each figure: median and min of ${RUNS} runs after one warm-up, including storage select\n`);

const engine = new Engine(mem);
const q = 'sum by (job) (rate(x[5m]))';
for (const [range, rangeMs] of [
  ['1h', 3_600_000],
  ['24h', DAY_MS],
] as const) {
  for (const step of [15_000, 60_000]) {
    await time(`${q} range ${range} step ${step / 1000}s`, () => engine.rangeQuery(q, DAY_MS - rangeMs, DAY_MS, step));
  }
}
await time('topk(5, y) instant over 50 series', () => engine.instantQuery('topk(5, y)', DAY_MS));
