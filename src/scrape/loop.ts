/**
 * One target's scrape loop, with Prometheus's semantics: a start offset from a stable hash of the
 * target, a scrape every interval, a scrape cache keyed by the raw series text (an unchanged line
 * costs a map lookup: no label parsing, no relabeling), honor_labels / honor_timestamps, limits
 * that fail the whole scrape, staleness markers for series that vanish, and the synthetic `up`,
 * `scrape_*` series. A storage commit failure is counted and logged; the loop carries on.
 */
import { METRIC_NAME, canonicalLabels, labelsKey, type Labels } from '../model/labels.js';
import { STALE_NAN } from '../model/samples.js';
import { relabel, type CompiledRelabelConfig } from '../discovery/relabel.js';
import type { Appender, MetricStore, SeriesHandle } from '../storage/api.js';
import { errorMessage } from '../util/errors.js';
import { flattened } from '../util/strings.js';
import { logger } from '../util/log.js';
import { createParser, formatForContentType, ownedString, ParseError, type ExpositionFormat } from './parser/index.js';
import { HttpScraper, ScrapeError, type ResolvedAuth } from './http.js';
import { scrapeMetrics } from './metrics.js';
import { Ticker } from './ticker.js';
import type { Target } from './target.js';
import type { MetricMetadata } from './parser/types.js';
import { recordMetadata } from '../storage/metrics/metadata.js';

const log = logger('scrape');

/**
 * A scrape's samples may wait this long to be written together with other targets' (nobody waits
 * on a scrape's commit): 100 targets every 5 s made 20 writes a second, one per scrape, and the
 * database's CPU per sample fell ≈30% with them grouped (bench/scrape.ts). Queries see a scrape
 * up to this much later.
 */
const APPENDER = { batchWithinMs: 500 };

/** Every label set a loop appends is an object it keeps for the series' life, with the store's handle on it. */
function appendKept(app: Appender, ref: SeriesRef, timestampMs: number, value: number): void {
  if (app.appendKnown) ref.handle = app.appendKnown(ref.labels, timestampMs, value, ref.handle);
  else app.append(ref.labels, timestampMs, value);
}

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
  /** The store's handle, once appended (declared at creation, so no property array is added later). */
  handle: SeriesHandle | undefined;
}

interface CacheEntry {
  /** The series text, as the page writes it. */
  readonly key: string;
  /** null: dropped by metric relabeling. */
  readonly ref: SeriesRef | null;
  lastIter: number;
  /** The entry of the line that followed this one in the last page: the guess for the next line. */
  next: CacheEntry | undefined;
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
  /** The first line's entry in the last page, and that page's format (a guess holds within one format). */
  private firstEntry: CacheEntry | undefined;
  private lastFormat: ExpositionFormat | undefined;
  private readonly refs = new Map<string, SeriesRef>();
  /** Series appended by the last scrape (without explicit timestamps): candidates for staleness. */
  private prev: SeriesRef[] = [];
  /**
   * The array the next scrape fills, swapped with `prev` after it: a fresh 2,000-element array per
   * scrape lived the 5 s until the next one, so every scrape promoted one into V8's old space.
   */
  private spare: SeriesRef[] = [];
  private readonly report: SeriesRef[];
  private iter = 0;
  private readonly ticker: Ticker;
  private stopped = false;

  constructor(
    readonly target: Target,
    readonly settings: LoopSettings,
    private readonly store: MetricStore,
    inherited: readonly SeriesRef[] = [],
  ) {
    this.scraper = new HttpScraper(target.url, target.timeoutMs, settings.bodySizeLimit, settings.auth);
    this.report = REPORT_NAMES.map((name) => ({ labels: canonicalLabels({ ...target.labels, [METRIC_NAME]: name }), seenIter: 0, handle: undefined }));
    // A loop restarted for a settings change continues the old loop's staleness tracking.
    for (const ref of inherited) this.refs.set(labelsKey(ref.labels), ref);
    this.prev = [...inherited];
    // A store that cannot give an appender (e.g. not ready yet) costs this scrape, not the loop.
    this.ticker = new Ticker(target.id, target.intervalMs, () => this.scrapeAndReport().catch((err: unknown) => this.storageFailed(err)));
  }

