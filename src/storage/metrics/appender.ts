/**
 * The Appender handed to scrape loops and receivers. append() validates each sample at once
 * (bad samples throw a non-retryable 400 SightlineError, so a receiver can report partial
 * success) and buffers it in typed arrays from the write queue's pool; commit() hands them to the
 * group-commit queue.
 *
 * Sample rules, as Prometheus defines them:
 *  - timestamps must be integers (ms); older than retention → `sample_too_old`; further than the
 *    future tolerance ahead → `sample_too_new`; anything between is accepted, however late (the
 *    backend stores samples older than the out-of-order window apart, see plain.ts);
 *  - same timestamp as the series' newest sample (committed, or earlier in this batch) with the
 *    same value bits → an accepted duplicate, not stored again; with a different value →
 *    `duplicate_sample_for_timestamp`;
 *  - older than the newest sample → accepted (out of order). A collision
 *    the writer cannot see (an out-of-order timestamp already stored, or a series not in the
 *    cache) is resolved on read and compaction: the first written sample wins.
 */
import { labelsKey, METRIC_NAME, type Labels } from '../../model/labels.js';
import { SightlineError } from '../../util/errors.js';
import type { Appender, CommitResult, SeriesHandle } from '../api.js';
import type { KnownSeries, SeriesCache, SeriesRequests } from './catalogue.js';
import type { BatchBuffers } from './batch-buffers.js';
import type { WriteQueue } from './writer.js';

/** Limits the appender enforces; mutable so a policy change applies to appenders already handed out. */
export interface SampleLimits {
  retentionMs: number;
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
  /** This batch's samples, from the queue's pool at the first one. */
  private buffers: BatchBuffers | undefined;
  /** The last timestamp that passed checkTime(): a scrape's samples share one, so it is checked once. */
  private checkedT = NaN;

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
    const buffers = (this.buffers ??= this.queue.buffers.take());
    const slots = this.keyIndex(buffers);
    let ref = slots.get(key);
    if (ref === undefined) {
      ref = buffers.addSeries({ key, labels, entry: this.cache.get(key) });
      slots.set(key, ref);
    }
    this.push(buffers, ref, timestampMs, value);
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
    const buffers = (this.buffers ??= this.queue.buffers.take());
    let ref = series.batch === this.batch ? series.slot : this.slots?.get(series.key);
    if (ref === undefined) {
      series.entry ??= this.cache.get(series.key);
      ref = buffers.addSeries(series);
      this.slots?.set(series.key, ref);
    }
    series.batch = this.batch;
    series.slot = ref;
    this.push(buffers, ref, timestampMs, value);
    return series;
  }

  /** The batch's series by key, built on the first append(). */
  private keyIndex(buffers: BatchBuffers): Map<string, number> {
    if (this.slots === undefined) {
      this.slots = new Map();
      for (let i = 0; i < buffers.seriesCount; i++) this.slots.set(buffers.series[i]!.key, i);
    }
    return this.slots;
  }

  private checkTime(timestampMs: number): void {
    if (timestampMs === this.checkedT) return;
    if (!Number.isSafeInteger(timestampMs)) rejectSample('invalid_timestamp', `timestamp ${timestampMs} is not an integer number of milliseconds`);
    const now = this.now();
    const l = this.limits;
    if (timestampMs < now - l.retentionMs) rejectSample('sample_too_old', `sample at ${new Date(timestampMs).toISOString()} is older than the retention period (${l.retentionMs} ms)`);
    if (timestampMs > now + l.futureToleranceMs) rejectSample('sample_too_new', `sample at ${new Date(timestampMs).toISOString()} is more than ${l.futureToleranceMs} ms in the future`);
    this.checkedT = timestampMs;
  }

  private push(b: BatchBuffers, ref: number, timestampMs: number, value: number): void {
    scratch[0] = value;
    const lo = scratchWords[0]!;
    const hi = scratchWords[1]!;
    const newest = b.newestT[ref]!;
    if (timestampMs === newest) {
      if (lo === b.newestWords[ref * 2] && hi === b.newestWords[ref * 2 + 1]) return; // accepted duplicate
      rejectSample('duplicate_sample_for_timestamp', `duplicate sample for timestamp ${timestampMs} with a different value`);
    }
    if (timestampMs > newest) {
      b.newestT[ref] = timestampMs;
      b.newestWords[ref * 2] = lo;
      b.newestWords[ref * 2 + 1] = hi;
    }
    b.reserveSample();
    const i = b.length++;
    b.seriesRef[i] = ref;
    b.timestamps[i] = timestampMs;
    b.values[i] = value;
    if (timestampMs < b.minT) b.minT = timestampMs;
    if (timestampMs > b.maxT) b.maxT = timestampMs;
  }

  commit(): Promise<CommitResult> {
    const buffers = this.buffers;
    this.reset();
    if (buffers === undefined || buffers.length === 0) {
      if (buffers) this.queue.buffers.give(buffers);
      return Promise.resolve({ samplesWritten: 0, seriesCreated: 0 });
    }
    return this.queue.submit(buffers, this.batchWithinMs);
  }

  rollback(): void {
    if (this.buffers) this.queue.buffers.give(this.buffers);
    this.reset();
  }

  private reset(): void {
    this.slots = undefined;
    this.batch = {};
    this.buffers = undefined;
    this.checkedT = NaN;
  }
}
