/**
 * Delivers the outbox: claims due rows, sends each through its channel (one at a time per
 * channel, channels in parallel), and records the result. Failures retry with exponential
 * backoff and full jitter, independent of the group timers, honouring Retry-After; a 4xx other
 * than 408/429 is the request's fault and fails at once, and a notification still undelivered
 * after maxRetryMs fails. Only the leader runs a Sender.
 */
import client from 'prom-client';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import type { DeliveryResult } from './channels/channel.js';
import type { Outbox, OutboxRow } from './outbox.js';
import type { Route } from './route.js';

const log = logger('notify');

const sentTotal = new client.Counter({ name: 'sightline_notifications_total', help: 'Notifications delivered, by channel.', labelNames: ['channel'] as const });
const failedTotal = new client.Counter({ name: 'sightline_notifications_failed_total', help: 'Notifications given up on, by channel.', labelNames: ['channel'] as const });
const attemptsTotal = new client.Counter({ name: 'sightline_notification_attempts_total', help: 'Delivery attempts, by channel and outcome.', labelNames: ['channel', 'outcome'] as const });
const latency = new client.Histogram({
  name: 'sightline_notification_latency_seconds',
  help: 'From a notification being written to the outbox to its delivery.',
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
});

export interface SenderOptions {
  /** How long a claimed row is reserved for its sender; longer than timeoutMs. */
  leaseMs: number;
  timeoutMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  maxRetryMs: number;
  /** Longest sleep between looks at the outbox when nothing wakes the sender. */
  idleMs: number;
}

export const DEFAULT_SENDER: SenderOptions = { leaseMs: 30_000, timeoutMs: 10_000, backoffBaseMs: 1000, backoffMaxMs: 300_000, maxRetryMs: 3600_000, idleMs: 5000 };

export interface DeliveryReport {
  channel: string;
  ok: boolean;
  /** Final: delivered, or given up. */
  final: boolean;
  error?: string;
  atMs: number;
}

/** Exponential backoff with jitter: between half and all of base·2^(attempt−1), capped. */
export function backoffMs(attempt: number, options: Pick<SenderOptions, 'backoffBaseMs' | 'backoffMaxMs'>, random = Math.random): number {
  const full = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

export class Sender {
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private readonly inFlight = new AbortController();

  constructor(
    private readonly outbox: Outbox,
    private readonly route: (name: string) => Route | undefined,
    private readonly options: SenderOptions,
    private readonly report: (r: DeliveryReport) => void,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Something was written: look at the outbox now. */
  kick(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.inFlight.abort();
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sleepMs = this.options.idleMs;
      try {
        const rows = await this.outbox.claim(this.now(), this.options.leaseMs, 100);
        await this.deliver(rows);
        const next = await this.outbox.nextDue();
        if (rows.length === 100) sleepMs = 0;
        else if (next !== undefined) sleepMs = Math.min(sleepMs, Math.max(0, next - this.now()));
      } catch (err) {
        log.warn({ err: errorMessage(err) }, 'reading the notification outbox failed');
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sleepMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private async deliver(rows: OutboxRow[]): Promise<void> {
    const byChannel = new Map<string, OutboxRow[]>();
    for (const r of rows) byChannel.set(r.channel, [...(byChannel.get(r.channel) ?? []), r]);
    await Promise.all(
      [...byChannel.values()].map(async (list) => {
        for (const row of list) {
          if (!this.running) return;
          await this.deliverOne(row).catch((err: unknown) => log.warn({ id: row.id, err: errorMessage(err) }, 'recording a delivery failed; the row is tried again'));
        }
      }),
    );
  }

  private async deliverOne(row: OutboxRow): Promise<void> {
    const route = this.route(row.channel);
    const attempts = row.attempts + 1;
    // Without its route the row waits: a new leader's controller may not have applied the channel
    // yet; the rows of a deleted channel fail after maxRetryMs.
    const result: DeliveryResult = route
      ? await route.channel.send({ idempotencyKey: row.idempotencyKey, data: row.payload }, AbortSignal.any([this.inFlight.signal, AbortSignal.timeout(this.options.timeoutMs)]))
      : { ok: false, retryable: true, error: `channel ${row.channel} is not configured` };
    const now = this.now();
    // Stopping aborts requests in flight: the row stays due for the next leader, not failed.
    if (!this.running && !result.ok) return;
    if (!result.ok && 'wait' in result) {
      await this.outbox.retryLater(row.id, row.attempts, now + result.retryAfterMs, undefined, '');
      return;
    }
    attemptsTotal.inc({ channel: row.channel, outcome: result.ok ? 'ok' : result.retryable ? 'retry' : 'error' });
    if (result.ok) {
      await this.outbox.finish(row.id, 'sent', attempts, now, result.code, '');
      sentTotal.inc({ channel: row.channel });
      latency.observe((now - row.createdAtMs) / 1000);
      this.report({ channel: row.channel, ok: true, final: true, atMs: now });
      log.info({ channel: row.channel, groupKey: row.groupKey, status: row.payload.status, alerts: row.payload.alerts.length, attempts }, 'notification sent');
      return;
    }
    const next = now + Math.max(backoffMs(attempts, this.options), result.retryAfterMs ?? 0);
    if (result.retryable && next - row.createdAtMs <= this.options.maxRetryMs) {
      await this.outbox.retryLater(row.id, attempts, next, result.code, result.error);
      this.report({ channel: row.channel, ok: false, final: false, error: result.error, atMs: now });
      log.warn({ channel: row.channel, groupKey: row.groupKey, attempts, retryInMs: next - now, err: result.error }, 'notification not delivered; retrying');
      return;
    }
    await this.outbox.finish(row.id, 'failed', attempts, now, result.code, result.error);
    failedTotal.inc({ channel: row.channel });
    this.report({ channel: row.channel, ok: false, final: true, error: result.error, atMs: now });
    log.error({ channel: row.channel, groupKey: row.groupKey, attempts, err: result.error }, 'notification failed');
  }
}
