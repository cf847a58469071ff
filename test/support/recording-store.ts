/**
 * A MetricStore for receiver tests that keeps committed samples in memory: appenders buffer,
 * commit() moves the batch into the recorded data (or rejects with a configured error), and the
 * querier reads the recorded data back. Tests get their store from `createIngestTestStore()`, so
 * running them against the PostgreSQL store is a change to that one factory.
 */
import type { Labels } from '../../src/model/labels.js';
import { labelsKey } from '../../src/model/labels.js';
import type { Appender, CommitResult, LabelMatcher, MetricStore, Querier, Series } from '../../src/storage/api.js';

interface RecordedSeries {
  labels: Labels;
  timestamps: number[];
  /**
   * A Float64Array, not number[]: V8 canonicalises NaNs stored in plain double arrays, which
   * would turn staleness markers into ordinary NaNs.
   */
  values: Float64Array;
  count: number;
}

function matches(labels: Labels, matchers: readonly LabelMatcher[]): boolean {
  return matchers.every((m) => {
    const value = labels[m.name] ?? '';
    switch (m.type) {
      case '=':
        return value === m.value;
      case '!=':
        return value !== m.value;
      case '=~':
        return new RegExp(`^(?:${m.value})$`).test(value);
      case '!~':
        return !new RegExp(`^(?:${m.value})$`).test(value);
    }
  });
}

/** Picks values by index without passing them through a plain array (see RecordedSeries). */
function copyAt(values: Float64Array, indexes: readonly number[]): Float64Array {
  const out = new Float64Array(indexes.length);
  indexes.forEach((from, to) => out.set(values.subarray(from, from + 1), to));
  return out;
}

export class RecordingStore implements MetricStore {
  private readonly series = new Map<string, RecordedSeries>();
  /** Number of successful commits. */
  commits = 0;
  /** When set, every commit rejects with this error (and records nothing). */
  failCommitsWith: Error | undefined;

  appender(): Appender {
    let buffer: [Labels, number, number][] = [];
    return {
      append: (labels, timestampMs, value) => {
        buffer.push([labels, timestampMs, value]);
      },
      commit: (): Promise<CommitResult> => {
        const batch = buffer;
        buffer = [];
        if (this.failCommitsWith !== undefined) return Promise.reject(this.failCommitsWith);
        let seriesCreated = 0;
        for (const [labels, t, v] of batch) {
          const key = labelsKey(labels);
          let s = this.series.get(key);
          if (s === undefined) {
            s = { labels, timestamps: [], values: new Float64Array(16), count: 0 };
            this.series.set(key, s);
            seriesCreated++;
          }
          if (s.count === s.values.length) {
            const grown = new Float64Array(s.count * 2);
            grown.set(s.values);
            s.values = grown;
          }
          s.timestamps.push(t);
          s.values[s.count++] = v;
        }
        this.commits++;
        return Promise.resolve({ samplesWritten: batch.length, seriesCreated });
      },
      rollback: () => {
        buffer = [];
      },
    };
  }

  querier(): Querier {
    const selected = (matchers: readonly LabelMatcher[], start: number, end: number): Series[] => {
      const out: Series[] = [];
      for (const s of this.series.values()) {
        if (!matches(s.labels, matchers)) continue;
        const idx = s.timestamps.map((t, i) => [t, i] as const).filter(([t]) => t >= start && t <= end).sort((a, b) => a[0] - b[0]);
        if (idx.length === 0) continue;
        out.push({ labels: s.labels, timestamps: Float64Array.from(idx, ([t]) => t), values: copyAt(s.values, idx.map(([, i]) => i)) });
      }
      return out;
    };
    return {
      select: (matchers, start, end) => Promise.resolve(selected(matchers, start, end)),
      labelNames: (matchers, start, end) => Promise.resolve([...new Set(selected(matchers, start, end).flatMap((s) => Object.keys(s.labels)))].sort()),
      labelValues: (name, matchers, start, end) =>
        Promise.resolve([...new Set(selected(matchers, start, end).map((s) => s.labels[name]).filter((v): v is string => v !== undefined))].sort()),
    };
  }
}

/** The store receiver tests write to; swap this one line for the PostgreSQL store. */
export function createIngestTestStore(): Promise<MetricStore> {
  return Promise.resolve(new RecordingStore());
}
