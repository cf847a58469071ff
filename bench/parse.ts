/**
 * Exposition parser throughput: ns per series for generated node-exporter-like pages with
 * many-bucket histograms, 2,000 and 20,000 series, in both formats, and for the real node_exporter
 * page of the test fixtures. Four figures per page:
 *   full     next() + labels() for every sample (no cache),
 *   cached   next() + a scrape-cache lookup by series(), labels() only on a miss (steady state),
 *   scan     next() only (validation without building anything),
 *   minimal  a bare line splitter + Number() (the 0.09 µs/series reference of measurements.md),
 *            printed so figures taken on a busy shared machine can be scaled.
 * Run from the repository root: npx tsx bench/parse.ts [--iterations N]. tsx's module transform
 * slows calls across modules; for production-like figures run the tsc output instead:
 *   npx tsc -p tsconfig.json --noEmit false --outDir dist/bench && node dist/bench/bench/parse.js
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createParser, type ExpositionFormat } from '../src/scrape/parser/index.js';
import { METRIC_NAME, type Labels } from '../src/model/labels.js';

const CONTENT_TYPES: Record<ExpositionFormat, string> = {
  'prometheus-text': 'text/plain; version=0.0.4; charset=utf-8',
  openmetrics: 'application/openmetrics-text; version=1.0.0; charset=utf-8',
};

interface Family {
  name: string;
  type: 'counter' | 'gauge' | 'histogram';
  help: string;
  /** Label sets of the family's series (without the histogram `le`). */
  series: Record<string, string>[];
}

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

function product(dims: Record<string, string[]>): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [name, values] of Object.entries(dims)) out = out.flatMap((l) => values.map((v) => ({ ...l, [name]: v })));
  return out;
}

const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

/** Node-exporter-like families scaled by `scale` (CPUs, devices, handlers), until `target` series. */
function families(scale: number): Family[] {
  const cpus = range(4 * scale, String);
  const devices = range(2 * scale, (i) => `nvme${i}n1`);
  const ifaces = range(2 * scale, (i) => (i === 0 ? 'eth0' : `veth${(0x3a7f12 + i * 7919).toString(16)}`));
  const mounts = range(3 * scale, (i) => `/var/lib/kubelet/pods/${(0xdeadbeef + i * 104729).toString(16)}-4c1e-9a7b/volumes`);
  const handlers = range(6 * scale, (i) => `/api/v1/resource${i}/{id}`);
  return [
    { name: 'node_cpu_seconds_total', type: 'counter', help: 'Seconds the CPUs spent in each mode.', series: product({ cpu: cpus, mode: ['idle', 'iowait', 'irq', 'nice', 'softirq', 'steal', 'system', 'user'] }) },
    { name: 'node_disk_read_bytes_total', type: 'counter', help: 'The total number of bytes read successfully.', series: product({ device: devices }) },
    { name: 'node_disk_io_time_seconds_total', type: 'counter', help: 'Total seconds spent doing I/Os.', series: product({ device: devices }) },
    { name: 'node_filesystem_avail_bytes', type: 'gauge', help: 'Filesystem space available to non-root users in bytes.', series: product({ device: ['/dev/nvme0n1p2', 'tmpfs', 'overlay'], fstype: ['ext4', 'tmpfs', 'overlay'], mountpoint: mounts }) },
    { name: 'node_network_receive_bytes_total', type: 'counter', help: 'Network device statistic receive_bytes.', series: product({ device: ifaces }) },
    { name: 'node_network_transmit_packets_total', type: 'counter', help: 'Network device statistic transmit_packets.', series: product({ device: ifaces }) },
    { name: 'node_memory_MemAvailable_bytes', type: 'gauge', help: 'Memory information field MemAvailable_bytes.', series: [{}] },
    { name: 'http_request_duration_seconds', type: 'histogram', help: 'Latency of HTTP requests.', series: product({ method: ['GET', 'POST'], handler: handlers, code: ['200', '404', '500'] }) },
  ];
}

function value(i: number): string {
  return i % 3 === 0 ? String(i * 1013) : (i * 1.0137 + 0.25).toFixed(3);
}

function labelText(labels: Record<string, string>): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
}

