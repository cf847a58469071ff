/**
 * The series catalogue: label set → series id, through a bounded in-process LRU cache so that the
 * steady state (the same series scraped again and again) never touches the database. Misses are
 * created in bulk with `INSERT … ON CONFLICT DO NOTHING` then read back, so concurrent writers
 * (in this process or other replicas) creating the same series neither fail nor duplicate it.
 */
import { labelsKey, METRIC_NAME, type Labels } from '../../model/labels.js';
import type { BoundedCache } from '../../util/bounded-cache.js';
import { flattened } from '../../util/strings.js';
import type { SeriesHandle } from '../api.js';
import type { Queryable } from '../db.js';

/** What the writer keeps per cached series: its id and the newest committed sample, for duplicate checks. */
export interface SeriesEntry {
  readonly id: number;
  lastT: number;
  // The value's bits as two words: a float field could canonicalise the staleness-marker NaN.
  lastLo: number;
  lastHi: number;
}

/** Cached series by labelsKey. */
export type SeriesCache = BoundedCache<SeriesEntry>;

/** A series an appender batch writes to; the writer resolves those without an entry. */
export interface SeriesRequest {
  readonly key: string;
  readonly labels: Labels;
  /** Set once known: found in the cache by an appender, or resolved by the writer. */
  entry?: SeriesEntry;
  /** The appender batch that last took it, and its index there (see MetricAppender.appendKnown). */
  batch?: object;
  slot?: number;
}

/** A request shared by every appender given the same label set object: the store's SeriesHandle. */
export type KnownSeries = SeriesRequest & SeriesHandle;

/**
 * One shared SeriesRequest per label set object, for Appender.appendKnown: its key is built (and
 * hashed by V8) once, and once its id is known appenders skip the series cache. Label sets must
 * not be mutated once appended (they are Readonly). A request lives as long as its label set
 * object, so these are bounded by the callers' caches; series ids never change, so a request's
 * entry never goes stale. Only for label sets that are reused: a WeakMap entry per fresh object
 * costs more than building its key (measured 1.2–2× the CPU per append).
 */
export class SeriesRequests {
  private readonly known = new WeakMap<Labels, KnownSeries>();

  /** The request for a label set, or undefined when it has no `__name__` (such sets are refused). */
  of(labels: Labels): KnownSeries | undefined {
    let request = this.known.get(labels);
    if (request === undefined) {
      const name = labels[METRIC_NAME];
      if (typeof name !== 'string' || name === '') return undefined;
      // Every field from the start: ones added later would go to a separate property array.
      request = { key: flattened(labelsKey(labels)), labels, seriesHandle: true, entry: undefined, batch: undefined, slot: undefined };
      this.known.set(labels, request);
    }
    return request;
  }
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
      const found = new Map<string, SeriesEntry>();
      const remember = (rows: { id: number; labels: Record<string, string> }[]): void => {
        // lastT -Infinity: no committed sample known, so no duplicate check until one is.
        for (const row of rows) found.set(labelsKey(row.labels), { id: row.id, lastT: -Infinity, lastLo: 0, lastHi: 0 });
      };
      const inserted = await this.db.query<{ id: number; labels: Record<string, string> }>(
        'INSERT INTO metric_series (labels) SELECT unnest($1::jsonb[]) ON CONFLICT DO NOTHING RETURNING id, labels',
        [missing.map((r) => labelsJson(r.labels))],
      );
      for (const r of inserted) createdIds.add(r.id);
      remember(inserted);
      // Series that already existed (or that a concurrent writer just created) are read back.
      const existing = missing.filter((r) => !found.has(r.key));
      if (existing.length > 0) {
        remember(
          await this.db.query('SELECT id, labels FROM metric_series WHERE md5(labels::text) IN (SELECT md5(x::text) FROM unnest($1::jsonb[]) AS x)', [
            existing.map((r) => labelsJson(r.labels)),
          ]),
        );
      }
      for (let i = 0; i < requests.length; i++) {
        if (entries[i] !== undefined) continue;
        const key = requests[i]!.key;
        entries[i] = found.get(key);
        // Cached under the request's key: the series' handle already holds that string.
        if (entries[i] !== undefined) this.cache.set(key, entries[i]!);
      }
    }
    if (entries.some((e) => e === undefined)) throw new Error('series catalogue did not return an id for every label set');
    return { entries: entries as SeriesEntry[], createdIds };
  }
}
