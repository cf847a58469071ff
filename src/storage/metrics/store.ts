/**
 * openMetricStore: picks the sample backend this database was migrated with (TimescaleDB when it
 * was available, native partitions otherwise, PGlite included), wires catalogue, write queue,
 * querier and policies, and runs the plain path's background maintenance.
 */
import { logger } from '../../util/log.js';
import type { MetadataStore, MetricStore } from '../api.js';
import type { Capabilities } from '../capabilities.js';
import type { Db } from '../db.js';
import { MetricAppender, type SampleLimits } from './appender.js';
import type { SampleBackend } from './backend.js';
import { BoundedCache } from '../../util/bounded-cache.js';
import { SeriesCatalogue, SeriesRequests, type SeriesEntry } from './catalogue.js';
import { SqlMetadataStore } from './metadata.js';
import { PlainBackend } from './plain.js';
import type { MetricsPolicies, PolicyState, RollupPolicy } from './policy-types.js';
import { MemoryHead } from './memory-head.js';
import { seriesByIds } from './backend.js';
import { MetricQuerier } from './reader.js';
import { recordedBackend, type MetricsBackendKind } from './schema.js';
import { ServicePolicies } from './service-policies.js';
import { TimescaleBackend } from './timescale.js';
import { WriteQueue, type WriterStats } from './writer.js';

const log = logger('storage.metrics');
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface MetricStoreOptions {
  /** Default raw-sample retention until reconcilePolicies() says otherwise (15 days). */
  retentionMs?: number;
  /** Default rollups until reconcilePolicies() says otherwise (none). */
  rollups?: readonly RollupPolicy[];
  /**
   * How late a sample may arrive and still go to the head, the fast path (10 minutes); older ones
   * (back to retention) go to the late table and are compacted into blocks later.
   */
  outOfOrderWindowMs?: number;
  /** How far ahead of now a sample may be (10 minutes). */
  futureToleranceMs?: number;
  /** Queue bound: samples pending beyond this are refused with 429 (2,000,000 ≈ 100 MB). */
  maxPendingSamples?: number;
  /** Most samples written by one group commit (500,000). */
  maxGroupSamples?: number;
  /** Series kept in the id cache (1,000,000; ≈0.3–0.5 KB each, see bench/ingest-storage.ts). */
  seriesCacheSize?: number;
  /** Plain path: head partition span (5 minutes) and block partition span (1 day). */
  headPartitionMs?: number;
  blockPartitionMs?: number;
  /** Plain path: closed windows of this span (2 hours; must divide blockPartitionMs) are merged into one block per series. */
  blockMergeWindowMs?: number;
  /** Plain path: how often maintenance runs (60 s); 0 disables the timer (tests call runMaintenance). */
  maintenanceIntervalMs?: number;
  /** TimescaleDB: compress chunks older than this (2 hours). */
  compressAfterMs?: number;
  /**
   * Keep this much of the newest data in a memory head and read it from there (0: off). Only for a
   * process that is the store's single writer (standalone): other writers' samples would be missed.
   */
  memoryHeadWindowMs?: number;
  /** The clock, in ms since the epoch; tests move it. */
  now?: () => number;
}

export interface OpenMetricStore extends MetricStore {
  readonly backend: MetricsBackendKind;
  querier(): MetricQuerier;
  metadata(): MetadataStore;
  /** Converges retention and rollups to `desired`; idempotent. Returns each policy's state. */
  reconcilePolicies(desired: MetricsPolicies): Promise<PolicyState[]>;
  policyStates(): Promise<PolicyState[]>;
  /** Per-service retention and rollups (a MonitoredService's), keyed by job `<namespace>/<name>`. */
  readonly services: ServicePolicies;
  /** Runs due background work now (partitions, compaction, rollups, retention on the plain path; per-service jobs everywhere). */
  runMaintenance(): Promise<void>;
  writerStats(): WriterStats & { cachedSeries: number };
  /** Writes everything committed so far, stops background work. Does not close the Db. */
  close(): Promise<void>;
}

