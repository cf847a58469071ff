/**
 * Scrape target state through the database, from the processes that scrape (ingest replicas,
 * standalone) to the operator that writes ScrapeTarget status — they are different processes.
 *
 * Each scraping process (a "replica", by identity) upserts one row per target it scrapes into
 * scrape_target_state: owner object, scrape URL, health, last error, time of that scrape. A row is
 * written only when the target's health or error changes, so a steady fleet costs no writes;
 * liveness is one heartbeat row per replica in scrape_reporters, refreshed coarsely. Rows of a
 * replica whose heartbeat expired are ignored by readers and deleted (cascade) by any live
 * replica, so a dead replica's targets drop out without its help. A clean stop deletes its rows.
 *
 * The operator polls the table (TargetStateReader) and aggregates per owner into the status
 * figures upTargets, downTargets, lastScrapeTime and lastError, signalling only owners whose
 * figures changed. lastScrapeTime is therefore the time of the scrape that last changed them.
 */
import { sameStatus, statusTime } from '../controller/conditions.js';
import type { RuntimeComponent } from '../controller/runtime.js';
import type { Queryable } from '../storage/db.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import type { ScrapeManager } from './manager.js';

const log = logger('scrape');

/** Where the database is once storage is ready (a StorageService: `db` throws until then). */
export interface DbSource {
  readonly db: Queryable;
}

export interface TargetStateOptions {
  /** How often the reporter compares its targets' state with what it last wrote (default 5 s). */
  pollMs?: number;
  /** How often a reporter refreshes its heartbeat (default 60 s). */
  heartbeatMs?: number;
  /** A replica whose heartbeat is older than this is dead (default three heartbeats). */
  expiryMs?: number;
}

const DEFAULTS = { pollMs: 5_000, heartbeatMs: 60_000 };

interface Row {
  owner: string;
  url: string;
  health: 'up' | 'down';
  error: string;
  /** Milliseconds since the epoch. */
  lastScrape: number;
}

const rowKey = (owner: string, url: string): string => `${owner}\u0000${url}`;

/** Runs `fn` every `ms` (never overlapping) until the returned stop function is called. */
function every(ms: number, fn: () => Promise<void>): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = (): void => {
    running = fn().finally(() => {
      if (!stopped) timer = setTimeout(tick, ms);
    });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

export interface TargetStateReporter {
  /** Reports once now (tests, shutdown paths). */
  flush(): Promise<void>;
  /** Stops reporting and deletes this replica's rows: its targets are no longer scraped here. */
  stop(): Promise<void>;
}

/**
 * Starts reporting the scrape manager's target state as replica `identity`: what a scraping
 * process (`sightline standalone`, an ingest replica) calls once its manager runs.
 */
export function reportTargetState(manager: Pick<ScrapeManager, 'targets'>, storage: DbSource, identity: string, options: TargetStateOptions = {}): TargetStateReporter {
  const { pollMs, heartbeatMs } = { ...DEFAULTS, ...options };
  const expiryMs = options.expiryMs ?? 3 * heartbeatMs;
  /** What the table holds for this replica, as last written. */
  let written = new Map<string, Row>();
  let lastBeat = 0;
  let queue = Promise.resolve();

  const report = async (): Promise<void> => {
    const db = storage.db;
    if (Date.now() - lastBeat >= heartbeatMs) {
      const [beat] = await db.query<{ inserted: boolean }>(
        `INSERT INTO scrape_reporters (replica) VALUES ($1)
         ON CONFLICT (replica) DO UPDATE SET heartbeat_at = now() RETURNING (xmax = 0) AS inserted`,
        [identity],
      );
      if (beat?.inserted || lastBeat === 0) {
        // First report, or reaped while away: start from a clean slate (a previous process with
        // this identity may have left rows of targets it no longer has).
        if (!beat?.inserted) await db.query('DELETE FROM scrape_target_state WHERE replica = $1', [identity]);
        written = new Map();
      }
      await db.query('DELETE FROM scrape_reporters WHERE heartbeat_at < now() - $1 * interval \'1 millisecond\'', [expiryMs]);
      lastBeat = Date.now();
    }
    const current = new Map<string, Row>();
    for (const { target, health, lastError, lastScrape } of manager.targets().active) {
      if (health === 'unknown') continue;
      const url = target.url.href;
      current.set(rowKey(target.owner, url), { owner: target.owner, url, health, error: lastError, lastScrape: lastScrape?.getTime() ?? Date.now() });
    }
    const changed = [...current].filter(([k, row]) => written.get(k)?.health !== row.health || written.get(k)?.error !== row.error).map(([, row]) => row);
    const gone = [...written].filter(([k]) => !current.has(k)).map(([, row]) => row);
    if (changed.length > 0) {
      await db.query(
        `INSERT INTO scrape_target_state (owner, url, replica, health, last_error, last_scrape, updated_at)
         SELECT o, u, $1, h, e, to_timestamp(t / 1000.0), now() FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::float8[]) AS x(o, u, h, e, t)
         ON CONFLICT (owner, url, replica) DO UPDATE
           SET health = excluded.health, last_error = excluded.last_error, last_scrape = excluded.last_scrape, updated_at = now()`,
        [identity, changed.map((r) => r.owner), changed.map((r) => r.url), changed.map((r) => r.health), changed.map((r) => r.error), changed.map((r) => r.lastScrape)],
      );
    }
    if (gone.length > 0) {
      await db.query('DELETE FROM scrape_target_state WHERE replica = $1 AND (owner, url) IN (SELECT * FROM unnest($2::text[], $3::text[]))', [
        identity,
        gone.map((r) => r.owner),
        gone.map((r) => r.url),
      ]);
    }
    written = current;
  };
  const safeReport = (): Promise<void> => {
    queue = queue.then(report).catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'could not report scrape target state; retrying'));
    return queue;
  };
  const stopTicking = every(pollMs, safeReport);
  return {
    flush: safeReport,
    stop: async () => {
      await stopTicking();
      await queue;
      try {
        await storage.db.query('DELETE FROM scrape_reporters WHERE replica = $1', [identity]);
      } catch (err) {
        log.warn({ err: errorMessage(err) }, 'could not withdraw scrape target state; it expires with the heartbeat');
      }
    },
  };
}

