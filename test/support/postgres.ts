/**
 * A real, throwaway PostgreSQL server for the test run. Uses SIGHTLINE_TEST_PG_URL when set;
 * otherwise installs Debian's PostgreSQL if absent, runs initdb + pg_ctl in a temp dir on a free
 * loopback port (as the `postgres` user when we are root, since the server refuses to run as root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** Connection URL of the maintenance database; tests create their own databases from it. */
  readonly url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

export function ensurePostgresInstalled(): string {
  let bin = postgresBinDir();
  if (bin) return bin;
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed and apt-get did not provide initdb');
  return bin;
}

const isRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool as the `postgres` user when we are root. */
function runAsServerUser(cmd: string, args: string[]): void {
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const res = spawnSync(file, argv, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr || res.stdout}`);
}

export class LocalPostgres implements PostgresServer {
  private constructor(
    readonly url: string,
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
  ) {}

  static async start(): Promise<LocalPostgres> {
    const bin = ensurePostgresInstalled();
    const dir = mkdtempSync(join(tmpdir(), 'sightline-pg-'));
    chmodSync(dir, 0o777);
    const data = join(dir, 'data');
    runAsServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    const server = new LocalPostgres(`postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, bin);
    await server.startServer();
    return server;
  }

  /** Starts (or restarts) the server on its port; used by fault tests too. */
  async startServer(): Promise<void> {
    const opts = [
      `-p ${this.port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${this.dir}`,
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
      '-c shared_buffers=256MB',
      // The TimescaleDB path runs only on request (the extension must be installed on the server);
      // by default the suites cover the plain PostgreSQL path that CI has.
      ...(process.env.SIGHTLINE_TEST_TIMESCALEDB === '1' ? ['-c shared_preload_libraries=timescaledb', '-c timescaledb.telemetry_level=off'] : []),
    ].join(' ');
    runAsServerUser(join(this.bin, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-l', join(this.dir, 'server.log'), '-o', opts, '-w', 'start']);
    await waitForConnection(this.url);
  }

  /** Stops the server, keeping its data (`immediate` simulates a crash). */
  stopServer(mode: 'fast' | 'immediate' = 'fast'): void {
    runAsServerUser(join(this.bin, 'pg_ctl'), ['-D', join(this.dir, 'data'), '-m', mode, '-w', 'stop']);
  }

  stop(): Promise<void> {
    try {
      this.stopServer();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
    return Promise.resolve();
  }
}

async function waitForConnection(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const given = process.env.SIGHTLINE_TEST_PG_URL;
  if (given) return { url: given, stop: () => Promise.resolve() };
  return LocalPostgres.start();
}

/** Creates a fresh database on the server and returns its URL (one per test file keeps tests apart). */
export async function createDatabase(serverUrl: string, prefix = 'test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
