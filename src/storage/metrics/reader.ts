/**
 * The Querier: matchers and time range go to SQL against the series catalogue, then the backend
 * reads the samples of the selected series.
 */
import type { Labels } from '../../model/labels.js';
import { isValidLabelName, labelsKey } from '../../model/labels.js';
import type { LabelMatcher, Querier, SelectHints, Series } from '../api.js';
import type { Queryable } from '../db.js';
import { mergeRuns, type RollupPoint, type SampleBackend, type SeriesSamples } from './backend.js';
import { catalogueQuery, compileMatchers, findCatalogueRows, type SeriesFilter } from './matchers.js';
import type { MemoryHead } from './memory-head.js';

export interface RollupSeries {
  readonly labels: Labels;
  readonly points: RollupPoint[];
}

function byLabels<T extends { labels: Labels }>(items: T[]): T[] {
  const keyed = items.map((item) => [labelsKey(item.labels), item] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, item]) => item);
}

/**
 * Range functions a rollup answers exactly: over whole buckets, the extreme of the bucket extremes
 * is the extreme of the samples (NaN handled alike). Not sum_over_time (bucket sums change the
 * float summation order) nor count_over_time (it would need the engine to sum counts).
 */
const ROLLUP_COLUMN: Record<string, 'max' | 'min'> = { max_over_time: 'max', min_over_time: 'min' };

export class MetricQuerier implements Querier {
  /** Selects answered from a rollup instead of raw samples (push-down), for tests and figures. */
  rollupSelects = 0;
  /** Selects answered from the memory head alone, for tests and figures. */
  headSelects = 0;

  constructor(
    private readonly db: Queryable,
    private readonly backend: SampleBackend,
    private readonly now: () => number = Date.now,
    /** The single writer's newest samples: reads from its coveredFrom() on skip the database. */
    private readonly head?: MemoryHead,
  ) {}

  /** `WHERE` over the catalogue for the matchers; with a finite range, only series with samples in it. */
  private seriesFilter(matchers: readonly LabelMatcher[], startMs?: number, endMs?: number): SeriesFilter {
    const params: unknown[] = [];
    let active = '';
    if (startMs !== undefined && endMs !== undefined && Number.isFinite(startMs) && Number.isFinite(endMs)) {
      params.push(Math.floor(startMs), Math.ceil(endMs));
      active = ` AND id IN ${this.backend.activeSeriesSql('$1::int8', '$2::int8')}`;
    }
    const filter = compileMatchers(matchers, params);
    return { ...filter, where: filter.where + active };
  }

  /** Distinct strings computed in SQL when every matcher went to SQL, else from the filtered catalogue rows. */
  private async distinct(sqlExpr: string, fromRow: (labels: Labels) => readonly string[], matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]> {
    const filter = this.seriesFilter(matchers, startMs, endMs);
    let values: string[];
    if (filter.nodeFilter) {
      values = [...new Set((await findCatalogueRows(this.db, filter)).flatMap((r) => fromRow(r.labels)))];
    } else {
      const rows = await this.db.query<{ v: string | null }>(`SELECT DISTINCT ${sqlExpr} AS v FROM metric_series WHERE ${filter.where}`, filter.params);
      values = rows.map((r) => r.v).filter((v): v is string => v !== null && v !== '');
    }
    // JS order (code units), as Prometheus sorts; SQL ORDER BY would follow the database collation.
    return values.sort();
  }