export interface TargetFigures {
  upTargets: number;
  downTargets: number;
  lastScrapeTime?: string;
  lastError?: string;
}

const FIGURE_NAMES = ['upTargets', 'downTargets', 'lastScrapeTime', 'lastError'] as const;

/**
 * The operator's side: polls the table and serves each owner's figures to the controller as a
 * runtime component (for ScrapeTarget; any owner key works). Until the first poll succeeds it
 * repeats what the object's status already says, so a restarted operator rewrites nothing.
 */
export class TargetStateReader implements RuntimeComponent<{ object: { status?: unknown } }> {
  private readonly owners = new Map<string, Record<string, unknown>>();
  private polled = new Map<string, TargetFigures>();
  private loaded = false;
  private readonly listeners = new Set<(key: string) => void>();
  private stopPolling?: () => Promise<void>;
  private readonly pollMs: number;
  private readonly expiryMs: number;

  constructor(
    private readonly storage: DbSource,
    options: { pollMs?: number; expiryMs?: number } = {},
  ) {
    this.pollMs = options.pollMs ?? 10_000;
    this.expiryMs = options.expiryMs ?? 3 * DEFAULTS.heartbeatMs;
  }

  start(): void {
    this.stopPolling ??= every(this.pollMs, () => this.poll().catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'could not read scrape target state')));
  }

  async stop(): Promise<void> {
    await this.stopPolling?.();
  }

  apply(key: string, desired: { object: { status?: unknown } }): Promise<void> {
    const status = (desired.object.status ?? {}) as Record<string, unknown>;
    if (!this.owners.has(key)) this.owners.set(key, Object.fromEntries(FIGURE_NAMES.filter((n) => status[n] !== undefined).map((n) => [n, status[n]])));
    return Promise.resolve();
  }

  remove(key: string): Promise<void> {
    this.owners.delete(key);
    return Promise.resolve();
  }

  figures(key: string): Record<string, unknown> {
    if (!this.owners.has(key)) return {};
    if (!this.loaded) return { ...this.owners.get(key) };
    return { ...(this.polled.get(key) ?? { upTargets: 0, downTargets: 0 }) };
  }

  watch(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the table once and signals every owner whose figures changed. */
  async poll(): Promise<void> {
    const rows = await this.storage.db.query<{ owner: string; url: string; health: string; last_error: string; last_scrape_ms: number | null }>(
      `SELECT DISTINCT ON (s.owner, s.url) s.owner, s.url, s.health, s.last_error, extract(epoch FROM s.last_scrape) * 1000 AS last_scrape_ms
       FROM scrape_target_state s JOIN scrape_reporters r USING (replica)
       WHERE r.heartbeat_at >= now() - $1 * interval '1 millisecond'
       ORDER BY s.owner, s.url, s.updated_at DESC`,
      [this.expiryMs],
    );
    const next = new Map<string, TargetFigures & { lastScrapeMs: number; lastErrorMs: number }>();
    for (const row of rows) {
      let f = next.get(row.owner);
      if (!f) next.set(row.owner, (f = { upTargets: 0, downTargets: 0, lastScrapeMs: 0, lastErrorMs: -1 }));
      const at = Number(row.last_scrape_ms ?? 0);
      if (row.health === 'up') f.upTargets++;
      else f.downTargets++;
      f.lastScrapeMs = Math.max(f.lastScrapeMs, at);
      // The most recent error of a target that is down, with its address, as the field promises.
      if (row.health === 'down' && row.last_error && at > f.lastErrorMs) {
        f.lastError = `${row.url}: ${row.last_error}`;
        f.lastErrorMs = at;
      }
    }
    const polled = new Map<string, TargetFigures>();
    for (const [owner, { lastScrapeMs, lastErrorMs: _, ...f }] of next) polled.set(owner, { ...f, ...(lastScrapeMs > 0 ? { lastScrapeTime: statusTime(new Date(lastScrapeMs)) } : {}) });
    const before = new Map([...this.owners.keys()].map((k) => [k, this.figures(k)]));
    this.polled = polled;
    this.loaded = true;
    for (const [key, figures] of before) if (!sameStatus(figures, this.figures(key))) for (const listener of this.listeners) listener(key);
  }
}
