/**
 * What a sample backend (TimescaleDB hypertable, or plain PostgreSQL head + packed blocks) offers
 * the writer, reader and policies, plus the pieces both share: reading row tables bit-exactly and
 * merging sample runs with one duplicate rule.
 */
import type { Labels } from '../../model/labels.js';
import type { Queryable } from '../db.js';
import type { SamplePage, SampleRows } from './copy.js';
import { float64Words, readFloat8s, readInt8s } from './copy.js';
import type { MetricsBackendKind } from './schema.js';
import type { MetricsPolicies, PolicyState, RollupPolicy } from './policy-types.js';

export interface SeriesSamples {
  timestamps: Float64Array;
  values: Float64Array;
}

/** One rollup bucket of one series; `t` is the bucket start. */
export interface RollupPoint {
  t: number;
  min: number;
  max: number;
  sum: number;
  count: number;
  last: number;
}

/** One group write: rows, and pages (many series at one timestamp, see head-pages.ts). */
export interface SampleGroup {
  readonly rows: SampleRows;
  readonly pages: readonly SamplePage[];
}

export interface SampleBackend {
  readonly kind: MetricsBackendKind;
  /** Writes a group's samples in one transaction. */
  write(group: SampleGroup): Promise<void>;
  /** The series `series` selects and their samples in [startMs, endMs], in one statement. */
  read(series: SeriesQuery, startMs: number, endMs: number): Promise<SelectedSamples>;
  /** A subquery yielding `series_id` of series with samples in [$startParam, $endParam]. */
  activeSeriesSql(startParam: string, endParam: string): string;
  readRollup(name: string, seriesIds: readonly number[], startMs: number, endMs: number): Promise<Map<number, RollupPoint[]>>;
  /**
   * Rollups whose buckets hold every sample in (startMs, endMs] at nowMs: complete (the rollup
   * was fed all data there and retention removed none) and final (no sample can still arrive).
   * Backends that cannot tell return none, and queries read raw samples.
   */
  completeRollups(startMs: number, endMs: number, nowMs: number): Promise<RollupPolicy[]>;
  /** Deletes the samples of these series older than `cutoffMs` (per-service retention). */
  deleteSeriesBefore(seriesIds: readonly number[], cutoffMs: number): Promise<void>;
  /** Converges retention and rollups to the desired state; idempotent. */
  reconcile(desired: MetricsPolicies): Promise<PolicyState[]>;
  policyStates(): Promise<PolicyState[]>;
  /** Runs due background work (plain path: partitions, compaction + rollups, retention). */
  runMaintenance(nowMs: number): Promise<void>;
}

/**
 * The series a read covers: a `SELECT id, labels …` over the catalogue with its parameters ($1…).
 * Reads run it as a CTE of their sample statement, so selecting series and reading their samples
 * is one round trip (two separate statements measured ≈0.5 ms more per instant query here).
 */
