/**
 * A reconcile work queue with controller-runtime's contract: a key is queued at most once, a key
 * being processed is never processed concurrently (a change arriving meanwhile queues it again
 * for after), failures are retried with per-key exponential backoff, and success resets it.
 */
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';

const log = logger('controller');

export interface ReconcileResult {
  /** Reconcile again after this long even without a change (e.g. to refresh live figures). */
  requeueAfterMs?: number;
}

export type Reconciler = (key: string) => Promise<ReconcileResult | void>;

export interface QueueOptions {
  concurrency?: number;
  /** First retry delay after a failure; doubles on every further failure of the same key. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export class WorkQueue {
  private readonly queued = new Set<string>();
  private readonly order: string[] = [];
  private readonly processing = new Set<string>();
  /** Keys changed while processing: queued again when their reconcile ends. */
  private readonly dirty = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly idleWaiters: (() => void)[] = [];
  private workers = 0;
  private stopped = false;
  private readonly concurrency: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(
    private readonly reconcile: Reconciler,
    options: QueueOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 4;
    this.baseDelayMs = options.baseDelayMs ?? 200;
    this.maxDelayMs = options.maxDelayMs ?? 300_000;
  }

  /** Queues a key now (cancelling any delayed retry of it). */
  add(key: string): void {
    if (this.stopped) return;
    this.cancelTimer(key);
    if (this.processing.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.order.push(key);
    this.pump();
  }

  /** Queues a key after a delay, unless it is queued sooner. */
  addAfter(key: string, delayMs: number): void {
    if (this.stopped) return;
    const existing = this.timers.get(key);
    if (existing) clearTimeout(existing);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.add(key);
    }, delayMs);
    timer.unref();
    this.timers.set(key, timer);
  }

  /** The backoff the next failure of this key would wait. */
  nextRetryDelay(key: string): number {
    const n = this.failures.get(key) ?? 0;
    return Math.min(this.baseDelayMs * 2 ** n, this.maxDelayMs);
  }

  /** Drops the key's failure history, e.g. when its object is deleted. */
  forget(key: string): void {
    this.failures.delete(key);
    this.cancelTimer(key);
  }

  get length(): number {
    return this.order.length;
  }

  /** Resolves when nothing is queued or processing (delayed retries may still be pending). */
  idle(): Promise<void> {
    if (this.order.length === 0 && this.processing.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops taking work, cancels delayed retries and waits for in-flight reconciles. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const key of [...this.timers.keys()]) this.cancelTimer(key);
    this.order.length = 0;
    this.queued.clear();
    await this.idle();
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  private pump(): void {
    while (this.workers < this.concurrency && this.order.length > 0) {
      const key = this.order.shift()!;
      this.queued.delete(key);
      this.processing.add(key);
      this.workers++;
      void this.process(key);
    }
    if (this.workers === 0 && this.order.length === 0) for (const wake of this.idleWaiters.splice(0)) wake();
  }

  private async process(key: string): Promise<void> {
    try {
      const result = await this.reconcile(key);
      this.failures.delete(key);
      if (result?.requeueAfterMs !== undefined) this.addAfter(key, result.requeueAfterMs);
    } catch (err) {
      const delay = this.nextRetryDelay(key);
      this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
      log.warn({ key, err: errorMessage(err), retryInMs: delay }, 'reconcile failed; retrying');
      this.addAfter(key, delay);
    } finally {
      this.processing.delete(key);
      this.workers--;
      if (this.dirty.delete(key)) this.add(key);
      this.pump();
    }
  }
}
