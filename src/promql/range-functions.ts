/**
 * Functions over range vectors (`rate`, `*_over_time`, …). Each receives one series' window of
 * samples as index bounds into shared typed arrays, so no per-step copies are made.
 */
import type { Annotations } from './annotations.js';
import { formatG } from './annotations.js';
import { PromQLExecutionError } from './errors.js';
import { kahanAdd, kahanComp, quantile } from './mathutil.js';

export interface Window {
  readonly ts: Float64Array;
  readonly vs: Float64Array;
  /** First index in the window. */
  lo: number;
  /** One past the last index in the window (hi > lo). */
  hi: number;
  /** Optional prefix counts of counter resets: resets[i] = decreases among samples 1..i of the series. */
  resets: Int32Array | undefined;
  /** The window is (rangeStart, rangeEnd]; rangeMs is the selector's range. */
  rangeStart: number;
  rangeEnd: number;
  rangeMs: number;
  /** Evaluation time of the step. */
  stepTime: number;
  /** The scalar arguments at this step (quantile_over_time's q, predict_linear's t, smoothing factors). */
  param: number;
  param2: number;
}

/** Prefix counts of value decreases, for RangeFunctions that handle counter resets. */
export function resetPrefix(vs: Float64Array): Int32Array {
  const out = new Int32Array(vs.length);
  for (let i = 1; i < vs.length; i++) out[i] = out[i - 1]! + (vs[i]! < vs[i - 1]! ? 1 : 0);
  return out;
}

export type RangeFunction = (w: Window, annos: Annotations) => number | undefined;

