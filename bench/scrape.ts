/**
 * Scrape cost, Sightline against Prometheus, in one run: the same 100 loopback targets × 2,000
 * series (values change every scrape, gzip as real exporters answer Prometheus), at a 5 s interval.
 * The targets are served by a child process so their CPU is not counted. Phases run one after the
 * other (2 shared cores), each warmed up and then measured over the same window, and repeat
 * round after round (`--repeat N`) so the figures can be given as median and best:
 *   - Sightline's scrape manager in this process with a discarding appender (the engine alone);
 *   - the same into the product's metric store on a throwaway PostgreSQL cluster (a fresh
 *     database each round, opened as StorageService opens it): this process's cpuUsage, plus the
 *     CPU of every process of the cluster (backends, WAL writer, checkpointer, autovacuum; exited
 *     ones through the postmaster's cutime) less the cluster's idle CPU measured at start;
 *   - the same store's appenders with commits rolled back, so that, against the engine alone,
 *     what append() itself costs per sample shows;
 *   - Debian's Prometheus 2.42 (`apt-get install -y prometheus`), TSDB included: utime+stime from
 *     /proc/<pid>/stat.
 * Prints CPU seconds per million appended samples and the ratios per round, RSS per target, parse
 * ns/series, the HTTP client comparison behind src/scrape/http.ts, and the conditions (load
 * average, CPU used by other processes during the run).
 *
 * With --together, the database phase and Prometheus run side by side over the same window (they
 * use ≈0.2 of the 2 cores together): on a shared host whose speed drifts by ±20% from minute to
 * minute, measuring them back to back moved the ratio more than most code changes did.
 *
 * Run: npx tsx bench/scrape.ts [--window 60] [--warmup 12] [--repeat 1] [--phases engine,db,prometheus] [--together]; PROFILE=<prefix> also writes CPU profiles of the windows. tsx's transform slows
 * cross-module calls; for production-like figures run the tsc output (see bench/parse.ts).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { register } from 'prom-client';
import type { ScrapeTarget } from '../src/api/index.js';
import { targetSetsFor } from '../src/discovery/scrapetarget.js';
import { createParser, ownedString } from '../src/scrape/parser/index.js';
import { HttpScraper } from '../src/scrape/http.js';
import { ScrapeManager } from '../src/scrape/manager.js';
import type { MetricStore } from '../src/storage/api.js';
import { detectCapabilities } from '../src/storage/capabilities.js';
import { PostgresDb } from '../src/storage/db.js';
import { migrate } from '../src/storage/migrate.js';
import { openMetricStore } from '../src/storage/metrics/store.js';
import { tuneHeapGrowth } from '../src/util/heap.js';
import { setLogLevel } from '../src/util/log.js';
import { createDatabase, LocalPostgres } from '../test/support/postgres.js';
import { arg } from './support/args.js';
import { allProcessCpu, otherLoad, procStat } from './support/cpu.js';
import { metricSum } from './support/exposition.js';

const TARGETS = 100;
const SERIES = 2000;
const INTERVAL = '5s';

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

/** A metric store for one Sightline phase, and how to release it. */
interface BenchStore {
  store: MetricStore;
  name: string;
  close(): Promise<void>;
}

/** The scrape engine alone: an appender that drops what it is given. */
function discardStore(): BenchStore {
  const store: MetricStore = {
    appender: () => ({ append: () => undefined, commit: () => Promise.resolve({ samplesWritten: 0, seriesCreated: 0 }), rollback: () => undefined }),
    querier: () => {
      throw new Error('discard store has no data');
    },
  };
  return { store, name: 'a discarding appender (scrape engine only; no storage at all)', close: () => Promise.resolve() };
}

/** The product's store on a fresh database of the throwaway cluster, opened as StorageService opens it. */
async function postgresStore(cluster: LocalPostgres): Promise<BenchStore> {
  const db = PostgresDb.open(await createDatabase(cluster.url, 'bench_scrape'), 10);
  const caps = await detectCapabilities(db);
  await migrate(db, caps);
  const store = await openMetricStore(db, caps);
  const name = `PostgreSQL ${caps.serverVersion} (${store.backend} backend, throwaway cluster on loopback, fsync=off)`;
  return {
    store,
    name,
    close: async () => {
      await store.close();
      await db.close();
    },
  };
}

