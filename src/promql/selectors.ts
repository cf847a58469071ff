/**
 * Selector evaluation over prefetched series: instant-vector lookback, range windows of raw
 * samples, and subqueries turned into point series that range functions consume like raw data.
 */
import type { Series } from '../storage/api.js';
import { isStaleMarker } from '../model/samples.js';
import type { MatrixSelector, SubqueryExpr, VectorSelector } from './ast.js';
import type { EvalContext } from './context.js';
import type { PointSeries, StepSeries } from './value.js';
import { Steps, newStepSeries } from './value.js';

/** A range-vector source: point series plus the window geometry applied to them. */
export interface RangeSource {
  readonly series: readonly PointSeries[];
  readonly rangeMs: number;
  readonly offsetMs: number;
  readonly at: number | undefined;
}

function fetched(ctx: EvalContext, vs: VectorSelector): readonly Series[] {
  return ctx.data.get(vs) ?? [];
}

/**
 * Evaluates an instant-vector selector at every step: the newest sample in
 * (t - lookback, t], unless that sample is a staleness marker. With `timestamps`, the value is
 * the sample's timestamp in seconds (for timestamp()).
 */
export function evalVectorSelector(ctx: EvalContext, vs: VectorSelector, steps: Steps, timestamps = false): StepSeries[] {
  const at = ctx.atTime(vs.at);
  const lookback = ctx.opts.lookbackDeltaMs;
  const out: StepSeries[] = [];
  let total = 0;
  for (const s of fetched(ctx, vs)) {
    ctx.checkDeadline();
    const ts = s.timestamps;
    const n = ts.length;
    let res: StepSeries | undefined;
    let j = -1;
    for (let i = 0; i < steps.count; i++) {
      const t = (at ?? steps.time(i)) - vs.offsetMs;
      // Steps ascend, so the candidate index only moves forward (binary search would not pay off).
      while (j + 1 < n && ts[j + 1]! <= t) j++;
      if (j < 0 || ts[j]! <= t - lookback) continue;
      const v = s.values[j]!;
      if (Number.isNaN(v) && isStaleMarker(v)) continue;
      res ??= newStepSeries(s.labels, steps.count);
      res.present[i] = 1;
      res.values[i] = timestamps ? ts[j]! / 1000 : v;
      total++;
    }
    if (res) out.push(res);
  }
  ctx.addSamples(total);
  return out;
}

/** Raw samples of a matrix selector without staleness markers (they never enter range windows). */
export function matrixSource(ctx: EvalContext, ms: MatrixSelector): RangeSource {
  const series: PointSeries[] = [];
  for (const s of fetched(ctx, ms.vector)) {
    let stale = 0;
    for (let i = 0; i < s.values.length; i++) if (Number.isNaN(s.values[i]!) && isStaleMarker(s.values[i]!)) stale++;
    if (stale === 0) {
      series.push({ labels: s.labels, dropName: false, timestamps: s.timestamps, values: s.values });
      continue;
    }
    const ts = new Float64Array(s.values.length - stale);
    const vals = new Float64Array(ts.length);
    let k = 0;
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i]!;
      if (Number.isNaN(v) && isStaleMarker(v)) continue;
      ts[k] = s.timestamps[i]!;
      vals[k++] = v;
    }
    series.push({ labels: s.labels, dropName: false, timestamps: ts, values: vals });
  }
  ctx.addSamples(series.reduce((n, s) => n + s.timestamps.length, 0));
  return { series, rangeMs: ms.rangeMs, offsetMs: ms.vector.offsetMs, at: ctx.atTime(ms.vector.at) };
}

/**
 * The evaluation grid of a subquery's inner expression: from the first multiple of the step
 * after (start - offset - range) up to end - offset, as Prometheus aligns subquery steps.
 */
export function subquerySteps(ctx: EvalContext, sq: SubqueryExpr, outer: Steps): Steps {
  const interval = sq.stepMs > 0 ? sq.stepMs : ctx.opts.noStepSubqueryIntervalMs;
  const at = ctx.atTime(sq.at);
  const from = (at ?? outer.start) - sq.offsetMs - sq.rangeMs;
  const to = (at ?? outer.end) - sq.offsetMs;
  // Go's integer division truncates toward zero; negative times must align the same way.
  let start = interval * Math.trunc(from / interval);
  if (start <= from) start += interval;
  return new Steps(start, to, interval);
}

/** Converts a step-series result into point series (only the steps where a value exists). */
export function toPointSeries(series: readonly StepSeries[], steps: Steps): PointSeries[] {
  return series.map((s) => {
    let n = 0;
    for (let i = 0; i < steps.count; i++) n += s.present[i]!;
    const ts = new Float64Array(n);
    const vs = new Float64Array(n);
    let k = 0;
    for (let i = 0; i < steps.count; i++) {
      if (!s.present[i]) continue;
      ts[k] = steps.time(i);
      vs[k++] = s.values[i]!;
    }
    return { labels: s.labels, dropName: s.dropName, timestamps: ts, values: vs };
  });
}

/**
 * Walks the windows (t - range, t] of one series step by step: after seek(i), [lo, hi) are the
 * indices of the samples in step i's window. Steps must be visited in increasing order; both
 * bounds then only move forward, so a whole range query costs O(samples + steps) per series.
 */
export class WindowCursor {
  lo = 0;
  hi = 0;
  start = 0;
  end = 0;
  private readonly ts: Float64Array;

  constructor(
    private readonly src: RangeSource,
    ps: PointSeries,
    private readonly steps: Steps,
  ) {
    this.ts = ps.timestamps;
  }

  /** Moves to step i; false when its window holds no sample. */
  seek(i: number): boolean {
    const ts = this.ts;
    const n = ts.length;
    const end = (this.src.at ?? this.steps.start + i * this.steps.interval) - this.src.offsetMs;
    const start = end - this.src.rangeMs;
    if (i === 0 || this.src.at !== undefined) {
      this.lo = lowerBoundAbove(ts, start);
      this.hi = lowerBoundAbove(ts, end);
    } else {
      let lo = this.lo;
      let hi = this.hi;
      while (lo < n && ts[lo]! <= start) lo++;
      while (hi < n && ts[hi]! <= end) hi++;
      this.lo = lo;
      this.hi = hi;
    }
    this.start = start;
    this.end = end;
    return this.hi > this.lo;
  }
}

/** First index whose timestamp is > t. */
function lowerBoundAbove(ts: Float64Array, t: number): number {
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
