/**
 * One target's scrape loop, with Prometheus's semantics: a start offset from a stable hash of the
 * target, a scrape every interval, a scrape cache keyed by the raw series text (an unchanged line
 * costs a map lookup: no label parsing, no relabeling), honor_labels / honor_timestamps, limits
 * that fail the whole scrape, staleness markers for series that vanish, and the synthetic `up`,
 * `scrape_*` series. A storage commit failure is counted and logged; the loop carries on.
 */
import { METRIC_NAME, labelsKey, type Labels } from '../model/labels.js';
import { STALE_NAN } from '../model/samples.js';
import { hashMod, relabel, type CompiledRelabelConfig } from '../discovery/relabel.js';
import type { Appender, MetricStore } from '../storage/api.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { createParser, ownedString, ParseError } from './parser/index.js';
import { HttpScraper, ScrapeError, type ResolvedAuth } from './http.js';
import { scrapeMetrics } from './metrics.js';
import type { Target } from './target.js';
import type { MetricMetadata } from './parser/types.js';
import { recordMetadata } from '../storage/metrics/metadata.js';

const log = logger('scrape');

export interface LoopSettings {
  honorLabels: boolean;
  honorTimestamps: boolean;
  sampleLimit: number;
  labelLimit: number;
  /** Decompressed body bytes; 0 means no limit. */
  bodySizeLimit: number;
  metricRelabelings: readonly CompiledRelabelConfig[];
  auth: ResolvedAuth | undefined;
  /** When set, every scrape fails with this message without a request (targetLimit breach). */
  forcedError: string | undefined;
}

export type Health = 'up' | 'down' | 'unknown';

export interface TargetHealth {
  health: Health;
  lastScrape: Date | undefined;
  lastError: string;
  lastScrapeDurationSeconds: number;
  /** Samples read from the last page. */
  lastSamples: number;
}

/** A final series of this target; staleness is tracked per final label set. */
export interface SeriesRef {
  readonly labels: Labels;
  /** The iteration that last appended it (duplicate detection, eviction). */
  seenIter: number;
}

interface CacheEntry {
  /** null: dropped by metric relabeling. */
  readonly ref: SeriesRef | null;
  lastIter: number;
}

const REPORT_NAMES = ['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_samples_post_metric_relabeling', 'scrape_series_added'] as const;

interface PageResult {
  scraped: number;
  postRelabel: number;
  seriesAdded: number;
  staleMarkers: number;
  /** `# TYPE`/`# HELP`/`# UNIT` of the page's families. */
  metadata?: ReadonlyMap<string, MetricMetadata>;
}