  /** Schedules scrapes at a stable offset within the interval, so loops do not fire together. */
  start(): void {
    scrapeMetrics.loops(1);
    this.ticker.start();
  }

  /**
   * Stops the loop: aborts a scrape in flight, and unless the target is handed over to a new loop,
   * writes staleness markers for every series it last saw (synthetic ones included).
   * Returns the tracked series so a replacement loop can continue from them.
   */
  async stop(staleMarkers: boolean): Promise<SeriesRef[]> {
    this.stopped = true;
    const finished = this.ticker.stop();
    this.scraper.close();
    await finished;
    scrapeMetrics.loops(-1);
    if (!staleMarkers) return this.prev;
    if (this.iter > 0) {
      try {
        const app = this.store.appender(APPENDER);
        const t = Date.now();
        for (const ref of this.prev) appendKept(app, ref, t, STALE_NAN);
        for (const ref of this.report) appendKept(app, ref, t, STALE_NAN);
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
    let app = this.store.appender(APPENDER);
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
      app = this.store.appender(APPENDER);
      this.iter++;
      for (const ref of this.prev) appendKept(app, ref, start, STALE_NAN);
      result = { scraped: 0, postRelabel: 0, seriesAdded: 0, staleMarkers: this.prev.length };
      this.prev = [];
      scrapeMetrics.failed(error.reason);
    }
    const values = [error ? 0 : 1, seconds, result.scraped, result.postRelabel, result.seriesAdded];
    this.report.forEach((ref, i) => appendKept(app, ref, start, values[i]!));
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
    const format = formatForContentType(contentType);
    if (format !== this.lastFormat) this.firstEntry = undefined;
    this.lastFormat = format;
    const parser = createParser(body, contentType);
    const current = this.spare;
    let kept = 0;
    let scraped = 0;
    let appended = 0;
    let entriesSeen = 0;
    let refsSeen = 0;
    const refsBefore = this.refs.size;
    let previous: CacheEntry | undefined;
    let guess = this.firstEntry;
    while (parser.next(guess?.key)) {
      scraped++;
      let entry = parser.matched ? guess : this.cache.get(parser.series());
      if (entry === undefined) {
        const key = ownedString(parser.series());
        entry = { key, ref: this.prepare(parser.labels()), lastIter: 0, next: undefined };
        this.cache.set(key, entry);
      }
      // Read before `previous.next` is overwritten: entry.next still says what followed it last page.
      guess = entry.next;
      if (previous === undefined) this.firstEntry = entry;
      else previous.next = entry;
      previous = entry;
      if (entry.lastIter !== iter) {
        entry.lastIter = iter;
        entriesSeen++;
      }
      const ref = entry.ref;
      if (ref === null) continue;
      const ts = honorTimestamps ? parser.timestampMs : undefined;
      if (ts === undefined) {
        // A repeated series in one page is ignored, as Prometheus rejects the duplicate sample.
        if (ref.seenIter === iter) continue;
        current[kept++] = ref;
      }
      if (ref.seenIter !== iter) {
        ref.seenIter = iter;
        refsSeen++;
      }
      appendKept(app, ref, ts ?? t, parser.value);
      if (++appended > sampleLimit && sampleLimit > 0) throw new ScrapeError('sample_limit', `sample_limit exceeded (limit: ${sampleLimit})`);
    }
    // Guesses only ever point at entries of this page, which stay cached.
    if (previous === undefined) this.firstEntry = undefined;
    else previous.next = undefined;
    let staleMarkers = 0;
    for (const ref of this.prev) {
      if (ref.seenIter === iter) continue;
      appendKept(app, ref, t, STALE_NAN);
      staleMarkers++;
    }
    current.length = kept;
    this.spare = this.prev;
    this.prev = current;
    const seriesAdded = this.refs.size - refsBefore;
    // Forget series this page no longer has (when it lacks any): their markers are written, the
    // next sighting re-prepares them.
    if (entriesSeen < this.cache.size) for (const [key, e] of this.cache) if (e.lastIter !== iter) this.cache.delete(key);
    if (refsSeen < this.refs.size) for (const [key, ref] of this.refs) if (ref.seenIter !== iter) this.refs.delete(key);
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
      ref = { labels: canonicalLabels(labels), seenIter: 0, handle: undefined };
      this.refs.set(flattened(key), ref);
    }
    return ref;
  }
}
