/**
 * The notifier's tables (migration 9):
 * - `posted_alerts`: alerts posted to `/api/v2/alerts` (Prometheus, vmalert, Grafana pointed at
 *   Sightline as their Alertmanager), one row per fingerprint; rule alerts stay in `alerts`.
 * - `silences`: Alertmanager v2 silences.
 * - `notification_outbox`: one row per notification, written before it is sent. The latest row of
 *   a (channel, group key) is also the notification log that deduplication compares against
 *   (Alertmanager's nflog), so a restart or a new leader neither loses nor repeats a notification.
 * Acknowledgements, escalation and the audit log will key on the same fingerprints and group keys.
 */
import type { Queryable } from '../storage/db.js';

export async function createNotifyTables(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE posted_alerts (
      fingerprint text PRIMARY KEY,
      labels jsonb NOT NULL,
      annotations jsonb NOT NULL,
      generator_url text NOT NULL DEFAULT '',
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
  // The notifier reads what changed since its last poll.
  await tx.query('CREATE INDEX posted_alerts_updated ON posted_alerts (updated_at)');
  await tx.query(`
    CREATE TABLE silences (
      id text PRIMARY KEY,
      matchers jsonb NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      created_by text NOT NULL,
      comment text NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
  await tx.query(`
    CREATE TABLE notification_outbox (
      id bigserial PRIMARY KEY,
      channel text NOT NULL,
      group_key text NOT NULL,
      seq integer NOT NULL,
      idempotency_key text NOT NULL UNIQUE,
      firing text[] NOT NULL,
      resolved text[] NOT NULL,
      payload jsonb NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'skipped', 'superseded')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      finished_at timestamptz,
      response_code integer,
      last_error text NOT NULL DEFAULT '',
      UNIQUE (channel, group_key, seq)
    )`);
  await tx.query("CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'pending'");
}