export class ScrapeLoop {
  readonly state: TargetHealth = { health: 'unknown', lastScrape: undefined, lastError: '', lastScrapeDurationSeconds: 0, lastSamples: 0 };
  private readonly scraper: HttpScraper;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly refs = new Map<string, SeriesRef>();
  /** Series appended by the last scrape (without explicit timestamps): candidates for staleness. */
  private prev: SeriesRef[] = [];
  private readonly report: Labels[];
  private iter = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    readonly target: Target,
    readonly settings: LoopSettings,
    private readonly store: MetricStore,
    inherited: readonly SeriesRef[] = [],
  ) {
    this.scraper = new HttpScraper(target.url, target.timeoutMs, settings.bodySizeLimit, settings.auth);
    this.report = REPORT_NAMES.map((name) => ({ ...target.labels, [METRIC_NAME]: name }));
    // A loop restarted for a settings change continues the old loop's staleness tracking.
    for (const ref of inherited) this.refs.set(labelsKey(ref.labels), ref);
    this.prev = [...inherited];
  }

  /** Schedules scrapes at a stable offset within the interval, so loops do not fire together. */
  start(): void {
    scrapeMetrics.loops(1);
    const interval = this.target.intervalMs;
    const offset = Number(hashMod(this.target.id, BigInt(interval)));
    const now = Date.now();
    let first = now - (now % interval) + offset;
    if (first < now) first += interval;
    this.schedule(first);
  }

  private schedule(at: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      // A store that cannot give an appender (e.g. not ready yet) costs this scrape, not the loop.
      this.running = this.scrapeAndReport().catch((err: unknown) => this.storageFailed(err)).finally(() => {
        this.running = undefined;
        let next = at + this.target.intervalMs;
        // Skip ticks missed while the process was busy instead of bursting to catch up.
        while (next <= Date.now()) next += this.target.intervalMs;
        this.schedule(next);
      });
    }, Math.max(0, at - Date.now()));
  }

  /**
   * Stops the loop: aborts a scrape in flight, and unless the target is handed over to a new loop,
   * writes staleness markers for every series it last saw (synthetic ones included).
   * Returns the tracked series so a replacement loop can continue from them.
   */
  async stop(staleMarkers: boolean): Promise<SeriesRef[]> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.scraper.close();
    await this.running;
    scrapeMetrics.loops(-1);
    if (!staleMarkers) return this.prev;
    if (this.iter > 0) {
      try {
        const app = this.store.appender();
        const t = Date.now();
        for (const ref of this.prev) app.append(ref.labels, t, STALE_NAN);
        for (const labels of this.report) app.append(labels, t, STALE_NAN);
        await this.commit(app, this.prev.length + this.report.length);
      } catch (err) {
        this.storageFailed(err);
      }
    }
    this.prev = [];
    return [];
  }

  /** One scrape: request, parse and append (or failure handling), synthetic series, commit. */
  async scrapeAndReport(): Promise<void> {
    const start = Date.now();
    const startNs = process.hrtime.bigint();
    let app = this.store.appender();
    let result: PageResult = { scraped: 0, postRelabel: 0, seriesAdded: 0, staleMarkers: 0 };
    let error: ScrapeError | undefined;
    // As Prometheus's scrape_duration_seconds: the request and the body, not parsing or storage.
    let seconds = 0;
    try {
      if (this.settings.forcedError !== undefined) throw new ScrapeError('target_limit', this.settings.forcedError);
      const response = await this.scraper.scrape();
      seconds = Number(process.hrtime.bigint() - startNs) / 1e9;
      if (this.stopped) return;
      result = this.appendPage(app, response.body, response.contentType, start);
    } catch (err) {
      seconds ||= Number(process.hrtime.bigint() - startNs) / 1e9;
      if (this.stopped) return;
      error = err instanceof ScrapeError ? err : new ScrapeError(err instanceof ParseError ? 'parse' : 'other', errorMessage(err));
      // As Prometheus: drop what the failed page added, then an empty page marks every previous series stale.
      app.rollback();
      app = this.store.appender();
      this.iter++;
      for (const ref of this.prev) app.append(ref.labels, start, STALE_NAN);
      result = { scraped: 0, postRelabel: 0, seriesAdded: 0, staleMarkers: this.prev.length };
      this.prev = [];
      scrapeMetrics.failed(error.reason);
    }
    const values = [error ? 0 : 1, seconds, result.scraped, result.postRelabel, result.seriesAdded];
    this.report.forEach((labels, i) => app.append(labels, start, values[i]!));
    Object.assign(this.state, { health: error ? 'down' : 'up', lastScrape: new Date(start), lastError: error?.message ?? '', lastScrapeDurationSeconds: seconds, lastSamples: result.scraped });
    if (error) log.debug({ target: this.target.url.href, reason: error.reason, err: error.message }, 'scrape failed');
    await this.commit(app, result.postRelabel + result.staleMarkers + this.report.length);
    const families = result.metadata;
    if (families) await recordMetadata(this.store, () => [...families].map(([metric, m]) => ({ metric, ...m })), this.target.url.href);
    scrapeMetrics.observeScrape(Number(process.hrtime.bigint() - startNs) / 1e9, result.scraped);
  }

  private async commit(app: Appender, samples: number): Promise<void> {
    try {
      await app.commit();
      scrapeMetrics.appended(samples);
    } catch (err) {
      this.storageFailed(err);
    }
  }

  private storageFailed(err: unknown): void {
    scrapeMetrics.commitFailed();
    this.state.lastError = `storage commit failed: ${errorMessage(err)}`;
    log.warn({ target: this.target.url.href, err: errorMessage(err) }, 'storage commit of scrape results failed');
  }

  private appendPage(app: Appender, body: string, contentType: string | undefined, t: number): PageResult {
    const { honorTimestamps, sampleLimit } = this.settings;
    const iter = ++this.iter;
    const parser = createParser(body, contentType);
    const current: SeriesRef[] = [];
    let scraped = 0;
    let appended = 0;
    const refsBefore = this.refs.size;
    while (parser.next()) {
      scraped++;
      let entry = this.cache.get(parser.series());
      if (entry === undefined) {
        entry = { ref: this.prepare(parser.labels()), lastIter: iter };
        this.cache.set(ownedString(parser.series()), entry);
      }
      entry.lastIter = iter;
      const ref = entry.ref;
      if (ref === null) continue;
      const ts = honorTimestamps ? parser.timestampMs : undefined;
      if (ts === undefined) {
        // A repeated series in one page is ignored, as Prometheus rejects the duplicate sample.
        if (ref.seenIter === iter) continue;
        current.push(ref);
      }
      ref.seenIter = iter;
      app.append(ref.labels, ts ?? t, parser.value);
      if (++appended > sampleLimit && sampleLimit > 0) throw new ScrapeError('sample_limit', `sample_limit exceeded (limit: ${sampleLimit})`);
    }
    let staleMarkers = 0;
    for (const ref of this.prev) {
      if (ref.seenIter === iter) continue;
      app.append(ref.labels, t, STALE_NAN);
      staleMarkers++;
    }
    this.prev = current;
    const seriesAdded = this.refs.size - refsBefore;
    // Forget series this page no longer has: their markers are written, the next sighting re-prepares them.
    for (const [key, e] of this.cache) if (e.lastIter !== iter) this.cache.delete(key);
    for (const [key, ref] of this.refs) if (ref.seenIter !== iter) this.refs.delete(key);
    return { scraped, postRelabel: appended, seriesAdded, staleMarkers, metadata: parser.metadata };
  }

  /** Target labels, metric relabeling and the label limit for a series not in the cache. */
  private prepare(sample: Labels): SeriesRef | null {
    const merged: Record<string, string> = { ...sample };
    for (const [name, value] of Object.entries(this.target.labels)) {
      if (this.settings.honorLabels) {
        if (!(name in sample)) merged[name] = value;
        continue;
      }
      // A clashing page label is kept as exported_<name> (exported_exported_<name>, … if taken).
      if (name in sample) {
        let exported = `exported_${name}`;
        while (exported in sample) exported = `exported_${exported}`;
        merged[exported] = sample[name]!;
      }
      merged[name] = value;
    }
    for (const name of Object.keys(merged)) if (merged[name] === '') delete merged[name];
    const relabeled = relabel(merged, this.settings.metricRelabelings);
    if (relabeled === null || !relabeled[METRIC_NAME]) return null;
    // Relabeling may set a label to "", which means absent.
    const labels = Object.values(relabeled).includes('') ? Object.fromEntries(Object.entries(relabeled).filter(([, v]) => v !== '')) : relabeled;
    const count = Object.keys(labels).length;
    const limit = this.settings.labelLimit;
    if (limit > 0 && count > limit) {
      throw new ScrapeError('label_limit', `label_limit exceeded (metric: ${labels[METRIC_NAME]!.slice(0, 50)}, number of labels: ${count}, limit: ${limit})`);
    }
    const key = labelsKey(labels);
    let ref = this.refs.get(key);
    if (ref === undefined) {
      ref = { labels, seenIter: 0 };
      this.refs.set(key, ref);
    }
    return ref;
  }
}
