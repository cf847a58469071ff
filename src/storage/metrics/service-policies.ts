/**
 * Per-service storage policies: a MonitoredService's retention and rollups, reconciled from desired
 * state and run as jobs by whichever process runs maintenance. A service is named by its job
 * identity `<namespace>/<name>`: its series are those with that `job` label — the job its scrape
 * gets, and the one OTLP data gets from `service.namespace`/`service.name`
 * (src/ingest/otlp/translate.ts).
 *
 * Retention: the installation retention (`--storage.retention`) is the maximum. A service may
 * shorten it for its series (its job deletes their samples older than the cutoff); a longer value
 * is capped, and the policy's status says so. Keeping one service's samples past the global
 * partition/chunk drops would need per-service tables: not worth it while rollups cover long-term
 * needs, and rollups may be kept longer than the installation retention.
 *
 * Rollups: min, max, sum, count and last per interval for the series a PromQL selector picks among
 * the service's series. The same runtime job on every backend (plain PostgreSQL, PGlite,
 * TimescaleDB) reads complete windows through the backend and advances a watermark: a continuous
 * aggregate cannot filter by the catalogue's regex matchers, and one aggregate per rollup per
 * service would multiply TimescaleDB jobs. A window is rolled up only once samples can no longer
 * arrive in it (out-of-order window plus grace), so every bucket is written once, complete, and a
 * job run twice (two replicas) writes the same rows.
 */
import { createHash } from 'node:crypto';
import { errorMessage } from '../../util/errors.js';
import { formatDuration } from '../../util/duration.js';
import type { Labels } from '../../model/labels.js';
import type { LabelMatcher } from '../api.js';
import type { Db } from '../db.js';
import { seriesByIds, type RollupPoint, type SampleBackend } from './backend.js';
import { compileMatchers, findCatalogueRows } from './matchers.js';
import { rollupBuckets } from './rollup.js';

export type Signal = 'metrics' | 'traces' | 'logs';

export interface ServiceRollupSpec {
  /** The selector as written (names the policy) and its matchers. */
  selector: string;
  matchers: readonly LabelMatcher[];
  intervalMs: number;
  /** How long buckets are kept; defaults to the installation retention. */
  retentionMs?: number;
}

export interface ServicePoliciesSpec {
  retention: Partial<Record<Signal, number>>;
  rollups: readonly ServiceRollupSpec[];
}

export type PolicyPhase = 'Active' | 'Pending' | 'Failing';

export interface ServicePolicyState {
  /** retention/<signal> or rollup/<interval>/<selector hash>. */
  name: string;
  state: PolicyPhase;
  nextRunTime?: Date;
  lastSuccessTime?: Date;
  consecutiveFailures: number;
  lastError?: string;
  /** Why a policy is Pending, or how it was adjusted (e.g. capped retention). */
  message?: string;
}

export interface ServiceRollupSeries {
  labels: Labels;
  points: RollupPoint[];
}

export interface ServicePolicyOptions {
  /** The installation's raw retention now (it may be reconciled while running). */
  installationRetentionMs(): number;
  /** Samples may arrive this late: rollups wait for it (plus a minute of grace for commits in flight). */
  outOfOrderWindowMs: number;
  /** How often retention jobs run; rollups run once per interval (at least this often apart). */
  retentionPeriodMs: number;
  /** Also told of every retention cut (the memory head holds copies of recent samples). */
  afterDelete?(seriesIds: readonly number[], cutoffMs: number): void;
}

type StoredSpec =
  | { kind: 'retention'; signal: Signal; retentionMs: number }
  | { kind: 'rollup'; selector: string; matchers: LabelMatcher[]; intervalMs: number; retentionMs?: number };

interface PolicyRow {
  id: number;
  service: string;
  name: string;
  spec: StoredSpec;
  done_until: number | null;
  next_run_at: Date | null;
  last_success_at: Date | null;
  last_error: string | null;
  consecutive_failures: number;
}

const GRACE_MS = 60_000;
const HOUR_MS = 3_600_000;
// Series per read, and windows one rollup run processes (backfill continues on the next runs).
const SERIES_CHUNK = 5_000;
const MAX_WINDOWS_PER_RUN = 48;
/** Signals with a store today; the others' policies stay Pending until one lands. */
const STORED_SIGNALS: ReadonlySet<Signal> = new Set(['metrics']);

export function rollupPolicyName(r: Pick<ServiceRollupSpec, 'selector' | 'intervalMs'>): string {
  return `rollup/${formatDuration(r.intervalMs)}/${createHash('sha256').update(r.selector).digest('hex').slice(0, 8)}`;
}

function desiredSpecs(desired: ServicePoliciesSpec): Map<string, StoredSpec> {
  const specs = new Map<string, StoredSpec>();
  for (const [signal, retentionMs] of Object.entries(desired.retention) as [Signal, number | undefined][]) {
    if (retentionMs !== undefined) specs.set(`retention/${signal}`, { kind: 'retention', signal, retentionMs });
  }
  for (const r of desired.rollups) {
    specs.set(rollupPolicyName(r), {
      kind: 'rollup',
      selector: r.selector,
      matchers: [...r.matchers],
      intervalMs: r.intervalMs,
      ...(r.retentionMs !== undefined ? { retentionMs: r.retentionMs } : {}),
    });
  }
  return specs;
}

