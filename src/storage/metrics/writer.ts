/**
 * The write path behind every Appender: a bounded queue with group commit. Concurrent commit()
 * calls (one per HTTP request or scrape) that arrive while a write is in flight are written
 * together by the next one; each caller's promise settles only when its rows are committed (or the
 * write failed, which rejects every caller in the group). A full queue rejects at once with a
 * retryable 429; an unreachable database rejects with a retryable 503, and the next commit simply
 * tries again, so the queue recovers by itself.
 */
import client from 'prom-client';
import { SightlineError, errorMessage } from '../../util/errors.js';
import { logger } from '../../util/log.js';
import type { CommitResult } from '../api.js';
import { isUnavailableError, storageUnavailable } from '../errors.js';
import type { SampleBackend } from './backend.js';
import type { SeriesCatalogue, SeriesEntry, SeriesRequest } from './catalogue.js';
import { BufferPool, type BatchBuffers } from './batch-buffers.js';
import { float64Words, type SamplePage } from './copy.js';
import type { MemoryHead } from './memory-head.js';

const log = logger('storage.metrics');

// Process-wide metrics on prom-client's default registry, shared by every store in the process.
const queueDepth = new client.Gauge({ name: 'sightline_storage_write_queue_samples', help: 'Samples waiting in the metrics write queue.' });
const samplesWritten = new client.Counter({ name: 'sightline_storage_samples_written_total', help: 'Samples committed to metrics storage.' });
const writeTransactions = new client.Counter({ name: 'sightline_storage_write_transactions_total', help: 'Group-commit writes to metrics storage.' });
const commitsRejected = new client.Counter({ name: 'sightline_storage_commits_rejected_total', help: 'Commits rejected by metrics storage.', labelNames: ['reason'] });
const commitDuration = new client.Histogram({
  name: 'sightline_storage_commit_duration_seconds',
  help: 'Time from commit() to its rows being committed.',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/**
 * Batches from this many samples up, all at one timestamp, are written as pages: below it a
 * page's fixed costs (a layout lookup, a row per piece) outweigh what it saves over rows.
 */
const PAGE_MIN_SAMPLES = 64;

/** One appender's buffered samples; `seriesRef[i]` indexes `series`. */
export type AppendBatch = Readonly<BatchBuffers>;

interface Waiter {
  batch: BatchBuffers;
  started: number;
  /** performance.now() by which its write starts; `started` for commits that wait for nothing. */
  due: number;
  resolve(r: CommitResult): void;
  reject(e: SightlineError): void;
}

export interface WriteQueueOptions {
  /** Samples waiting (queued + being written) beyond which commits are rejected with 429. */
  maxPendingSamples: number;
  /** Upper bound on samples per group write (one COPY). */
  maxGroupSamples: number;
  /** Group writes in flight at once: two overlap Node's encoding with the server's COPY. */
  concurrency: number;
  /** Receives every committed sample (standalone's single-writer read path). */
  memoryHead?: MemoryHead;
}

export interface WriterStats {
  pendingSamples: number;
  transactions: number;
  samplesWritten: number;
}

export function classifyWriteError(err: unknown): SightlineError {
  if (err instanceof SightlineError) return err;
  if (isUnavailableError(err)) return storageUnavailable('metrics storage unavailable', err);
  return new SightlineError('storage_write_failed', `metrics write failed: ${errorMessage(err)}`, { retryable: false, httpStatus: 500, cause: err });
}

export class WriteQueue {
  /** Appenders' batch buffers: taken by appenders, given back here once their batch is written. */
  readonly buffers = new BufferPool();
  private queue: Waiter[] = [];
  private pending = 0;
  // Counted apart from the promises: a worker must stop counting in the same tick it sees an empty
  // queue, or a commit submitted just then would find no worker to write it.
  private active = 0;
  private readonly workers = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  // Samples in `queue` (pending also counts those being written).
  private queued = 0;
  private closed = false;
  private readonly counts = { transactions: 0, samplesWritten: 0 };

  constructor(
    private readonly catalogue: SeriesCatalogue,
    private readonly backend: SampleBackend,
    private readonly opts: WriteQueueOptions,
  ) {}

  stats(): WriterStats {
    return { pendingSamples: this.pending, ...this.counts };
  }

  /**
   * Queues a batch; the promise settles once it is committed. `batchWithinMs` lets the write wait
   * that long for other commits to share it: each write is one COPY and transaction with a fixed
   * cost in both processes (grouping per-scrape commits cut PostgreSQL's CPU per sample by 30–45%
   * in bench/scrape.ts).
   */
  submit(batch: BatchBuffers, batchWithinMs = 0): Promise<CommitResult> {
    if (this.closed) {
      this.buffers.give(batch);
      return Promise.reject(new SightlineError('storage_closed', 'metrics storage is shutting down', { retryable: true, httpStatus: 503 }));
    }
    if (this.pending + batch.length > this.opts.maxPendingSamples && this.pending > 0) {
      commitsRejected.inc({ reason: 'queue_full' });
      this.buffers.give(batch);
      return Promise.reject(
        new SightlineError('storage_queue_full', `metrics write queue is full (${this.pending} samples pending, limit ${this.opts.maxPendingSamples}); retry later`, {
          retryable: true,
          httpStatus: 429,
        }),
      );
    }
    return new Promise((resolve, reject) => {
      const started = performance.now();
      this.queue.push({ batch, started, due: started + batchWithinMs, resolve, reject });
      this.pending += batch.length;
      this.queued += batch.length;
      queueDepth.inc(batch.length);
      this.startWorkers();
    });
  }

  /** Starts a worker if one is free and some commit is due; otherwise wakes up when the first is. */
  private startWorkers(): void {
    if (this.active >= this.opts.concurrency || this.queue.length === 0) return;
    const wait = this.nextDue() - performance.now();
    if (wait > 0) {
      if (this.timer === undefined) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.startWorkers();
        }, wait);
      }
      return;
    }
    this.active++;
    const worker: Promise<void> = this.drain().finally(() => this.workers.delete(worker));
    this.workers.add(worker);
  }

  /** When the next write must start: now once the queue holds a full group or storage is closing. */
  private nextDue(): number {
    if (this.closed || this.queued >= this.opts.maxGroupSamples) return -Infinity;
    let due = Infinity;
    for (const w of this.queue) due = Math.min(due, w.due);
    return due;
  }

  /** Resolves once everything submitted so far is written (or failed); later commits are refused. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.startWorkers(); // commits still waiting to be batched are due now
    while (this.workers.size > 0) await Promise.all(this.workers);
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.queue.length === 0 || this.nextDue() > performance.now()) {
        this.active--;
        this.startWorkers();
        return;
      }
      const group: Waiter[] = [];
      let samples = 0;
      // Always take at least one commit, so an oversized batch still gets written.
      while (this.queue.length > 0 && (group.length === 0 || samples + this.queue[0]!.batch.length <= this.opts.maxGroupSamples)) {
        const w = this.queue.shift()!;
        group.push(w);
        samples += w.batch.length;
      }
      this.queued -= samples;
      try {
        const results = await this.writeGroup(group.map((w) => w.batch));
        group.forEach((w, i) => {
          commitDuration.observe((performance.now() - w.started) / 1000);
          w.resolve(results[i]!);
        });
      } catch (err) {
        const e = classifyWriteError(err);
        commitsRejected.inc({ reason: e.code }, group.length);
        log.warn({ err: e.message, commits: group.length, samples }, 'metrics write failed');
        for (const w of group) w.reject(e);
      } finally {
        this.pending -= samples;
        queueDepth.dec(samples);
        for (const w of group) this.buffers.give(w.batch);
      }
    }
  }

  private async writeGroup(batches: readonly AppendBatch[]): Promise<CommitResult[]> {
    // Series whose entry is known skip the catalogue; the rest of the group's distinct series are
    // resolved (and created) in one bulk round trip, and remembered in their shared requests.
    const index = new Map<string, number>();
    const misses: SeriesRequest[] = [];
    for (const b of batches) {
      for (let j = 0; j < b.seriesCount; j++) {
        const s = b.series[j]!;
        if (s.entry === undefined && !index.has(s.key)) {
          index.set(s.key, misses.length);
          misses.push(s);
        }
      }
    }
    const resolved = misses.length > 0 ? await this.catalogue.resolve(misses) : { entries: [], createdIds: new Set<number>() };
    const { createdIds } = resolved;
    const batchEntries = batches.map((b) => {
      const entries: SeriesEntry[] = [];
      for (let j = 0; j < b.seriesCount; j++) {
        const s = b.series[j]!;
        entries.push((s.entry ??= resolved.entries[index.get(s.key)!]!));
      }
      return entries;
    });

    // A batch of many series at one timestamp (a scrape) goes as a page; the rest as rows.
    const isPage = (b: AppendBatch): boolean => b.length >= PAGE_MIN_SAMPLES && b.minT === b.maxT;
    const total = batches.reduce((n, b) => (isPage(b) ? n : n + b.length), 0);
    const rows = { length: total, seriesIds: new Int32Array(total), timestamps: new Float64Array(total), values: new Float64Array(total) };
    const pages: SamplePage[] = [];
    let at = 0;
    batches.forEach((b, k) => {
      const entries = batchEntries[k]!;
      if (isPage(b)) {
        const seriesIds = new Int32Array(b.length);
        for (let i = 0; i < b.length; i++) seriesIds[i] = entries[b.seriesRef[i]!]!.id;
        pages.push({ t: b.minT, seriesIds, values: b.values.subarray(0, b.length) });
        return;
      }
      for (let i = 0; i < b.length; i++) rows.seriesIds[at + i] = entries[b.seriesRef[i]!]!.id;
      rows.timestamps.set(b.timestamps.subarray(0, b.length), at);
      rows.values.set(b.values.subarray(0, b.length), at); // TypedArray.set copies bytes: NaN payloads survive
      at += b.length;
    });
    await this.backend.write({ rows, pages });
    const written = batches.reduce((n, b) => n + b.length, 0);
    this.counts.transactions++;
    this.counts.samplesWritten += written;
    writeTransactions.inc();
    samplesWritten.inc(written);

    if (this.opts.memoryHead) await addToHead(this.opts.memoryHead, batches, batchEntries);
    const credited = new Set<number>();
    return batches.map((b, k) => {
      rememberNewest(b, batchEntries[k]!);
      let seriesCreated = 0;
      for (const { id } of batchEntries[k]!) {
        if (createdIds.has(id) && !credited.has(id)) {
          credited.add(id);
          seriesCreated++;
        }
      }
      return { samplesWritten: b.length, seriesCreated };
    });
  }
}

/** Samples handed to the memory head between two yields to the event loop. */
const HEAD_SLICE = 8192;

