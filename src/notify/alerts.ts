/**
 * The alerts the notifier routes, from both sources behind one shape: rule alerts from the
 * `alerts` table the rule manager writes (firing and resolved; pending ones are not notified), and
 * alerts posted to `/api/v2/alerts`, stored in `posted_alerts` with Alertmanager's semantics (no
 * endsAt means resolve_timeout from now; a repost that overlaps keeps the earliest startsAt).
 */
import type { Db } from '../storage/db.js';
import { fingerprint } from '../model/fingerprint.js';
import { canonicalLabels, isValidLabelName, type Labels } from '../model/labels.js';

export interface NotifyAlert {
  readonly fingerprint: string;
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly startsAtMs: number;
  /** When it resolved (past) or will time out (future); undefined while firing without an end. */
  readonly endsAtMs: number | undefined;
  readonly generatorURL: string;
  readonly updatedAtMs: number;
  /** The rule group key (`AlertRule/<ns>/<name>`, …) or `api` for posted alerts: decides the channels. */
  readonly origin: string;
}

export const POSTED = 'api';

export function isResolved(a: NotifyAlert, nowMs: number): boolean {
  return a.endsAtMs !== undefined && a.endsAtMs <= nowMs;
}

/** Alertmanager's default resolve_timeout: a posted alert without endsAt resolves this long after its last post. */
export const RESOLVE_TIMEOUT_MS = 5 * 60_000;
/** Resolved posted alerts are forgotten after this long (rule alerts keep Prometheus's 15 minutes too). */
const POSTED_RETENTION_MS = 15 * 60_000;

/** One alert as Alertmanager's `postableAlert`. */
export interface PostableAlert {
  labels?: unknown;
  annotations?: unknown;
  startsAt?: unknown;
  endsAt?: unknown;
  generatorURL?: unknown;
}

interface RuleRow {
  group_key: string;
  fingerprint: string;
  labels: Labels;
  annotations: Labels;
  state: 'firing' | 'inactive';
  active_at: Date;
  fired_at: Date | null;
  resolved_at: Date | null;
  updated_at: Date;
}

interface PostedRow {
  fingerprint: string;
  labels: Labels;
  annotations: Labels;
  generator_url: string;
  starts_at: Date;
  ends_at: Date;
  updated_at: Date;
}

export class AlertStore {
  constructor(private readonly db: () => Db) {}

  /**
   * The firing and recently resolved alerts, or with `since` only those written after it (database
   * time), and the database's time now, the next call's `since`. A fingerprint produced by several
   * sources counts once, firing winning over resolved (Alertmanager merges by fingerprint too).
   */
  async list(nowMs: number, since?: Date): Promise<{ alerts: NotifyAlert[]; dbNow: Date }> {
    const db = this.db();
    const after = since ? ' AND updated_at > $1' : '';
    const params = since ? [since] : [];
    const [rules, posted, [clock]] = await Promise.all([
      db.query<RuleRow>(
        `SELECT group_key, fingerprint, labels, annotations, state, active_at, fired_at, resolved_at, updated_at FROM alerts WHERE state IN ('firing', 'inactive')${after}`,
        params,
      ),
      db.query<PostedRow>(`SELECT fingerprint, labels, annotations, generator_url, starts_at, ends_at, updated_at FROM posted_alerts WHERE true${after}`, params),
      db.query<{ now: Date }>('SELECT now() AS now'),
    ]);
    const byFingerprint = new Map<string, NotifyAlert>();
    const add = (a: NotifyAlert): void => {
      const old = byFingerprint.get(a.fingerprint);
      if (!old || (isResolved(old, nowMs) && !isResolved(a, nowMs))) byFingerprint.set(a.fingerprint, a);
    };
    for (const r of rules) {
      add({
        fingerprint: r.fingerprint,
        labels: r.labels,
        annotations: r.annotations,
        // Prometheus sends activeAt as startsAt.
        startsAtMs: r.active_at.getTime(),
        endsAtMs: r.state === 'inactive' ? (r.resolved_at ?? r.updated_at).getTime() : undefined,
        generatorURL: '',
        updatedAtMs: r.updated_at.getTime(),
        origin: r.group_key,
      });
    }
    for (const r of posted) {
      add({
        fingerprint: r.fingerprint,
        labels: r.labels,
        annotations: r.annotations,
        startsAtMs: r.starts_at.getTime(),
        endsAtMs: r.ends_at.getTime(),
        generatorURL: r.generator_url,
        updatedAtMs: r.updated_at.getTime(),
        origin: POSTED,
      });
    }
    return { alerts: [...byFingerprint.values()], dbNow: clock!.now };
  }

