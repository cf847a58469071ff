/**
 * The memory head: the newest samples of every series, kept in the process that writes them, so
 * that the reads dashboards and rules make all day — the last minutes — cost no database round
 * trip (docs/storage.md, "Memory head"). It is exact only in a process that is the store's single
 * writer (standalone): it holds what this process committed, plus what the database held in its
 * window when it opened. Reads before `coveredFrom()` still go to the database.
 *
 * Per series, as Prometheus's head: sealed chunks of CHUNK_SAMPLES samples packed with the
 * blocks' codec (codec.ts, ≈ 2–6 B/sample), and the open chunk as two growing typed arrays sorted
 * by time; values move as raw bytes (TypedArray.set / copyWithin, the codec's XOR) so staleness-
 * marker NaN payloads survive. Label postings (name → value → ids) narrow matchers to candidates as
 * Prometheus's head index does.
 */
import type { Labels } from '../../model/labels.js';
import type { LabelMatcher } from '../api.js';
import { matchesAll } from '../match.js';
import { lowerBound, mergeRuns, type SeriesSamples } from './backend.js';
import { decodeBlock, decodeBlockInto, encodeBlock } from './codec.js';

interface Chunk {
  readonly minT: number;
  readonly maxT: number;
  readonly count: number;
  readonly data: Uint8Array;
}

interface HeadSeries {
  readonly labels: Labels;
  /** Sealed chunks, in time order, all older than the open chunk's samples. */
  chunks: Chunk[];
  /** The open chunk. */
  timestamps: Float64Array;
  values: Float64Array;
  length: number;
}

export interface HeadSelection {
  readonly id: number;
  readonly labels: Labels;
  readonly samples: SeriesSamples;
}

const INITIAL_CAPACITY = 16;
/** Samples per sealed chunk, as Prometheus cuts its head chunks. */
const CHUNK_SAMPLES = 120;

export class MemoryHead {
  private readonly series = new Map<number, HeadSeries>();
  private readonly postings = new Map<string, Map<string, Set<number>>>();
  /** Everything committed at or after this time is here; +Infinity until the initial load is done. */
  private loadedFrom = Infinity;