export interface SeriesQuery {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** Series given by id; their labels are not read. */
export function seriesByIds(ids: readonly number[]): SeriesQuery {
  return { sql: 'SELECT id, NULL::jsonb AS labels FROM unnest($1::int4[]) AS id', params: [ids] };
}

export interface SelectedSamples {
  /** The catalogue rows the series query returned (labels null for seriesByIds). */
  readonly series: readonly { id: number; labels: Labels }[];
  /** Samples per series id; series without samples in range have none. */
  readonly samples: Map<number, SeriesSamples>;
}

/** One row of a read statement: a catalogue row (part 0), a packed block (1) or a row-table run (2). */
export interface ReadRow {
  part: number;
  series_id: number;
  labels: Labels;
  t_start: number;
  data: Uint8Array;
  ts: Uint8Array;
  vs: Uint8Array;
}

/** Where a read part finds the selected series ids, its time bounds, and further parameters. */
export interface ReadPartContext {
  ids: string;
  start: string;
  end: string;
  param(v: unknown): string;
}

/**
 * Runs a read: the series query as a CTE, its rows, then the sample parts a backend adds, each
 * selecting (part, series_id, labels, t_start, data, ts, vs) for the series `= ANY(ids)`. The
 * statement is prepared (its text repeats query after query); its rows come back split by part.
 */
export async function readRows(db: Queryable, series: SeriesQuery, startMs: number, endMs: number, parts: (at: ReadPartContext) => string[]): Promise<ReadResult> {
  const statement = readStatement(series, startMs, endMs, parts);
  return splitReadRows(await db.query<ReadRow>(statement.sql, statement.params, { prepare: true }));
}

function readStatement(
  series: SeriesQuery,
  startMs: number,
  endMs: number,
  parts: (at: ReadPartContext) => string[],
): { sql: string; params: unknown[] } {
  const params = [...series.params];
  const param = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const start = `${param(startMs)}::int8`;
  const end = `${param(endMs)}::int8`;
  // The ids as one array computed once (an InitPlan), so index scans take them as `= ANY(…)`.
  const ids = '(SELECT a FROM ids)::int4[]';
  const sql = `WITH s AS MATERIALIZED (${series.sql}), ids AS (SELECT coalesce(array_agg(id), '{}') AS a FROM s)
    SELECT 0 AS part, id AS series_id, labels, NULL::int8 AS t_start, NULL::bytea AS data, NULL::bytea AS ts, NULL::bytea AS vs FROM s
    ${parts({ ids, start, end, param })
      .map((p) => `UNION ALL ${p}`)
      .join('\n')}`;
  return { sql, params };
}

/** A read's filter on a (series_id, t) table: the selected series, inside the time bounds. */
export function selectedInRange(at: ReadPartContext): string {
  return `series_id = ANY(${at.ids}) AND t >= ${at.start} AND t <= ${at.end}`;
}

/**
 * A read part (part 2) for a (series_id, t, v) row table: samples grouped per series, as
 * int8send() / float8send() bytes (text output would lose NaN payloads). `tieBreak` orders rows
 * with equal timestamps (insertion order for an append-only heap).
 */
export function rowTablePart(table: string, where: string, tieBreak = '', part = 2): string {
  const order = `ORDER BY t${tieBreak ? `, ${tieBreak}` : ''}`;
  return `SELECT ${part} AS part, series_id, NULL AS labels, NULL AS t_start, NULL AS data, string_agg(int8send(t), ''::bytea ${order}) AS ts, string_agg(float8send(v), ''::bytea ${order}) AS vs
       FROM ${table} WHERE ${where} GROUP BY series_id`;
}

/** A read's rows by part: catalogue rows, packed blocks, and sample runs (parts 2 and up) per series. */
export interface ReadResult {
  series: { id: number; labels: Labels }[];
  blocks: ReadRow[];
  /** Per series, its runs decoded and merged, the lower part winning on equal timestamps. */
  runs: Map<number, SeriesSamples>;
}

export function splitReadRows(rows: readonly ReadRow[]): ReadResult {
  const series: { id: number; labels: Labels }[] = [];
  const blocks: ReadRow[] = [];
  const runRows = new Map<number, ReadRow[]>();
  for (const r of rows) {
    if (r.part === 0) series.push({ id: r.series_id, labels: r.labels });
    else if (r.part === 1) blocks.push(r);
    else {
      const list = runRows.get(r.series_id);
      if (list) list.push(r);
      else runRows.set(r.series_id, [r]);
    }
  }
  const runs = new Map<number, SeriesSamples>();
  for (const [id, list] of runRows) {
    // Parts arrive in any order; the lower part wins ties: head rows (2) over head pages (3),
    // whatever their write order (docs/storage.md, head pages), and both over late rows (4).
    if (list.length > 1) list.sort((a, b) => a.part - b.part);
    runs.set(id, list.length === 1 ? decodeRun(list[0]!) : mergeRuns(list.map(decodeRun), -Infinity, Infinity));
  }
  return { series, blocks, runs };
}

function decodeRun(r: ReadRow): SeriesSamples {
  return dedupeSorted({ timestamps: readInt8s(r.ts), values: readFloat8s(r.vs) });
}

/**
 * The one duplicate rule for samples that reached storage with the same timestamp (out-of-order
 * writes, or writers whose cache could not see the earlier sample): the first written wins.
 * Input must be sorted by time with ties in write order.
 */
export function dedupeSorted(s: SeriesSamples): SeriesSamples {
  const { timestamps: ts, values: vs } = s;
  let w = 0;
  for (let i = 0; i < ts.length; i++) {
    if (w > 0 && ts[i] === ts[w - 1]) continue;
    if (w !== i) {
      ts[w] = ts[i]!;
      // copyWithin moves the raw 8 bytes: assigning through a JS number may canonicalise NaNs.
      vs.copyWithin(w, i, i + 1);
    }
    w++;
  }
  return w === ts.length ? s : { timestamps: ts.subarray(0, w), values: vs.subarray(0, w) };
}

/** First index of a sorted array whose value is ≥ t (or > t when `strict`). */
export function lowerBound(ts: Float64Array, t: number, strict = false): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! < t || (strict && ts[mid] === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The part of a sorted run inside [startMs, endMs], without copying. */
function clip(run: SeriesSamples, startMs: number, endMs: number): SeriesSamples {
  const lo = lowerBound(run.timestamps, startMs);
  const hi = lowerBound(run.timestamps, endMs, true);
  if (lo === 0 && hi === run.timestamps.length) return run;
  return { timestamps: run.timestamps.subarray(lo, hi), values: run.values.subarray(lo, hi) };
}

function lastOf(ts: Float64Array): number {
  return ts[ts.length - 1]!;
}

/** Two sorted runs merged, `a` first on equal timestamps (duplicates kept for dedupeSorted). */
function mergeTwo(a: SeriesSamples, b: SeriesSamples): SeriesSamples {
  const n = a.timestamps.length + b.timestamps.length;
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  const out = float64Words(values);
  const aw = float64Words(a.values);
  const bw = float64Words(b.values);
  const at = a.timestamps;
  const bt = b.timestamps;
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    if (j >= bt.length || (i < at.length && at[i]! <= bt[j]!)) {
      timestamps[k] = at[i]!;
      out[k * 2] = aw[i * 2]!;
      out[k * 2 + 1] = aw[i * 2 + 1]!;
      i++;
    } else {
      timestamps[k] = bt[j]!;
      out[k * 2] = bw[j * 2]!;
      out[k * 2 + 1] = bw[j * 2 + 1]!;
      j++;
    }
  }
  return { timestamps, values };
}

/**
 * Joins runs (each sorted) in precedence order, restricted to [startMs, endMs], then dedupes.
 * Runs that follow each other in time (the usual case: blocks, then the head) are concatenated;
 * a single run comes back as a view without copying.
 */
export function mergeRuns(runs: readonly SeriesSamples[], startMs: number, endMs: number): SeriesSamples {
  const parts = runs.map((r) => clip(r, startMs, endMs)).filter((r) => r.timestamps.length > 0);
  if (parts.length === 0) return { timestamps: new Float64Array(0), values: new Float64Array(0) };
  if (parts.length === 1) return parts[0]!;
  const ordered = parts.every((p, i) => i === 0 || p.timestamps[0]! > lastOf(parts[i - 1]!.timestamps));
  if (!ordered) return dedupeSorted(parts.reduce(mergeTwo));
  const n = parts.reduce((sum, p) => sum + p.timestamps.length, 0);
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  const out = float64Words(values);
  let k = 0;
  for (const p of parts) {
    timestamps.set(p.timestamps, k);
    out.set(float64Words(p.values), k * 2);
    k += p.timestamps.length;
  }
  return { timestamps, values };
}

/** Rollup rows (ordered by series, then time) grouped per series. */
export function rollupPointsBySeries(rows: readonly (RollupPoint & { series_id: number })[]): Map<number, RollupPoint[]> {
  const out = new Map<number, RollupPoint[]>();
  for (const { series_id, ...point } of rows) {
    const list = out.get(series_id) ?? [];
    list.push(point);
    out.set(series_id, list);
  }
  return out;
}