  /**
   * Stores posted alerts as Alertmanager's POST /api/v2/alerts does; returns what was wrong with the
   * rejected ones (the valid ones are stored even then, as Alertmanager does).
   */
  async post(alerts: readonly PostableAlert[], nowMs: number): Promise<string[]> {
    const errors: string[] = [];
    const valid: { fp: string; labels: Labels; annotations: Labels; generatorURL: string; startsAt: Date; endsAt: Date }[] = [];
    for (const [i, raw] of alerts.entries()) {
      const parsed = validatePostable(raw, nowMs);
      if (typeof parsed === 'string') errors.push(`alert ${i}: ${parsed}`);
      else valid.push({ fp: fingerprint(parsed.labels), ...parsed });
    }
    if (valid.length > 0) {
      await this.db().transaction(async (tx) => {
        for (const a of valid) {
          // A repost overlapping the stored alert continues it (earliest startsAt); otherwise it is a new occurrence.
          await tx.query(
            `INSERT INTO posted_alerts (fingerprint, labels, annotations, generator_url, starts_at, ends_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, now())
             ON CONFLICT (fingerprint) DO UPDATE SET labels = EXCLUDED.labels, annotations = EXCLUDED.annotations, generator_url = EXCLUDED.generator_url,
               starts_at = CASE WHEN posted_alerts.ends_at >= EXCLUDED.starts_at THEN LEAST(posted_alerts.starts_at, EXCLUDED.starts_at) ELSE EXCLUDED.starts_at END,
               ends_at = EXCLUDED.ends_at, updated_at = EXCLUDED.updated_at`,
            [a.fp, JSON.stringify(a.labels), JSON.stringify(a.annotations), a.generatorURL, a.startsAt, a.endsAt],
          );
        }
      });
    }
    return errors;
  }

  /** Forgets posted alerts resolved long ago. */
  async collectGarbage(nowMs: number): Promise<void> {
    await this.db().query('DELETE FROM posted_alerts WHERE ends_at < $1', [new Date(nowMs - POSTED_RETENTION_MS)]);
  }
}

function stringMap(value: unknown, what: string, checkNames: boolean): Labels | string {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return `${what} must be an object of strings`;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') return `${what}: value of "${k}" is not a string`;
    if (checkNames && !isValidLabelName(k)) return `invalid label set: invalid name "${k}"`;
    if (checkNames && v === '') continue;
    out[k] = v;
  }
  return out;
}

/** Go's zero time (0001-01-01T00:00:00Z, with or without fractions), which Go clients send for "unset". */
const GO_ZERO_MS = Date.parse('0001-01-01T00:00:00Z');

function time(value: unknown, what: string): Date | undefined | string {
  if (value === undefined || value === null || value === '') return undefined;
  const d = typeof value === 'string' ? new Date(value) : undefined;
  if (!d || Number.isNaN(d.getTime())) return `${what} is not an RFC 3339 time`;
  return d.getTime() <= GO_ZERO_MS ? undefined : d;
}

function validatePostable(raw: PostableAlert, nowMs: number): { labels: Labels; annotations: Labels; generatorURL: string; startsAt: Date; endsAt: Date } | string {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const labels = stringMap(raw.labels, 'labels', true);
  if (typeof labels === 'string') return labels;
  if (Object.keys(labels).length === 0) return 'at least one label pair required';
  const annotations = stringMap(raw.annotations, 'annotations', false);
  if (typeof annotations === 'string') return annotations;
  const startsAt = time(raw.startsAt, 'startsAt');
  const endsAt = time(raw.endsAt, 'endsAt');
  if (typeof startsAt === 'string') return startsAt;
  if (typeof endsAt === 'string') return endsAt;
  const start = startsAt ?? (endsAt && endsAt.getTime() < nowMs ? endsAt : new Date(nowMs));
  const end = endsAt ?? new Date(nowMs + RESOLVE_TIMEOUT_MS);
  if (end.getTime() < start.getTime()) return 'start time must be before end time';
  if (raw.generatorURL !== undefined && typeof raw.generatorURL !== 'string') return 'generatorURL must be a string';
  return { labels: canonicalLabels(labels), annotations, generatorURL: raw.generatorURL ?? '', startsAt: start, endsAt: end };
}