/**
 * The same store's appenders with every commit turned into a rollback: scrape + append() with the
 * store's series cache warm, nothing written. Against the discarding appender this isolates what
 * append() itself costs per sample.
 */
function appendOnly(inner: BenchStore): BenchStore {
  const store: MetricStore = {
    appender: () => {
      const app = inner.store.appender();
      return {
        append: (labels, t, v) => app.append(labels, t, v),
        // As the real store: scrape loops append their kept label sets through appendKnown.
        ...(app.appendKnown ? { appendKnown: app.appendKnown.bind(app) } : {}),
        commit: () => {
          app.rollback();
          return Promise.resolve({ samplesWritten: 0, seriesCreated: 0 });
        },
        rollback: () => app.rollback(),
      };
    },
    querier: () => inner.store.querier(),
  };
  return { store, name: `${inner.name}'s appenders, commits rolled back (append() without writes)`, close: () => Promise.resolve() };
}

/**
 * With PROFILE=<prefix>, a CPU profile of each measured window (warm-up excluded), written to
 * <prefix>-<n>.cpuprofile for Chrome DevTools. Profiling inflates the CPU figures of that run.
 */
let profiles = 0;
async function startProfile(): Promise<{ stop(label: string): Promise<void> } | undefined> {
  const prefix = process.env.PROFILE;
  if (!prefix) return undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(label) {
      const { profile } = await session.post('Profiler.stop');
      const file = `${prefix}-${++profiles}.cpuprofile`;
      await writeFile(file, JSON.stringify(profile));
      console.log(`CPU profile of ${label}: ${file}`);
      session.disconnect();
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssMb = (): number => process.memoryUsage().rss / 2 ** 20;

async function counter(name: string): Promise<number> {
  return (await register.getSingleMetric(name)!.get()).values.reduce((a, v) => a + v.value, 0);
}

interface Figures {
  cpuSeconds: number;
  /** Of cpuSeconds, the part spent in the kernel (socket I/O on loopback shows there). */
  systemSeconds?: number;
  samples: number;
  rssMb: number;
  rssPerTargetMb: number;
}

interface SightlineFigures extends Figures {
  store: string;
  /** CPU of the PostgreSQL cluster over the window less its idle baseline (0 without a database). */
  dbCpuSeconds: number;
}

async function measureSightline(bench: BenchStore, addresses: string[], warmupS: number, windowS: number, cluster?: PgCluster): Promise<SightlineFigures> {
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
  const manager = new ScrapeManager(bench.store);
  try {
    await manager.sync(targetSetsFor(st));
    await sleep(warmupS * 1000);
    const samples0 = await counter('sightline_scrape_samples_appended_total');
    const cpu0 = process.cpuUsage();
    const db0 = cluster?.cpuSeconds() ?? 0;
    const profile = await startProfile();
    await sleep(windowS * 1000);
    const cpu = process.cpuUsage(cpu0);
    await profile?.stop(bench.name);
    const dbCpu = cluster ? cluster.cpuSeconds() - db0 - cluster.idleCpuPerSecond * windowS : 0;
    const samples = (await counter('sightline_scrape_samples_appended_total')) - samples0;
    const rss = rssMb();
    return { cpuSeconds: (cpu.user + cpu.system) / 1e6, systemSeconds: cpu.system / 1e6, dbCpuSeconds: dbCpu, samples, rssMb: rss, rssPerTargetMb: (rss - rssBefore) / TARGETS, store: bench.name };
  } finally {
    await manager.stop();
  }
}

function procCpuSeconds(pid: number): number {
  return procStat(pid)?.self ?? NaN;
}

/**
 * CPU of a whole PostgreSQL cluster: the postmaster, its live children (backends, WAL writer,
 * checkpointer, autovacuum…) and, through the postmaster's cutime/cstime, the children that
 * exited (a pool closing an idle connection ends its backend). Measured with a window's CPU less
 * the cluster's idle CPU over the same time, this is what serving a writer costs the database.
 */
class PgCluster {
  idleCpuPerSecond = 0;

  private constructor(readonly postmasterPid: number) {}

  static async open(url: string): Promise<PgCluster> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
      const pid = Number(readFileSync(join(rows[0]!.data_directory, 'postmaster.pid'), 'utf8').split('\n', 1)[0]);
      return new PgCluster(pid);
    } finally {
      await client.end();
    }
  }

  cpuSeconds(): number {
    const master = procStat(this.postmasterPid)!;
    let total = master.self + master.children;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const st = procStat(Number(entry));
      if (st?.ppid === this.postmasterPid) total += st.self;
    }
    return total;
  }

  async measureIdle(seconds: number): Promise<void> {
    const c0 = this.cpuSeconds();
    await sleep(seconds * 1000);
    this.idleCpuPerSecond = (this.cpuSeconds() - c0) / seconds;
  }
}

function procRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
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
    const samples0 = await metricSum(url, 'prometheus_tsdb_head_samples_appended_total');
    const cpu0 = procCpuSeconds(child.pid!);
    await sleep(windowS * 1000);
    const cpuSeconds = procCpuSeconds(child.pid!) - cpu0;
    const samples = (await metricSum(url, 'prometheus_tsdb_head_samples_appended_total')) - samples0;
    const rss = procRssMb(child.pid!);
    return { cpuSeconds, samples, rssMb: rss, rssPerTargetMb: rss / TARGETS };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Parser cost on one bench page, ns per series: a scrape-cache hit as the loop gets it (each line's
 * series guessed from what followed the previous one last time, so it is compared, not scanned),
 * a hit found by hash lookup (lines out of order), and labels() for every line (no cache).
 */
function parseFigures(): { guessedNs: number; lookupNs: number; fullNs: number } {
  const bodies = [1, 2, 3, 4].map((tick) => page(0, tick));
  const ct = 'text/plain; version=0.0.4';
  interface Entry {
    key: string;
    next: Entry | undefined;
  }
  const cache = new Map<string, Entry>();
  let first: Entry | undefined;
  const run = (mode: 'guessed' | 'lookup' | 'full'): number => {
    const rounds = 200;
    // CPU time, not wall time: other processes share the cores.
    const c0 = process.cpuUsage();
    for (let r = 0; r < rounds; r++) {
      const p = createParser(bodies[r % bodies.length]!, ct);
      let guess = mode === 'guessed' ? first : undefined;
      let previous: Entry | undefined;
      while (p.next(guess?.key)) {
        if (mode === 'full') {
          p.labels();
          continue;
        }
        let entry = p.matched ? guess : cache.get(p.series());
        if (entry === undefined) {
          p.labels();
          entry = { key: ownedString(p.series()), next: undefined };
          cache.set(entry.key, entry);
        }
        if (mode === 'lookup') continue;
        guess = entry.next;
        if (previous === undefined) first = entry;
        else previous.next = entry;
        previous = entry;
      }
    }
    const c = process.cpuUsage(c0);
    return ((c.user + c.system) * 1000) / rounds / SERIES;
  };
  for (const mode of ['guessed', 'lookup', 'full'] as const) run(mode);
  return { guessedNs: run('guessed'), lookupNs: run('lookup'), fullNs: run('full') };
}

