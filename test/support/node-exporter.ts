/**
 * A real node_exporter (Debian's `prometheus-node-exporter`) on a free loopback port, installed
 * with apt when missing (tests run as root).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './prometheus.js';

const BINARY = '/usr/bin/prometheus-node-exporter';

export interface RunningNodeExporter {
  address: string;
  stop(): Promise<void>;
}

export function ensureNodeExporterInstalled(): void {
  if (existsSync(BINARY)) return;
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus-node-exporter'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export async function startNodeExporter(): Promise<RunningNodeExporter> {
  ensureNodeExporterInstalled();
  const address = `127.0.0.1:${await freePort()}`;
  let output = '';
  // Collectors that need systemd or hardware access are left off so it starts anywhere.
  const child = spawn(BINARY, [`--web.listen-address=${address}`, '--no-collector.systemd', '--no-collector.hwmon'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node_exporter exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`http://${address}/metrics`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`node_exporter not ready after 15 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    address,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