  async select(matchers: readonly LabelMatcher[], startMs: number, endMs: number, hints?: SelectHints): Promise<Series[]> {
    const rollup = await this.pushDown(startMs, endMs, hints);
    if (rollup) return this.selectFromRollup(rollup, matchers, startMs, endMs, ROLLUP_COLUMN[hints!.func!]!);
    const headFrom = Math.ceil(this.head?.coveredFrom() ?? Infinity);
    // Taken before any await: maintenance may evict from the head meanwhile.
    const recent = endMs >= headFrom ? this.head!.select(matchers, Math.max(startMs, headFrom), endMs) : [];
    if (startMs >= headFrom) {
      this.headSelects++;
      return byLabels(recent.map((h) => ({ labels: h.labels, ...h.samples })));
    }
    const byId = new Map(recent.map((h) => [h.id, h.samples]));
    const filter = compileMatchers(matchers);
    const { series, samples } = await this.backend.read(catalogueQuery(filter), startMs, Math.min(endMs, headFrom - 1));
    const out: Series[] = [];
    for (const c of series) {
      if (filter.nodeFilter && !filter.nodeFilter(c.labels)) continue;
      const runs = [samples.get(c.id), byId.get(c.id)].filter((r): r is SeriesSamples => r !== undefined);
      byId.delete(c.id);
      if (runs.length > 0) out.push({ labels: c.labels, ...(runs.length === 1 ? runs[0]! : mergeRuns(runs, startMs, endMs)) });
    }
    // Series the head holds but the catalogue statement did not return: created after it ran.
    for (const h of recent) if (byId.has(h.id)) out.push({ labels: h.labels, ...h.samples });
    return byLabels(out);
  }

  /**
   * The coarsest rollup giving the same result as raw samples, if any. The engine evaluates
   * windows (T - range, T] at T = endMs - k·step (startMs = first T - range); when T and the range
   * are multiples of the resolution, each window is exactly a run of whole (b, b + res] buckets.
   */
  private async pushDown(startMs: number, endMs: number, hints: SelectHints | undefined): Promise<{ name: string; resolutionMs: number } | undefined> {
    const { func, rangeMs, stepMs } = hints ?? {};
    if (func === undefined || !ROLLUP_COLUMN[func] || rangeMs === undefined) return undefined;
    const firstT = startMs + rangeMs;
    const aligned = (res: number): boolean =>
      rangeMs % res === 0 && firstT % res === 0 && endMs % res === 0 && (stepMs === undefined ? firstT === endMs : stepMs % res === 0);
    // Push-down considers whole-minute alignment only (1m/1h rollups): other queries skip the lookup.
    if (!aligned(60_000)) return undefined;
    const candidates = (await this.backend.completeRollups(startMs, endMs, this.now())).filter((r) => aligned(r.resolutionMs));
    return candidates.sort((a, b) => b.resolutionMs - a.resolutionMs)[0];
  }

  /** Each bucket (b, b + res] becomes one point at b + res carrying the bucket's max or min. */
  private async selectFromRollup(rollup: { name: string; resolutionMs: number }, matchers: readonly LabelMatcher[], startMs: number, endMs: number, column: 'max' | 'min'): Promise<Series[]> {
    this.rollupSelects++;
    const res = rollup.resolutionMs;
    return (await this.selectRollup(rollup.name, matchers, startMs, endMs - res)).map(({ labels, points }) => ({
      labels,
      timestamps: Float64Array.from(points, (p) => p.t + res),
      values: Float64Array.from(points, (p) => p[column]),
    }));
  }

  labelNames(matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]> {
    return this.distinct('jsonb_object_keys(labels)', (labels) => Object.keys(labels), matchers, startMs, endMs);
  }

  labelValues(name: string, matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]> {
    // Only valid names reach the SQL text; no series can carry any other.
    if (!isValidLabelName(name)) return Promise.resolve([]);
    return this.distinct(`labels->>'${name}'`, (labels) => (labels[name] === undefined ? [] : [labels[name]]), matchers, startMs, endMs);
  }

  /** Rollup buckets (by policy name, e.g. "1h") of matching series in [startMs, endMs]. */
  async selectRollup(name: string, matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<RollupSeries[]> {
    const catalogue = await findCatalogueRows(this.db, compileMatchers(matchers));
    const points = await this.backend.readRollup(name, catalogue.map((c) => c.id), startMs, endMs);
    return byLabels(catalogue.filter((c) => points.has(c.id)).map((c) => ({ labels: c.labels, points: points.get(c.id)! })));
  }
}
