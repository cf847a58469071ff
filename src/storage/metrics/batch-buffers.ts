/**
 * The buffers of one appender batch, and the pool that reuses them. A batch lives from its first
 * sample until the group commit that writes it (scrapes wait up to 500 ms to share one), long
 * enough to outlive V8's young generation: fresh arrays per batch were promoted to the old space
 * at ≈1.8 MB/s in bench/scrape.ts (100 targets × 2,000 series every 5 s, a heap sampling profile
 * of objects surviving scavenges), where only a major GC of the whole heap frees them; reused,
 * the process's RSS per target fell ≈30% (docs/scrape.md, with src/util/heap.ts). The write
 * queue hands buffers out and takes them back once their batch is written, failed or dropped.
 */
import type { SeriesRequest } from './catalogue.js';

const INITIAL_CAPACITY = 256;
/** Buffers grown past this many samples or series (a huge remote-write request) are not kept. */
const POOLED_CAPACITY_MAX = 1 << 16;
/** Batches in flight at once are about a second's scrapes; more free buffers than this are dropped. */
const POOL_SIZE_MAX = 64;

function grown<T extends Float64Array | Int32Array | Uint32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/** What cleared slots of `series` hold, so pooled buffers keep no request (and its labels) alive. */
const RELEASED: SeriesRequest = Object.freeze({ key: '', labels: Object.freeze({}) });

export class BatchBuffers {
  /**
   * The batch's series, the first `seriesCount` of them; per sample, `seriesRef` indexes them.
   * Counted rather than truncated: setting an array's length to 0 drops its backing store.
   */
  readonly series: SeriesRequest[] = [];
  seriesCount = 0;
  /** Per series: its newest timestamp and that value's two 32-bit words, from the cache and then this batch (duplicate checks). */
  newestT = new Float64Array(INITIAL_CAPACITY);
  newestWords = new Uint32Array(INITIAL_CAPACITY * 2);
  seriesRef = new Int32Array(INITIAL_CAPACITY);
  timestamps = new Float64Array(INITIAL_CAPACITY);
  values = new Float64Array(INITIAL_CAPACITY);
  /** Samples held. */
  length = 0;
  minT = Infinity;
  maxT = -Infinity;

  /** Adds a series, its newest sample taken from its cache entry; returns its index. */
  addSeries(series: SeriesRequest): number {
    const ref = this.seriesCount++;
    if (ref === this.newestT.length) {
      this.newestT = grown(this.newestT, ref * 2);
      this.newestWords = grown(this.newestWords, ref * 4);
    }
    this.series[ref] = series;
    const entry = series.entry;
    this.newestT[ref] = entry === undefined ? -Infinity : entry.lastT;
    this.newestWords[ref * 2] = entry === undefined ? 0 : entry.lastLo;
    this.newestWords[ref * 2 + 1] = entry === undefined ? 0 : entry.lastHi;
    return ref;
  }

  /** Makes room for one more sample. */
  reserveSample(): void {
    if (this.length < this.timestamps.length) return;
    const n = this.length * 2;
    this.seriesRef = grown(this.seriesRef, n);
    this.timestamps = grown(this.timestamps, n);
    this.values = grown(this.values, n);
  }

  /** Empties the buffers, keeping their capacity. */
  clear(): void {
    this.series.fill(RELEASED, 0, this.seriesCount);
    this.seriesCount = 0;
    this.length = 0;
    this.minT = Infinity;
    this.maxT = -Infinity;
  }

  /** Whether the buffers are worth keeping for another batch. */
  get poolable(): boolean {
    return this.timestamps.length <= POOLED_CAPACITY_MAX && this.newestT.length <= POOLED_CAPACITY_MAX;
  }
}

export class BufferPool {
  private readonly free: BatchBuffers[] = [];

  take(): BatchBuffers {
    return this.free.pop() ?? new BatchBuffers();
  }

  /** Takes buffers back; nothing may use them afterwards. */
  give(buffers: BatchBuffers): void {
    if (!buffers.poolable || this.free.length >= POOL_SIZE_MAX) return;
    buffers.clear();
    this.free.push(buffers);
  }
}
