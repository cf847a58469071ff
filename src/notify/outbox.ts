/**
 * The durable outbox: a notification is a row before it is sent, so nothing decided is lost when
 * the process dies, and the latest row of a (channel, group key) is the notification log that
 * deduplication compares against. Senders claim due rows with a lease (next_attempt_at pushed past
 * the send timeout, FOR UPDATE SKIP LOCKED), so two processes never send one row at once and a row
 * whose sender died becomes due again when the lease runs out.
 */
import type { Db } from '../storage/db.js';
import type { NotificationData } from './channels/channel.js';

/** How long delivered and failed notifications are kept (alert history will want longer; issue 16). */
export const OUTBOX_RETENTION_MS = 7 * 24 * 3600_000;

/** What the last notification of a group said (Alertmanager's nflog entry). */
export interface LogEntry {
  seq: number;
  firing: string[];
  resolved: string[];
  createdAtMs: number;
}

export interface OutboxRow {
  id: number;
  channel: string;
  groupKey: string;
  idempotencyKey: string;
  payload: NotificationData;
  attempts: number;
  createdAtMs: number;
}

export interface NewNotification {
  channel: string;
  groupKey: string;
  seq: number;
  firing: string[];
  resolved: string[];
  payload: NotificationData;
  /** skipped: recorded in the log but nothing to send (only resolved alerts and sendResolved off). */
  status: 'pending' | 'skipped';
}

export class Outbox {
  constructor(private readonly db: () => Db) {}

  async last(channel: string, groupKey: string): Promise<LogEntry | undefined> {
    const [row] = await this.db().query<{ seq: number; firing: string[]; resolved: string[]; created_at: Date }>(
      'SELECT seq, firing, resolved, created_at FROM notification_outbox WHERE channel = $1 AND group_key = $2 ORDER BY seq DESC LIMIT 1',
      [channel, groupKey],
      { prepare: true },
    );
    return row && { seq: row.seq, firing: row.firing, resolved: row.resolved, createdAtMs: row.created_at.getTime() };
  }

  /**
   * Writes a notification; older ones of the group still waiting are superseded (the new one says
   * what is true now). Returns false when another process already wrote this sequence number.
   */
  async enqueue(n: NewNotification, nowMs: number): Promise<boolean> {
    const now = new Date(nowMs);
    return this.db().transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO notification_outbox (channel, group_key, seq, idempotency_key, firing, resolved, payload, status, next_attempt_at, created_at, finished_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
        [n.channel, n.groupKey, n.seq, `${n.channel}:${n.groupKey}:${n.seq}`, n.firing, n.resolved, JSON.stringify(n.payload), n.status, now, n.status === 'skipped' ? now : null],
      );
      if (inserted.length === 0) return false;
      await tx.query(
        "UPDATE notification_outbox SET status = 'superseded', finished_at = $4 WHERE channel = $1 AND group_key = $2 AND seq < $3 AND status = 'pending'",
        [n.channel, n.groupKey, n.seq, now],
      );
      return true;
    });
  }

  /** Claims up to `limit` due rows for `leaseMs`, oldest first. */
  async claim(nowMs: number, leaseMs: number, limit: number): Promise<OutboxRow[]> {
    const rows = await this.db().query<{ id: number; channel: string; group_key: string; idempotency_key: string; payload: NotificationData; attempts: number; created_at: Date }>(
      `UPDATE notification_outbox SET next_attempt_at = $2
       WHERE id IN (SELECT id FROM notification_outbox WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, channel, group_key, idempotency_key, payload, attempts, created_at`,
      [new Date(nowMs), new Date(nowMs + leaseMs), limit],
    );
    return rows
      .map((r) => ({ id: r.id, channel: r.channel, groupKey: r.group_key, idempotencyKey: r.idempotency_key, payload: r.payload, attempts: r.attempts, createdAtMs: r.created_at.getTime() }))
      .sort((a, b) => a.id - b.id);
  }

  async finish(id: number, status: 'sent' | 'failed', attempts: number, nowMs: number, code: number | undefined, error: string): Promise<void> {
    await this.db().query(
      "UPDATE notification_outbox SET status = $2, attempts = $3, finished_at = $4, response_code = $5, last_error = $6 WHERE id = $1 AND status = 'pending'",
      [id, status, attempts, new Date(nowMs), code ?? null, error],
    );
  }

  async retryLater(id: number, attempts: number, atMs: number, code: number | undefined, error: string): Promise<void> {
    await this.db().query("UPDATE notification_outbox SET attempts = $2, next_attempt_at = $3, response_code = $4, last_error = $5 WHERE id = $1 AND status = 'pending'", [
      id,
      attempts,
      new Date(atMs),
      code ?? null,
      error,
    ]);
  }

  /**
   * Deletes finished notifications older than OUTBOX_RETENTION_MS, except each group's latest:
   * that one is the group's notification log and carries its sequence on (idempotency keys never repeat).
   */
  async collectGarbage(nowMs: number): Promise<void> {
    await this.db().query(
      `DELETE FROM notification_outbox o WHERE o.status <> 'pending' AND o.created_at < $1
         AND EXISTS (SELECT 1 FROM notification_outbox n WHERE n.channel = o.channel AND n.group_key = o.group_key AND n.seq > o.seq)`,
      [new Date(nowMs - OUTBOX_RETENTION_MS)],
    );
  }

  /** When the next pending row is due, to sleep until then. */
  async nextDue(): Promise<number | undefined> {
    const [row] = await this.db().query<{ at: Date | null }>("SELECT min(next_attempt_at) AS at FROM notification_outbox WHERE status = 'pending'");
    return row?.at ? row.at.getTime() : undefined;
  }
}