function extrapolatedRate(w: Window, isCounter: boolean, isRate: boolean): number | undefined {
  const { ts, vs, lo, hi } = w;
  if (hi - lo < 2) return undefined;
  const last = hi - 1;
  let result = vs[last]! - vs[lo]!;
  // Resets are rare: the prefix counts let windows without one skip the scan.
  if (isCounter && (!w.resets || w.resets[last]! > w.resets[lo]!)) {
    let prev = 0;
    for (let i = lo; i < hi; i++) {
      const v = vs[i]!;
      if (v < prev) result += prev;
      prev = v;
    }
  }
  const firstT = ts[lo]!;
  const lastT = ts[last]!;
  let durationToStart = (firstT - w.rangeStart) / 1000;
  let durationToEnd = (w.rangeEnd - lastT) / 1000;
  const sampledInterval = (lastT - firstT) / 1000;
  const avgBetween = sampledInterval / (hi - lo - 1);
  // Extrapolate to the range boundaries only when samples come close to them (≤ 110% of the
  // average spacing); otherwise assume the series starts/ends inside the range.
  const threshold = avgBetween * 1.1;
  if (durationToStart >= threshold) durationToStart = avgBetween / 2;
  if (isCounter) {
    // A counter cannot go below zero: stop extrapolating where the line would cross it.
    let durationToZero = durationToStart;
    if (result > 0 && vs[lo]! >= 0) durationToZero = sampledInterval * (vs[lo]! / result);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  if (durationToEnd >= threshold) durationToEnd = avgBetween / 2;
  let factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
  if (isRate) factor /= w.rangeMs / 1000;
  return result * factor;
}

function instantValue(w: Window, isRate: boolean): number | undefined {
  if (w.hi - w.lo < 2) return undefined;
  const last = w.vs[w.hi - 1]!;
  const prev = w.vs[w.hi - 2]!;
  const interval = w.ts[w.hi - 1]! - w.ts[w.hi - 2]!;
  if (interval === 0) return undefined;
  let result = isRate && last < prev ? last : last - prev;
  if (isRate) result /= interval / 1000;
  return result;
}

/** Least-squares fit of the window, x in seconds relative to interceptTime. */
function linearRegression(w: Window, interceptTime: number): [number, number] {
  const { ts, vs, lo, hi } = w;
  let n = 0;
  // Kahan-compensated sums: index 0 x, 1 y, 2 xy, 3 x².
  const sums = new Float64Array(4);
  const comps = new Float64Array(4);
  const initY = vs[lo]!;
  let constY = true;
  for (let i = lo; i < hi; i++) {
    const y = vs[i]!;
    if (constY && i > lo && y !== initY) constY = false;
    n++;
    const x = (ts[i]! - interceptTime) / 1000;
    kahanAdd(sums, comps, 0, x);
    kahanAdd(sums, comps, 1, y);
    kahanAdd(sums, comps, 2, x * y);
    kahanAdd(sums, comps, 3, x * x);
  }
  if (constY) return Number.isFinite(initY) || Number.isNaN(initY) ? [0, initY] : [NaN, NaN];
  const sumX = sums[0]! + comps[0]!;
  const sumY = sums[1]! + comps[1]!;
  const sumXY = sums[2]! + comps[2]!;
  const sumX2 = sums[3]! + comps[3]!;
  const covXY = sumXY - (sumX * sumY) / n;
  const varX = sumX2 - (sumX * sumX) / n;
  const slope = covXY / varX;
  return [slope, sumY / n - (slope * sumX) / n];
}

function avg(w: Window): number {
  const { vs, lo, hi } = w;
  let sum = vs[lo]!;
  let c = 0;
  let mean = 0;
  let incremental = false;
  let count = 1;
  for (let i = lo + 1; i < hi; i++) {
    const v = vs[i]!;
    count = i - lo + 1;
    if (!incremental) {
      const ns = sum + v;
      if (Number.isFinite(ns) || Number.isNaN(ns)) {
        c = kahanComp(v, sum, ns, c);
        sum = ns;
        continue;
      }
      // The sum overflowed: continue with an incrementally updated mean.
      incremental = true;
      mean = sum / (count - 1);
      c /= count - 1;
    }
    const q = (count - 1) / count;
    const base = q * mean;
    const t = base + v / count;
    c = kahanComp(v / count, base, t, q * c);
    mean = t;
  }
  return incremental ? mean + c : sum / count + c / count;
}

function variance(w: Window): number {
  let count = 0, mean = 0, cMean = 0, aux = 0, cAux = 0;
  for (let i = w.lo; i < w.hi; i++) {
    const v = w.vs[i]!;
    count++;
    const delta = v - (mean + cMean);
    const newMean = mean + delta / count;
    cMean = kahanComp(delta / count, mean, newMean, cMean);
    mean = newMean;
    const inc = delta * (v - (mean + cMean));
    const newAux = aux + inc;
    cAux = kahanComp(inc, aux, newAux, cAux);
    aux = newAux;
  }
  return (aux + cAux) / count;
}

function windowValues(w: Window): number[] {
  return Array.from(w.vs.subarray(w.lo, w.hi));
}

/** Timestamp (seconds) of the last sample that wins `better`; NaN loses to any number. */
function extremeTimestamp(w: Window, better: (cur: number, best: number) => boolean): number {
  let best = w.vs[w.lo]!;
  let at = w.ts[w.lo]!;
  for (let i = w.lo; i < w.hi; i++) {
    if (better(w.vs[i]!, best) || Number.isNaN(best)) {
      best = w.vs[i]!;
      at = w.ts[i]!;
    }
  }
  return at / 1000;
}

/** Holt's linear smoothing; param holds the smoothing factor, param2 the trend factor. */
function doubleExponentialSmoothing(w: Window): number | undefined {
  const sf = w.param;
  const tf = w.param2;
  if (!(sf > 0 && sf < 1)) throw new PromQLExecutionError(`invalid smoothing factor. Expected: 0 < sf < 1, got: ${sf.toFixed(6)}`);
  if (!(tf > 0 && tf < 1)) throw new PromQLExecutionError(`invalid trend factor. Expected: 0 < tf < 1, got: ${tf.toFixed(6)}`);
  if (w.hi - w.lo < 2) return undefined;
  let s0 = 0;
  let s1 = w.vs[w.lo]!;
  let b = w.vs[w.lo + 1]! - w.vs[w.lo]!;
  for (let i = 1; i < w.hi - w.lo; i++) {
    const x = sf * w.vs[w.lo + i]!;
    if (i > 1) b = tf * (s1 - s0) + (1 - tf) * b;
    const y = (1 - sf) * (s1 + b);
    s0 = s1;
    s1 = x + y;
  }
  return s1;
}

function checkQuantile(q: number, annos: Annotations): void {
  if (Number.isNaN(q) || q < 0 || q > 1) annos.warn(`quantile value should be between 0 and 1, got ${formatG(q)}`);
}

export const RANGE_FUNCTIONS: ReadonlyMap<string, RangeFunction> = new Map<string, RangeFunction>([
  ['rate', (w) => extrapolatedRate(w, true, true)],
  ['increase', (w) => extrapolatedRate(w, true, false)],
  ['delta', (w) => extrapolatedRate(w, false, false)],
  ['irate', (w) => instantValue(w, true)],
  ['idelta', (w) => instantValue(w, false)],
  ['deriv', (w) => (w.hi - w.lo < 2 ? undefined : linearRegression(w, w.ts[w.lo]!)[0])],
  [
    'predict_linear',
    (w) => {
      if (w.hi - w.lo < 2) return undefined;
      const [slope, intercept] = linearRegression(w, w.stepTime);
      return slope * w.param + intercept;
    },
  ],
  [
    'changes',
    (w) => {
      let n = 0;
      for (let i = w.lo + 1; i < w.hi; i++) {
        const cur = w.vs[i]!;
        const prev = w.vs[i - 1]!;
        if (!(cur === prev || (Number.isNaN(cur) && Number.isNaN(prev)))) n++;
      }
      return n;
    },
  ],
  [
    'resets',
    (w) => {
      let n = 0;
      for (let i = w.lo + 1; i < w.hi; i++) if (w.vs[i]! < w.vs[i - 1]!) n++;
      return n;
    },
  ],
  ['avg_over_time', avg],
  ['count_over_time', (w) => w.hi - w.lo],
  ['last_over_time', (w) => w.vs[w.hi - 1]!],
  ['present_over_time', () => 1],
  ['absent_over_time', () => 1],
  [
    'sum_over_time',
    (w) => {
      let sum = 0;
      let c = 0;
      for (let i = w.lo; i < w.hi; i++) {
        const t = sum + w.vs[i]!;
        c = kahanComp(w.vs[i]!, sum, t, c);
        sum = t;
      }
      return sum + c;
    },
  ],
  [
    'max_over_time',
    (w) => {
      let m = w.vs[w.lo]!;
      for (let i = w.lo; i < w.hi; i++) if (w.vs[i]! > m || Number.isNaN(m)) m = w.vs[i]!;
      return m;
    },
  ],
  [
    'min_over_time',
    (w) => {
      let m = w.vs[w.lo]!;
      for (let i = w.lo; i < w.hi; i++) if (w.vs[i]! < m || Number.isNaN(m)) m = w.vs[i]!;
      return m;
    },
  ],
  ['stdvar_over_time', variance],
  ['stddev_over_time', (w) => Math.sqrt(variance(w))],
  [
    'quantile_over_time',
    (w, annos) => {
      checkQuantile(w.param, annos);
      return quantile(w.param, windowValues(w));
    },
  ],
  ['ts_of_last_over_time', (w) => w.ts[w.hi - 1]! / 1000],
  ['ts_of_max_over_time', (w) => extremeTimestamp(w, (cur, best) => cur >= best)],
  ['ts_of_min_over_time', (w) => extremeTimestamp(w, (cur, best) => cur <= best)],
  ['double_exponential_smoothing', doubleExponentialSmoothing],
  [
    'mad_over_time',
    (w) => {
      const values = windowValues(w);
      const median = quantile(0.5, values);
      return quantile(0.5, values.map((v) => Math.abs(v - median)));
    },
  ],
]);