export class ServicePolicies {
  constructor(
    private readonly db: Db,
    private readonly backend: SampleBackend,
    private readonly opts: ServicePolicyOptions,
  ) {}

  /** Converges the service's policies to `desired`, keeping the run state of unchanged ones. */
  async apply(service: string, desired: ServicePoliciesSpec): Promise<ServicePolicyState[]> {
    const specs = desiredSpecs(desired);
    const names = [...specs.keys()];
    await this.db.transaction(async (tx) => {
      // A changed spec runs at the next maintenance pass.
      await tx.query(
        `INSERT INTO metric_service_policy (service, name, spec) SELECT $1, * FROM unnest($2::text[], $3::jsonb[])
         ON CONFLICT (service, name) DO UPDATE SET spec = EXCLUDED.spec, next_run_at = NULL
          WHERE metric_service_policy.spec IS DISTINCT FROM EXCLUDED.spec`,
        [service, names, names.map((n) => JSON.stringify(specs.get(n)))],
      );
      const gone = await tx.query<{ id: number }>('DELETE FROM metric_service_policy WHERE service = $1 AND NOT (name = ANY($2::text[])) RETURNING id', [service, names]);
      if (gone.length > 0) await tx.query('DELETE FROM metric_service_rollup WHERE policy_id = ANY($1::int4[])', [gone.map((g) => g.id)]);
    });
    return this.states(service);
  }

