/**
 * One driver interface over pooled PostgreSQL (`pg`) and embedded PostgreSQL (PGlite), so every
 * writer, reader and migration runs unchanged on both.
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStream } from 'pg-copy-streams';
import { logger } from '../util/log.js';

export const SCHEMA = 'sightline';

export type DbKind = 'postgres' | 'embedded';

export interface QueryOptions {
  /**
   * Run as a named prepared statement, so a connection parses and analyses this text only once
   * (PGlite ignores it). For hot statements whose text repeats; a process prepares at most
   * PREPARED_STATEMENTS_MAX distinct texts and runs further ones unnamed.
   */
  prepare?: boolean;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<R[]>;
  /** Runs `COPY <target> FROM STDIN WITH (FORMAT …)` with `data` as the input. */
  copyFrom(copySql: string, data: Uint8Array): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs fn in one transaction on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Resolves once the server answers a trivial statement; rejects after timeoutMs. */
  ping(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

const log = logger('storage');

// int8 (bigint) and numeric come back as JS numbers: ids and millisecond timestamps stay below 2^53.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Bounds the statements each connection keeps prepared (a few KB of server memory each). */
const PREPARED_STATEMENTS_MAX = 200;
/** Statement names by text, for the whole process: a name always stands for the same text. */
const preparedNames = new Map<string, string>();

function preparedName(sql: string): string | undefined {
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < PREPARED_STATEMENTS_MAX) {
    name = `sightline_${preparedNames.size + 1}`;
    preparedNames.set(sql, name);
  }
  return name;
}

class PostgresClientQueryable implements Queryable {
  constructor(private readonly client: pg.PoolClient | pg.Pool) {}

  async query<R>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<R[]> {
    const values = params as unknown[] | undefined;
    const name = options?.prepare ? preparedName(sql) : undefined;
    const res = await this.client.query(name === undefined ? { text: sql, values } : { name, text: sql, values });
    return res.rows as R[];
  }

  async copyFrom(copySql: string, data: Uint8Array): Promise<void> {
    if (!('release' in this.client)) {
      return withClient(this.client, (client) => new PostgresClientQueryable(client).copyFrom(copySql, data));
    }
    const stream = this.client.query(copyFromStream(copySql)) as Writable;
    await pipeline(Readable.from([data]), stream);
  }
}

/**
 * Runs fn on a client checked out of the pool. A checked-out client has no pool error listener,
 * so a connection that dies meanwhile (server restart) would emit an unhandled 'error' and crash
 * the process; the listener here absorbs it (the statement in flight fails with it anyway) and
 * the broken client is destroyed instead of returned to the pool.
 */
