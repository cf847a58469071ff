import type { Labels } from '../../model/labels.js';
import { SightlineError } from '../../util/errors.js';

/** Metric types as OpenMetrics names them; the text format's `untyped` is reported as `unknown`. */
export type MetricType = 'counter' | 'gauge' | 'histogram' | 'gaugehistogram' | 'summary' | 'info' | 'stateset' | 'unknown';

/** What `# TYPE`, `# HELP` and `# UNIT` said about one metric family (served later by /api/v1/metadata). */
export interface MetricMetadata {
  type: MetricType;
  help: string;
  unit: string;
}

export interface Exemplar {
  labels: Labels;
  value: number;
  timestampMs?: number;
}

export interface Sample {
  /** The series name, e.g. `http_requests_total` (also in `labels.__name__`). */
  name: string;
  labels: Labels;
  value: number;
  timestampMs?: number;
  exemplar?: Exemplar;
}

/**
 * A pull parser over one exposition page, in the style of Prometheus's textparse.Parser.
 * `next()` validates a whole sample line but builds nothing; the accessors then build only what the
 * caller asks for, so a scrape cache keyed by `series()` can skip label parsing for unchanged lines.
 * Accessors describe the sample of the last `next()` that returned true.
 *
 * A scrape loop with a cache (as Prometheus's scrape cache) looks like:
 * ```ts
 * const p = createParser(body, contentType);
 * while (p.next(guess?.key)) {                        // guess: e.g. what followed the last series last time
 *   let entry = p.matched ? guess : cache.get(p.series()); // a lookup, no allocation kept
 *   if (entry === undefined) {
 *     entry = prepare(p.labels());                    // parse, relabel, resolve series id…
 *     cache.set(ownedString(p.series()), entry);      // a copy, not a view into the page
 *   }
 *   append(entry, p.timestampMs ?? scrapeTimeMs, p.value);
 * }
 * ```
 */
export interface ExpositionParser {
  /**
   * Advances to the next sample; false at the end of the page. Throws ParseError.
   * `expected`: a series text this parser (same format) accepted before, guessed to be the next
   * sample's; when it is (`matched`), the series is not scanned again, only compared. Pages keep
   * their order scrape after scrape, so a good guess turns most lines into one string compare
   * instead of a scan and a hash lookup.
   */
  next(expected?: string): boolean;
  /** Whether the current sample's series text is the `expected` given to next(). */
  readonly matched: boolean;
  /**
   * The raw series text (metric name and label set, as written): equal text means equal labels.
   * It is a view into the page: keep it beyond the scrape only through `ownedString()`.
   */
  series(): string;
  /** The series name, interned. */
  metricName(): string;
  /**
   * The label set including `__name__`; strings are owned copies, safe to cache. Throws ParseError
   * for a repeated label name, the one check `next()` leaves to it (a cached series passed it).
   */
  labels(): Labels;
  readonly value: number;
  readonly timestampMs: number | undefined;
  /** OpenMetrics only. */
  readonly exemplar: Exemplar | undefined;
  /** The family the current sample belongs to and its type (`unknown` when no `# TYPE` names it). */
  familyName(): string;
  metricType(): MetricType;
  /** Metadata per family seen so far; complete once `next()` has returned false. */
  readonly metadata: ReadonlyMap<string, MetricMetadata>;
}

/** A syntax or semantic error in an exposition page; the message names the line and column. */
export class ParseError extends SightlineError {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super('exposition_parse_error', `line ${line}, column ${column}: ${detail}`, { httpStatus: 422 });
  }
}
