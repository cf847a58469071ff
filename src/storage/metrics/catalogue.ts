/**
 * The series catalogue: label set → series id, through a bounded in-process LRU cache so that the
 * steady state (the same series scraped again and again) never touches the database. Misses are
 * created in bulk with `INSERT … ON CONFLICT DO NOTHING` then read back, so concurrent writers
 * (in this process or other replicas) creating the same series neither fail nor duplicate it.
 */
import type { Labels } from '../../model/labels.js';
import { labelsKey } from '../../model/labels.js';
import type { Queryable } from '../db.js';

/** What the writer keeps per cached series: its id and the newest committed sample, for duplicate checks. */
export interface SeriesEntry {
  readonly id: number;
  lastT: number;
  // The value's bits as two words: a float field could canonicalise the staleness-marker NaN.
  lastLo: number;
  lastHi: number;
}

export class SeriesCache {
  // Map iteration order is insertion order: re-inserting on hit makes the first key the least recent.
  private readonly map = new Map<string, SeriesEntry>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): SeriesEntry | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, entry: SeriesEntry): void {
    this.map.delete(key);
    this.map.set(key, entry);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

export interface SeriesRequest {
  key: string;
  labels: Labels;
}

/** The JSON a label set is stored as; object key order is irrelevant to jsonb. */
function labelsJson(labels: Labels): string {
  return JSON.stringify(labels);
}

export class SeriesCatalogue {
  constructor(
    private readonly db: Queryable,
    readonly cache: SeriesCache,
  ) {}

  /** Ids for every requested series, creating the missing ones; returns the ids it created. */
  async resolve(requests: readonly SeriesRequest[]): Promise<{ entries: SeriesEntry[]; createdIds: Set<number> }> {
    const entries: (SeriesEntry | undefined)[] = requests.map((r) => this.cache.get(r.key));
    const missing = requests.filter((_, i) => entries[i] === undefined);
    const createdIds = new Set<number>();
    if (missing.length > 0) {
      const json = missing.map((r) => labelsJson(r.labels));
      const inserted = await this.db.query<{ id: number }>('INSERT INTO metric_series (labels) SELECT unnest($1::jsonb[]) ON CONFLICT DO NOTHING RETURNING id', [json]);
      for (const r of inserted) createdIds.add(r.id);
      const rows = await this.db.query<{ id: number; labels: Record<string, string> }>(
        'SELECT id, labels FROM metric_series WHERE md5(labels::text) IN (SELECT md5(x::text) FROM unnest($1::jsonb[]) AS x)',
        [json],
      );
      const found = new Map<string, SeriesEntry>();
      for (const row of rows) {
        // lastT -Infinity: no committed sample known, so no duplicate check until one is.
        const entry = { id: row.id, lastT: -Infinity, lastLo: 0, lastHi: 0 };
        const key = labelsKey(row.labels);
        found.set(key, entry);
        this.cache.set(key, entry);
      }
      for (let i = 0; i < requests.length; i++) entries[i] ??= found.get(requests[i]!.key);
    }
    if (entries.some((e) => e === undefined)) throw new Error('series catalogue did not return an id for every label set');
    return { entries: entries as SeriesEntry[], createdIds };
  }
}
