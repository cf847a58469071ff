/**
 * Scrape cost, Sightline against Prometheus, in one run: the same 100 loopback targets × 2,000
 * series (values change every scrape, gzip as real exporters answer Prometheus), at a 5 s interval.
 * The targets are served by a child process so their CPU is not counted. Phases run one after the
 * other (2 shared cores): Sightline's scrape manager in this process, then Debian's Prometheus
 * (`apt-get install -y prometheus`), each warmed up and then measured over the same window:
 *   CPU seconds per million appended samples (this process's cpuUsage; Prometheus's utime+stime
 *   from /proc/<pid>/stat) and their ratio, RSS per target, parse ns/series, and the HTTP client
 *   comparison behind src/scrape/http.ts (node:http vs undici, i.e. Node's built-in fetch).
 * Sightline writes into MemoryStorage: the figures EXCLUDE the database. The store is pluggable
 * (`benchStore()` below) so the PostgreSQL store can be measured the same way once it lands.
 *
 * Run: npx tsx bench/scrape.ts [--window 60] [--warmup 12]. tsx's transform slows cross-module
 * calls; for production-like figures run the tsc output (see bench/parse.ts).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { createGunzip, gzipSync } from 'node:zlib';
import { register } from 'prom-client';
import type { ScrapeTarget } from '../src/api/index.js';
import { targetSetsFor } from '../src/discovery/scrapetarget.js';
import { createParser, ownedString } from '../src/scrape/parser/index.js';
import { ScrapeManager } from '../src/scrape/manager.js';
import type { MetricStore } from '../src/storage/api.js';
import { MemoryStorage } from '../src/storage/memory.js';

const TARGETS = 100;
const SERIES = 2000;
const INTERVAL = '5s';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A realistic page: 20 families (HELP/TYPE) × 100 series with 4 labels. */
function page(target: number, tick: number): string {
  let out = '';
  for (let f = 0; f < SERIES / 100; f++) {
    out += `# HELP app_requests_${f}_total Requests handled by subsystem ${f}.\n# TYPE app_requests_${f}_total counter\n`;
    for (let s = 0; s < 100; s++) {
      out += `app_requests_${f}_total{service="svc-${target}",handler="/api/v1/resource${s}/{id}",method="${s % 2 ? 'POST' : 'GET'}",code="${s % 7 ? 200 : 500}"} ${tick * (s + 1) + f}\n`;
    }
  }
  return out;
}