/**
 * Hands a committed group to the memory head, yielding every HEAD_SLICE samples: a bulk push of
 * 100k new series would otherwise hold the event loop (probes, other requests) for a second or more.
 * The commits resolve after it, so an acknowledged sample is always readable.
 */
async function addToHead(head: MemoryHead, batches: readonly AppendBatch[], batchEntries: readonly (readonly SeriesEntry[])[]): Promise<void> {
  let sinceYield = 0;
  for (let k = 0; k < batches.length; k++) {
    const b = batches[k]!;
    const entries = batchEntries[k]!;
    const words = float64Words(b.values);
    for (let i = 0; i < b.length; i++) {
      const ref = b.seriesRef[i]!;
      head.append(entries[ref]!.id, b.series[ref]!.labels, b.timestamps[i]!, words, i);
      if (++sinceYield === HEAD_SLICE) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
}

/** Records each series' newest committed sample in its cache entry, for later duplicate checks. */
function rememberNewest(b: AppendBatch, entries: readonly SeriesEntry[]): void {
  const words = float64Words(b.values);
  for (let i = 0; i < b.length; i++) {
    const e = entries[b.seriesRef[i]!]!;
    const t = b.timestamps[i]!;
    if (t >= e.lastT) {
      e.lastT = t;
      e.lastLo = words[i * 2]!;
      e.lastHi = words[i * 2 + 1]!;
    }
  }
}
