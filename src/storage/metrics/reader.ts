/**
 * The Querier: matchers and time range go to SQL against the series catalogue, then the backend
 * reads the samples of the selected series.
 */
import type { Labels } from '../../model/labels.js';
import { isValidLabelName, labelsKey } from '../../model/labels.js';
import type { LabelMatcher, Querier, Series } from '../api.js';
import type { Queryable } from '../db.js';
import type { RollupPoint, SampleBackend } from './backend.js';
import { compileMatchers, type SeriesFilter } from './matchers.js';

// Series ids per sample query: keeps each statement's parameter array and result moderate.
const READ_CHUNK = 5_000;

export interface RollupSeries {
  readonly labels: Labels;
  readonly points: RollupPoint[];
}

interface CatalogueRow {
  id: number;
  labels: Labels;
}

function byLabels<T extends { labels: Labels }>(items: T[]): T[] {
  const keyed = items.map((item) => [labelsKey(item.labels), item] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, item]) => item);
}

export class MetricQuerier implements Querier {
  constructor(
    private readonly db: Queryable,
    private readonly backend: SampleBackend,
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

  private async findSeries(matchers: readonly LabelMatcher[], startMs?: number, endMs?: number): Promise<CatalogueRow[]> {
    const filter = this.seriesFilter(matchers, startMs, endMs);
    const rows = await this.db.query<CatalogueRow>(`SELECT id, labels FROM metric_series WHERE ${filter.where}`, filter.params);
    return filter.nodeFilter ? rows.filter((r) => filter.nodeFilter!(r.labels)) : rows;
  }

  /** Distinct strings computed in SQL when every matcher went to SQL, else from the filtered catalogue rows. */
  private async distinct(sqlExpr: string, fromRow: (labels: Labels) => readonly string[], matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]> {
    const filter = this.seriesFilter(matchers, startMs, endMs);
    let values: string[];
    if (filter.nodeFilter) {
      const rows = await this.db.query<CatalogueRow>(`SELECT id, labels FROM metric_series WHERE ${filter.where}`, filter.params);
      values = [...new Set(rows.filter((r) => filter.nodeFilter!(r.labels)).flatMap((r) => fromRow(r.labels)))];
    } else {
      const rows = await this.db.query<{ v: string | null }>(`SELECT DISTINCT ${sqlExpr} AS v FROM metric_series WHERE ${filter.where}`, filter.params);
      values = rows.map((r) => r.v).filter((v): v is string => v !== null && v !== '');
    }
    // JS order (code units), as Prometheus sorts; SQL ORDER BY would follow the database collation.
    return values.sort();
  }

  async select(matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<Series[]> {
    const catalogue = await this.findSeries(matchers);
    const out: Series[] = [];
    for (let i = 0; i < catalogue.length; i += READ_CHUNK) {
      const chunk = catalogue.slice(i, i + READ_CHUNK);
      const samples = await this.backend.read(chunk.map((c) => c.id), startMs, endMs);
      for (const c of chunk) {
        const s = samples.get(c.id);
        if (s) out.push({ labels: c.labels, timestamps: s.timestamps, values: s.values });
      }
    }
    return byLabels(out);
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
    const catalogue = await this.findSeries(matchers);
    const points = await this.backend.readRollup(name, catalogue.map((c) => c.id), startMs, endMs);
    return byLabels(catalogue.filter((c) => points.has(c.id)).map((c) => ({ labels: c.labels, points: points.get(c.id)! })));
  }
}
