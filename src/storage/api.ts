/**
 * The seams between storage and the rest of Sightline, in the spirit of Prometheus's
 * storage.Appender and storage.Querier. Writers (scrape, ingest, rules) only see Appender;
 * readers (PromQL, HTTP API) only see Querier.
 */
import type { Labels } from '../model/labels.js';

export interface CommitResult {
  /** Samples stored by this commit. */
  samplesWritten: number;
  /** Series created by this commit. */
  seriesCreated: number;
}

/** A store's handle on one series, from Appender.appendKnown; opaque to callers. */
export interface SeriesHandle {
  readonly seriesHandle: true;
}

export interface Appender {
  /** Buffers one sample (timestamp in milliseconds since the epoch). Labels must include `__name__`. */
  append(labels: Labels, timestampMs: number, value: number): void;
  /**
   * The same as append, for a label set object the caller keeps and passes again: the store may
   * remember it by identity, so it must not be mutated. Returns the store's handle on the series
   * (Prometheus's SeriesRef); passing it back with the same labels skips even that lookup.
   */
  appendKnown?(labels: Labels, timestampMs: number, value: number, handle?: SeriesHandle): SeriesHandle;
  /** Writes every buffered sample in one transaction; resolves only once they are durable. */
  commit(): Promise<CommitResult>;
  /** Drops everything buffered since the last commit. */
  rollback(): void;
}

export type MatchType = '=' | '!=' | '=~' | '!~';

export interface LabelMatcher {
  readonly name: string;
  readonly type: MatchType;
  readonly value: string;
}

/** One series with its samples in time order; timestamps in milliseconds. */
export interface Series {
  readonly labels: Labels;
  readonly timestamps: Float64Array;
  readonly values: Float64Array;
}

/** What the caller will do with the data, so storage may choose a cheaper source (e.g. a rollup). */
export interface SelectHints {
  /** Query step in milliseconds, for range queries. */
  stepMs?: number;
  /** Range of the enclosing range-vector selector in milliseconds. */
  rangeMs?: number;
  /** The function applied to the selection, e.g. `max_over_time`. */
  func?: string;
}

export interface Querier {
  /** Series matching every matcher with their samples in [startMs, endMs]. */
  select(matchers: readonly LabelMatcher[], startMs: number, endMs: number, hints?: SelectHints): Promise<Series[]>;
  /** Label names of series that match (all series when no matcher) with samples in the range. */
  labelNames(matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]>;
  /** Values of one label across matching series with samples in the range. */
  labelValues(name: string, matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]>;
}

/** What a `# TYPE`/`# HELP`/`# UNIT` block (or remote-write / OTLP metadata) says about one metric. */
export interface MetricMetadata {
  readonly type: string;
  readonly help: string;
  readonly unit: string;
}

export interface MetricMetadataEntry extends MetricMetadata {
  readonly metric: string;
}

export interface MetadataQuery {
  /** Only this metric. */
  metric?: string;
  /** At most this many metrics (negative: no limit), as Prometheus's `limit`. */
  limit?: number;
  /** At most this many entries per metric (≤ 0: no limit), as Prometheus's `limit_per_metric`. */
  limitPerMetric?: number;
}

export interface MetadataStore {
  /** Records entries; cheap when they are already known (repeated scrapes send the same ones). */
  record(entries: readonly MetricMetadataEntry[]): Promise<void>;
  /** Distinct entries per metric name, in Prometheus's /api/v1/metadata shape. */
  list(q: MetadataQuery): Promise<Record<string, MetricMetadata[]>>;
}

/** A metrics store: where writers get appenders and readers get queriers. */
export interface AppenderOptions {
  /**
   * How long a commit may wait to share its write with other commits. Writers nobody waits on
   * (scrape loops) trade this visibility delay for far fewer writes; receivers whose clients wait
   * for the acknowledgement leave it at 0.
   */
  batchWithinMs?: number;
}

export interface MetricStore {
  appender(options?: AppenderOptions): Appender;
  querier(): Querier;
  /** Metric metadata, where the store keeps it (the PostgreSQL stores do; in-memory test stores need not). */
  metadata?(): MetadataStore;
}
