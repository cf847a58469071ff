/**
 * What a sample backend (TimescaleDB hypertable, or plain PostgreSQL head + packed blocks) offers
 * the writer, reader and policies, plus the pieces both share: reading row tables bit-exactly and
 * merging sample runs with one duplicate rule.
 */
import type { Queryable } from '../db.js';
import type { SampleRows } from './copy.js';
import { readFloat8s, readInt8s } from './copy.js';
import type { MetricsBackendKind } from './schema.js';
import type { MetricsPolicies, PolicyState } from './policy-types.js';

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

export interface SampleBackend {
  readonly kind: MetricsBackendKind;
  /** Makes sure samples in [minT, maxT] have somewhere to go (e.g. creates partitions). */
  prepareWrite(minT: number, maxT: number): Promise<void>;
  /** Writes the rows in one statement, hence one transaction. */
  write(rows: SampleRows): Promise<void>;
  read(seriesIds: readonly number[], startMs: number, endMs: number): Promise<Map<number, SeriesSamples>>;
  /** A subquery yielding `series_id` of series with samples in [$startParam, $endParam]. */
  activeSeriesSql(startParam: string, endParam: string): string;
  readRollup(name: string, seriesIds: readonly number[], startMs: number, endMs: number): Promise<Map<number, RollupPoint[]>>;
  /** Deletes the samples of these series older than `cutoffMs` (per-service retention). */
  deleteSeriesBefore(seriesIds: readonly number[], cutoffMs: number): Promise<void>;
  /** Converges retention and rollups to the desired state; idempotent. */
  reconcile(desired: MetricsPolicies): Promise<PolicyState[]>;
  policyStates(): Promise<PolicyState[]>;
  /** Runs due background work (plain path: partitions, compaction + rollups, retention). */
  runMaintenance(nowMs: number): Promise<void>;
}

/**
 * Samples of the given series from a (series_id, t, v) row table, grouped per series in one
 * round trip. Values travel as float8send() bytes: text output would lose NaN payloads.
 * `tieBreak` orders rows with equal timestamps (insertion order for an append-only heap).
 */
export async function readRowTable(
  q: Queryable,
  table: string,
  seriesIds: readonly number[],
  startMs: number,
  endMs: number,
  tieBreak = '',
): Promise<Map<number, SeriesSamples>> {
  const order = `ORDER BY t${tieBreak ? `, ${tieBreak}` : ''}`;
  const rows = await q.query<{ series_id: number; ts: Uint8Array; vs: Uint8Array }>(
    `SELECT series_id, string_agg(int8send(t), ''::bytea ${order}) AS ts, string_agg(float8send(v), ''::bytea ${order}) AS vs
       FROM ${table} WHERE series_id = ANY($1::int4[]) AND t >= $2 AND t <= $3 GROUP BY series_id`,
    [seriesIds, startMs, endMs],
  );
  return new Map(rows.map((r) => [r.series_id, dedupeSorted({ timestamps: readInt8s(r.ts), values: readFloat8s(r.vs) })]));
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

/** Joins runs (each sorted) in precedence order, restricted to [startMs, endMs], then dedupes. */
export function mergeRuns(runs: readonly SeriesSamples[], startMs: number, endMs: number): SeriesSamples {
  const idx: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const ts = runs[r]!.timestamps;
    for (let i = 0; i < ts.length; i++) if (ts[i]! >= startMs && ts[i]! <= endMs) idx.push([r, i]);
  }
  // Array.prototype.sort is stable, so equal timestamps keep precedence order.
  idx.sort((a, b) => runs[a[0]]!.timestamps[a[1]]! - runs[b[0]]!.timestamps[b[1]]!);
  const timestamps = new Float64Array(idx.length);
  const values = new Float64Array(idx.length);
  const words = new Uint32Array(values.buffer);
  const runWords = runs.map((r) => new Uint32Array(r.values.buffer, r.values.byteOffset, r.values.length * 2));
  for (let k = 0; k < idx.length; k++) {
    const [r, i] = idx[k]!;
    timestamps[k] = runs[r]!.timestamps[i]!;
    // Word copies keep NaN payloads bit-exact.
    words[k * 2] = runWords[r]![i * 2]!;
    words[k * 2 + 1] = runWords[r]![i * 2 + 1]!;
  }
  return dedupeSorted({ timestamps, values });
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
