/**
 * Owns the database connection for the process: opens it (retrying with backoff while the
 * database is unreachable), detects capabilities, applies migrations, and reports its state for
 * readiness and /api/v1/status/storage. Once open it keeps checking that the database answers:
 * while it does not, storage is `unreachable` (not ready), and queries and writes get a 503.
 */
import type { MetadataStore, MetricStore, Querier } from './api.js';
import { capabilitiesSummary, detectCapabilities, type Capabilities } from './capabilities.js';
import { EmbeddedDb, PostgresDb, type Db } from './db.js';
import { isUnavailableError, storageUnavailable } from './errors.js';
import { migrate, type MigrationReport } from './migrate.js';
import { openMetricStore, type MetricStoreOptions, type OpenMetricStore } from './metrics/store.js';
import { errorMessage, SightlineError } from '../util/errors.js';
import { logger } from '../util/log.js';

const log = logger('storage');

export interface StorageOptions {
  /** "embedded" or a PostgreSQL URL. */
  storage: string;
  dataDir: string;
  maxConnections: number;
  /** First and largest wait between connection attempts. */
  retryMinMs?: number;
  retryMaxMs?: number;
  /** How often an open database is checked, and how long it may take to answer (PostgreSQL). */
  checkIntervalMs?: number;
  checkTimeoutMs?: number;
  /** Options of the metrics store opened once the schema is up to date. */
  metrics?: MetricStoreOptions;
}

/** `unreachable`: opened once, but the database does not answer now (it is checked again every second). */
export type StorageState = 'connecting' | 'ready' | 'unreachable' | 'stopped';

