/**
 * The TimescaleDB sample backend: one hypertable of rows, compressed (segmentby series_id,
 * orderby t) by TimescaleDB's own jobs, with retention and continuous aggregates as TimescaleDB
 * policies. The database runs the jobs; policy state comes from timescaledb_information.
 * Not exercised in CI (no TimescaleDB there); the same behaviour is covered on the plain path.
 */
import { SCHEMA, type Db } from '../db.js';
import {
  readRows,
  rollupPointsBySeries,
  rowTablePart,
  selectedInRange,
  type RollupPoint,
  type SampleBackend,
  type SampleGroup,
  type SelectedSamples,
  type SeriesQuery,
} from './backend.js';
import { encodeSampleCopy } from './copy.js';
import type { MetricsPolicies, PolicyState, RollupPolicy } from './policy-types.js';

export interface TimescaleBackendOptions {
  /** Chunks older than this are compressed. */
  compressAfterMs: number;
  /** How late a sample may arrive: rollup refreshes look back at least this far. */
  outOfOrderWindowMs: number;
}

const ROLLUP_PREFIX = 'metric_rollup_';
// The staleness marker is not a value: keep it out of aggregates (bit comparison, NaN = NaN in SQL).
const NOT_STALE = "float8send(v) <> '\\x7ff0000000000002'::bytea";

interface JobRow {
  job_id: number;
  proc_name: string;
  hypertable_name: string;
  config: Record<string, unknown> | null;
  next_start: Date | null;
  last_successful_finish: Date | null;
  total_failures: number | null;
  last_failure: Date | null;
  last_error: string | null;
  consecutive_failures: number;
}

function rollupView(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`rollup name ${JSON.stringify(name)} must be [a-z0-9_]+`);
  return `${ROLLUP_PREFIX}${name}`;
}

export class TimescaleBackend implements SampleBackend {
  readonly kind = 'timescaledb';

  constructor(
    private readonly db: Db,
    private readonly opts: TimescaleBackendOptions,
  ) {}

  // Hypertable chunks are created by TimescaleDB on insert.
  /** Pages go as rows: a hypertable chunk compresses them per series anyway. */
  write(group: SampleGroup): Promise<void> {
    return this.db.copyFrom('COPY metric_samples (series_id, t, v) FROM STDIN WITH (FORMAT binary)', encodeSampleCopy(group.rows, group.pages));
  }

  async read(series: SeriesQuery, startMs: number, endMs: number): Promise<SelectedSamples> {
    // ctid means nothing across compressed chunks: ties keep an arbitrary but consistent first.
    const { series: selected, runs } = await readRows(this.db, series, startMs, endMs, (at) => [rowTablePart('metric_samples', selectedInRange(at))]);
    return { series: selected, samples: runs };
  }

  activeSeriesSql(startParam: string, endParam: string): string {
    return `(SELECT DISTINCT series_id FROM metric_samples WHERE t >= ${startParam} AND t <= ${endParam})`;
  }

  async readRollup(name: string, seriesIds: readonly number[], startMs: number, endMs: number): Promise<Map<number, RollupPoint[]>> {
    const rows = await this.db.query<RollupPoint & { series_id: number }>(
      `SELECT series_id, t, min, max, sum, count, last FROM ${rollupView(name)}
        WHERE series_id = ANY($1::int4[]) AND t >= $2 AND t <= $3 ORDER BY series_id, t`,
      [seriesIds, startMs, endMs],
    );
    return rollupPointsBySeries(rows);
  }

  /** Continuous aggregates refresh on their own schedule; their watermark is not consulted yet. */
  completeRollups(): Promise<RollupPolicy[]> {
    return Promise.resolve([]);
  }

  // DML on compressed chunks decompresses only the affected segments (TimescaleDB ≥ 2.11).
  async deleteSeriesBefore(seriesIds: readonly number[], cutoffMs: number): Promise<void> {
    await this.db.query('DELETE FROM metric_samples WHERE series_id = ANY($1::int4[]) AND t < $2', [seriesIds, cutoffMs]);
  }

  async reconcile(desired: MetricsPolicies): Promise<PolicyState[]> {
    const jobs = await this.jobs();
    await this.ensureRetention('metric_samples', desired.retentionMs, jobs);
    await this.db.query(`SELECT add_compression_policy('metric_samples', compress_after => $1::int8, if_not_exists => true)`, [this.opts.compressAfterMs]);
    const existing = await this.db.query<{ view_name: string }>(
      'SELECT view_name FROM timescaledb_information.continuous_aggregates WHERE view_schema = $1', [SCHEMA]);
    const wanted = new Set(desired.rollups.map((r) => rollupView(r.name)));
    for (const { view_name } of existing) {
      if (view_name.startsWith(ROLLUP_PREFIX) && !wanted.has(view_name)) await this.db.query(`DROP MATERIALIZED VIEW ${view_name}`);
    }
    for (const r of desired.rollups) {
      const view = rollupView(r.name);
      const res = r.resolutionMs;
      // Materialized-only (the default since 2.13): readers see what the refresh policy has written.
      // Each refresh recomputes buckets from `start_offset` ago: far enough back to take in samples
      // that arrive as late as the out-of-order window allows.
      await this.db.query(`
        CREATE MATERIALIZED VIEW IF NOT EXISTS ${view} WITH (timescaledb.continuous) AS
        SELECT series_id, time_bucket(${res}::int8, t, 1::int8) - 1 AS t, min(v) AS min, max(v) AS max, sum(v) AS sum,
               count(*) AS count, last(v, t) AS last
          FROM metric_samples WHERE ${NOT_STALE} GROUP BY series_id, time_bucket(${res}::int8, t, 1::int8) WITH NO DATA`);
      await this.db.query(
        `SELECT add_continuous_aggregate_policy('${view}', start_offset => $1::int8, end_offset => $2::int8, schedule_interval => $3::interval, if_not_exists => true)`,
        [Math.max(res * 4, this.opts.outOfOrderWindowMs + 2 * res), res, `${Math.max(60, res / 1000)} seconds`],
      );
      await this.ensureRetention(view, r.retentionMs ?? desired.retentionMs, await this.jobs());
    }
    return this.policyStates();
  }

