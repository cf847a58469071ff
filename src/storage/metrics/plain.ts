/**
 * The plain PostgreSQL (and PGlite) sample backend, a Prometheus-style head + blocks design:
 *  - writes go by binary COPY into `metric_head`, unindexed and range-partitioned by time
 *    (≈1–1.5 M rows/s here, vs ≈0.3 M/s with a (series_id, t) btree); scrapes go packed, as
 *    head pages (head-pages.ts), partitioned and compacted with the head;
 *  - once a head partition can no longer receive samples (older than the out-of-order window),
 *    the runtime compacts it: per series, samples are deduplicated, packed into one block
 *    (codec.ts, ≈6 B/sample vs ≈96 B for an indexed row) and rolled up, then the partition is
 *    dropped, all in one transaction;
 *  - closed 2 h windows then get their blocks merged per series, into blocks of up to 120
 *    samples (≈5 B/sample at a 15 s scrape interval, measured by bench/ingest-storage.ts);
 *  - reads merge blocks (primary key (series_id, t_start)) with the head;
 *  - samples older than the out-of-order window (a backlog replayed after an outage) go to
 *    `metric_late`, partitioned by arrival; a closed arrival partition is compacted into blocks,
 *    minus what the blocks already hold (first written wins), and the windows it touched merged again.
 * Blocks are range-partitioned by t_start, so retention drops whole partitions.
 */
import { SCHEMA, type Db, type Queryable } from '../db.js';
import { logger } from '../../util/log.js';
import {
  mergeRuns,
  readRows,
  rollupPointsBySeries,
  rowTablePart,
  selectedInRange,
  splitReadRows,
  type ReadRow,
  type RollupPoint,
  type SampleBackend,
  type SampleGroup,
  type SelectedSamples,
  type SeriesQuery,
  type SeriesSamples,
} from './backend.js';
import { blockLength, decodeBlock, decodeBlockInto, encodeBlock } from './codec.js';
import { CopyWriter, encodeSampleCopy, type SampleRows } from './copy.js';
import { encodeLayoutsCopy, encodePagesCopy, HeadLayouts, pagesPart } from './head-pages.js';
import { RangePartitions, type Partition } from './partitions.js';
import { desiredSpecs, PolicyStore } from './policy-store.js';
import type { MetricsPolicies, PolicyState, RollupPolicy } from './policy-types.js';
import { rollupBuckets } from './rollup.js';

const log = logger('storage.metrics');

export interface PlainBackendOptions {
  /** Time span of one head partition, hence of the blocks its compaction writes. */
  headPartitionMs: number;
  blockPartitionMs: number;
  /** Samples may arrive this late; head partitions are compacted only after it (plus grace) has passed. */
  outOfOrderWindowMs: number;
  futureToleranceMs: number;
  /** Slack for commits still in flight when a head partition closes. */
  compactionGraceMs: number;
  /** How often the runtime runs maintenance (for policy status `nextRunAt`). */
  maintenanceIntervalMs: number;
  /** The clock: which samples are late is decided when they are written. */
  now: () => number;
  /** Series per compaction pass, bounding the memory one pass holds. */
  compactionSeriesPerPass: number;
  /**
   * Closed windows of this span (dividing blockPartitionMs) get their per-head-partition blocks
   * merged into one block per series: fewer, larger blocks cost less per sample on disk.
   */
  mergeWindowMs: number;
}

// One maintenance runner at a time across processes: "sl-maint".
const MAINTENANCE_LOCK_KEY = 0x736c2d6d61696e74n.toString();

export class PlainBackend implements SampleBackend {
  readonly kind = 'partitions';
  private readonly head: RangePartitions;
  private readonly layouts: HeadLayouts;
  private readonly blocks: RangePartitions;
  private readonly late: RangePartitions;
  private readonly policies: PolicyStore;

