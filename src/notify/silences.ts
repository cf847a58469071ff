/**
 * Silences in Alertmanager's v2 shape, kept in the database so that every replica answers the API
 * the same and a new leader mutes what the old one muted. A silence is pending before startsAt,
 * active until endsAt, then expired; expired silences are kept for Alertmanager's 120 h.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../storage/db.js';
import type { Labels } from '../model/labels.js';
import { isValidLabelName } from '../model/labels.js';
import { compileAnchoredRegex } from '../util/regex.js';
import { errorMessage, SightlineError } from '../util/errors.js';

export interface SilenceMatcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual: boolean;
}

export interface Silence {
  id: string;
  matchers: SilenceMatcher[];
  startsAtMs: number;
  endsAtMs: number;
  createdBy: string;
  comment: string;
  updatedAtMs: number;
}

export type SilenceState = 'pending' | 'active' | 'expired';

const RETENTION_MS = 120 * 3600_000;

export function silenceState(s: Silence, nowMs: number): SilenceState {
  if (s.endsAtMs <= nowMs) return 'expired';
  return s.startsAtMs > nowMs ? 'pending' : 'active';
}

export function matcherMatches(m: SilenceMatcher, value: string): boolean {
  const hit = m.isRegex ? compileAnchoredRegex(m.value).test(value) : value === m.value;
  return hit === m.isEqual;
}

export function silenceMatches(s: Silence, labels: Labels): boolean {
  return s.matchers.every((m) => matcherMatches(m, labels[m.name] ?? ''));
}

/** The ids of the active silences muting `labels`. */
export function silencedBy(silences: readonly Silence[], labels: Labels, nowMs: number): string[] {
  return silences.filter((s) => silenceState(s, nowMs) === 'active' && silenceMatches(s, labels)).map((s) => s.id);
}

const invalid = (message: string): SightlineError => new SightlineError('bad_data', message, { httpStatus: 400 });

interface Row {
  id: string;
  matchers: SilenceMatcher[];
  starts_at: Date;
  ends_at: Date;
  created_by: string;
  comment: string;
  updated_at: Date;
}

const fromRow = (r: Row): Silence => ({
  id: r.id,
  matchers: r.matchers,
  startsAtMs: r.starts_at.getTime(),
  endsAtMs: r.ends_at.getTime(),
  createdBy: r.created_by,
  comment: r.comment,
  updatedAtMs: r.updated_at.getTime(),
});

const COLUMNS = 'id, matchers, starts_at, ends_at, created_by, comment, updated_at';

export class SilenceStore {
  constructor(private readonly db: () => Db) {}

  async list(): Promise<Silence[]> {
    return (await this.db().query<Row>(`SELECT ${COLUMNS} FROM silences`)).map(fromRow);
  }

  async get(id: string): Promise<Silence | undefined> {
    const [row] = await this.db().query<Row>(`SELECT ${COLUMNS} FROM silences WHERE id = $1`, [id]);
    return row && fromRow(row);
  }

  /**
   * Creates a silence, or updates the one named by `id` (Alertmanager's POST /api/v2/silences).
   * Throws a 400 SightlineError for an invalid silence and a 404 one for an unknown id.
   */
  async upsert(body: unknown, nowMs: number): Promise<string> {
    const s = parseSilence(body, nowMs);
    if (s.id) {
      const old = await this.get(s.id);
      if (!old) throw new SightlineError('not_found', `silence ${s.id} not found`, { httpStatus: 404 });
      if (silenceState(old, nowMs) === 'expired') throw invalid(`silence ${s.id} is expired and cannot be updated`);
    }
    const id = s.id ?? randomUUID();
    await this.db().query(
      `INSERT INTO silences (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET matchers = EXCLUDED.matchers, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
         created_by = EXCLUDED.created_by, comment = EXCLUDED.comment, updated_at = EXCLUDED.updated_at`,
      [id, JSON.stringify(s.matchers), new Date(s.startsAtMs), new Date(s.endsAtMs), s.createdBy, s.comment, new Date(nowMs)],
    );
    return id;
  }

  /** Ends a silence now; false when there is no such silence. An expired one cannot be expired again. */
  async expire(id: string, nowMs: number): Promise<boolean> {
    const old = await this.get(id);
    if (!old) return false;
    if (silenceState(old, nowMs) === 'expired') throw invalid(`silence ${id} already expired`);
    const now = new Date(nowMs);
    // A pending silence ends before it began: its start moves to now too.
    await this.db().query('UPDATE silences SET starts_at = LEAST(starts_at, $2), ends_at = $2, updated_at = $2 WHERE id = $1', [id, now]);
    return true;
  }

  async collectGarbage(nowMs: number): Promise<void> {
    await this.db().query('DELETE FROM silences WHERE ends_at < $1', [new Date(nowMs - RETENTION_MS)]);
  }
}

function parseSilence(body: unknown, nowMs: number): Omit<Silence, 'id' | 'updatedAtMs'> & { id?: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('silence must be a JSON object');
  const b = body as Record<string, unknown>;
  if (!Array.isArray(b.matchers) || b.matchers.length === 0) throw invalid('at least one matcher required');
  const matchers = b.matchers.map((raw: unknown, i): SilenceMatcher => {
    const m = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof m.name !== 'string' || !isValidLabelName(m.name)) throw invalid(`matcher ${i}: invalid label name ${JSON.stringify(m.name)}`);
    if (typeof m.value !== 'string') throw invalid(`matcher ${i}: value must be a string`);
    if (typeof m.isRegex !== 'boolean') throw invalid(`matcher ${i}: isRegex is required`);
    const matcher = { name: m.name, value: m.value, isRegex: m.isRegex, isEqual: m.isEqual === undefined ? true : m.isEqual === true };
    if (matcher.isRegex) {
      try {
        compileAnchoredRegex(matcher.value);
      } catch (err) {
        throw invalid(`matcher ${i}: invalid regular expression: ${errorMessage(err)}`);
      }
    }
    return matcher;
  });
  // As Alertmanager: a silence must not mute every alert.
  if (matchers.every((m) => matcherMatches(m, ''))) throw invalid('at least one matcher must not match the empty string');
  const startsAt = typeof b.startsAt === 'string' ? Date.parse(b.startsAt) : NaN;
  const endsAt = typeof b.endsAt === 'string' ? Date.parse(b.endsAt) : NaN;
  if (Number.isNaN(startsAt) || Number.isNaN(endsAt)) throw invalid('startsAt and endsAt must be RFC 3339 times');
  if (endsAt < startsAt) throw invalid('end time must not be before start time');
  if (endsAt <= nowMs) throw invalid('end time can\'t be in the past');
  if (typeof b.createdBy !== 'string' || b.createdBy === '') throw invalid('createdBy is required');
  if (typeof b.comment !== 'string' || b.comment === '') throw invalid('comment is required');
  if (b.id !== undefined && b.id !== '' && typeof b.id !== 'string') throw invalid('id must be a string');
  return {
    ...(typeof b.id === 'string' && b.id !== '' ? { id: b.id } : {}),
    matchers,
    startsAtMs: Math.max(startsAt, nowMs),
    endsAtMs: endsAt,
    createdBy: b.createdBy,
    comment: b.comment,
  };
}