export interface StorageStatus {
  state: StorageState;
  backend: 'embedded' | 'postgres';
  /** The database URL without its password, or the embedded data dir. */
  location: string;
  capabilities?: Capabilities;
  schemaVersion?: number;
  /** Stable id of this database's Sightline installation, created by the first migration. */
  installationId?: string;
  lastError?: string;
  connectAttempts: number;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export class StorageService {
  private state: StorageState = 'connecting';
  private database?: Db;
  private caps?: Capabilities;
  private migration?: MigrationReport;
  private installationId?: string;
  private openMetrics?: OpenMetricStore;
  private lastError?: string;
  private attempts = 0;
  private readonly abort = new AbortController();
  private readonly readyWaiters: (() => void)[] = [];
  private checkTimer?: NodeJS.Timeout;

  constructor(private readonly options: StorageOptions) {}

  get embedded(): boolean {
    return this.options.storage === 'embedded';
  }

  /**
   * Connects, retrying with backoff; resolves once ready, and rejects only when stopped first —
   * or, with retry off, on the first failure.
   */
  async start({ retry = true }: { retry?: boolean } = {}): Promise<void> {
    let delay = this.options.retryMinMs ?? 500;
    const maxDelay = this.options.retryMaxMs ?? 30_000;
    while (!this.abort.signal.aborted) {
      this.attempts++;
      try {
        await this.connect();
        this.state = 'ready';
        this.lastError = undefined;
        for (const wake of this.readyWaiters.splice(0)) wake();
        this.scheduleCheck();
        return;
      } catch (err) {
        this.lastError = errorMessage(err);
        if (!retry) throw err;
        log.error({ err: this.lastError, location: this.status().location, retryInMs: delay }, 'cannot use the database; retrying');
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.abort.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve(undefined);
          });
        });
        delay = Math.min(delay * 2, maxDelay);
      }
    }
    throw new Error('storage stopped before it became ready');
  }

  private async connect(): Promise<void> {
    const db = this.embedded ? await EmbeddedDb.open(this.options.dataDir) : PostgresDb.open(this.options.storage, this.options.maxConnections);
    try {
      this.caps = await detectCapabilities(db);
      log.info({ capabilities: capabilitiesSummary(this.caps) }, 'database capabilities');
      this.migration = await migrate(db, this.caps);
      log.info({ schemaVersion: this.migration.currentVersion, applied: this.migration.applied.length }, 'database schema up to date');
      const [row] = await db.query<{ value: string }>("SELECT value FROM meta WHERE key = 'installation_id'");
      this.installationId = row?.value;
      this.openMetrics = await openMetricStore(db, this.caps, this.options.metrics);
      this.database = db;
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
  }

  /** Pings the open database now and then; a PostgreSQL outage turns storage `unreachable` until it answers again. */
  private scheduleCheck(): void {
    if (this.abort.signal.aborted) return;
    this.checkTimer = setTimeout(() => void this.check(), this.options.checkIntervalMs ?? 1000);
    this.checkTimer.unref();
  }

  private async check(): Promise<void> {
    const db = this.database;
    if (db === undefined || this.abort.signal.aborted) return;
    try {
      await db.ping(this.options.checkTimeoutMs ?? 2000);
      if (this.state === 'unreachable' && !this.abort.signal.aborted) {
        this.state = 'ready';
        this.lastError = undefined;
        log.info({ location: this.status().location }, 'database reachable again');
      }
    } catch (err) {
      this.markUnreachable(err);
    }
    this.scheduleCheck();
  }

  private markUnreachable(err: unknown): void {
    if (this.state !== 'ready' && this.state !== 'unreachable') return;
    this.lastError = errorMessage(err);
    if (this.state === 'ready') log.error({ err: this.lastError, location: this.status().location }, 'database unreachable; not ready until it answers');
    this.state = 'unreachable';
  }

  /** A query failing because the database is unreachable: storage turns not-ready at once, the client gets a 503. */
  private async guarded<T>(run: Promise<T>): Promise<T> {
    try {
      return await run;
    } catch (err) {
      if (!isUnavailableError(err)) throw err;
      this.markUnreachable(err);
      throw err instanceof SightlineError ? err : storageUnavailable('metrics storage unavailable', err);
    }
  }

  ready(): boolean {
    return this.state === 'ready';
  }

  /** For /-/ready: undefined when ready, else the state and the last error, e.g. `unreachable (connect ECONNREFUSED …)`. */
  notReadyReason(): string | undefined {
    return this.state === 'ready' ? undefined : `${this.state}${this.lastError ? ` (${this.lastError})` : ''}`;
  }

  /** Resolves when the database is ready (immediately if it is). */
  whenReady(): Promise<void> {
    return this.ready() ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  get db(): Db {
    if (!this.database) throw new Error('storage is not ready');
    return this.database;
  }

  /**
   * The metrics store, usable before storage is ready: until then appender() and querier() throw
   * a retryable 503, which receivers and the query API pass on to their clients.
   */
  readonly metrics: MetricStore = {
    appender: (options) => this.readyMetrics().appender(options),
    querier: () => {
      const q = this.readyMetrics().querier();
      return {
        select: (...args) => this.guarded(q.select(...args)),
        labelNames: (...args) => this.guarded(q.labelNames(...args)),
        labelValues: (...args) => this.guarded(q.labelValues(...args)),
      } satisfies Querier;
    },
    metadata: () => {
      const m = this.readyMetrics().metadata();
      return {
        record: (entries) => this.guarded(m.record(entries)),
        list: (q) => this.guarded(m.list(q)),
      } satisfies MetadataStore;
    },
  };

  /** The opened metrics store, for policies and maintenance; throws 503 until ready and while unreachable. */
  readyMetrics(): OpenMetricStore {
    if (this.state === 'unreachable') throw storageUnavailable('metrics storage unavailable', this.lastError);
    if (!this.openMetrics || this.state !== 'ready') throw new SightlineError('unavailable', `storage is not ready (${this.state})`, { retryable: true, httpStatus: 503 });
    return this.openMetrics;
  }

  get capabilities(): Capabilities | undefined {
    return this.caps;
  }

  status(): StorageStatus {
    return {
      state: this.state,
      backend: this.embedded ? 'embedded' : 'postgres',
      location: this.embedded ? this.options.dataDir : redact(this.options.storage),
      ...(this.caps ? { capabilities: this.caps } : {}),
      ...(this.migration ? { schemaVersion: this.migration.currentVersion } : {}),
      ...(this.installationId ? { installationId: this.installationId } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
      connectAttempts: this.attempts,
    };
  }

  /** Flushes acknowledged writes, then closes the database. */
  async stop(): Promise<void> {
    this.abort.abort();
    clearTimeout(this.checkTimer);
    this.state = 'stopped';
    await this.openMetrics?.close();
    this.openMetrics = undefined;
    await this.database?.close();
    this.database = undefined;
  }
}