/** CPU per scrape of one gzip'd bench page: the scrape client (src/scrape/http.ts) and undici, both keep-alive. */
async function clientFigures(address: string): Promise<{ scraperMs: number; fetchMs: number }> {
  const n = 200;
  const scraper = new HttpScraper(new URL(`http://${address}/metrics`), 4000, 0, undefined);
  const viaScraper = async () => {
    await scraper.scrape();
  };
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
  const result = { scraperMs: await time(viaScraper), fetchMs: await time(viaFetch) };
  scraper.close();
  return result;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const perMillion = (cpuSeconds: number, samples: number): number => (cpuSeconds / samples) * 1e6;
const stats = (xs: number[]): string => `median ${median(xs).toFixed(2)}, best ${Math.min(...xs).toFixed(2)}${xs.length > 1 ? ` (runs: ${xs.map((x) => x.toFixed(2)).join(' ')})` : ''}`;

async function main(): Promise<void> {
  setLogLevel('warn');
  tuneHeapGrowth(); // as the CLI does
  const windowS = arg('window', 60);
  const warmupS = arg('warmup', 12);
  const repeat = arg('repeat', 1);
  const i = process.argv.indexOf('--phases');
  const phases = new Set((i >= 0 ? process.argv[i + 1]! : 'parse,client,engine,db,prometheus').split(','));
  const together = process.argv.includes('--together');
  const promAlongside = together && phases.has('db') && phases.has('prometheus');
  const server = fork(process.argv[1]!, ['--serve'], { execArgv: process.execArgv, stdio: 'inherit' });
  const ports = await new Promise<number[]>((resolve) => server.once('message', (m) => resolve(m as number[])));
  const addresses = ports.map((p) => `127.0.0.1:${p}`);
  const postgres = await LocalPostgres.start();
  const started = Date.now();
  const procs0 = allProcessCpu();
  try {
    const load0 = os.loadavg();
    const cluster = await PgCluster.open(postgres.url);
    await cluster.measureIdle(10);
    const parse = phases.has('parse') ? parseFigures() : undefined;
    const clients = phases.has('client') ? await clientFigures(addresses[0]!) : undefined;
    const engine: SightlineFigures[] = [];
    const withDb: SightlineFigures[] = [];
    const appendOnlyRuns: SightlineFigures[] = [];
    const prometheus: (Figures | string)[] = [];
    // Phases alternate so a burst of load from other processes spreads over all of them.
    for (let r = 0; r < repeat; r++) {
      if (phases.has('engine')) engine.push(await measureSightline(discardStore(), addresses, warmupS, windowS));
      if (phases.has('db')) {
        // A fresh database each round; the first scrapes create the 200,000 series, so warm up longer.
        const pgStore = await postgresStore(postgres);
        try {
          const dbWarmupS = Math.max(warmupS, 45);
          const [sightline, prom] = await Promise.all([
            measureSightline(pgStore, addresses, dbWarmupS, windowS, cluster),
            promAlongside ? measurePrometheus(addresses, dbWarmupS, windowS) : undefined,
          ]);
          withDb.push(sightline);
          if (prom !== undefined) prometheus.push(prom);
          appendOnlyRuns.push(await measureSightline(appendOnly(pgStore), addresses, warmupS, windowS));
        } finally {
          await pgStore.close();
        }
      }
      if (phases.has('prometheus') && !promAlongside) prometheus.push(await measurePrometheus(addresses, warmupS, windowS));
    }
    const seconds = (Date.now() - started) / 1000;
    const ours = new Set([process.pid, server.pid!, cluster.postmasterPid]);
    for (const [pid] of allProcessCpu()) if (procStat(pid)?.ppid === cluster.postmasterPid) ours.add(pid);
    const others = otherLoad(procs0, seconds, ours);

    const node = (f: SightlineFigures) => perMillion(f.cpuSeconds, f.samples);
    const total = (f: SightlineFigures) => perMillion(f.cpuSeconds + f.dbCpuSeconds, f.samples);
    const db = (f: SightlineFigures) => perMillion(f.dbCpuSeconds, f.samples);
    console.log(`== scrape: ${TARGETS} targets × ${SERIES} series every ${INTERVAL}, gzip, targets served by a child process; ${repeat} round(s), each phase warm-up ${warmupS}s + window ${windowS}s`);
    console.log(`CPU seconds per million samples appended:`);
    if (engine.length > 0) console.log(`  Sightline, ${engine[0]!.store}: ${stats(engine.map(node))}; of which in the kernel ${stats(engine.map((f) => perMillion(f.systemSeconds ?? 0, f.samples)))}`);
    if (withDb.length > 0) {
      const w = withDb[0]!;
      console.log(`  Sightline, into ${w.store}:`);
      console.log(`    Sightline process only (scrape + appender + writer + pg client): ${stats(withDb.map(node))}; of which in the kernel ${stats(withDb.map((f) => perMillion(f.systemSeconds ?? 0, f.samples)))}`);
      console.log(`    PostgreSQL cluster (all its processes, less its idle ${cluster.idleCpuPerSecond.toFixed(3)} cores): ${stats(withDb.map(db))}`);
      console.log(`    Sightline INCLUDING its database writes: ${stats(withDb.map(total))}`);
      console.log(`  Sightline, ${appendOnlyRuns[0]!.store}: ${stats(appendOnlyRuns.map(node))}`);
      if (engine.length > 0) {
        const share = (f: SightlineFigures[]) => stats(f.map((x, r) => node(x) - node(engine[r]!)));
        console.log(`  → of the Sightline process's CPU per million samples: append() ${share(appendOnlyRuns)}; append() + writer + pg client ${share(withDb)}; the rest is the scrape engine`);
      }
      console.log(`    (round 1: ${w.samples} samples in ${windowS}s = ${(w.samples / windowS / 1000).toFixed(1)}k/s; RSS ${w.rssMb.toFixed(0)} MB, growth since the loops started ${(w.rssPerTargetMb * TARGETS).toFixed(0)} MB = ${w.rssPerTargetMb.toFixed(2)} MB per target)`);
    }
    const promCost = prometheus.map((p) => (typeof p === 'string' ? NaN : perMillion(p.cpuSeconds, p.samples)));
    const prom = prometheus.find((p): p is Figures => typeof p !== 'string');
    const skipped = prometheus.find((p): p is string => typeof p === 'string');
    if (prom === undefined && skipped !== undefined) console.log(`  Prometheus → ${skipped}`);
    if (prom !== undefined) {
      console.log(`  Prometheus 2.42 (Debian, TSDB on local disk): ${stats(promCost)}; RSS ${prom.rssMb.toFixed(0)} MB = ${prom.rssPerTargetMb.toFixed(2)} MB per target (whole process)`);
      // Ratios per round (the phases of one round ran back to back, or side by side), then their median and best.
      const ratios = (f: (s: SightlineFigures) => number, of: SightlineFigures[]) => stats(of.map((s, r) => f(s) / promCost[r]!));
      console.log(`ratio Sightline / Prometheus CPU per sample (goal ≤ 1.5 including the database):`);
      if (withDb.length > 0) {
        console.log(`  including database writes: ${ratios(total, withDb)}`);
        console.log(`  Sightline process only, database excluded: ${ratios(node, withDb)}`);
      }
      if (engine.length > 0) console.log(`  scrape engine alone (no storage): ${ratios(node, engine)}`);
    }
    if (parse) console.log(`parse (bench page, text format), ns/series: scrape-cache hit as the loop gets it (line guessed in page order) ${parse.guessedNs.toFixed(0)}, hit by hash lookup (lines reordered) ${parse.lookupNs.toFixed(0)}, labels() for every line ${parse.fullNs.toFixed(0)}`);
    if (clients) console.log(`HTTP client, CPU per scrape of one gzip'd ${SERIES}-series page (keep-alive): the scrape client on node:http ${clients.scraperMs.toFixed(2)} ms, undici (built-in fetch) ${clients.fetchMs.toFixed(2)} ms`);
    const load1 = os.loadavg();
    console.log(
      `conditions: Node ${process.version} (${process.execArgv.length ? 'tsx' : 'node'}), ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}, load average at start ${load0.map((l) => l.toFixed(2)).join(' ')}, at end ${load1.map((l) => l.toFixed(2)).join(' ')}; during the run ${others}; ${together ? 'the database phase and Prometheus side by side, other phases sequential' : 'phases sequential'}`,
    );
  } finally {
    server.kill();
    await postgres.stop();
  }
}

if (process.argv.includes('--serve')) await serveTargets();
else await main();
