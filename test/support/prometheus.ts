/**
 * A real Prometheus (Debian's `prometheus` package) for tests: temp config and data dir, a free
 * loopback port, scraping the given targets and remote-writing to the given URL.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = '/usr/bin/prometheus';

export interface PrometheusOptions {
  /** host:port targets scraped by job `fixture`. */
  scrapeTargets: string[];
  remoteWriteUrl: string;
  /** Extra `remote_write` entry keys, e.g. `{ authorization: { credentials: 'x' } }`. */
  remoteWriteExtra?: Record<string, unknown>;
  /** A rule file (YAML text) Prometheus evaluates at a 1 s evaluation interval. */
  rules?: string;
}

export interface RunningPrometheus {
  url: string;
  logs(): string;
  stop(): Promise<void>;
}

/** Installs Debian's prometheus package when the binary is missing (tests run as root). */
export function ensurePrometheusInstalled(): void {
  if (existsSync(BINARY)) return;
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
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
    global: { scrape_interval: '1s', scrape_timeout: '900ms', evaluation_interval: '1s' },
    ...(options.rules !== undefined ? { rule_files: [join(dir, 'rules.yml')] } : {}),
    scrape_configs: [{ job_name: 'fixture', static_configs: [{ targets: options.scrapeTargets }] }],
    remote_write: [
      {
        url: options.remoteWriteUrl,
        queue_config: { batch_send_deadline: '500ms', min_backoff: '100ms', max_backoff: '500ms' },
        metadata_config: { send_interval: '1s' },
        ...options.remoteWriteExtra,
      },
    ],
  };
  await writeFile(join(dir, 'prometheus.yml'), JSON.stringify(config, null, 2));
  let output = '';
  const child: ChildProcess = spawn(
    BINARY,
    [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=info'],
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
  return {
    url,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