  /** Removes every policy of the service and its rollup buckets; its raw samples stay under the installation retention. */
  async remove(service: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const gone = await tx.query<{ id: number }>('DELETE FROM metric_service_policy WHERE service = $1 RETURNING id', [service]);
      if (gone.length > 0) await tx.query('DELETE FROM metric_service_rollup WHERE policy_id = ANY($1::int4[])', [gone.map((g) => g.id)]);
    });
  }

  async states(service: string): Promise<ServicePolicyState[]> {
    const rows = await this.db.query<PolicyRow>('SELECT * FROM metric_service_policy WHERE service = $1 ORDER BY name', [service]);
    return rows.map((r) => this.toState(r));
  }

  /** Every service's policy states, e.g. for a poller publishing them. */
  async allStates(): Promise<Map<string, ServicePolicyState[]>> {
    const out = new Map<string, ServicePolicyState[]>();
    for (const r of await this.db.query<PolicyRow>('SELECT * FROM metric_service_policy ORDER BY service, name')) {
      out.set(r.service, [...(out.get(r.service) ?? []), this.toState(r)]);
    }
    return out;
  }

  /** Runs every due job; a failing job is recorded in its state and never stops the others. */
  async runDue(nowMs: number): Promise<void> {
    const due = await this.db.query<PolicyRow>('SELECT * FROM metric_service_policy WHERE next_run_at IS NULL OR next_run_at <= $1 ORDER BY id', [new Date(nowMs)]);
    for (const p of due) {
      if (p.spec.kind === 'retention' && !STORED_SIGNALS.has(p.spec.signal)) continue;
      const period = p.spec.kind === 'rollup' ? Math.max(p.spec.intervalMs, GRACE_MS) : this.opts.retentionPeriodMs;
      const next = new Date(nowMs + period);
      try {
        if (p.spec.kind === 'retention') await this.runRetention(p.service, p.spec.retentionMs, nowMs);
        else await this.runRollup(p, p.spec, nowMs);
        await this.db.query(
          'UPDATE metric_service_policy SET last_success_at = $2, next_run_at = $3, consecutive_failures = 0, last_error = NULL WHERE id = $1',
          [p.id, new Date(nowMs), next],
        );
      } catch (err) {
        await this.db.query(
          'UPDATE metric_service_policy SET next_run_at = $2, consecutive_failures = consecutive_failures + 1, last_error = $3 WHERE id = $1',
          [p.id, next, errorMessage(err).slice(0, 4096)],
        );
      }
    }
  }

  /** Rollup buckets of one policy of the service, per series, in [startMs, endMs]. */
  async readRollup(service: string, name: string, startMs: number, endMs: number): Promise<ServiceRollupSeries[]> {
    const rows = await this.db.query<RollupPoint & { labels: Labels }>(
      `SELECT s.labels, r.t, r.min, r.max, r.sum, r.count, r.last
         FROM metric_service_policy p JOIN metric_service_rollup r ON r.policy_id = p.id JOIN metric_series s ON s.id = r.series_id
        WHERE p.service = $1 AND p.name = $2 AND r.t >= $3 AND r.t <= $4 ORDER BY r.series_id, r.t`,
      [service, name, startMs, endMs],
    );
    const out = new Map<string, ServiceRollupSeries>();
    for (const { labels, ...point } of rows) {
      const key = JSON.stringify(labels);
      const s = out.get(key) ?? { labels, points: [] };
      s.points.push({ ...point, count: Number(point.count) });
      out.set(key, s);
    }
    return [...out.values()];
  }

  private effectiveRetention(requestedMs: number): number {
    return Math.min(requestedMs, this.opts.installationRetentionMs());
  }

  private toState(r: PolicyRow): ServicePolicyState {
    const times = {
      ...(r.next_run_at ? { nextRunTime: new Date(r.next_run_at) } : {}),
      ...(r.last_success_at ? { lastSuccessTime: new Date(r.last_success_at) } : {}),
    };
    if (r.spec.kind === 'retention' && !STORED_SIGNALS.has(r.spec.signal)) {
      return { name: r.name, state: 'Pending', consecutiveFailures: 0, message: `Sightline does not store ${r.spec.signal} yet; this retention applies once it does.` };
    }
    let message: string | undefined;
    if (r.spec.kind === 'retention') {
      const installation = this.opts.installationRetentionMs();
      if (r.spec.retentionMs > installation) message = `capped at the installation retention ${formatDuration(installation)}: a service can only shorten it`;
    }
    const state: PolicyPhase = r.consecutive_failures > 0 ? 'Failing' : r.last_success_at ? 'Active' : 'Pending';
    if (state === 'Pending') message ??= 'waiting for its first run';
    return {
      name: r.name,
      state,
      ...times,
      consecutiveFailures: r.consecutive_failures,
      ...(r.last_error ? { lastError: r.last_error } : {}),
      ...(message ? { message } : {}),
    };
  }

  /** Ids (and labels) of the service's series matching `matchers`. */
  private async seriesOf(service: string, matchers: readonly LabelMatcher[] = []): Promise<number[]> {
    const filter = compileMatchers([{ name: 'job', type: '=', value: service }, ...matchers]);
    return (await findCatalogueRows(this.db, filter)).map((r) => r.id);
  }

  private async runRetention(service: string, requestedMs: number, nowMs: number): Promise<void> {
    const cutoff = nowMs - this.effectiveRetention(requestedMs);
    const ids = await this.seriesOf(service);
    for (let i = 0; i < ids.length; i += SERIES_CHUNK) await this.backend.deleteSeriesBefore(ids.slice(i, i + SERIES_CHUNK), cutoff);
    this.opts.afterDelete?.(ids, cutoff);
  }

  private async runRollup(p: PolicyRow, spec: Extract<StoredSpec, { kind: 'rollup' }>, nowMs: number): Promise<void> {
    const interval = spec.intervalMs;
    const align = (t: number): number => Math.floor(t / interval) * interval;
    const keepMs = spec.retentionMs ?? this.opts.installationRetentionMs();
    // Windows that can still receive samples are not rolled up yet.
    const closed = align(nowMs - this.opts.outOfOrderWindowMs - GRACE_MS);
    // A new rollup backfills from whatever raw data its retention could still hold.
    let from = Number(p.done_until ?? align(nowMs - Math.min(keepMs, this.opts.installationRetentionMs())));
    const step = interval * Math.max(1, Math.floor(HOUR_MS / interval));
    const ids = from < closed ? await this.seriesOf(p.service, spec.matchers) : [];
    for (let n = 0; from < closed && n < MAX_WINDOWS_PER_RUN; n++) {
      const to = Math.min(closed, from + step);
      const cols: (number | string)[][] = Array.from({ length: 8 }, () => []);
      for (let i = 0; i < ids.length; i += SERIES_CHUNK) {
        // Windows are (from, to], like the buckets in them (see rollupBucketOf).
        for (const [id, samples] of (await this.backend.read(seriesByIds(ids.slice(i, i + SERIES_CHUNK)), from + 1, to)).samples) {
          for (const b of rollupBuckets(samples, interval)) {
            // Non-finite floats go as text, which both drivers pass through to float8 unchanged.
            [p.id, id, b.t, b.min, b.max, b.sum, b.count, b.last].forEach((x, k) => cols[k]!.push(Number.isFinite(x) ? x : String(x)));
          }
        }
      }
      await this.db.transaction(async (tx) => {
        if (cols[0]!.length > 0) {
          await tx.query(
            `INSERT INTO metric_service_rollup (policy_id, series_id, t, min, max, sum, count, last)
             SELECT * FROM unnest($1::int4[], $2::int4[], $3::int8[], $4::float8[], $5::float8[], $6::float8[], $7::int8[], $8::float8[])
             ON CONFLICT DO NOTHING`,
            cols,
          );
        }
        await tx.query('UPDATE metric_service_policy SET done_until = greatest(coalesce(done_until, $2), $2) WHERE id = $1', [p.id, to]);
      });
      from = to;
    }
    await this.db.query('DELETE FROM metric_service_rollup WHERE policy_id = $1 AND t + $2 <= $3', [p.id, interval, nowMs - keepMs]);
  }
}