/** Renders about `target` series in the given format; returns the page and its exact series count. */
function generatePage(target: number, format: ExpositionFormat): { page: string; series: number } {
  const om = format === 'openmetrics';
  let scale = 1;
  const count = (fams: Family[]) => fams.reduce((n, f) => n + f.series.length * (f.type === 'histogram' ? BUCKETS.length + 3 : 1), 0);
  while (count(families(scale + 1)) <= target) scale++;
  const fams = families(scale);
  // Pad with a per-sensor gauge to reach the target exactly.
  const missing = target - count(fams);
  fams.push({ name: 'node_hwmon_temp_celsius', type: 'gauge', help: 'Hardware monitor for temperature (input)', series: range(missing, (i) => `platform_coretemp_${i >> 4}`).map((chip, i) => ({ chip, sensor: `temp${i % 16}` })) });
  const lines: string[] = [];
  let n = 0;
  for (const f of fams) {
    // OpenMetrics names a counter family without `_total`; the text format types the full name.
    const family = om && f.type === 'counter' ? f.name.replace(/_total$/, '') : f.name;
    lines.push(`# HELP ${family} ${f.help}`, `# TYPE ${family} ${f.type}`);
    for (const l of f.series) {
      if (f.type === 'histogram') {
        for (const le of [...BUCKETS.map(String), '+Inf']) lines.push(`${f.name}_bucket${labelText({ ...l, le })} ${n++}`);
        lines.push(`${f.name}_sum${labelText(l)} ${value(n++)}`, `${f.name}_count${labelText(l)} ${n++}`);
      } else {
        lines.push(`${f.name}${labelText(l)} ${value(n++)}`);
      }
    }
  }
  if (om) lines.push('# EOF');
  // Decoded from bytes, as a scraped body is: a flat string rather than a concatenation tree.
  return { page: Buffer.from(`${lines.join("\n")}\n`).toString("utf8"), series: n };
}

type Mode = 'full' | 'cached' | 'scan' | 'baseline';

/** Calibration for a noisy shared machine: split lines and parse the value, nothing else. */
function minimalLineParser(page: string): number {
  let sink = 0;
  for (let start = 0, end = page.indexOf('\n'); end !== -1; start = end + 1, end = page.indexOf('\n', start)) {
    if (page.charCodeAt(start) === 35) continue;
    sink += Number(page.slice(page.lastIndexOf(' ', end) + 1, end));
  }
  return sink;
}

function runOnce(page: string, contentType: string, mode: Mode, cache: Map<string, Labels>): number {
  if (mode === 'baseline') return minimalLineParser(page);
  const p = createParser(page, contentType);
  let sink = 0;
  while (p.next()) {
    if (mode === 'full') sink += p.labels()[METRIC_NAME] === undefined ? 0 : 1;
    else if (mode === 'cached') {
      const key = p.series();
      let labels = cache.get(key);
      if (labels === undefined) {
        labels = p.labels();
        cache.set(key, labels);
      }
      sink += labels === undefined ? 0 : 1;
    }
    sink += p.value > 0 ? 1 : 0;
  }
  return sink;
}

function measure(page: string, series: number, contentType: string, mode: Mode, iterations: number): { min: number; median: number; p90: number } {
  const cache = new Map<string, Labels>();
  for (let i = 0; i < Math.max(5, iterations / 10); i++) runOnce(page, contentType, mode, cache);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    runOnce(page, contentType, mode, cache);
    times.push(Number(process.hrtime.bigint() - t0) / series);
  }
  times.sort((a, b) => a - b);
  return { min: times[0]!, median: times[Math.floor(times.length / 2)]!, p90: times[Math.floor(times.length * 0.9)]! };
}

const iterArg = process.argv.indexOf('--iterations');
const baseIterations = iterArg > 0 ? Number(process.argv[iterArg + 1]) : 200;

console.log(`exposition parser benchmark — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${new Date().toISOString()}`);
console.log('ns per series, min / median / p90 over timed iterations after warm-up, single thread; on a shared machine min is the least disturbed run');
console.log('page                   series  page KB  iter  full (labels)        cached (series key)  scan only            minimal line split');
function printRow(label: string, format: ExpositionFormat, page: string, series: number, iterations: number): void {
  const row = (['full', 'cached', 'scan', 'baseline'] as const).map((mode) => {
    const r = measure(page, series, CONTENT_TYPES[format], mode, iterations);
    return [r.min, r.median, r.p90].map((v) => v.toFixed(0).padStart(4)).join(' / ').padEnd(20);
  });
  console.log(`${label.padEnd(22)} ${String(series).padStart(6)} ${(page.length / 1024).toFixed(0).padStart(8)} ${String(iterations).padStart(5)}  ${row.join(' ')}`);
}

for (const target of [2_000, 20_000]) {
  for (const format of ['prometheus-text', 'openmetrics'] as const) {
    const { page, series } = generatePage(target, format);
    printRow(format, format, page, series, Math.max(20, Math.round((baseIterations * 2_000) / target)));
  }
}
// The real node_exporter page from the test fixtures: fewer labels per series, no histograms.
const nodeExporter = readFileSync('test/fixtures/exposition/node-exporter-1.5.0.prom', 'utf8');
printRow('node_exporter fixture', 'prometheus-text', nodeExporter, nodeExporter.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length, baseIterations * 4);
