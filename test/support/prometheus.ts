/**
 * A real Prometheus (Debian's `prometheus` package) for tests: temp config and data dir, a free
 * loopback port, scraping the given targets, remote-writing to and remote-reading from the given
 * URLs; `backfillOpenMetrics` fills a TSDB folder with promtool beforehand.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = '/usr/bin/prometheus';

export interface PrometheusOptions {
  /** host:port targets scraped by job `fixture` (every second). */
  scrapeTargets: string[];
  /** No remote_write section when unset. */
  remoteWriteUrl?: string;
  /** `remote_read` entries, e.g. `[{ url, read_recent: true }]`. */
  remoteRead?: Record<string, unknown>[];
  /** The TSDB folder (e.g. filled by backfillOpenMetrics; left in place on stop); a temp one when unset. */
  tsdbPath?: string;
  /** Extra `remote_write` entry keys, e.g. `{ authorization: { credentials: 'x' } }`. */
  remoteWriteExtra?: Record<string, unknown>;
  /** A rule file (YAML text) Prometheus evaluates at a 1 s evaluation interval. */
  rules?: string;
  /** Replace the `global` section and the `fixture` job (benches with their own intervals and jobs). */
  global?: Record<string, unknown>;
  scrapeConfigs?: Record<string, unknown>[];
  /** More `rule_files` globs; reload() picks up files written or removed since. */
  ruleFiles?: string[];
  /** host:port of Alertmanagers (API v2) that alerts are sent to. */
  alertmanagers?: string[];
}

export interface RunningPrometheus {
  url: string;
  pid: number;
  logs(): string;
  /** Reloads configuration and rule files (SIGHUP) and resolves once the reload succeeded. */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

/** Installs Debian's prometheus package when the binary is missing (tests run as root). */
export function ensurePrometheusInstalled(): void {
  if (existsSync(BINARY)) return;
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Writes OpenMetrics text into TSDB blocks under `tsdbPath`, as `promtool tsdb create-blocks-from openmetrics` does for users. */
export async function backfillOpenMetrics(text: string, tsdbPath: string): Promise<void> {
  ensurePrometheusInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'sightline-backfill-'));
  try {
    await writeFile(join(dir, 'data.om'), text);
    execFileSync('/usr/bin/promtool', ['tsdb', 'create-blocks-from', 'openmetrics', join(dir, 'data.om'), tsdbPath], { stdio: 'pipe' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPrometheus(options: PrometheusOptions): Promise<RunningPrometheus> {
  ensurePrometheusInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'sightline-prometheus-'));
  const port = await freePort();
  // JSON is valid YAML, so the config needs no YAML writer.
  if (options.rules !== undefined) await writeFile(join(dir, 'rules.yml'), options.rules);
  const config = {
    global: options.global ?? { scrape_interval: '1s', scrape_timeout: '900ms', evaluation_interval: '1s' },
    rule_files: [...(options.rules !== undefined ? [join(dir, 'rules.yml')] : []), ...(options.ruleFiles ?? [])],
    scrape_configs: options.scrapeConfigs ?? [{ job_name: 'fixture', static_configs: [{ targets: options.scrapeTargets }] }],
    remote_write:
      options.remoteWriteUrl === undefined
        ? []
        : [
            {
              url: options.remoteWriteUrl,
              queue_config: { batch_send_deadline: '500ms', min_backoff: '100ms', max_backoff: '500ms' },
              metadata_config: { send_interval: '1s' },
              ...options.remoteWriteExtra,
            },
          ],
    remote_read: options.remoteRead ?? [],
    ...(options.alertmanagers ? { alerting: { alertmanagers: [{ api_version: 'v2', static_configs: [{ targets: options.alertmanagers }] }] } } : {}),
  };
  await writeFile(join(dir, 'prometheus.yml'), JSON.stringify(config, null, 2));
  let output = '';
  const child: ChildProcess = spawn(
    BINARY,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${options.tsdbPath ?? join(dir, 'data')}`,
      // Backfilled blocks may be older than the default 15 days.
      '--storage.tsdb.retention.time=10y',
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=info',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`prometheus not ready after 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const lastReload = async (): Promise<{ ok: boolean; at: number }> => {
    const text = await (await fetch(`${url}/metrics`)).text();
    const value = (name: string) => Number(/^(\S+) (\S+)$/m.exec(text.split('\n').find((l) => l.startsWith(`${name} `)) ?? '')?.[2] ?? NaN);
    return { ok: value('prometheus_config_last_reload_successful') === 1, at: value('prometheus_config_last_reload_success_timestamp_seconds') };
  };
  return {
    url,
    pid: child.pid!,
    logs: () => output,
    reload: async () => {
      const before = (await lastReload()).at;
      // The success timestamp has a resolution of one second.
      await new Promise((r) => setTimeout(r, 1000));
      child.kill('SIGHUP');
      const deadline = Date.now() + 30_000;
      for (;;) {
        const now = await lastReload();
        if (!now.ok) throw new Error(`prometheus reload failed:\n${output}`);
        if (now.at > before) return;
        if (Date.now() > deadline) throw new Error(`prometheus did not reload within 30 s:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
