/**
 * Rule evaluation, Sightline against Debian's Prometheus 2.42, on the same data in one run:
 *
 * 1. CPU per evaluation round and per rule: 500 groups × 10 rules (4 recording rules with
 *    sum/rate/histogram_quantile by labels, 6 alerting rules with thresholds, `for`, label and
 *    annotation templates, one reading a series recorded by its own group), each group selecting
 *    its own job's 20 series, 10,000 series in all, at a 15 s interval. Loopback targets served by a
 *    child process (their CPU is not counted) are scraped by Prometheus, which remote-writes them to
 *    `sightline standalone --storage postgres://…` (the built CLI, dist/cli.js, on a throwaway
 *    PostgreSQL cluster) with its own rule outputs dropped, so Sightline gets only raw data. The
 *    rule groups are written once as a Prometheus rule file and converted into AlertRule manifests
 *    (one per group). Both sides are measured over the same window, without the rules and then with
 *    them (Prometheus: rule file written + SIGHUP; Sightline: the manifests added to its watched
 *    folder); rule CPU = with − without. Sightline's CPU is its process plus every process of the
 *    PostgreSQL cluster.
 * 2. Condition true → firing in /api/v1/alerts (`for: 0`, 15 s interval, the 500 groups still
 *    loaded): 40 series flip past a threshold at random moments; Sightline scrapes them itself
 *    (a ScrapeTarget, 5 s), and the scrape share (value changed → first scrape that saw it) is
 *    reported apart from the rest (scraped → seen firing).
 * 3. Restart during `for` (for: 60s, interval 5s): kill -9 mid-`for`, restart on the same database,
 *    firing time against the due time (activeAt + for). The 500 groups and Prometheus are gone by then.
 *
 * Run: npm run build && npx tsx bench/rules.ts [--groups 500] [--window 60] [--warmup 45]; PROFILE=<dir> also
 * writes CPU profiles of the Sightline processes (inflating their figures).
 * The driver only orchestrates and may run under tsx; what is measured is the built CLI.
 */
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { LOOPBACK_OTLP, repoRoot, SightlineProcess } from '../test/support/cli.js';
import { createDatabase, freePort, LocalPostgres } from '../test/support/postgres.js';
import { startPrometheus, type RunningPrometheus } from '../test/support/prometheus.js';
import { arg } from './support/args.js';
import { allProcessCpu, otherLoad, postmasterPid, procStat, treeCpuMs } from './support/cpu.js';
import { metricSamples } from './support/exposition.js';

const GROUPS = arg('groups', 500);
const WINDOW_S = arg('window', 60);
const WARMUP_S = arg('warmup', 45);
const INTERVAL_S = 15;
const FLIPS = 40;
const FLIP_SCRAPE = '5s';
const HOLD_FOR_S = 60;
const HOLD_INTERVAL_S = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- fixture targets (child process)