  constructor(
    private readonly db: Db,
    private readonly opts: PlainBackendOptions,
  ) {
    this.head = new RangePartitions(db, 'metric_head', opts.headPartitionMs, ['metric_head_pages', 'metric_head_layouts']);
    this.layouts = new HeadLayouts(opts.headPartitionMs, opts.outOfOrderWindowMs + opts.futureToleranceMs);
    this.blocks = new RangePartitions(db, 'metric_blocks', opts.blockPartitionMs);
    this.late = new RangePartitions(db, 'metric_late', opts.headPartitionMs);
    this.policies = new PolicyStore(db);
  }

  async write(group: SampleGroup): Promise<void> {
    const rowsCopy = 'COPY metric_head (series_id, t, v) FROM STDIN WITH (FORMAT binary)';
    const now = this.opts.now();
    const { head, late } = splitLate(group, now - this.opts.outOfOrderWindowMs);
    const range = timeRange(head);
    if (range) await this.head.ensure(range.minT, range.maxT);
    if (late) await this.late.ensure(now, now);
    if (head.pages.length === 0 && !late) return this.db.copyFrom(rowsCopy, encodeSampleCopy(head.rows));
    const plan = await this.layouts.plan(head.pages, this.db);
    await this.db.transaction(async (tx) => {
      if (head.rows.length + plan.asRows.length > 0) await tx.copyFrom(rowsCopy, encodeSampleCopy(head.rows, plan.asRows));
      if (plan.layouts.length > 0) await tx.copyFrom('COPY metric_head_layouts (t, layout_id, series_id, piece, slot, valid_from) FROM STDIN WITH (FORMAT binary)', encodeLayoutsCopy(plan.layouts));
      if (plan.placed.length > 0) await tx.copyFrom('COPY metric_head_pages (t, layout_id, piece, v) FROM STDIN WITH (FORMAT binary)', encodePagesCopy(plan.placed));
      if (late) await tx.copyFrom('COPY metric_late (series_id, t, v, arrived) FROM STDIN WITH (FORMAT binary)', encodeSampleCopy(late.rows, late.pages, now));
    });
    this.layouts.remember(plan.layouts);
  }

  async read(series: SeriesQuery, startMs: number, endMs: number): Promise<SelectedSamples> {
    // A block never spans more than one merge window, which bounds t_start for partition pruning.
    // No ORDER BY: sorting wide bytea rows in PostgreSQL spilled to disk for long ranges; the few
    // blocks per series are ordered here instead.
    const { series: selected, blocks, runs: head } = await readRows(this.db, series, startMs, endMs, (at) => [
      `SELECT 1, series_id, NULL, t_start, data, NULL, NULL FROM metric_blocks
        WHERE series_id = ANY(${at.ids}) AND t_start <= ${at.end} AND t_end >= ${at.start} AND t_start >= ${at.param(startMs - this.opts.mergeWindowMs)}::int8`,
      rowTablePart('metric_head', selectedInRange(at), 'ctid'),
      rowTablePart('metric_late', selectedInRange(at), 'ctid', LATE_PART),
      pagesPart(
        'metric_head_layouts',
        'metric_head_pages',
        `l.series_id = ANY(${at.ids}) AND l.t <= ${at.end} AND l.t > ${at.start} - ${at.param(this.opts.headPartitionMs)}::int8 AND p.t >= ${at.start} AND p.t <= ${at.end}`,
      ),
    ]);
    blocks.sort((a, b) => a.series_id - b.series_id || a.t_start - b.t_start);
    const samples = new Map<number, SeriesSamples>();
    for (let i = 0; i < blocks.length; ) {
      const id = blocks[i]!.series_id;
      let j = i;
      while (j < blocks.length && blocks[j]!.series_id === id) j++;
      const runs = [decodeSeriesBlocks(blocks.slice(i, j), startMs, endMs)];
      const h = head.get(id);
      if (h) runs.push(h);
      head.delete(id);
      const merged = mergeRuns(runs, startMs, endMs);
      if (merged.timestamps.length > 0) samples.set(id, merged);
      i = j;
    }
    for (const [id, h] of head) if (h.timestamps.length > 0) samples.set(id, h);
    return { series: selected, samples };
  }