export async function openMetricStore(db: Db, caps: Capabilities, options: MetricStoreOptions = {}): Promise<OpenMetricStore> {
  const now = options.now ?? Date.now;
  const kind = await recordedBackend(db);
  if (kind === 'timescaledb' && !caps.timescaledb.available) throw new Error('the metrics schema was created on TimescaleDB, which this server no longer offers');
  const limits: SampleLimits = {
    retentionMs: options.retentionMs ?? 15 * DAY_MS,
    futureToleranceMs: options.futureToleranceMs ?? 10 * MINUTE_MS,
  };
  const outOfOrderWindowMs = options.outOfOrderWindowMs ?? 10 * MINUTE_MS;
  const maintenanceIntervalMs = options.maintenanceIntervalMs ?? MINUTE_MS;
  const mergeWindowMs = options.blockMergeWindowMs ?? 2 * 60 * MINUTE_MS;
  const blockPartitionMs = options.blockPartitionMs ?? DAY_MS;
  if (blockPartitionMs % mergeWindowMs !== 0) throw new Error('blockMergeWindowMs must divide blockPartitionMs');
  const backend: SampleBackend =
    kind === 'timescaledb'
      ? new TimescaleBackend(db, { compressAfterMs: options.compressAfterMs ?? 2 * 60 * MINUTE_MS, outOfOrderWindowMs: outOfOrderWindowMs })
      : new PlainBackend(db, {
          headPartitionMs: options.headPartitionMs ?? 5 * MINUTE_MS,
          blockPartitionMs,
          outOfOrderWindowMs,
          futureToleranceMs: limits.futureToleranceMs,
          compactionGraceMs: MINUTE_MS,
          maintenanceIntervalMs,
          now,
          compactionSeriesPerPass: 100_000,
          mergeWindowMs,
        });
  const head = options.memoryHeadWindowMs ? new MemoryHead(options.memoryHeadWindowMs, now) : undefined;
  const cache = new BoundedCache<SeriesEntry>(options.seriesCacheSize ?? 1_000_000);
  const catalogue = new SeriesCatalogue(db, cache);
  const requests = new SeriesRequests();
  const queue = new WriteQueue(catalogue, backend, {
    maxPendingSamples: options.maxPendingSamples ?? 2_000_000,
    maxGroupSamples: options.maxGroupSamples ?? 500_000,
    // PGlite has one connection: a second writer would only wait for it.
    concurrency: db.kind === 'embedded' ? 1 : 2,
    ...(head ? { memoryHead: head } : {}),
  });
  const querier = new MetricQuerier(db, backend, now, head);
  const metadata = new SqlMetadataStore(db);

  const reconcilePolicies = async (desired: MetricsPolicies): Promise<PolicyState[]> => {
    const states = await backend.reconcile(desired);
    limits.retentionMs = desired.retentionMs;
    return states;
  };
  // Options are defaults for a fresh database only: desired state reconciled earlier (e.g. by the
  // operator) persists across restarts, and re-applying defaults would drop its rollups.
  const existing = await backend.policyStates();
  if (existing.length === 0) await reconcilePolicies({ retentionMs: limits.retentionMs, rollups: options.rollups ?? [] });
  else limits.retentionMs = persistedRetention(existing) ?? limits.retentionMs;

  const services = new ServicePolicies(db, backend, {
    installationRetentionMs: () => limits.retentionMs,
    outOfOrderWindowMs,
    retentionPeriodMs: Math.max(maintenanceIntervalMs, 60 * MINUTE_MS),
    ...(head ? { afterDelete: (ids: readonly number[], cutoffMs: number) => head.deleteBefore(ids, cutoffMs) } : {}),
  });

  // One maintenance run at a time; a run that fails is logged and recorded in policy state.
  let running: Promise<void> | undefined;
  const runMaintenance = (): Promise<void> => {
    head?.evict();
    running ??= backend
      .runMaintenance(now())
      .finally(() => services.runDue(now()))
      .finally(() => (running = undefined));
    return running;
  };
  await runMaintenance();
  if (head) await loadHead(db, backend, head, now, limits.futureToleranceMs);
  // TimescaleDB runs its own jobs, but per-service jobs run here on every backend.
  const timer =
    maintenanceIntervalMs > 0
      ? setInterval(() => void runMaintenance().catch((err: Error) => log.warn({ err: err.message }, 'metrics maintenance failed')), maintenanceIntervalMs)
      : undefined;
  timer?.unref();
  log.info({ backend: kind }, 'metrics store open');

  return {
    backend: kind,
    appender: (appenderOptions) => new MetricAppender(queue, cache, requests, limits, now, appenderOptions?.batchWithinMs ?? 0),
    querier: () => querier,
    metadata: () => metadata,
    reconcilePolicies,
    services,
    policyStates: () => backend.policyStates(),
    runMaintenance,
    writerStats: () => ({ ...queue.stats(), cachedSeries: cache.size }),
    async close() {
      clearInterval(timer);
      await queue.close();
      await running?.catch(() => undefined);
    },
  };
}

/**
 * Fills the memory head with what the database holds in its window. Writes committed meanwhile
 * reach the head through the writer as well; a sample seen twice is kept once.
 */
async function loadHead(db: Db, backend: SampleBackend, head: MemoryHead, now: () => number, futureMs: number): Promise<void> {
  const from = Math.ceil(now() - head.windowMs);
  const to = now() + futureMs;
  const started = performance.now();
  const active = await db.query<{ id: number; labels: Record<string, string> }>(
    `SELECT id, labels FROM metric_series WHERE id IN ${backend.activeSeriesSql('$1::int8', '$2::int8')}`,
    [from, to],
  );
  const labels = new Map(active.map((r) => [r.id, r.labels]));
  const { samples } = await backend.read(seriesByIds([...labels.keys()]), from, to);
  for (const [id, run] of samples) head.appendRun(id, labels.get(id)!, run);
  head.markLoaded(from);
  log.info({ series: head.seriesCount, ms: Math.round(performance.now() - started) }, 'memory head loaded');
}

/** Raw retention from policy state: `retentionMs` (plain path) or the hypertable job's `drop_after`. */
function persistedRetention(states: readonly PolicyState[]): number | undefined {
  const spec = states.find((s) => s.name === 'retention')?.spec;
  const ms = Number(spec?.retentionMs ?? spec?.drop_after);
  return Number.isFinite(ms) ? ms : undefined;
}
