/**
 * Alert state in the database, so that a restart or a new leader carries on with the same alerts:
 * pending alerts keep their `for` clock, firing ones neither fire again nor are forgotten. This
 * table is also the seam the notifier reads alerts from (DESIGN.md: rules → notifier).
 *
 * A group writes only what changed since its last successful write (state, annotations, times),
 * not every evaluation's value, so an idle installation makes no writes.
 */
import type { Db, Queryable } from '../storage/db.js';
import type { Labels } from '../model/labels.js';
import type { AlertFields, AlertState } from './alerting.js';

export interface StoredAlert extends Readonly<AlertFields> {
  readonly ruleIndex: number;
  readonly rule: string;
  readonly fingerprint: string;
}

export interface AlertStateStore {
  load(groupKey: string): Promise<StoredAlert[]>;
  /** Upserts `changed` and deletes `gone` (ruleIndex + fingerprint) in one transaction. */
  save(groupKey: string, changed: readonly StoredAlert[], gone: readonly { ruleIndex: number; fingerprint: string }[]): Promise<void>;
  /** Forgets a group that was deleted. */
  drop(groupKey: string): Promise<void>;
}

export async function createAlertsTable(tx: Queryable): Promise<void> {
  await tx.query(`
    CREATE TABLE alerts (
      group_key text NOT NULL,
      rule_index integer NOT NULL,
      rule text NOT NULL,
      fingerprint text NOT NULL,
      labels jsonb NOT NULL,
      annotations jsonb NOT NULL,
      state text NOT NULL CHECK (state IN ('pending', 'firing', 'inactive')),
      value double precision NOT NULL,
      active_at timestamptz NOT NULL,
      fired_at timestamptz,
      resolved_at timestamptz,
      keep_firing_since timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (group_key, rule_index, fingerprint)
    )`);
  await tx.query('CREATE INDEX alerts_state ON alerts (state, updated_at)');
}

interface Row {
  rule_index: number;
  rule: string;
  fingerprint: string;
  labels: Labels;
  annotations: Labels;
  state: AlertState;
  value: number;
  active_at: Date;
  fired_at: Date | null;
  resolved_at: Date | null;
  keep_firing_since: Date | null;
}

const date = (ms: number | undefined): Date | null => (ms === undefined ? null : new Date(ms));
const optional = (d: Date | null): number | undefined => (d === null ? undefined : d.getTime());

export class PgAlertStateStore implements AlertStateStore {
  constructor(private readonly db: () => Db) {}

  async load(groupKey: string): Promise<StoredAlert[]> {
    const rows = await this.db().query<Row>(
      'SELECT rule_index, rule, fingerprint, labels, annotations, state, value, active_at, fired_at, resolved_at, keep_firing_since FROM alerts WHERE group_key = $1',
      [groupKey],
    );
    return rows.map((r) => ({
      ruleIndex: r.rule_index,
      rule: r.rule,
      fingerprint: r.fingerprint,
      labels: r.labels,
      annotations: r.annotations,
      state: r.state,
      value: Number(r.value),
      activeAtMs: r.active_at.getTime(),
      ...(r.fired_at ? { firedAtMs: optional(r.fired_at) } : {}),
      ...(r.resolved_at ? { resolvedAtMs: optional(r.resolved_at) } : {}),
      ...(r.keep_firing_since ? { keepFiringSinceMs: optional(r.keep_firing_since) } : {}),
    }));
  }

  async save(groupKey: string, changed: readonly StoredAlert[], gone: readonly { ruleIndex: number; fingerprint: string }[]): Promise<void> {
    if (changed.length === 0 && gone.length === 0) return;
    await this.db().transaction(async (tx) => {
      if (gone.length > 0) {
        await tx.query('DELETE FROM alerts WHERE group_key = $1 AND (rule_index, fingerprint) IN (SELECT * FROM unnest($2::int[], $3::text[]))', [
          groupKey,
          gone.map((g) => g.ruleIndex),
          gone.map((g) => g.fingerprint),
        ]);
      }
      for (const a of changed) {
        await tx.query(
          `INSERT INTO alerts (group_key, rule_index, rule, fingerprint, labels, annotations, state, value, active_at, fired_at, resolved_at, keep_firing_since)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (group_key, rule_index, fingerprint) DO UPDATE SET rule = EXCLUDED.rule, labels = EXCLUDED.labels, annotations = EXCLUDED.annotations,
             state = EXCLUDED.state, value = EXCLUDED.value, active_at = EXCLUDED.active_at, fired_at = EXCLUDED.fired_at,
             resolved_at = EXCLUDED.resolved_at, keep_firing_since = EXCLUDED.keep_firing_since, updated_at = now()`,
          [
            groupKey,
            a.ruleIndex,
            a.rule,
            a.fingerprint,
            JSON.stringify(a.labels),
            JSON.stringify(a.annotations),
            a.state,
            // As text, so NaN and ±Inf (a no-data alert's value) reach double precision on both drivers.
            String(a.value),
            new Date(a.activeAtMs),
            date(a.firedAtMs),
            date(a.resolvedAtMs),
            date(a.keepFiringSinceMs),
          ],
        );
      }
    });
  }

  async drop(groupKey: string): Promise<void> {
    await this.db().query('DELETE FROM alerts WHERE group_key = $1', [groupKey]);
  }
}
