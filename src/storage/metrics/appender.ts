/**
 * The Appender handed to scrape loops and receivers. append() validates each sample at once
 * (bad samples throw a non-retryable 400 SightlineError, so a receiver can report partial
 * success) and buffers it in typed arrays; commit() hands the buffer to the group-commit queue.
 *
 * Sample rules, as Prometheus defines them:
 *  - timestamps must be integers (ms); older than retention → `sample_too_old`; older than the
 *    out-of-order window (relative to now) → `sample_out_of_bounds`; further than the future
 *    tolerance ahead → `sample_too_new`;
 *  - same timestamp as the series' newest sample (committed, or earlier in this batch) with the
 *    same value bits → an accepted duplicate, not stored again; with a different value →
 *    `duplicate_sample_for_timestamp`;
 *  - older than the newest sample but inside the window → accepted (out of order). A collision
 *    the writer cannot see (an out-of-order timestamp already stored, or a series not in the
 *    cache) is resolved on read and compaction: the first written sample wins.
 */
import { labelsKey, METRIC_NAME, type Labels } from '../../model/labels.js';
import { SightlineError } from '../../util/errors.js';
import type { Appender, CommitResult, SeriesHandle } from '../api.js';
import type { KnownSeries, SeriesCache, SeriesRequest, SeriesRequests } from './catalogue.js';
import type { WriteQueue } from './writer.js';

/** Limits the appender enforces; mutable so a policy change applies to appenders already handed out. */
export interface SampleLimits {
  retentionMs: number;
  outOfOrderWindowMs: number;
  futureToleranceMs: number;
}

function rejectSample(code: string, message: string): never {
  throw new SightlineError(code, message, { retryable: false, httpStatus: 400 });
}

// Scratch for reading a value's bits without a float round trip.
const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

export class MetricAppender implements Appender {
  // Each series' index in this batch by key, once append() was used in it (see appendKnown).
  private slots: Map<string, number> | undefined;
  // Identifies this batch to the known series stamped with it.
  private batch = {};
  private series: SeriesRequest[] = [];
  // Per series in this batch: newest timestamp and its value bits (from the cache, then this batch).
  private lastT: number[] = [];
  private lastLo: number[] = [];
  private lastHi: number[] = [];
  private refs = new Int32Array(256);
  private ts = new Float64Array(256);
  private vs = new Float64Array(256);
  private length = 0;
  private minT = Infinity;
  private maxT = -Infinity;

  constructor(
    private readonly queue: WriteQueue,
    private readonly cache: SeriesCache,
    private readonly requests: SeriesRequests,
    private readonly limits: SampleLimits,
    private readonly now: () => number,
    private readonly batchWithinMs = 0,
  ) {}

  append(labels: Labels, timestampMs: number, value: number): void {
    const name = labels[METRIC_NAME];
    if (typeof name !== 'string' || name === '') rejectSample('invalid_labels', 'series labels must include a non-empty __name__');
    this.checkTime(timestampMs);
    const key = labelsKey(labels);
    const slots = this.keyIndex();
    let ref = slots.get(key);
    if (ref === undefined) {
      ref = this.addSeries({ key, labels, entry: this.cache.get(key) });
      slots.set(key, ref);
    }
    this.push(ref, timestampMs, value);
  }

  /**
   * Known series find their slot in this batch through a stamp on their shared request, with no
   * key lookup (a WeakMap and a Map lookup per sample were ≈20% of the write path's CPU), until
   * append() is used in the same batch: from then on both go through the key index, so equal
   * labels stay one series. Two appenders filling the same request at once each give it a slot of
   * their own; a repeated sample then escapes the duplicate check and is resolved on read, the
   * first written winning.
   */
  appendKnown(labels: Labels, timestampMs: number, value: number, handle?: SeriesHandle): SeriesHandle {
    const series = (handle as KnownSeries | undefined) ?? this.requests.of(labels) ?? rejectSample('invalid_labels', 'series labels must include a non-empty __name__');
    this.checkTime(timestampMs);
    let ref = series.batch === this.batch ? series.slot : this.slots?.get(series.key);
    if (ref === undefined) {
      series.entry ??= this.cache.get(series.key);
      ref = this.addSeries(series);
      this.slots?.set(series.key, ref);
    }
    series.batch = this.batch;
    series.slot = ref;
    this.push(ref, timestampMs, value);
    return series;
  }