/** 20 series of job `svc-<job>` at `elapsed` seconds: counters grow with time, gauges swing; some jobs misbehave. */
function targetPage(job: number, elapsed: number): string {
  const rps = 10 + (job % 7);
  const errorShare = job % 20 === 0 ? 0.1 : 0.01;
  const requests = (share: number) => (rps * share * elapsed).toFixed(0);
  // Cumulative share of requests per latency bucket: every 25th job is slow (p99 above 0.5 s).
  const le = ['0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '+Inf'];
  const shares = job % 25 === 0 ? [0.2, 0.4, 0.6, 0.8, 0.9, 0.97, 0.995, 1] : [0.6, 0.8, 0.95, 0.999, 0.9995, 0.9999, 1, 1];
  const count = rps * elapsed;
  let out = '# HELP http_requests_total Requests handled.\n# TYPE http_requests_total counter\n';
  for (const handler of ['/api', '/health']) {
    const share = handler === '/api' ? 0.8 : 0.2;
    out += `http_requests_total{handler="${handler}",code="200"} ${requests(share * (1 - errorShare))}\n`;
    out += `http_requests_total{handler="${handler}",code="500"} ${requests(share * errorShare)}\n`;
  }
  out += '# HELP http_request_duration_seconds Request latency.\n# TYPE http_request_duration_seconds histogram\n';
  le.forEach((l, i) => (out += `http_request_duration_seconds_bucket{le="${l}"} ${(count * shares[i]!).toFixed(0)}\n`));
  out += `http_request_duration_seconds_sum ${(count * 0.07).toFixed(3)}\nhttp_request_duration_seconds_count ${count.toFixed(0)}\n`;
  out += `# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total ${((job % 10 === 0 ? 0.95 : 0.3) * elapsed).toFixed(2)}\n`;
  out += `# TYPE queue_depth gauge\nqueue_depth ${(50 + 40 * Math.sin(elapsed / 60 + job)).toFixed(1)}\n`;
  out += `# TYPE memory_bytes gauge\nmemory_bytes ${(5e8 + 1e8 * Math.sin(elapsed / 300 + job)).toFixed(0)}\n`;
  out += '# TYPE errors_total counter\n';
  out += `errors_total{kind="timeout"} ${(0.2 * elapsed).toFixed(0)}\nerrors_total{kind="refused"} ${(0.05 * elapsed).toFixed(0)}\n`;
  out += `# TYPE temperature_celsius gauge\ntemperature_celsius ${(40 + 10 * Math.sin(elapsed / 120 + job)).toFixed(2)}\n`;
  return out;
}

interface Flip {
  value: number;
  changedAt: number;
  /** When the first scrape after the change arrived: the sample carrying the new value. */
  servedAt?: number;
}

/**
 * Child: one server per job, and a control server whose /metrics page holds the flip and hold
 * series; `/set?series=…&value=…` changes one and `/report` says when each change was first scraped.
 */
async function serveFixtures(): Promise<void> {
  const started = Date.now();
  const ports: number[] = [];
  for (let job = 0; job < GROUPS; job++) {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
      res.end(targetPage(job, (Date.now() - started) / 1000));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ports.push((server.address() as AddressInfo).port);
  }
  const flips = new Map<string, Flip>();
  for (let k = 0; k < FLIPS; k++) flips.set(`bench_flip{flip="${k}"}`, { value: 0, changedAt: 0 });
  flips.set('bench_hold', { value: 0, changedAt: 0 });
  const control = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/metrics') {
      const now = Date.now();
      let body = '# TYPE bench_flip gauge\n';
      for (const [series, f] of flips) {
        f.servedAt ??= now;
        body += `${series} ${f.value}\n`;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' });
      res.end(body);
    } else if (url.pathname === '/set') {
      const at = Date.now();
      flips.set(url.searchParams.get('series')!, {
        value: Number(url.searchParams.get('value')),
        changedAt: at,
      });
      res.end(JSON.stringify({ at }));
    } else {
      res.end(JSON.stringify(Object.fromEntries(flips)));
    }
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  process.send?.({ ports, control: (control.address() as AddressInfo).port });
}

// ---------------------------------------------------------------- the rule set

interface PromRule {
  record?: string;
  alert?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface PromGroup {
  name: string;
  interval: string;
  rules: PromRule[];
}

/** One group per job: what a team would write for its service. */
function ruleGroup(job: number): PromGroup {
  const sel = (extra = '') => `{job="svc-${job}"${extra}}`;
  return {
    name: `svc-${job}`,
    interval: `${INTERVAL_S}s`,
    rules: [
      {
        record: 'job_handler:http_requests:rate1m',
        expr: `sum by (job, handler) (rate(http_requests_total${sel()}[1m]))`,
      },
      {
        record: 'job:http_errors:ratio1m',
        expr: `sum by (job) (rate(http_requests_total${sel(',code="500"')}[1m])) / sum by (job) (rate(http_requests_total${sel()}[1m]))`,
      },
      {
        record: 'job:http_request_duration_seconds:p99_1m',
        expr: `histogram_quantile(0.99, sum by (job, le) (rate(http_request_duration_seconds_bucket${sel()}[1m])))`,
      },
      {
        record: 'job_kind:errors:rate1m',
        expr: `sum by (job, kind) (rate(errors_total${sel()}[1m]))`,
      },
      {
        alert: 'HighErrorRate',
        expr: `job:http_errors:ratio1m${sel()} > 0.05`,
        for: '1m',
        labels: { severity: 'warning', team: '{{ $labels.job }}-team' },
        annotations: {
          summary: '{{ $labels.job }} fails {{ $value | humanizePercentage }} of requests',
        },
      },
      {
        alert: 'HighLatency',
        expr: `job:http_request_duration_seconds:p99_1m${sel()} > 0.5`,
        for: '2m',
        labels: { severity: 'critical' },
        annotations: {
          summary: '{{ $labels.job }} answers in {{ $value | humanizeDuration }} at p99',
        },
      },
      {
        alert: 'QueueBacklog',
        expr: `queue_depth${sel()} > 80`,
        for: '30s',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'queue of {{ $labels.instance }} at {{ $value }}',
        },
      },
      {
        alert: 'HighMemory',
        expr: `memory_bytes${sel()} > 1e9`,
        for: '5m',
        labels: { severity: 'warning' },
        annotations: {
          summary: '{{ $labels.instance }} uses {{ $value | humanize1024 }}B',
        },
      },
      {
        alert: 'TargetDown',
        expr: `up${sel()} == 0`,
        for: '1m',
        labels: { severity: 'critical' },
        annotations: { summary: '{{ $labels.instance }} is down' },
      },
      {
        alert: 'CpuBusy',
        expr: `rate(process_cpu_seconds_total${sel()}[1m]) > 0.9`,
        labels: { severity: 'info' },
        annotations: {
          description: '{{ $labels.instance }} is busy ({{ $value }})',
        },
      },
    ],
  };
}

/** A Prometheus rule group as an AlertRule manifest (the fields of a rule have the same names). */
function toAlertRule(group: PromGroup): Record<string, unknown> {
  return {
    apiVersion: 'monitoring.sightline.dev/v1alpha1',
    kind: 'AlertRule',
    metadata: { name: group.name, namespace: 'default' },
    spec: { interval: group.interval, rules: group.rules },
  };
}

/** Manifests as YAML documents: JSON is valid YAML. */
const manifests = (objects: Record<string, unknown>[]): string => objects.map((o) => JSON.stringify(o)).join('\n---\n');

/** Sightline only, present throughout: the flip and hold series scraped by Sightline itself, and their rules. */
function probeManifests(control: string): string {
  return manifests([
    {
      apiVersion: 'monitoring.sightline.dev/v1alpha1',
      kind: 'ScrapeTarget',
      metadata: { name: 'bench-flip', namespace: 'default' },
      spec: {
        jobName: 'bench-flip',
        staticTargets: [control],
        endpoints: [{ interval: FLIP_SCRAPE, scrapeTimeout: '4s' }],
      },
    },
    toAlertRule({
      name: 'bench-latency',
      interval: `${INTERVAL_S}s`,
      rules: [{ alert: 'FlipHigh', expr: 'bench_flip > 0.5' }],
    }),
    toAlertRule({
      name: 'bench-restart',
      interval: `${HOLD_INTERVAL_S}s`,
      rules: [{ alert: 'HoldHigh', expr: 'bench_hold > 0.5', for: `${HOLD_FOR_S}s` }],
    }),
  ]);
}

// ---------------------------------------------------------------- measuring

interface ApiAlert {
  labels: Record<string, string>;
  state: string;
  activeAt: string;
}

async function alerts(url: string): Promise<ApiAlert[]> {
  const body = (await (await fetch(`${url}/api/v1/alerts`)).json()) as {
    data: { alerts: ApiAlert[] };
  };
  return body.data.alerts;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

interface WindowCpu {
  sightline: number;
  postgres: number;
  prometheus: number;
  /** What the database did meanwhile: transactions, and scans per table. */
  db: DbWork;
}

interface DbWork {
  transactions: number;
  tables: Map<string, { seqScans: number; seqRows: number; idxScans: number; idxRows: number; inserted: number }>;
}

/** Cumulative counters of the bench database (pg_stat_database, pg_stat_user_tables). */
async function dbWork(db: pg.Client): Promise<DbWork> {
  const tx = await db.query<{ n: string }>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()');
  const rows = await db.query<{ relname: string; seq_scan: string; seq_tup_read: string; idx_scan: string | null; idx_tup_fetch: string | null; n_tup_ins: string }>(
    'SELECT relname, seq_scan, seq_tup_read, idx_scan, idx_tup_fetch, n_tup_ins FROM pg_stat_user_tables',
  );
  const tables = new Map<string, { seqScans: number; seqRows: number; idxScans: number; idxRows: number; inserted: number }>();
  for (const r of rows.rows) {
    // Partitions count under their parent's name.
    const name = r.relname.replace(/_(p|part)?\d+$/, '');
    const t = tables.get(name) ?? { seqScans: 0, seqRows: 0, idxScans: 0, idxRows: 0, inserted: 0 };
    t.seqScans += Number(r.seq_scan);
    t.seqRows += Number(r.seq_tup_read);
    t.idxScans += Number(r.idx_scan ?? 0);
    t.idxRows += Number(r.idx_tup_fetch ?? 0);
    t.inserted += Number(r.n_tup_ins);
    tables.set(name, t);
  }
  return { transactions: Number(tx.rows[0]!.n), tables };
}

function dbDelta(a: DbWork, b: DbWork): DbWork {
  const tables = new Map<string, { seqScans: number; seqRows: number; idxScans: number; idxRows: number; inserted: number }>();
  for (const [name, t] of b.tables) {
    const o = a.tables.get(name) ?? { seqScans: 0, seqRows: 0, idxScans: 0, idxRows: 0, inserted: 0 };
    tables.set(name, { seqScans: t.seqScans - o.seqScans, seqRows: t.seqRows - o.seqRows, idxScans: t.idxScans - o.idxScans, idxRows: t.idxRows - o.idxRows, inserted: t.inserted - o.inserted });
  }
  return { transactions: b.transactions - a.transactions, tables };
}

/** CPU seconds of each side over one window, and the database's work. */
async function measureWindow(sightlinePid: number, pgPid: string, promPid: number, db: pg.Client): Promise<WindowCpu> {
  const read = () => ({
    sightline: treeCpuMs(String(sightlinePid)) / 1000,
    postgres: treeCpuMs(pgPid) / 1000,
    prometheus: treeCpuMs(String(promPid)) / 1000,
  });
  const before = read();
  const work0 = await dbWork(db);
  await sleep(WINDOW_S * 1000);
  const after = read();
  // The statistics reach shared memory within a second of each transaction.
  await sleep(1000);
  const work1 = await dbWork(db);
  return {
    sightline: after.sightline - before.sightline,
    postgres: after.postgres - before.postgres,
    prometheus: after.prometheus - before.prometheus,
    db: dbDelta(work0, work1),
  };
}

/** The database work the rules added, per round, by table (the busiest first). */
function dbPerRound(without: DbWork, withRules: DbWork, rounds: number): string {
  const per = (x: number) => (x / rounds).toFixed(0);
  const lines = [...withRules.tables]
    .map(([name, t]) => {
      const o = without.tables.get(name) ?? { seqScans: 0, seqRows: 0, idxScans: 0, idxRows: 0, inserted: 0 };
      return { name, seqScans: t.seqScans - o.seqScans, seqRows: t.seqRows - o.seqRows, idxScans: t.idxScans - o.idxScans, idxRows: t.idxRows - o.idxRows, inserted: t.inserted - o.inserted };
    })
    .filter((t) => t.seqScans + t.idxScans + t.inserted > 0)
    .sort((a, b) => b.seqRows + b.idxRows - (a.seqRows + a.idxRows))
    .slice(0, 6)
    .map((t) => `${t.name}: ${per(t.seqScans)} seq scans reading ${per(t.seqRows)} rows, ${per(t.idxScans)} index scans fetching ${per(t.idxRows)} rows, ${per(t.inserted)} rows inserted`);
  return `${per(withRules.transactions - without.transactions)} transactions; ${lines.join('; ')}`;
}

interface GroupDurations {
  groups: number;
  sumS: number;
  meanMs: number;
  maxMs: number;
}

/** A counter's total; prom-client shows a labelled counter only once it was incremented. */
const counterTotal = async (url: string, name: string): Promise<number> => (await metricSamples(url, name)).reduce((a, s) => a + s.value, 0);

/** Rule evaluations of the bench groups so far. */
const benchEvaluations = async (url: string, prefix: string): Promise<number> =>
  (await metricSamples(url, `${prefix}_rule_evaluations_total`)).filter((s) => /svc-\d+"/.test(s.labels)).reduce((a, s) => a + s.value, 0);

/** A server's `<prefix>_rule_group_last_duration_seconds` over the bench groups. */
async function groupDurations(url: string, prefix: string): Promise<GroupDurations> {
  const xs = (await metricSamples(url, `${prefix}_rule_group_last_duration_seconds`)).filter((s) => /svc-\d+"/.test(s.labels)).map((s) => s.value);
  const sum = xs.reduce((a, x) => a + x, 0);
  return {
    groups: xs.length,
    sumS: sum,
    meanMs: (sum / xs.length) * 1000,
    maxMs: Math.max(...xs) * 1000,
  };
}

/** Alerts per state, for checking both sides agree. */
function countStates(list: ApiAlert[]): string {
  const firing = list.filter((a) => a.state === 'firing').length;
  return `${firing} firing, ${list.length - firing} pending`;
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const fmt = (xs: number[]): string => `p50 ${(percentile(xs, 50) / 1000).toFixed(2)} s, p99 ${(percentile(xs, 99) / 1000).toFixed(2)} s, max ${(Math.max(...xs) / 1000).toFixed(2)} s`;

async function setSeries(control: string, series: string, value: number): Promise<number> {
  const res = await fetch(`http://${control}/set?series=${encodeURIComponent(series)}&value=${value}`);
  return ((await res.json()) as { at: number }).at;
}

/** Part 2: flips at random moments over two intervals; per flip, changed → scraped → seen firing. */
async function latency(
  sightline: string,
  control: string,
): Promise<{
  total: number[];
  scrape: number[];
  afterScrape: number[];
  pollMs: number;
}> {
  const seen = new Map<string, number>();
  const flipped = Promise.all(
    Array.from({ length: FLIPS }, async (_, k) => {
      await sleep(Math.random() * 2 * INTERVAL_S * 1000);
      await setSeries(control, `bench_flip{flip="${k}"}`, 1);
    }),
  );
  const pollMs = 100;
  const deadline = Date.now() + 4 * INTERVAL_S * 1000 + 30_000;
  while (seen.size < FLIPS && Date.now() < deadline) {
    const list = await alerts(sightline);
    const at = Date.now();
    for (const a of list) if (a.labels.alertname === 'FlipHigh' && a.state === 'firing' && !seen.has(a.labels.flip!)) seen.set(a.labels.flip!, at);
    await sleep(pollMs);
  }
  await flipped;
  const report = (await (await fetch(`http://${control}/report`)).json()) as Record<string, Flip>;
  const total: number[] = [];
  const scrape: number[] = [];
  const afterScrape: number[] = [];
  for (let k = 0; k < FLIPS; k++) {
    const f = report[`bench_flip{flip="${k}"}`]!;
    const firedSeen = seen.get(String(k));
    if (firedSeen === undefined || f.servedAt === undefined) continue;
    total.push(firedSeen - f.changedAt);
    scrape.push(f.servedAt - f.changedAt);
    afterScrape.push(firedSeen - f.servedAt);
  }
  await Promise.all(Array.from({ length: FLIPS }, (_, k) => setSeries(control, `bench_flip{flip="${k}"}`, 0)));
  return { total, scrape, afterScrape, pollMs };
}

/** Part 3: the hold alert goes pending, Sightline is killed halfway through `for` and restarted. */
async function restartDuringFor(
  start: () => Promise<SightlineProcess>,
  proc: SightlineProcess,
  control: string,
): Promise<{
  lateS: number;
  downS: number;
  activeAtKept: boolean;
  proc: SightlineProcess;
}> {
  await setSeries(control, 'bench_hold', 1);
  const pending = await until('HoldHigh to be pending', async () => (await alerts(proc.url)).find((a) => a.labels.alertname === 'HoldHigh'), 60_000, 100);
  const activeAt = Date.parse(pending.activeAt);
  const due = activeAt + HOLD_FOR_S * 1000;
  await sleep(Math.max(0, activeAt + (HOLD_FOR_S * 1000) / 2 - Date.now()));
  const killedAt = Date.now();
  proc.proc.kill('SIGKILL');
  await proc.exited;
  const restarted = await start();
  const downS = (Date.now() - killedAt) / 1000;
  const firing = await until(
    'HoldHigh to fire after the restart',
    async () => {
      const a = (await alerts(restarted.url)).find((x) => x.labels.alertname === 'HoldHigh' && x.state === 'firing');
      return a && { at: Date.now(), activeAt: Date.parse(a.activeAt) };
    },
    HOLD_FOR_S * 2000,
    100,
  );
  return {
    lateS: (firing.at - due) / 1000,
    downS,
    activeAtKept: firing.activeAt === activeAt,
    proc: restarted,
  };
}

async function main(): Promise<void> {
  const load0 = os.loadavg();
  const procs0 = allProcessCpu();
  const started = Date.now();
  const fixture = fork(process.argv[1]!, ['--serve', ...process.argv.slice(2)], { execArgv: process.execArgv, stdio: 'inherit' });
  const { ports, control: controlPort } = await new Promise<{
    ports: number[];
    control: number;
  }>((resolve) => fixture.once('message', (m) => resolve(m as { ports: number[]; control: number })));
  const control = `127.0.0.1:${controlPort}`;
  const postgres = await LocalPostgres.start();
  const tmp = mkdtempSync(join(os.tmpdir(), 'sightline-bench-rules-'));
  let sightline: SightlineProcess | undefined;
  let prom: RunningPrometheus | undefined;
  let statsClient: pg.Client | undefined;
  try {
    const dbUrl = await createDatabase(postgres.url, 'bench_rules');
    const pgPid = postmasterPid(postgres.port);
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    statsClient = new pg.Client({ connectionString: dbUrl });
    await statsClient.connect();
    const pgVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
    await client.end();

    const manifestDir = join(tmp, 'manifests');
    const ruleDir = join(tmp, 'prometheus-rules');
    for (const d of [manifestDir, ruleDir]) mkdirSync(d);
    writeFileSync(join(manifestDir, 'probes.yaml'), probeManifests(control));
    const port = await freePort();
    // PROFILE=<dir>: CPU profiles of the Sightline processes (written when each exits), for DevTools.
    const profileArgs = process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE}`] : [];
    const start = async (): Promise<SightlineProcess> => {
      const p = SightlineProcess.start(['standalone', '--manifests', manifestDir, '--storage', dbUrl, '--log.level', 'warn', ...LOOPBACK_OTLP], port, {}, profileArgs);
      await p.waitFor('/-/ready', 200, 120_000);
      return p;
    };
    sightline = await start();
    prom = await startPrometheus({
      scrapeTargets: [],
      remoteWriteUrl: `${sightline.url}/api/v1/write`,
      global: {
        scrape_interval: `${INTERVAL_S}s`,
        scrape_timeout: '10s',
        evaluation_interval: `${INTERVAL_S}s`,
      },
      scrapeConfigs: [
        {
          job_name: 'bench',
          static_configs: ports.map((p, i) => ({
            targets: [`127.0.0.1:${p}`],
            labels: { job: `svc-${i}` },
          })),
        },
      ],
      ruleFiles: [join(ruleDir, '*.yml')],
      // Sightline evaluates the rules itself: it must get raw data only.
      remoteWriteExtra: {
        write_relabel_configs: [
          {
            source_labels: ['__name__'],
            regex: 'ALERTS|ALERTS_FOR_STATE|.*:.*',
            action: 'drop',
          },
        ],
      },
    });
    const promVersion = execFileSync('/usr/bin/prometheus', ['--version'], {
      encoding: 'utf8',
    }).split('\n')[0]!;
    const commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    console.log(
      `conditions: ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}; load average at start ${load0.map((l) => l.toFixed(2)).join(' ')}; ` +
        `PostgreSQL ${pgVersion} (throwaway cluster, fsync=off); Node ${process.version}; ${promVersion.trim()}; Sightline: dist/cli.js (npm run build) at ${commit}`,
    );
    const sUrl = sightline.url;
    await until(
      `Sightline to hold the ${GROUPS} jobs' series`,
      async () => {
        const body = (await (await fetch(`${sUrl}/api/v1/query?query=${encodeURIComponent('count(up{job=~"svc-.*"})')}`)).json()) as { data: { result: { value: [number, string] }[] } };
        return Number(body.data.result[0]?.value[1]) === GROUPS ? true : undefined;
      },
      120_000,
    );
    await sleep(WARMUP_S * 1000);
    const without = await measureWindow(sightline.proc.pid!, pgPid, prom.pid, statsClient);

    // Load the same rules into both.
    const groups = Array.from({ length: GROUPS }, (_, i) => ruleGroup(i));
    writeFileSync(join(ruleDir, 'bench.yml'), JSON.stringify({ groups }));
    await prom.reload();
    writeFileSync(join(manifestDir, 'bench-rules.yaml'), manifests(groups.map(toAlertRule)));
    const evaluated = async (url: string, prefix: string) =>
      (await metricSamples(url, `${prefix}_rule_group_last_evaluation_timestamp_seconds`)).filter((s) => /svc-\d+"/.test(s.labels) && s.value > 0).length;
    // A side that cannot keep up still gets measured: CPU is divided by the evaluations it did.
    const loadedBy = Date.now() + 300_000;
    let counts = [0, 0];
    while (Date.now() < loadedBy) {
      counts = [await evaluated(sUrl, 'sightline'), await evaluated(prom.url, 'prometheus')];
      if (counts[0] === GROUPS && counts[1] === GROUPS) break;
      await sleep(2000);
    }
    const loadedS = (Date.now() - loadedBy + 300_000) / 1000;
    await sleep(2 * INTERVAL_S * 1000);
    const evals0 = [await benchEvaluations(sUrl, 'sightline'), await benchEvaluations(prom.url, 'prometheus')];
    const missed0 = await counterTotal(sUrl, 'sightline_rule_group_iterations_missed_total');
    const promMissed0 = await counterTotal(prom.url, 'prometheus_rule_group_iterations_missed_total');
    const withRules = await measureWindow(sightline.proc.pid!, pgPid, prom.pid, statsClient);
    const sEvals = (await benchEvaluations(sUrl, 'sightline')) - evals0[0]!;
    const pEvals = (await benchEvaluations(prom.url, 'prometheus')) - evals0[1]!;
    const missed = (await counterTotal(sUrl, 'sightline_rule_group_iterations_missed_total')) - missed0;
    const promMissed = (await counterTotal(prom.url, 'prometheus_rule_group_iterations_missed_total')) - promMissed0;
    const sDur = await groupDurations(sUrl, 'sightline');
    const pDur = await groupDurations(prom.url, 'prometheus');
    const sFailures = await counterTotal(sUrl, 'sightline_rule_evaluation_failures_total');
    const benchAlerts = (list: ApiAlert[]) => list.filter((a) => /^svc-\d+$/.test(a.labels.job ?? ''));
    const sAlerts = countStates(benchAlerts(await alerts(sUrl)));
    const pAlerts = countStates(benchAlerts(await alerts(prom.url)));

    const rounds = WINDOW_S / INTERVAL_S;
    const rules = GROUPS * 10;
    // Per evaluation done, so that a side falling behind is not flattered.
    const sRounds = sEvals / rules;
    const pRounds = pEvals / rules;
    const sWith = withRules.sightline + withRules.postgres;
    const sWithout = without.sightline + without.postgres;
    const sRule = sWith - sWithout;
    const pRule = withRules.prometheus - without.prometheus;
    const perRound = (cpu: number, done: number) => `${((cpu / done) * 1000).toFixed(0)} ms per round, ${((cpu / done / rules) * 1e6).toFixed(0)} µs per rule`;
    console.log(`== rules: ${GROUPS} groups × 10 rules over ${GROUPS * 20} series, every ${INTERVAL_S} s; windows of ${WINDOW_S} s (${rounds} rounds), without then with the rules`);
    console.log(`CPU seconds over the window, without → with the rules:`);
    console.log(`  Sightline process ${without.sightline.toFixed(2)} → ${withRules.sightline.toFixed(2)}; PostgreSQL cluster ${without.postgres.toFixed(2)} → ${withRules.postgres.toFixed(2)}`);
    console.log(`  Prometheus 2.42 ${without.prometheus.toFixed(2)} → ${withRules.prometheus.toFixed(2)}`);
    console.log(`rule CPU (with − without):`);
    console.log(
      `  rule evaluations in the window (${rounds * rules} scheduled): Sightline ${sEvals}, Prometheus ${pEvals}; all groups had evaluated once ${loadedS.toFixed(0)} s after loading (Sightline ${counts[0]}/${GROUPS}, Prometheus ${counts[1]}/${GROUPS})`,
    );
    console.log(
      `  Sightline incl. PostgreSQL: ${perRound(sRule, sRounds)} (process ${perRound(withRules.sightline - without.sightline, sRounds)}; PostgreSQL ${perRound(withRules.postgres - without.postgres, sRounds)})`,
    );
    console.log(`  Prometheus: ${perRound(pRule, pRounds)}`);
    console.log(`  PostgreSQL work the rules added, per round: ${dbPerRound(without.db, withRules.db, sRounds)}`);
    const ratio = sRule / sRounds / (pRule / pRounds);
    console.log(
      `  ratio Sightline / Prometheus per round: ${ratio.toFixed(2)} (goal ≤ 1.5); Sightline process alone ${((withRules.sightline - without.sightline) / sRounds / (pRule / pRounds)).toFixed(2)}`,
    );
    console.log(
      `rule group last duration (wall, ${sDur.groups}/${pDur.groups} groups): Sightline mean ${sDur.meanMs.toFixed(1)} ms, max ${sDur.maxMs.toFixed(1)} ms, sum ${sDur.sumS.toFixed(2)} s; Prometheus mean ${pDur.meanMs.toFixed(2)} ms, max ${pDur.maxMs.toFixed(2)} ms, sum ${pDur.sumS.toFixed(3)} s`,
    );
    console.log(`iterations missed during the window: Sightline ${missed}, Prometheus ${promMissed}; Sightline evaluation failures since start ${sFailures}`);
    console.log(`alerts of the bench groups at the end of the window: Sightline ${sAlerts}; Prometheus ${pAlerts}`);
    // Profiling: part 1 only, and a clean exit so that the profile is written.
    if (profileArgs.length === 0) {
      const lat = await latency(sUrl, control);
      console.log(
        `== condition true → firing in /api/v1/alerts (for: 0, interval ${INTERVAL_S} s, ${FLIPS} flips at random moments, scrape interval ${FLIP_SCRAPE}, polled every ${lat.pollMs} ms, the ${GROUPS} groups loaded):`,
      );
      console.log(`  value changed → seen firing (${lat.total.length} of ${FLIPS} seen within ${4 * INTERVAL_S + 30} s): ${fmt(lat.total)}`);
      console.log(`  of which value changed → first scrape carrying it (scrape interval's share): ${fmt(lat.scrape)}`);
      console.log(`  scraped → seen firing: ${fmt(lat.afterScrape)} (goal p99 ≤ interval + 1 s = ${INTERVAL_S + 1} s)`);
      // Part 3 runs alone: the bench groups and Prometheus leave first.
      unlinkSync(join(manifestDir, 'bench-rules.yaml'));
      await prom.stop();
      prom = undefined;
      await until('the bench groups to stop', async () => ((await evaluated(sUrl, 'sightline')) === 0 ? true : undefined), 60_000);
      const restart = await restartDuringFor(start, sightline, control);
      sightline = restart.proc;
      console.log(`== restart during for (for: ${HOLD_FOR_S}s, interval ${HOLD_INTERVAL_S} s, kill -9 halfway through, restarted on the same database):`);
      console.log(
        `  down ${restart.downS.toFixed(1)} s (kill → ready); seen firing ${restart.lateS >= 0 ? '+' : ''}${restart.lateS.toFixed(2)} s from the original due time (goal ± ${HOLD_INTERVAL_S} s); activeAt kept across the restart: ${restart.activeAtKept}`,
      );
    }

    const seconds = (Date.now() - started) / 1000;
    const ours = new Set([process.pid, fixture.pid!, sightline.proc.pid!, Number(pgPid)]);
    for (const [pid] of allProcessCpu()) if (procStat(pid)?.ppid === Number(pgPid)) ours.add(pid);
    const others = otherLoad(procs0, seconds, ours);

    console.log(
      `conditions: load average at end ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; during the run ${others}`,
    );
  } finally {
    await statsClient?.end();
    await prom?.stop();
    await sightline?.stop();
    fixture.kill();
    await postgres.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve')) await serveFixtures();
else await main();
