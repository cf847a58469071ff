/**
 * Rollup buckets (min, max, sum, count, last) computed from one series' samples. A bucket `t`
 * holds the samples in (t, t + resolution], left-open and right-closed like PromQL's range
 * windows, so a window (T - R, T] with T and R multiples of the resolution is exactly a run of
 * whole buckets (what rollup push-down relies on). The staleness marker is not a value and is
 * skipped; min and max ignore NaN unless every value is NaN, as PromQL's min_over_time/max_over_time do.
 */
import { isStaleMarker } from '../../model/samples.js';
import type { RollupPoint, SeriesSamples } from './backend.js';

export interface RollupBucket extends RollupPoint {
  /** Timestamp of `last`, so partial buckets from different compactions merge correctly. */
  lastT: number;
}

export function rollupBuckets(s: SeriesSamples, resolutionMs: number): RollupBucket[] {
  const out: RollupBucket[] = [];
  let cur: RollupBucket | undefined;
  for (let i = 0; i < s.timestamps.length; i++) {
    const v = s.values[i]!;
    if (isStaleMarker(v)) continue;
    const t = s.timestamps[i]!;
    const bucket = rollupBucketOf(t, resolutionMs);
    if (cur?.t !== bucket) {
      cur = { t: bucket, min: v, max: v, sum: 0, count: 0, last: v, lastT: t };
      out.push(cur);
    }
    if (v < cur.min || Number.isNaN(cur.min)) cur.min = v;
    if (v > cur.max || Number.isNaN(cur.max)) cur.max = v;
    cur.sum += v;
    cur.count++;
    cur.last = v;
    cur.lastT = t;
  }
  return out;
}

/** The bucket holding a sample at t: the start of the (start, start + resolution] interval around it. */
export function rollupBucketOf(t: number, resolutionMs: number): number {
  return Math.ceil(t / resolutionMs) * resolutionMs - resolutionMs;
}