  activeSeriesSql(startParam: string, endParam: string): string {
    return `(SELECT series_id FROM metric_head WHERE t >= ${startParam} AND t <= ${endParam}
             UNION SELECT series_id FROM metric_late WHERE t >= ${startParam} AND t <= ${endParam}
             UNION SELECT l.series_id FROM metric_head_layouts l
              WHERE l.t <= ${endParam} AND l.t > ${startParam} - ${this.opts.headPartitionMs}
                AND EXISTS (SELECT 1 FROM metric_head_pages p WHERE p.layout_id = l.layout_id AND p.piece = l.piece
                             AND p.t >= ${startParam} AND p.t >= l.valid_from AND p.t <= ${endParam})
             UNION SELECT series_id FROM metric_blocks
              WHERE t_start <= ${endParam} AND t_end >= ${startParam} AND t_start >= ${startParam}::int8 - ${this.opts.mergeWindowMs})`;
  }

  async readRollup(name: string, seriesIds: readonly number[], startMs: number, endMs: number): Promise<Map<number, RollupPoint[]>> {
    const rollup = (await this.policies.rollups()).find((r) => r.name === name);
    if (!rollup) throw new Error(`no rollup named ${JSON.stringify(name)}`);
    const rows = await this.db.query<RollupPoint & { series_id: number }>(
      `SELECT series_id, t, min, max, sum, count, last FROM metric_rollup
        WHERE resolution_ms = $1 AND series_id = ANY($2::int4[]) AND t >= $3 AND t <= $4 ORDER BY series_id, t`,
      [rollup.resolutionMs, seriesIds, startMs, endMs],
    );
    return rollupPointsBySeries(rows);
  }

  /**
   * Whole blocks ending before the cutoff go: a merged block spans up to the merge window, so a
   * series keeps up to that much more than its retention. Head rows are cheap to cut exactly, and
   * so are pages: their layouts stop reading them before the cutoff.
   */
  async deleteSeriesBefore(seriesIds: readonly number[], cutoffMs: number): Promise<void> {
    await this.db.query('DELETE FROM metric_blocks WHERE series_id = ANY($1::int4[]) AND t_end < $2', [seriesIds, cutoffMs]);
    await this.db.query('DELETE FROM metric_head WHERE series_id = ANY($1::int4[]) AND t < $2', [seriesIds, cutoffMs]);
    await this.db.query('DELETE FROM metric_late WHERE series_id = ANY($1::int4[]) AND t < $2', [seriesIds, cutoffMs]);
    await this.db.query('UPDATE metric_head_layouts SET valid_from = $2 WHERE series_id = ANY($1::int4[]) AND valid_from < $2', [seriesIds, cutoffMs]);
  }