  /** The batch's series by key, built on the first append(). */
  private keyIndex(): Map<string, number> {
    if (this.slots === undefined) {
      this.slots = new Map();
      this.series.forEach((s, i) => this.slots!.set(s.key, i));
    }
    return this.slots;
  }

  private checkTime(timestampMs: number): void {
    if (!Number.isSafeInteger(timestampMs)) rejectSample('invalid_timestamp', `timestamp ${timestampMs} is not an integer number of milliseconds`);
    const now = this.now();
    const l = this.limits;
    if (timestampMs < now - l.retentionMs) rejectSample('sample_too_old', `sample at ${new Date(timestampMs).toISOString()} is older than the retention period (${l.retentionMs} ms)`);
    if (timestampMs < now - l.outOfOrderWindowMs)
      rejectSample('sample_out_of_bounds', `sample at ${new Date(timestampMs).toISOString()} is older than the out-of-order window (${l.outOfOrderWindowMs} ms)`);
    if (timestampMs > now + l.futureToleranceMs) rejectSample('sample_too_new', `sample at ${new Date(timestampMs).toISOString()} is more than ${l.futureToleranceMs} ms in the future`);
  }

  /** Adds a series to this batch; returns its index. */
  private addSeries(series: SeriesRequest): number {
    const ref = this.series.length;
    this.series.push(series);
    this.lastT.push(series.entry?.lastT ?? -Infinity);
    this.lastLo.push(series.entry?.lastLo ?? 0);
    this.lastHi.push(series.entry?.lastHi ?? 0);
    return ref;
  }

  private push(ref: number, timestampMs: number, value: number): void {
    scratch[0] = value;
    const lo = scratchWords[0]!;
    const hi = scratchWords[1]!;
    if (timestampMs === this.lastT[ref]) {
      if (lo === this.lastLo[ref] && hi === this.lastHi[ref]) return; // accepted duplicate
      rejectSample('duplicate_sample_for_timestamp', `duplicate sample for timestamp ${timestampMs} with a different value`);
    }
    if (timestampMs > this.lastT[ref]!) {
      this.lastT[ref] = timestampMs;
      this.lastLo[ref] = lo;
      this.lastHi[ref] = hi;
    }
    if (this.length === this.ts.length) this.grow();
    this.refs[this.length] = ref;
    this.ts[this.length] = timestampMs;
    this.vs[this.length] = value;
    this.length++;
    if (timestampMs < this.minT) this.minT = timestampMs;
    if (timestampMs > this.maxT) this.maxT = timestampMs;
  }

  commit(): Promise<CommitResult> {
    if (this.length === 0) return Promise.resolve({ samplesWritten: 0, seriesCreated: 0 });
    const batch = { series: this.series, seriesRef: this.refs, timestamps: this.ts, values: this.vs, length: this.length, minT: this.minT, maxT: this.maxT };
    this.reset();
    return this.queue.submit(batch, this.batchWithinMs);
  }

  rollback(): void {
    this.reset();
  }

  private grow(): void {
    const n = this.ts.length * 2;
    const refs = new Int32Array(n);
    const ts = new Float64Array(n);
    const vs = new Float64Array(n);
    refs.set(this.refs);
    ts.set(this.ts);
    vs.set(this.vs);
    [this.refs, this.ts, this.vs] = [refs, ts, vs];
  }

  private reset(): void {
    this.slots = undefined;
    this.batch = {};
    this.series = [];
    this.lastT = [];
    this.lastLo = [];
    this.lastHi = [];
    this.refs = new Int32Array(256);
    this.ts = new Float64Array(256);
    this.vs = new Float64Array(256);
    this.length = 0;
    this.minT = Infinity;
    this.maxT = -Infinity;
  }
}
