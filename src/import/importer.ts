/**
 * `sightline import`: history written into the store through its Appender, from a remote-read
 * endpoint (a Prometheus), one time slice at a time, or from an OpenMetrics text file with
 * timestamps. Samples the store refuses (too old for retention, a conflicting duplicate…) are
 * counted by reason and reported, never fatal; a failing source or store ends the import.
 */
import { labelsKey, type Labels } from '../model/labels.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { remoteRead, RemoteReadError, type ReadQuery, type ReadSeries } from '../remote-read/client.js';
import { ownedString } from '../scrape/parser/index.js';
import { OpenMetricsParser } from '../scrape/parser/openmetrics.js';
import type { Appender, LabelMatcher, MetricStore } from '../storage/api.js';
import { matchesAll } from '../storage/match.js';
import { SightlineError } from '../util/errors.js';

/** Samples buffered per commit: one transaction of a few MB, well under the write queue's bound. */
const COMMIT_EVERY = 100_000;

export interface ImportProgress {
  /** The slice being read (remote read only), 1-based. */
  slice?: { index: number; count: number; startMs: number; endMs: number };
  series: number;
  samples: number;
  rejected: number;
  elapsedMs: number;
}

export interface ImportResult {
  series: number;
  /** Samples the store accepted. */
  samples: number;
  /** Refused samples by the store's reason code. */
  rejected: Record<string, number>;
  /** The first few refusals, in words. */
  examples: string[];
  elapsedMs: number;
}

/** Appends into the store, committing every COMMIT_EVERY samples, counting what it refuses. */
class Sink {
  private appender: Appender;
  private buffered = 0;
  private readonly seen = new Set<string>();
  private readonly started = performance.now();
  samples = 0;
  readonly rejected = new Map<string, number>();
  readonly examples: string[] = [];

  constructor(private readonly store: MetricStore) {
    this.appender = store.appender();
  }

  get rejectedTotal(): number {
    let n = 0;
    for (const c of this.rejected.values()) n += c;
    return n;
  }

  series(labels: Labels): void {
    this.seen.add(labelsKey(labels));
  }

  /** One sample; resolves after a commit when the buffer is full. */
  append(labels: Labels, t: number, v: number): Promise<void> | undefined {
    try {
      this.appender.append(labels, t, v);
      this.samples++;
      this.buffered++;
    } catch (err) {
      if (!(err instanceof SightlineError) || err.retryable) throw err;
      this.rejected.set(err.code, (this.rejected.get(err.code) ?? 0) + 1);
      if (this.examples.length < 5) this.examples.push(`${labelsKey(labels)} @${new Date(t).toISOString()}: ${err.message}`);
    }
    return this.buffered >= COMMIT_EVERY ? this.commit() : undefined;
  }

  async commit(): Promise<void> {
    if (this.buffered === 0) return;
    const appender = this.appender;
    this.appender = this.store.appender();
    this.buffered = 0;
    await appender.commit();
  }

  progress(slice?: ImportProgress['slice']): ImportProgress {
    return { ...(slice ? { slice } : {}), series: this.seen.size, samples: this.samples, rejected: this.rejectedTotal, elapsedMs: performance.now() - this.started };
  }

  result(): ImportResult {
    return { series: this.seen.size, samples: this.samples, rejected: Object.fromEntries(this.rejected), examples: this.examples, elapsedMs: performance.now() - this.started };
  }
}

/** Tries of one request whose failure may pass (429, 5xx, connection), 1 s apart then doubling. */
const TRIES = 4;

/**
 * A query's series, asked again when a try fails in a way that may pass. Series already appended
 * by a failed try come again: the store keeps one sample per timestamp.
 */
async function* readWithRetries(url: string, query: ReadQuery, firstDelayMs: number): AsyncGenerator<ReadSeries> {
  for (let attempt = 1; ; attempt++) {
    try {
      yield* remoteRead(url, query);
      return;
    } catch (err) {
      if (!(err instanceof RemoteReadError) || !err.retryable || attempt === TRIES) throw err;
      await sleep(firstDelayMs * 2 ** (attempt - 1));
    }
  }
}

