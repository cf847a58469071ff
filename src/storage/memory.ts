/**
 * An in-process storage implementing Appender and Querier: series kept in memory with samples
 * sorted by time. Used by the PromQL conformance runner and unit tests, and anywhere a real but
 * ephemeral store is wanted. Staleness markers are stored bit-exactly (Float64Array keeps NaN payloads).
 */
import type { Labels } from '../model/labels.js';
import { METRIC_NAME, labelsKey } from '../model/labels.js';
import { matchesAll } from './match.js';
import { SightlineError } from '../util/errors.js';
import type { Appender, CommitResult, LabelMatcher, MetricStore, Querier, SelectHints, Series } from './api.js';

interface StoredSeries {
  readonly labels: Labels;
  timestamps: Float64Array;
  values: Float64Array;
  length: number;
}

interface PendingSample {
  readonly key: string;
  readonly labels: Labels;
  readonly t: number;
  readonly v: number;
}


/** First index with timestamp >= t in the first `len` entries. */
function lowerBound(ts: Float64Array, len: number, t: number): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MemoryStorage implements MetricStore, Querier {
  private readonly series = new Map<string, StoredSeries>();

  querier(): Querier {
    return this;
  }

  appender(): Appender {
    let pending: PendingSample[] = [];
    // Writers usually append many samples with the same labels object: canonicalise it once.
    const canonical = new WeakMap<Labels, { key: string; labels: Labels }>();
    return {
      append: (labels: Labels, timestampMs: number, value: number): void => {
        let c = canonical.get(labels);
        if (!c) {
          if (!labels[METRIC_NAME]) throw new SightlineError('bad_series', 'series labels must include __name__');
          // Empty label values mean "label absent" in the Prometheus data model.
          const clean: Record<string, string> = {};
          for (const [n, v] of Object.entries(labels)) if (v !== '') clean[n] = v;
          c = { key: labelsKey(clean), labels: clean };
          canonical.set(labels, c);
        }
        pending.push({ key: c.key, labels: c.labels, t: timestampMs, v: value });
      },
      commit: (): Promise<CommitResult> => {
        const batch = pending;
        pending = [];
        return Promise.resolve(this.write(batch));
      },
      rollback: (): void => {
        pending = [];
      },
    };
  }

  private write(batch: readonly PendingSample[]): CommitResult {
    let seriesCreated = 0;
    for (const p of batch) {
      let s = this.series.get(p.key);
      if (!s) {
        s = { labels: p.labels, timestamps: new Float64Array(16), values: new Float64Array(16), length: 0 };
        this.series.set(p.key, s);
        seriesCreated++;
      }
      this.insert(s, p.t, p.v);
    }
    return { samplesWritten: batch.length, seriesCreated };
  }

  /** Appends in order in O(1); out-of-order samples are inserted; a repeated timestamp overwrites. */
  private insert(s: StoredSeries, t: number, v: number): void {
    if (s.length === s.timestamps.length) {
      const ts = new Float64Array(s.length * 2);
      const vs = new Float64Array(s.length * 2);
      ts.set(s.timestamps);
      vs.set(s.values);
      s.timestamps = ts;
      s.values = vs;
    }
    const at = s.length === 0 || s.timestamps[s.length - 1]! < t ? s.length : lowerBound(s.timestamps, s.length, t);
    if (at < s.length && s.timestamps[at] === t) {
      s.values[at] = v;
      return;
    }
    s.timestamps.copyWithin(at + 1, at, s.length);
    s.values.copyWithin(at + 1, at, s.length);
    s.timestamps[at] = t;
    s.values[at] = v;
    s.length++;
  }

  select(matchers: readonly LabelMatcher[], startMs: number, endMs: number, _hints?: SelectHints): Promise<Series[]> {
    const out: Series[] = [];
    for (const s of this.series.values()) {
      if (!matchesAll(matchers, s.labels)) continue;
      const lo = lowerBound(s.timestamps, s.length, startMs);
      const hi = lowerBound(s.timestamps, s.length, endMs + 1);
      if (hi <= lo) continue;
      // Copies, so later appends never change a result already handed out.
      out.push({ labels: s.labels, timestamps: s.timestamps.slice(lo, hi), values: s.values.slice(lo, hi) });
    }
    return Promise.resolve(out);
  }

  private matching(matchers: readonly LabelMatcher[], startMs: number, endMs: number): StoredSeries[] {
    return [...this.series.values()].filter((s) => {
      if (!matchesAll(matchers, s.labels)) return false;
      const lo = lowerBound(s.timestamps, s.length, startMs);
      return lo < s.length && s.timestamps[lo]! <= endMs;
    });
  }

  labelNames(matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]> {
    const names = new Set<string>();
    for (const s of this.matching(matchers, startMs, endMs)) for (const n of Object.keys(s.labels)) names.add(n);
    return Promise.resolve([...names].sort());
  }

  labelValues(name: string, matchers: readonly LabelMatcher[], startMs: number, endMs: number): Promise<string[]> {
    const values = new Set<string>();
    for (const s of this.matching(matchers, startMs, endMs)) {
      const v = s.labels[name];
      if (v !== undefined) values.add(v);
    }
    return Promise.resolve([...values].sort());
  }

  /** Removes every series (the promqltest `clear` command). */
  clear(): void {
    this.series.clear();
  }
}