  async reconcile(desired: MetricsPolicies): Promise<PolicyState[]> {
    const before = await this.policies.rollups();
    await this.policies.apply(desiredSpecs(desired));
    // Rollup data whose resolution no desired rollup uses any more is dropped with its policy.
    const kept = new Set(desired.rollups.map((r) => r.resolutionMs));
    const gone = before.filter((r) => !kept.has(r.resolutionMs)).map((r) => r.resolutionMs);
    if (gone.length > 0) {
      await this.db.query('DELETE FROM metric_rollup WHERE resolution_ms = ANY($1::int8[])', [gone]);
      await this.db.query('DELETE FROM meta WHERE key = ANY($1::text[])', [gone.map(rollupFromKey)]);
    }
    // A new rollup is fed by compactions from now on: samples already in blocks never reach it,
    // so it is complete only after the newest of them (recorded for push-down).
    const had = new Set(before.map((r) => r.resolutionMs));
    for (const r of desired.rollups.filter((x) => !had.has(x.resolutionMs))) {
      await this.db.query(
        `INSERT INTO meta (key, value) SELECT $1, coalesce(max(t_end), ${Number.MIN_SAFE_INTEGER})::text FROM metric_blocks
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [rollupFromKey(r.resolutionMs)],
      );
    }
    return this.policies.list();
  }

  /**
   * Rollups complete over (startMs, endMs]: created before any of its samples was compacted,
   * no head partition (data still arriving or not compacted) at or before endMs, and nothing
   * there past raw or rollup retention.
   */
  async completeRollups(startMs: number, endMs: number, nowMs: number): Promise<RollupPolicy[]> {
    const [rollups, heads, late, marks, retentionMs] = await Promise.all([
      this.policies.rollups(),
      this.head.list(),
      this.late.list(),
      this.db.query<{ key: string; value: string }>("SELECT key, value FROM meta WHERE key LIKE 'rollup_from:%'"),
      this.policies.retentionMs(),
    ]);
    // Late samples not compacted yet may fall anywhere in the range.
    if (heads.some((p) => p.start <= endMs) || late.length > 0) return [];
    const from = new Map(marks.map((m) => [m.key, Number(m.value)]));
    return rollups.filter((r) => {
      const complete = from.get(rollupFromKey(r.resolutionMs));
      const kept = Math.min(retentionMs ?? Infinity, r.retentionMs ?? Infinity);
      return complete !== undefined && startMs >= complete && startMs >= nowMs - kept;
    });
  }

  policyStates(): Promise<PolicyState[]> {
    return this.policies.list();
  }

  async runMaintenance(nowMs: number): Promise<void> {
    const next = new Date(Date.now() + this.opts.maintenanceIntervalMs);
    const o = this.opts;
    // Partitions ahead: the head for every timestamp the writer accepts (from now − the out-of-order
    // window: reaching further back re-created partitions just compacted, to compact them again),
    // blocks for what compaction will write.
    await this.head.ensure(nowMs - o.outOfOrderWindowMs, nowMs + o.futureToleranceMs + o.headPartitionMs);
    await this.blocks.ensure(nowMs - o.outOfOrderWindowMs - o.headPartitionMs, nowMs + o.futureToleranceMs + o.blockPartitionMs);

    const rollups = await this.policies.rollups();
    const compactionPolicies = ['compaction', ...rollups.map((r) => `rollup:${r.name}`)];
    try {
      for (const p of await this.head.list()) {
        if (p.end + o.outOfOrderWindowMs + o.compactionGraceMs <= nowMs) await this.compact(p, rollups);
      }
      // A late partition closes once nothing arrives in it any more; its samples are older than the
      // out-of-order window then, so the head partitions they fall in have been compacted above.
      for (const p of await this.late.list()) {
        if (p.end + o.compactionGraceMs + o.outOfOrderWindowMs + o.headPartitionMs <= nowMs) await this.compactLate(p, rollups);
      }
      await this.mergeClosedWindows(nowMs);
      await this.policies.recordRun(compactionPolicies, next);
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'head compaction failed');
      await this.policies.recordRun(compactionPolicies, next, err);
    }

    const retentionMs = await this.policies.retentionMs();
    if (retentionMs === undefined) return;
    try {
      await this.applyRetention(nowMs - retentionMs, nowMs, rollups);
      await this.policies.recordRun(['retention'], next);
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'retention failed');
      await this.policies.recordRun(['retention'], next, err);
    }
  }

  private async applyRetention(cutoff: number, nowMs: number, rollups: RollupPolicy[]): Promise<void> {
    for (const parts of [this.blocks, this.head]) {
      for (const p of await parts.list()) {
        if (p.end > cutoff) continue;
        log.info({ partition: p.name }, 'dropping partition past retention');
        await parts.drop(p);
      }
    }
    for (const r of rollups) {
      await this.db.query('DELETE FROM metric_rollup WHERE resolution_ms = $1 AND t + $1 <= $2', [r.resolutionMs, nowMs - (r.retentionMs ?? 0)]);
    }
  }

  /**
   * Merges the blocks of every window whose head partitions are all compacted and which has not
   * been merged yet (watermark in `meta`), one transaction per window.
   */
  private async mergeClosedWindows(nowMs: number): Promise<void> {
    const o = this.opts;
    const [mark] = await this.db.query<{ value: string }>("SELECT value FROM meta WHERE key = 'metric_blocks_merged_until'");
    const [first] = await this.db.query<{ t: number | null }>('SELECT min(t_start) AS t FROM metric_blocks');
    if (first?.t == null) return;
    let start = Math.max(Number(mark?.value ?? 0), Math.floor(first.t / o.mergeWindowMs) * o.mergeWindowMs);
    // Every head partition overlapping the window must be past compaction.
    const closedBefore = nowMs - o.outOfOrderWindowMs - o.compactionGraceMs - o.headPartitionMs;
    for (; start + o.mergeWindowMs <= closedBefore; start += o.mergeWindowMs) {
      const merged = await this.db.transaction(async (tx) => {
        if (!(await holdsMaintenanceLock(tx))) return false; // another process is running maintenance
        await this.mergeWindow(tx, start, start + o.mergeWindowMs);
        await tx.query(
          "INSERT INTO meta (key, value) VALUES ('metric_blocks_merged_until', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
          [String(start + o.mergeWindowMs)],
        );
        return true;
      });
      if (!merged) return;
    }
  }

  private async mergeWindow(tx: Queryable, start: number, end: number): Promise<void> {
    const rows = await tx.query<{ series_id: number; data: Uint8Array }>(
      `SELECT series_id, data FROM metric_blocks
        WHERE t_start >= $1 AND t_start < $2
          AND series_id IN (SELECT series_id FROM metric_blocks WHERE t_start >= $1 AND t_start < $2 GROUP BY series_id HAVING count(*) > 1)
        ORDER BY series_id, t_start`,
      [start, end],
    );
    if (rows.length === 0) return;
    const runs = new Map<number, SeriesSamples[]>();
    for (const r of rows) {
      const list = runs.get(r.series_id) ?? [];
      list.push(decodeBlock(r.data));
      runs.set(r.series_id, list);
    }
    const out = new CopyWriter(rows.length * 256);
    for (const [id, list] of runs) {
      const s = mergeRuns(list, -Infinity, Infinity);
      appendBlocks(out, id, s);
    }
    await tx.query('DELETE FROM metric_blocks WHERE t_start >= $1 AND t_start < $2 AND series_id = ANY($3::int4[])', [start, end, [...runs.keys()]]);
    await tx.copyFrom('COPY metric_blocks (series_id, t_start, t_end, data) FROM STDIN WITH (FORMAT binary)', out.finish());
    log.info({ window: start, series: runs.size, blocks: rows.length }, 'merged blocks');
  }

  /** Packs one closed head partition into blocks and rollups, then drops it, atomically. */
  private async compact(p: Partition, rollups: RollupPolicy[]): Promise<void> {
    await this.blocks.ensure(p.start, p.end - 1);
    // A partition from before head pages existed gets its (empty) page and layout siblings.
    await this.head.ensure(p.start, p.start);
    const [maxId] = await this.db.query<{ id: number | null }>('SELECT max(id) AS id FROM metric_series');
    const step = this.opts.compactionSeriesPerPass;
    let samples = 0;
    const started = performance.now();
    const done = await this.db.transaction(async (tx) => {
      if (!(await holdsMaintenanceLock(tx)) || !(await partitionExists(tx, p))) return false;
      for (let from = 0; from <= (maxId?.id ?? 0); from += step) samples += await this.compactPass(tx, p, from, from + step, rollups);
      await this.head.drop(p, tx);
      return true;
    });
    if (done) log.info({ partition: p.name, samples, ms: Math.round(performance.now() - started) }, 'compacted head partition');
  }

  /**
   * Packs one closed late partition into blocks, minus the samples blocks already hold at the same
   * timestamps (first written wins), feeds the rollups with what is new, merges again the windows
   * already merged that it touched, then drops the partition, atomically.
   */
  private async compactLate(p: Partition, rollups: RollupPolicy[]): Promise<void> {
    const started = performance.now();
    const part = `${SCHEMA}.${RangePartitions.partitionOf('metric_late', p)}`;
    const result = await this.db.transaction(async (tx) => {
      if (!(await holdsMaintenanceLock(tx)) || !(await partitionExists(tx, p))) return undefined;
      const [span] = await tx.query<{ lo: number | null; hi: number | null; max_id: number | null }>(`SELECT min(t) AS lo, max(t) AS hi, max(series_id) AS max_id FROM ${part}`);
      let samples = 0;
      let duplicates = 0;
      if (span?.lo != null && span.hi != null && span.max_id != null) {
        await this.blocks.ensure(span.lo, span.hi);
        for (let from = 0; from <= span.max_id; from += this.opts.compactionSeriesPerPass) {
          const n = await this.compactLatePass(tx, part, from, from + this.opts.compactionSeriesPerPass, rollups);
          samples += n.samples;
          duplicates += n.duplicates;
        }
        await this.remergeWindows(tx, span.lo, span.hi);
      }
      await this.late.drop(p, tx);
      return { samples, duplicates };
    });
    if (result) log.info({ partition: p.name, ...result, ms: Math.round(performance.now() - started) }, 'compacted late samples');
  }

  private async compactLatePass(tx: Queryable, part: string, fromId: number, toId: number, rollups: RollupPolicy[]): Promise<{ samples: number; duplicates: number }> {
    const rows = await tx.query<ReadRow>(rowTablePart(part, 'series_id >= $1 AND series_id < $2', 'ctid', LATE_PART), [fromId, toId]);
    const { runs } = splitReadRows(rows);
    if (runs.size === 0) return { samples: 0, duplicates: 0 };
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of runs.values()) {
      lo = Math.min(lo, r.timestamps[0]!);
      hi = Math.max(hi, r.timestamps[r.timestamps.length - 1]!);
    }
    const stored = await tx.query<{ series_id: number; data: Uint8Array }>(
      `SELECT series_id, data FROM metric_blocks
        WHERE series_id = ANY($1::int4[]) AND t_start <= $3 AND t_end >= $2 AND t_start >= $4::int8`,
      [[...runs.keys()], lo, hi, lo - this.opts.mergeWindowMs],
    );
    const held = new Map<number, Set<number>>();
    for (const b of stored) {
      const set = held.get(b.series_id) ?? new Set<number>();
      for (const t of decodeBlock(b.data, lo, hi).timestamps) set.add(t);
      held.set(b.series_id, set);
    }
    const blocks = new CopyWriter(runs.size * 256);
    const rollupRows: (number | string)[][] = Array.from({ length: 9 }, () => []);
    let samples = 0;
    let duplicates = 0;
    for (const [seriesId, run] of runs) {
      const fresh = withoutTimestamps(run, held.get(seriesId));
      duplicates += run.timestamps.length - fresh.timestamps.length;
      if (fresh.timestamps.length === 0) continue;
      samples += fresh.timestamps.length;
      appendBlocks(blocks, seriesId, fresh);
      addRollupRows(rollupRows, rollups, seriesId, fresh);
    }
    await tx.copyFrom('COPY metric_blocks (series_id, t_start, t_end, data) FROM STDIN WITH (FORMAT binary)', blocks.finish());
    if (rollupRows[0]!.length > 0) await mergeRollups(tx, rollupRows);
    return { samples, duplicates };
  }

  /** Merges again the windows in [lo, hi] that were merged already (later ones are merged in turn). */
  private async remergeWindows(tx: Queryable, lo: number, hi: number): Promise<void> {
    const [mark] = await tx.query<{ value: string }>("SELECT value FROM meta WHERE key = 'metric_blocks_merged_until'");
    const mergedUntil = Number(mark?.value ?? 0);
    const w = this.opts.mergeWindowMs;
    for (let start = Math.floor(lo / w) * w; start <= hi && start + w <= mergedUntil; start += w) await this.mergeWindow(tx, start, start + w);
  }

  private async compactPass(tx: Queryable, p: Partition, fromId: number, toId: number, rollups: RollupPolicy[]): Promise<number> {
    const part = (table: string) => `${SCHEMA}.${RangePartitions.partitionOf(table, p)}`;
    const rows = await tx.query<ReadRow>(
      `${rowTablePart(part('metric_head'), 'series_id >= $1 AND series_id < $2', 'ctid')}
       UNION ALL ${pagesPart(part('metric_head_layouts'), part('metric_head_pages'), 'l.series_id >= $1 AND l.series_id < $2')}`,
      [fromId, toId],
    );
    const groups = [...splitReadRows(rows).runs];
    if (groups.length === 0) return 0;
    const blocks = new CopyWriter(groups.length * 256);
    const rollupRows: (number | string)[][] = Array.from({ length: 9 }, () => []);
    let samples = 0;
    for (const [seriesId, s] of groups) {
      samples += s.timestamps.length;
      appendBlocks(blocks, seriesId, s);
      addRollupRows(rollupRows, rollups, seriesId, s);
    }
    await tx.copyFrom('COPY metric_blocks (series_id, t_start, t_end, data) FROM STDIN WITH (FORMAT binary)', blocks.finish());
    if (rollupRows[0]!.length > 0) await mergeRollups(tx, rollupRows);
    return samples;
  }
}

/**
 * Samples per block at most, as Prometheus cuts its chunks at 120: a read fetches and decodes only
 * the blocks overlapping its range (an instant query one, not a whole merge window's), and a block
 * this small stays inline in its row instead of going to TOAST. bench/query.ts's data (1,000 counters ×
 * 24 h at 15 s) takes 4.7 B/sample so, row headers and both indexes included (after VACUUM FULL).
 */
const BLOCK_SAMPLES = 120;

/** One series' samples (sorted, deduplicated) as COPY rows of metric_blocks, cut into even blocks. */
function appendBlocks(out: CopyWriter, seriesId: number, s: SeriesSamples): void {
  const n = s.timestamps.length;
  const blocks = Math.ceil(n / BLOCK_SAMPLES);
  for (let k = 0; k < blocks; k++) {
    const from = Math.floor((k * n) / blocks);
    const to = Math.floor(((k + 1) * n) / blocks);
    const ts = s.timestamps.subarray(from, to);
    out.row(4);
    out.int4(seriesId);
    out.int8(ts[0]!);
    out.int8(ts[ts.length - 1]!);
    out.bytea(encodeBlock(ts, s.values.subarray(from, to)));
  }
}

const rollupFromKey = (resolutionMs: number): string => `rollup_from:${resolutionMs}`;

/** Takes the maintenance lock for the transaction, unless another process holds it. */
async function holdsMaintenanceLock(tx: Queryable): Promise<boolean> {
  const [lock] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [MAINTENANCE_LOCK_KEY]);
  return lock?.ok === true;
}

/** Whether a partition is still there (another process may have compacted and dropped it). */
async function partitionExists(tx: Queryable, p: Partition): Promise<boolean> {
  const [exists] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [SCHEMA, p.name]);
  return (exists?.n ?? 0) > 0;
}

/** Read part number of late rows: below head rows and pages on equal timestamps (written earlier). */
const LATE_PART = 4;

/** One series' rollup buckets as columns of mergeRollups' rows. */
function addRollupRows(cols: (number | string)[][], rollups: readonly RollupPolicy[], seriesId: number, s: SeriesSamples): void {
  for (const r of rollups) {
    for (const b of rollupBuckets(s, r.resolutionMs)) {
      const row = [r.resolutionMs, seriesId, b.t, b.min, b.max, b.sum, b.count, b.last, b.lastT];
      // Non-finite floats go as text, which both drivers pass through to float8 unchanged.
      row.forEach((x, i) => cols[i]!.push(Number.isFinite(x) ? x : String(x)));
    }
  }
}

/** A run without the samples at the given timestamps (bytes of the values kept as they are). */
function withoutTimestamps(run: SeriesSamples, drop: ReadonlySet<number> | undefined): SeriesSamples {
  if (!drop || drop.size === 0) return run;
  const keep: number[] = [];
  for (let i = 0; i < run.timestamps.length; i++) if (!drop.has(run.timestamps[i]!)) keep.push(i);
  const out = { timestamps: new Float64Array(keep.length), values: new Float64Array(keep.length) };
  keep.forEach((from, to) => {
    out.timestamps[to] = run.timestamps[from]!;
    out.values.set(run.values.subarray(from, from + 1), to);
  });
  return out;
}

/**
 * Splits a write at `lateBefore`: samples the head still takes, and older ones for the late table
 * (undefined when there are none, the usual case). A late page goes whole: all its samples share
 * one timestamp.
 */
function splitLate(group: SampleGroup, lateBefore: number): { head: SampleGroup; late?: SampleGroup } {
  const { rows } = group;
  let lateRows = 0;
  for (let i = 0; i < rows.length; i++) if (rows.timestamps[i]! < lateBefore) lateRows++;
  const latePages = group.pages.filter((p) => p.t < lateBefore);
  if (lateRows === 0 && latePages.length === 0) return { head: group };
  const pick = (late: boolean): SampleRows => {
    const n = late ? lateRows : rows.length - lateRows;
    const out = { length: n, seriesIds: new Int32Array(n), timestamps: new Float64Array(n), values: new Float64Array(n) };
    let k = 0;
    for (let i = 0; i < rows.length; i++) {
      if (rows.timestamps[i]! < lateBefore !== late) continue;
      out.seriesIds[k] = rows.seriesIds[i]!;
      out.timestamps[k] = rows.timestamps[i]!;
      out.values.set(rows.values.subarray(i, i + 1), k); // bytes, so NaN payloads survive
      k++;
    }
    return out;
  };
  return {
    head: { rows: pick(false), pages: group.pages.filter((p) => p.t >= lateBefore) },
    late: { rows: pick(true), pages: latePages },
  };
}

/** The time span of a group's samples, or undefined when it has none. */
function timeRange(group: SampleGroup): { minT: number; maxT: number } | undefined {
  let minT = Infinity;
  let maxT = -Infinity;
  for (let i = 0; i < group.rows.length; i++) {
    minT = Math.min(minT, group.rows.timestamps[i]!);
    maxT = Math.max(maxT, group.rows.timestamps[i]!);
  }
  for (const p of group.pages) {
    minT = Math.min(minT, p.t);
    maxT = Math.max(maxT, p.t);
  }
  return minT <= maxT ? { minT, maxT } : undefined;
}

/**
 * One series' blocks (ordered by t_start) decoded into one pair of arrays, without per-block
 * copies. Blocks come from disjoint head partitions and windows, so they follow each other in
 * time; should they ever overlap, they are merged with the first written winning.
 */
function decodeSeriesBlocks(blocks: readonly { data: Uint8Array }[], startMs: number, endMs: number): SeriesSamples {
  const capacity = blocks.reduce((n, b) => n + blockLength(b.data), 0);
  const out = { timestamps: new Float64Array(capacity), values: new Float64Array(capacity) };
  let k = 0;
  for (const b of blocks) {
    const written = decodeBlockInto(b.data, startMs, endMs, out, k);
    if (written > 0 && k > 0 && out.timestamps[k]! <= out.timestamps[k - 1]!) {
      return mergeRuns(blocks.map((x) => decodeBlock(x.data, startMs, endMs)), startMs, endMs);
    }
    k += written;
  }
  return { timestamps: out.timestamps.subarray(0, k), values: out.values.subarray(0, k) };
}

/** Merges partial buckets into metric_rollup; each head partition is compacted exactly once, so this is exact. */
async function mergeRollups(tx: Queryable, cols: (number | string)[][]): Promise<void> {
  await tx.query(
    `INSERT INTO metric_rollup AS r (resolution_ms, series_id, t, min, max, sum, count, last, last_t)
     SELECT * FROM unnest($1::int8[], $2::int4[], $3::int8[], $4::float8[], $5::float8[], $6::float8[], $7::int8[], $8::float8[], $9::int8[])
     ON CONFLICT (resolution_ms, series_id, t) DO UPDATE SET
       min = CASE WHEN r.min = 'NaN' THEN EXCLUDED.min WHEN EXCLUDED.min = 'NaN' THEN r.min ELSE least(r.min, EXCLUDED.min) END,
       max = CASE WHEN r.max = 'NaN' THEN EXCLUDED.max WHEN EXCLUDED.max = 'NaN' THEN r.max ELSE greatest(r.max, EXCLUDED.max) END,
       sum = r.sum + EXCLUDED.sum,
       count = r.count + EXCLUDED.count,
       last = CASE WHEN EXCLUDED.last_t >= r.last_t THEN EXCLUDED.last ELSE r.last END,
       last_t = greatest(r.last_t, EXCLUDED.last_t)`,
    cols,
  );
}