  /** add_retention_policy has no "update": replace the job only when drop_after changed. */
  private async ensureRetention(relation: string, dropAfterMs: number, jobs: JobRow[]): Promise<void> {
    // Jobs on a continuous aggregate name the view (TimescaleDB ≥ 2.x recent) or its materialization hypertable (older).
    const names = new Set([relation, ...(relation === 'metric_samples' ? [] : [await this.materialization(relation)])]);
    const job = jobs.find((j) => j.proc_name === 'policy_retention' && names.has(j.hypertable_name));
    if (job && Number(job.config?.drop_after) === dropAfterMs) return;
    if (job) await this.db.query(`SELECT remove_retention_policy('${relation}', if_exists => true)`);
    await this.db.query(`SELECT add_retention_policy('${relation}', drop_after => $1::int8)`, [dropAfterMs]);
  }

  private async materialization(view: string): Promise<string> {
    const [row] = await this.db.query<{ name: string }>(
      'SELECT materialization_hypertable_name AS name FROM timescaledb_information.continuous_aggregates WHERE view_schema = $1 AND view_name = $2',
      [SCHEMA, view],
    );
    if (!row) throw new Error(`continuous aggregate ${view} not found`);
    return row.name;
  }

  /**
   * Our jobs with their run state: job_stats for runs, job_history (which always keeps failed runs)
   * for the latest failure's error and the failures since the last success.
   */
  private jobs(): Promise<JobRow[]> {
    return this.db.query<JobRow>(
      `SELECT j.job_id, j.proc_name, j.hypertable_name, j.config,
              -- ±infinity stands for "not yet" in job_stats.
              CASE WHEN isfinite(coalesce(s.next_start, j.next_start)) THEN coalesce(s.next_start, j.next_start) END AS next_start,
              CASE WHEN isfinite(s.last_successful_finish) THEN s.last_successful_finish END AS last_successful_finish, s.total_failures,
              f.last_failure, f.last_error, f.consecutive_failures
         FROM timescaledb_information.jobs j LEFT JOIN timescaledb_information.job_stats s USING (job_id)
         CROSS JOIN LATERAL (
           SELECT max(h.finish_time) AS last_failure, (array_agg(h.err_message ORDER BY h.id DESC))[1] AS last_error,
                  count(*) FILTER (WHERE h.start_time > coalesce(s.last_successful_finish, '-infinity'))::int AS consecutive_failures
             FROM timescaledb_information.job_history h WHERE h.job_id = j.job_id AND NOT h.succeeded) f
        WHERE j.hypertable_schema IN ($1, '_timescaledb_internal')`,
      [SCHEMA],
    );
  }

  async policyStates(): Promise<PolicyState[]> {
    const jobs = await this.jobs();
    const views = await this.db.query<{ view_name: string; mat: string }>(
      'SELECT view_name, materialization_hypertable_name AS mat FROM timescaledb_information.continuous_aggregates WHERE view_schema = $1',
      [SCHEMA],
    );
    // A job on a continuous aggregate names either the view or its materialization hypertable, by version.
    const viewOf = new Map(views.flatMap((v) => [[v.mat, v.view_name] as const, [v.view_name, v.view_name] as const]));
    const states: PolicyState[] = [];
    for (const j of jobs) {
      const view = viewOf.get(j.hypertable_name);
      let name: string;
      let kind: PolicyState['kind'];
      if (j.proc_name === 'policy_compression') [name, kind] = ['compaction', 'compaction'];
      else if (j.proc_name === 'policy_refresh_continuous_aggregate' && view) [name, kind] = [`rollup:${view.slice(ROLLUP_PREFIX.length)}`, 'rollup'];
      else if (j.proc_name === 'policy_retention') [name, kind] = [view ? `retention:${view.slice(ROLLUP_PREFIX.length)}` : 'retention', 'retention'];
      else continue;
      states.push({
        name,
        kind,
        spec: { jobId: j.job_id, ...(j.config ?? {}) },
        ...(j.next_start ? { nextRunAt: new Date(j.next_start) } : {}),
        ...(j.last_successful_finish ? { lastSuccessAt: new Date(j.last_successful_finish) } : {}),
        ...(j.last_failure ? { lastFailureAt: new Date(j.last_failure) } : {}),
        ...(j.last_error ? { lastError: j.last_error } : {}),
        consecutiveFailures: j.consecutive_failures,
        totalFailures: Number(j.total_failures ?? 0),
      });
    }
    return states.sort((a, b) => a.name.localeCompare(b.name));
  }

  // TimescaleDB's scheduler runs the jobs.
  runMaintenance(): Promise<void> {
    return Promise.resolve();
  }
}