/** Child process: serves the targets on loopback ports, prints them as JSON, then waits. */
async function serveTargets(): Promise<void> {
  const ports: number[] = [];
  for (let t = 0; t < TARGETS; t++) {
    let tick = 0;
    const server = createServer((req, res) => {
      const body = page(t, tick++);
      if ((req.headers['accept-encoding'] ?? '').includes('gzip')) {
        res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4', 'Content-Encoding': 'gzip' });
        res.end(gzipSync(body, { level: 1 }));
      } else {
        res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
        res.end(body);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ports.push((server.address() as AddressInfo).port);
  }
  process.send?.(ports);
}

/** Where Sightline's scrapes go. Swap in the PostgreSQL store here to measure with DB writes. */
function benchStore(kind: 'memory' | 'discard'): { store: MetricStore; name: string } {
  if (kind === 'memory') return { store: new MemoryStorage(), name: 'MemoryStorage (in-process; database EXCLUDED)' };
  // The scrape engine alone: an appender that drops what it is given.
  const discard: MetricStore = {
    appender: () => ({ append: () => undefined, commit: () => Promise.resolve({ samplesWritten: 0, seriesCreated: 0 }), rollback: () => undefined }),
    querier: () => {
      throw new Error('discard store has no data');
    },
  };
  return { store: discard, name: 'a discarding appender (scrape engine only; no storage at all)' };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssMb = (): number => process.memoryUsage().rss / 2 ** 20;

async function counter(name: string): Promise<number> {
  return (await register.getSingleMetric(name)!.get()).values.reduce((a, v) => a + v.value, 0);
}

interface Figures {
  cpuSeconds: number;
  samples: number;
  rssMb: number;
  rssPerTargetMb: number;
}

async function measureSightline(kind: 'memory' | 'discard', addresses: string[], warmupS: number, windowS: number): Promise<Figures & { store: string }> {
  const { store, name } = benchStore(kind);
  const st = {
    apiVersion: 'monitoring.sightline.dev/v1alpha1',
    kind: 'ScrapeTarget',
    metadata: { name: 'bench', namespace: 'default' },
    spec: {
      jobName: 'bench',
      staticTargets: addresses,
      role: 'endpoints',
      endpoints: [{ path: '/metrics', scheme: 'http', interval: INTERVAL, scrapeTimeout: '4s', honorLabels: false, honorTimestamps: true }],
      sampleLimit: 0,
      labelLimit: 0,
      targetLimit: 0,
    },
  } as unknown as ScrapeTarget;
  global.gc?.();
  const rssBefore = rssMb();
  const manager = new ScrapeManager(store);
  await manager.sync(targetSetsFor(st));
  await sleep(warmupS * 1000);
  const samples0 = await counter('sightline_scrape_samples_appended_total');
  const cpu0 = process.cpuUsage();
  await sleep(windowS * 1000);
  const cpu = process.cpuUsage(cpu0);
  const samples = (await counter('sightline_scrape_samples_appended_total')) - samples0;
  const rss = rssMb();
  await manager.stop();
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, samples, rssMb: rss, rssPerTargetMb: (rss - rssBefore) / TARGETS, store: name };
}

function procCpuSeconds(pid: number): number {
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 (clock ticks, 100 Hz on Linux).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function procRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

async function promCounter(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return Number(line?.split(' ').at(-1) ?? NaN);
}

async function measurePrometheus(addresses: string[], warmupS: number, windowS: number): Promise<Figures | string> {
  const binary = '/usr/bin/prometheus';
  if (!existsSync(binary)) return 'skipped: /usr/bin/prometheus missing (apt-get install -y prometheus)';
  const dir = await mkdtemp(join(os.tmpdir(), 'sightline-bench-prom-'));
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const config = { global: { scrape_interval: INTERVAL, scrape_timeout: '4s' }, scrape_configs: [{ job_name: 'bench', static_configs: [{ targets: addresses }] }] };
  await writeFile(join(dir, 'prometheus.yml'), JSON.stringify(config));
  const child: ChildProcess = spawn(binary, [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${url}/-/ready`)).ok) break;
      } catch {
        if (i > 150) throw new Error('prometheus did not start');
      }
      await sleep(200);
    }
    await sleep(warmupS * 1000);
    const samples0 = await promCounter(url, 'prometheus_tsdb_head_samples_appended_total');
    const cpu0 = procCpuSeconds(child.pid!);
    await sleep(windowS * 1000);
    const cpuSeconds = procCpuSeconds(child.pid!) - cpu0;
    const samples = (await promCounter(url, 'prometheus_tsdb_head_samples_appended_total')) - samples0;
    const rss = procRssMb(child.pid!);
    return { cpuSeconds, samples, rssMb: rss, rssPerTargetMb: rss / TARGETS };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dir, { recursive: true, force: true });
  }
}

/** Parser cost on one bench page: steady state (cache hit per line) and cold (labels() per line). */
function parseFigures(): { cachedNs: number; fullNs: number } {
  const body = page(0, 1);
  const ct = 'text/plain; version=0.0.4';
  const cache = new Map<string, unknown>();
  const run = (cached: boolean): number => {
    const rounds = 200;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) {
      const p = createParser(body, ct);
      while (p.next()) {
        if (!cached) p.labels();
        else if (cache.get(p.series()) === undefined) cache.set(ownedString(p.series()), p.labels());
      }
    }
    return Number(process.hrtime.bigint() - t0) / rounds / SERIES;
  };
  run(true);
  run(false);
  return { cachedNs: run(true), fullNs: run(false) };
}

/** CPU per scrape of one gzip'd bench page with each client (keep-alive both). */
async function clientFigures(address: string): Promise<{ nodeHttpMs: number; fetchMs: number }> {
  const n = 200;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const viaNodeHttp = () =>
    new Promise<void>((resolve, reject) => {
      request(`http://${address}/metrics`, { agent, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        const gunzip = res.pipe(createGunzip());
        gunzip.on('data', (c: Buffer) => chunks.push(c));
        gunzip.on('end', () => {
          Buffer.concat(chunks).toString('utf8');
          resolve();
        });
        gunzip.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  const viaFetch = async () => {
    await (await fetch(`http://${address}/metrics`, { headers: { 'Accept-Encoding': 'gzip' } })).text();
  };
  const time = async (f: () => Promise<void>): Promise<number> => {
    for (let i = 0; i < 20; i++) await f();
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) await f();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000 / n;
  };
  const result = { nodeHttpMs: await time(viaNodeHttp), fetchMs: await time(viaFetch) };
  agent.destroy();
  return result;
}

async function main(): Promise<void> {
  const windowS = arg('window', 60);
  const warmupS = arg('warmup', 12);
  const server = fork(process.argv[1]!, ['--serve'], { execArgv: process.execArgv, stdio: 'inherit' });
  const ports = await new Promise<number[]>((resolve) => server.once('message', (m) => resolve(m as number[])));
  const addresses = ports.map((p) => `127.0.0.1:${p}`);
  try {
    const load0 = os.loadavg();
    const parse = parseFigures();
    const clients = await clientFigures(addresses[0]!);
    const engineOnly = await measureSightline('discard', addresses, warmupS, windowS);
    const sightline = await measureSightline('memory', addresses, warmupS, windowS);
    const prometheus = await measurePrometheus(addresses, warmupS, windowS);
    const perMillion = (f: Figures) => (f.cpuSeconds / f.samples) * 1e6;

    console.log(`== scrape: ${TARGETS} targets × ${SERIES} series every ${INTERVAL}, gzip, targets served by a child process`);
    console.log(`Sightline  → ${engineOnly.store}`);
    console.log(`  ${engineOnly.samples} samples appended in ${windowS}s, ${engineOnly.cpuSeconds.toFixed(2)} CPU s → ${perMillion(engineOnly).toFixed(2)} CPU s per million samples; RSS ${engineOnly.rssMb.toFixed(0)} MB, ${engineOnly.rssPerTargetMb.toFixed(2)} MB per target`);
    console.log(`Sightline  → ${sightline.store}`);
    console.log(`  ${sightline.samples} samples appended in ${windowS}s, ${sightline.cpuSeconds.toFixed(2)} CPU s → ${perMillion(sightline).toFixed(2)} CPU s per million samples (${((sightline.cpuSeconds / sightline.samples) * 1e9).toFixed(0)} ns/sample)`);
    console.log(`  RSS ${sightline.rssMb.toFixed(0)} MB; growth since the loops started ${(sightline.rssPerTargetMb * TARGETS).toFixed(0)} MB = ${sightline.rssPerTargetMb.toFixed(2)} MB per target (includes the in-memory samples)`);
    if (typeof prometheus === 'string') console.log(`Prometheus → ${prometheus}`);
    else {
      console.log(`Prometheus 2.42 (Debian, TSDB on local disk)`);
      console.log(`  ${prometheus.samples} samples appended in ${windowS}s, ${prometheus.cpuSeconds.toFixed(2)} CPU s → ${perMillion(prometheus).toFixed(2)} CPU s per million samples (${((prometheus.cpuSeconds / prometheus.samples) * 1e9).toFixed(0)} ns/sample)`);
      console.log(`  RSS ${prometheus.rssMb.toFixed(0)} MB = ${prometheus.rssPerTargetMb.toFixed(2)} MB per target (whole process)`);
      const ratio = (f: Figures) => (perMillion(f) / perMillion(prometheus)).toFixed(2);
      console.log(`ratio Sightline / Prometheus CPU per sample: scrape engine alone ${ratio(engineOnly)}; into MemoryStorage ${ratio(sightline)} (neither includes database writes; Prometheus's includes its TSDB)`);
    }
    console.log(`parse (bench page, text format): ${parse.cachedNs.toFixed(0)} ns/series steady state (scrape-cache hit), ${parse.fullNs.toFixed(0)} ns/series with labels() per line`);
    console.log(`HTTP client, CPU per scrape of one gzip'd ${SERIES}-series page (keep-alive): node:http ${clients.nodeHttpMs.toFixed(2)} ms, undici (built-in fetch) ${clients.fetchMs.toFixed(2)} ms`);
    const load1 = os.loadavg();
    console.log(
      `conditions: Node ${process.version} (${process.execArgv.length ? 'tsx' : 'node'}), ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}, load average at start ${load0.map((l) => l.toFixed(2)).join(' ')}, at end ${load1.map((l) => l.toFixed(2)).join(' ')}, warm-up ${warmupS}s, window ${windowS}s, phases sequential`,
    );
  } finally {
    server.kill();
  }
}

if (process.argv.includes('--serve')) await serveTargets();
else await main();