async function withClient<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error): void => {
    broken = err;
  };
  client.on('error', onError);
  try {
    return await fn(client);
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

export class PostgresDb extends PostgresClientQueryable implements Db {
  readonly kind = 'postgres';
  private pingClient?: pg.Client;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    super(pool);
  }

  static open(url: string, maxConnections = 10): PostgresDb {
    const pool = new pg.Pool({
      connectionString: url,
      max: maxConnections,
      types: pgTypes,
      // random_page_cost: PostgreSQL's default (4) assumes spinning disks, and made the planner
      // prefer a sequential scan of 1,000 catalogue rows (0.31 ms) to the labels' GIN index (0.05 ms).
      // 1.1 is the usual setting for SSDs and cached data (timescaledb-tune's too).
      options: `-c search_path=${SCHEMA},public -c random_page_cost=1.1`,
      application_name: 'sightline',
      connectionTimeoutMillis: 10_000,
    });
    // An idle client losing its connection (e.g. the server restarting) must not crash the process.
    pool.on('error', (err) => log.warn({ err: err.message }, 'idle PostgreSQL connection failed'));
    return new PostgresDb(pool, url);
  }

  /**
   * On a connection of its own, kept between pings: a pool busy with long queries must not read
   * as an outage, and an outage must not wait behind them. A failed connection is dropped and
   * the next ping opens a new one.
   */
  async ping(timeoutMs: number): Promise<void> {
    let client = this.pingClient;
    if (client === undefined) {
      client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, application_name: 'sightline-health' });
      const opened = client;
      // A dying idle connection emits 'error'; without a listener that would crash the process.
      opened.on('error', () => this.dropPingClient(opened));
      this.pingClient = opened;
      try {
        await opened.connect();
      } catch (err) {
        this.dropPingClient(opened);
        throw err;
      }
    }
    try {
      await client.query('SELECT 1');
    } catch (err) {
      this.dropPingClient(client);
      throw err;
    }
  }

  private dropPingClient(client: pg.Client): void {
    if (this.pingClient === client) this.pingClient = undefined;
    client.end().catch(() => undefined);
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return withClient(this.pool, async (client) => {
      try {
        await client.query('BEGIN');
        const result = await fn(new PostgresClientQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  close(): Promise<void> {
    if (this.pingClient) this.dropPingClient(this.pingClient);
    return this.pool.end();
  }
}

/**
 * PostgreSQL settings of the embedded server. shared_buffers dominates its memory: 16 MB gives an
 * idle RSS of ≈170 MB against ≈330 MB at PostgreSQL's default of 128 MB.
 */
const EMBEDDED_CONF = ['shared_buffers = 16MB', 'wal_buffers = 1MB', 'max_connections = 5', 'work_mem = 2MB', 'maintenance_work_mem = 16MB'];

/** Built by `npm run build`: a freshly initialised data dir, so a first start skips initdb. */
const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), '..', 'embedded-template.tar.gz');

// Runs in a child process: initdb (or unpacking the template) leaves PGlite's WASM heap at its
// peak, and WASM memory never shrinks, so it must not happen in the long-lived process.
const INIT_SCRIPT = `
const [mod, dir, template] = process.argv.slice(1);
const { PGlite } = require(mod);
const opts = template ? { loadDataDir: new Blob([require('node:fs').readFileSync(template)]) } : {};
PGlite.create(dir, opts).then((db) => db.close()).catch((err) => { console.error(String(err && err.message || err)); process.exit(1); });
`;

async function initialiseDataDir(dataDir: string): Promise<void> {
  const mod = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const args = ['-e', INIT_SCRIPT, mod, dataDir, ...(existsSync(TEMPLATE) ? [TEMPLATE] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`initialising the embedded database in ${dataDir} failed: ${stderr.trim() || `exit code ${code}`}`);
}

/**
 * The embedded server's thread. PGlite runs PostgreSQL compiled to WASM synchronously on the
 * thread that calls it: on the main thread one heavy statement (a query over 500k series, a bulk
 * catalogue insert) froze health checks, ingest and SIGTERM for as long as it ran. Here it has a
 * worker thread of its own and the main thread only exchanges messages with it. Plain JS run with
 * `eval` (as INIT_SCRIPT): the same code under tsx, vitest and the built dist/.
 */
const WORKER_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.mod);
const opened = PGlite.create(workerData.dataDir, { parsers: { [workerData.int8Oid]: Number }, postgresqlconf: workerData.conf })
  .then(async (db) => { await db.exec(workerData.init); return db; });
parentPort.on('message', async (m) => {
  try {
    const db = await opened;
    let result;
    if (m.op === 'query') result = (await db.query(m.sql, m.params)).rows;
    else if (m.op === 'copy') await db.query(m.sql, [], { blob: new Blob([m.data]) });
    else if (m.op === 'exec') await db.exec(m.sql);
    else if (m.op === 'close') await db.close();
    parentPort.postMessage({ id: m.id, result });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: { message: String((err && err.message) || err), code: err && err.code, detail: err && err.detail } });
  }
});
`;

type WorkerOp = { op: 'query'; sql: string; params?: readonly unknown[] } | { op: 'copy'; sql: string; data: Uint8Array } | { op: 'exec'; sql: string } | { op: 'close' };

export class EmbeddedDb implements Db {
  readonly kind = 'embedded';
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  /** PGlite has one session: a transaction holds it, and other statements wait for it to end. */
  private session: Promise<unknown> = Promise.resolve();
  private exited?: Error;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: { id: number; result?: unknown; error?: { message: string; code?: string; detail?: string } }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (!m.error) return p?.resolve(m.result);
      p?.reject(Object.assign(new Error(m.error.message), { code: m.error.code, detail: m.error.detail }));
    });
    const fail = (err: Error): void => {
      this.exited = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the embedded database thread exited (code ${code})`)));
  }

  /** Opens (creating if needed) an embedded database whose files live in dataDir. */
  static async open(dataDir: string): Promise<EmbeddedDb> {
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      log.info({ dataDir, fromTemplate: existsSync(TEMPLATE) }, 'initialising embedded database');
      await initialiseDataDir(dataDir);
    }
    const worker = new Worker(WORKER_SCRIPT, {
      eval: true,
      workerData: {
        mod: createRequire(import.meta.url).resolve('@electric-sql/pglite'),
        dataDir,
        int8Oid: INT8_OID,
        conf: EMBEDDED_CONF,
        init: `CREATE SCHEMA IF NOT EXISTS ${SCHEMA}; SET search_path = ${SCHEMA}, public;`,
      },
    });
    const db = new EmbeddedDb(worker);
    await db.query('SELECT 1');
    return db;
  }

  private send<T>(op: WorkerOp): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve, reject });
      this.worker.postMessage({ id, ...op });
    });
  }

  /** Runs `fn` once the session is free, holding it until `fn` settles. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.session.then(fn, fn);
    this.session = run.catch(() => undefined);
    return run;
  }

  private readonly direct: Queryable = {
    query: <R>(sql: string, params?: readonly unknown[]) => this.send<R[]>({ op: 'query', sql, ...(params ? { params } : {}) }),
    // PGlite has no COPY protocol stream; it reads the input from a virtual file instead.
    copyFrom: (copySql: string, data: Uint8Array) => this.send<void>({ op: 'copy', sql: copySql.replace(/\bFROM\s+STDIN\b/i, "FROM '/dev/blob'"), data }),
  };

  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]> {
    return this.exclusive(() => this.direct.query<R>(sql, params));
  }

  copyFrom(copySql: string, data: Uint8Array): Promise<void> {
    return this.exclusive(() => this.direct.copyFrom(copySql, data));
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.send({ op: 'exec', sql: 'BEGIN' });
      try {
        const result = await fn(this.direct);
        await this.send({ op: 'exec', sql: 'COMMIT' });
        return result;
      } catch (err) {
        await this.send({ op: 'exec', sql: 'ROLLBACK' }).catch(() => undefined);
        throw err;
      }
    });
  }

  /** The thread answers whatever the database does; a ping would only queue behind a long query. */
  ping(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await this.exclusive(() => this.send({ op: 'close' })).catch(() => undefined);
    await this.worker.terminate();
  }
}