  constructor(
    /** How far back from now samples are kept. */
    readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** The oldest time from which this head holds every committed sample. */
  coveredFrom(): number {
    return Math.max(this.loadedFrom, this.now() - this.windowMs);
  }

  /** Marks the database's samples from `fromMs` on as loaded (see MetricStore's open). */
  markLoaded(fromMs: number): void {
    this.loadedFrom = fromMs;
  }

  get seriesCount(): number {
    return this.series.size;
  }

  /**
   * Adds committed samples of one series: `values` is read through `words` (its 32-bit halves) so
   * NaN payloads are not canonicalised. A sample at a timestamp already held is ignored: the first
   * written wins, as in the database.
   */
  append(id: number, labels: Labels, t: number, words: Uint32Array, index: number): void {
    if (t < this.now() - this.windowMs) return;
    let s = this.series.get(id);
    if (s === undefined) {
      s = { labels, chunks: [], timestamps: new Float64Array(INITIAL_CAPACITY), values: new Float64Array(INITIAL_CAPACITY), length: 0 };
      this.series.set(id, s);
      this.index(id, labels);
    }
    const sealed = s.chunks.at(-1);
    if (sealed && t <= sealed.maxT) return this.insertSealed(s, t, words, index);
    let at = s.length;
    if (at > 0 && t <= s.timestamps[at - 1]!) {
      at = lowerBound(s.timestamps.subarray(0, s.length), t);
      if (s.timestamps[at] === t) return;
    }
    if (s.length === s.timestamps.length) this.resize(s, s.timestamps.length * 2);
    if (at < s.length) {
      s.timestamps.copyWithin(at + 1, at, s.length);
      s.values.copyWithin(at + 1, at, s.length);
    }
    s.timestamps[at] = t;
    const out = new Uint32Array(s.values.buffer, s.values.byteOffset + at * 8, 2);
    out[0] = words[index * 2]!;
    out[1] = words[index * 2 + 1]!;
    s.length++;
    if (s.length === CHUNK_SAMPLES) {
      s.chunks.push(chunkOf(s.timestamps.subarray(0, s.length), s.values.subarray(0, s.length)));
      s.length = 0;
    }
  }

  /** An out-of-order sample older than the open chunk: the chunk it falls in is packed again (rare). */
  private insertSealed(s: HeadSeries, t: number, words: Uint32Array, index: number): void {
    let k = s.chunks.findIndex((c) => t <= c.maxT);
    if (k > 0 && t < s.chunks[k]!.minT) k--; // between two chunks: the earlier one takes it
    const old = decodeBlock(s.chunks[k]!.data);
    const one = { timestamps: Float64Array.of(t), values: new Float64Array(new Uint32Array([words[index * 2]!, words[index * 2 + 1]!]).buffer) };
    // The chunk's own samples come first: on an equal timestamp, the first written wins.
    const merged = mergeRuns([old, one], -Infinity, Infinity);
    s.chunks[k] = chunkOf(merged.timestamps, merged.values);
  }

  /** Adds a run of samples read back from the database (the initial load). */
  appendRun(id: number, labels: Labels, run: SeriesSamples): void {
    const words = new Uint32Array(run.values.buffer, run.values.byteOffset, run.values.length * 2);
    for (let i = 0; i < run.timestamps.length; i++) this.append(id, labels, run.timestamps[i]!, words, i);
  }

  /** Series matching `matchers` with samples in [startMs, endMs]; sample arrays are copies. */
  select(matchers: readonly LabelMatcher[], startMs: number, endMs: number): HeadSelection[] {
    const out: HeadSelection[] = [];
    for (const id of this.candidates(matchers)) {
      const s = this.series.get(id)!;
      if (!matchesAll(matchers, s.labels)) continue;
      const samples = this.samplesOf(s, startMs, endMs);
      if (samples.timestamps.length > 0) out.push({ id, labels: s.labels, samples });
    }
    return out;
  }

  /** The samples in [startMs, endMs], decoded straight into one pair of arrays (chunks never overlap). */
  private samplesOf(s: HeadSeries, startMs: number, endMs: number): SeriesSamples {
    const chunks = s.chunks.filter((c) => c.maxT >= startMs && c.minT <= endMs);
    const ts = s.timestamps.subarray(0, s.length);
    const from = lowerBound(ts, startMs);
    const to = lowerBound(ts, endMs, true);
    const open = Math.max(0, to - from);
    const out = { timestamps: new Float64Array(chunks.reduce((n, c) => n + c.count, open)), values: new Float64Array(0) };
    out.values = new Float64Array(out.timestamps.length);
    let k = 0;
    for (const c of chunks) k += decodeBlockInto(c.data, startMs, endMs, out, k);
    if (open > 0) {
      out.timestamps.set(ts.subarray(from, to), k);
      out.values.set(s.values.subarray(from, to), k);
      k += open;
    }
    return k === out.timestamps.length ? out : { timestamps: out.timestamps.subarray(0, k), values: out.values.subarray(0, k) };
  }

  /** Drops samples older than the window (whole chunks), and series left without any. */
  evict(): void {
    const cutoff = this.now() - this.windowMs;
    for (const [id, s] of this.series) {
      let keep = 0;
      while (keep < s.chunks.length && s.chunks[keep]!.maxT < cutoff) keep++;
      if (keep > 0) s.chunks = s.chunks.slice(keep);
      if (s.chunks.length > 0) continue;
      const drop = lowerBound(s.timestamps.subarray(0, s.length), cutoff);
      if (drop === s.length) {
        this.series.delete(id);
        this.unindex(id, s.labels);
        continue;
      }
      if (drop === 0) continue;
      s.timestamps.copyWithin(0, drop, s.length);
      s.values.copyWithin(0, drop, s.length);
      s.length -= drop;
    }
  }

  /**
   * Forgets samples of these series before `cutoffMs` (a per-service retention shorter than the
   * window): chunks reaching past the cutoff are packed again without them.
   */
  deleteBefore(ids: readonly number[], cutoffMs: number): void {
    for (const id of ids) {
      const s = this.series.get(id);
      if (!s) continue;
      s.chunks = s.chunks.filter((c) => c.maxT >= cutoffMs).map((c) => {
        if (c.minT >= cutoffMs) return c;
        const kept = decodeBlock(c.data, cutoffMs);
        return chunkOf(kept.timestamps, kept.values);
      });
      const drop = lowerBound(s.timestamps.subarray(0, s.length), cutoffMs);
      s.timestamps.copyWithin(0, drop, s.length);
      s.values.copyWithin(0, drop, s.length);
      s.length -= drop;
    }
  }

  /** Ids worth testing: the smallest postings list of the non-empty equality matchers, else every series. */
  private candidates(matchers: readonly LabelMatcher[]): Iterable<number> {
    let best: Set<number> | undefined;
    for (const m of matchers) {
      if (m.type !== '=' || m.value === '') continue;
      const ids = this.postings.get(m.name)?.get(m.value);
      if (!ids) return [];
      if (!best || ids.size < best.size) best = ids;
    }
    return best ?? this.series.keys();
  }

  private index(id: number, labels: Labels): void {
    for (const [name, value] of Object.entries(labels)) {
      let values = this.postings.get(name);
      if (!values) this.postings.set(name, (values = new Map<string, Set<number>>()));
      let ids = values.get(value);
      if (!ids) values.set(value, (ids = new Set()));
      ids.add(id);
    }
  }

  private unindex(id: number, labels: Labels): void {
    for (const [name, value] of Object.entries(labels)) {
      const values = this.postings.get(name);
      const ids = values?.get(value);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size === 0) values!.delete(value);
      if (values!.size === 0) this.postings.delete(name);
    }
  }

  private resize(s: HeadSeries, capacity: number): void {
    const ts = new Float64Array(capacity);
    const vs = new Float64Array(capacity);
    ts.set(s.timestamps.subarray(0, s.length));
    vs.set(s.values.subarray(0, s.length));
    s.timestamps = ts;
    s.values = vs;
  }
}

function chunkOf(timestamps: Float64Array, values: Float64Array): Chunk {
  return { minT: timestamps[0]!, maxT: timestamps[timestamps.length - 1]!, count: timestamps.length, data: encodeBlock(timestamps, values) };
}
