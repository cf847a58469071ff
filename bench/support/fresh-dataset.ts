/**
 * bench/query.ts's fresh-data scenario: what a dashboard reads all day. A demo-like workload —
 * 3 instances, each with gauges, counters and a classic histogram (10 buckets × 6 label sets) —
 * sampled every 5 s over the last hour, as three scrapes per interval (one per instance).
 */
import type { Labels } from '../../src/model/labels.js';

export const INTERVAL_MS = 5_000;
export const SPAN_MS = 3600_000;
export const INSTANCES = ['app-0:8080', 'app-1:8080', 'app-2:8080'];
const BUCKETS = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '+Inf'];
const ROUTES = ['/api/orders', '/api/users', '/health'];
const METHODS = ['GET', 'POST'];

interface SeriesDef {
  labels: Labels;
  value: (k: number) => number;
}

/** Deterministic pseudo-random in [0, 1) from two integers. */
const noise = (a: number, b: number): number => {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

/** One instance's series and how each evolves with the scrape number k. */
function instanceSeries(instance: string, n: number): SeriesDef[] {
  const base = { job: 'demo', instance };
  const out: SeriesDef[] = [{ labels: { __name__: 'demo_build_info', ...base, version: `1.${n}.0` }, value: () => 1 }];
  for (const area of ['heap', 'nonheap', 'stack', 'cache']) {
    out.push({ labels: { __name__: 'demo_memory_bytes', ...base, area }, value: (k) => 1e8 * (n + 1) + 1e6 * Math.round(50 * noise(k, area.length + n)) });
  }
  for (const queue of ['ingest', 'email', 'billing', 'export']) {
    out.push({ labels: { __name__: 'demo_queue_depth', ...base, queue }, value: (k) => Math.round(100 * noise(k, queue.length * 7 + n)) });
  }
  let set = 0;
  for (const method of METHODS) {
    for (const code of ['200', '404', '500']) {
      const r = ++set;
      out.push({ labels: { __name__: 'demo_requests_total', ...base, method, code }, value: (k) => Math.floor(k * (code === '200' ? 40 : code === '404' ? 3 : 1) * (r + n) * 0.5 + 10 * noise(k, r)) });
    }
  }
  set = 0;
  for (const method of METHODS) {
    for (const route of ROUTES) {
      const r = ++set;
      const rate = 20 * (r + n); // requests per scrape
      const labels = { ...base, method, route };
      BUCKETS.forEach((le, b) => {
        const share = b === BUCKETS.length - 1 ? 1 : 1 - Math.exp(-(b + 1) / (2 + r));
        out.push({ labels: { __name__: 'demo_request_duration_seconds_bucket', ...labels, le }, value: (k) => Math.floor(k * rate * share) });
      });
      out.push({ labels: { __name__: 'demo_request_duration_seconds_sum', ...labels }, value: (k) => k * rate * 0.07 * (1 + r / 10) });
      out.push({ labels: { __name__: 'demo_request_duration_seconds_count', ...labels }, value: (k) => k * rate });
    }
  }
  return out;
}

export const SERIES_BY_INSTANCE: readonly SeriesDef[][] = INSTANCES.map(instanceSeries);
export const SERIES_COUNT = SERIES_BY_INSTANCE.reduce((n, s) => n + s.length, 0);

/** Scrape times of `instance` (at a per-instance offset, as Prometheus spreads targets) in (end - SPAN, end]. */
export function scrapeTimes(instance: number, endMs: number): number[] {
  const offset = 1_000 + instance * 1_500;
  const first = Math.floor((endMs - SPAN_MS) / INTERVAL_MS) * INTERVAL_MS + offset;
  const out: number[] = [];
  for (let t = first; t <= endMs; t += INTERVAL_MS) if (t > endMs - SPAN_MS) out.push(t);
  return out;
}

/** Every scrape of the hour ending at `endMs`, in time order: [timestamp, instance index]. */
export function scrapesInOrder(endMs: number): [number, number][] {
  return INSTANCES.flatMap((_, i) => scrapeTimes(i, endMs).map((t): [number, number] => [t, i])).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The dashboard queries: name, PromQL. */
export const FRESH_QUERIES: readonly [string, string][] = [
  ['raw gauges', 'demo_memory_bytes'],
  ['sum by', 'sum by (instance) (demo_memory_bytes)'],
  ['rate', 'rate(demo_requests_total[1m])'],
  ['histogram_quantile', 'histogram_quantile(0.99, sum by (le, route) (rate(demo_request_duration_seconds_bucket[1m])))'],
  ['topk', 'topk(3, demo_queue_depth)'],
  ['group_left', 'sum by (instance) (rate(demo_requests_total[1m])) * on (instance) group_left (version) demo_build_info'],
  ['*_over_time', 'max_over_time(demo_queue_depth[5m])'],
  ['ratio', 'sum(rate(demo_requests_total{code="500"}[1m])) / sum(rate(demo_requests_total[1m]))'],
  ['subquery', 'max_over_time(sum(rate(demo_requests_total[1m]))[10m:30s])'],
  ['mean latency', 'sum by (route) (rate(demo_request_duration_seconds_sum[1m])) / sum by (route) (rate(demo_request_duration_seconds_count[1m]))'],
];
