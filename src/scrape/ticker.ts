/**
 * Runs a task every interval at a stable offset within it, from a hash of an id — as Prometheus
 * spreads scrape loops — so thousands of loops (scrapes, health checks) do not fire together. A
 * tick never overlaps the previous one; ticks missed while the process was busy are skipped
 * rather than run in a burst.
 */
import { hashMod } from '../discovery/relabel.js';

export class Ticker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  /**
   * `task` must not reject: a failure is the task's to report. It gets the tick's scheduled time
   * (aligned to the interval and the id's offset) and how many ticks were skipped before it.
   */
  constructor(
    private readonly id: string,
    private readonly intervalMs: number,
    private readonly task: (scheduledMs: number, missed: number) => Promise<void>,
  ) {}

  start(): void {
    const offset = Number(hashMod(this.id, BigInt(this.intervalMs)));
    const now = Date.now();
    let first = now - (now % this.intervalMs) + offset;
    if (first < now) first += this.intervalMs;
    this.schedule(first, 0);
  }

  private schedule(at: number, missed: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.task(at, missed).finally(() => {
        this.running = undefined;
        let next = at + this.intervalMs;
        let skipped = 0;
        while (next <= Date.now()) {
          next += this.intervalMs;
          skipped++;
        }
        this.schedule(next, skipped);
      });
    }, Math.max(0, at - Date.now()));
  }

  /** Schedules no further tick; resolves once a tick in flight finished. */
  stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    return this.running ?? Promise.resolve();
  }
}