export interface RemoteReadImport {
  url: string;
  /** One remote-read query per selector and slice. */
  selectors: readonly (readonly LabelMatcher[])[];
  /** Inclusive range. */
  startMs: number;
  endMs: number;
  sliceMs: number;
  onProgress?: (p: ImportProgress) => void;
  /** First wait before asking again after a failure that may pass (1 s). */
  retryDelayMs?: number;
}

/** Reads [startMs, endMs] slice by slice (each slice's samples committed before the next is read). */
export async function importRemoteRead(store: MetricStore, options: RemoteReadImport): Promise<ImportResult> {
  const sink = new Sink(store);
  const count = Math.max(1, Math.ceil((options.endMs - options.startMs + 1) / options.sliceMs));
  for (let index = 0; index < count; index++) {
    const startMs = options.startMs + index * options.sliceMs;
    const endMs = Math.min(startMs + options.sliceMs - 1, options.endMs);
    const slice = { index: index + 1, count, startMs, endMs };
    options.onProgress?.(sink.progress(slice));
    for (const matchers of options.selectors) {
      for await (const series of readWithRetries(options.url, { matchers, startMs, endMs }, options.retryDelayMs ?? 1000)) {
        sink.series(series.labels);
        for (let i = 0; i < series.timestamps.length; i++) await sink.append(series.labels, series.timestamps[i]!, series.values[i]!);
        options.onProgress?.(sink.progress(slice));
      }
    }
    await sink.commit();
    options.onProgress?.(sink.progress(slice));
  }
  return sink.result();
}

export interface OpenMetricsScan {
  samples: number;
  minMs: number;
  maxMs: number;
}

export interface OpenMetricsImport {
  /** Only series one of these selectors matches (all when there is none). */
  selectors: readonly (readonly LabelMatcher[])[];
  /** Only samples in this inclusive range. */
  startMs: number;
  endMs: number;
  onProgress?: (p: ImportProgress) => void;
}

/**
 * Walks an OpenMetrics text the way promtool's backfill reads it: every sample must carry a
 * timestamp. `visit` sees each sample with its labels (one object per series run).
 */
async function walkOpenMetrics(text: string, visit: (labels: Labels, t: number, v: number) => Promise<void> | undefined): Promise<void> {
  const parser = new OpenMetricsParser(text);
  let key: string | undefined;
  let labels: Labels = {};
  let n = 0;
  while (parser.next(key)) {
    n++;
    if (!parser.matched) {
      labels = parser.labels();
      key = ownedString(parser.series());
    }
    const t = parser.timestampMs;
    if (t === undefined) throw new SightlineError('import_no_timestamp', `sample ${n} (${key}) has no timestamp: imported samples need one, as for promtool's backfill`);
    const pending = visit(labels, t, parser.value);
    if (pending) await pending;
  }
}

/** Checks a whole file before anything is written: syntax, timestamps, and its time range. */
export async function scanOpenMetrics(text: string): Promise<OpenMetricsScan> {
  const scan = { samples: 0, minMs: Infinity, maxMs: -Infinity };
  await walkOpenMetrics(text, (_labels, t) => {
    scan.samples++;
    if (t < scan.minMs) scan.minMs = t;
    if (t > scan.maxMs) scan.maxMs = t;
    return undefined;
  });
  return scan;
}

export async function importOpenMetrics(store: MetricStore, text: string, options: OpenMetricsImport): Promise<ImportResult> {
  const sink = new Sink(store);
  let last: Labels | undefined;
  let keep = false;
  let sinceProgress = 0;
  await walkOpenMetrics(text, (labels, t, v) => {
    if (labels !== last) {
      last = labels;
      keep = options.selectors.length === 0 || options.selectors.some((m) => matchesAll(m, labels));
      if (keep) sink.series(labels);
    }
    if (!keep || t < options.startMs || t > options.endMs) return undefined;
    if (++sinceProgress === COMMIT_EVERY) {
      sinceProgress = 0;
      options.onProgress?.(sink.progress());
    }
    return sink.append(labels, t, v);
  });
  await sink.commit();
  options.onProgress?.(sink.progress());
  return sink.result();
}
