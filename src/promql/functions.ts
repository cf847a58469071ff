/** Instant-vector and scalar functions (math, dates, labels, sorting, histogram_quantile). */
import type { Labels } from '../model/labels.js';
import { METRIC_NAME, labelsKey } from '../model/labels.js';
import { compileAnchoredRegex, compileExpansion, type AnchoredRegex } from '../util/regex.js';
import { errorMessage } from '../util/errors.js';
import type { Call, Expr } from './ast.js';
import { unwrapParens } from './ast.js';
import { formatG } from './annotations.js';
import { DUPLICATE_LABELSET } from './collector.js';
import type { EvalContext } from './context.js';
import { PromQLExecutionError } from './errors.js';
import { hasInvalidUtf8, goQuote } from './literals.js';
import { compareLabels, dropLabels, keyWithout, withLabel } from './labelset.js';
import { almostEqual } from './mathutil.js';
import type { StepSeries, Steps } from './value.js';
import { newStepSeries } from './value.js';

type MathFn = (v: number) => number;

function sgn(v: number): number {
  return v < 0 ? -1 : v > 0 ? 1 : v;
}

export const MATH_FUNCTIONS: ReadonlyMap<string, MathFn> = new Map<string, MathFn>([
  ['abs', Math.abs], ['ceil', Math.ceil], ['floor', Math.floor], ['exp', Math.exp], ['sqrt', Math.sqrt],
  ['ln', Math.log], ['log2', Math.log2], ['log10', Math.log10], ['sgn', sgn],
  ['sin', Math.sin], ['cos', Math.cos], ['tan', Math.tan], ['asin', Math.asin], ['acos', Math.acos], ['atan', Math.atan],
  ['sinh', Math.sinh], ['cosh', Math.cosh], ['tanh', Math.tanh], ['asinh', Math.asinh], ['acosh', Math.acosh], ['atanh', Math.atanh],
  ['deg', (v) => (v * 180) / Math.PI], ['rad', (v) => (v * Math.PI) / 180],
]);

const DAY_MS = 86_400_000;

/** Go's time.Unix(int64(seconds), 0).UTC(): fractional seconds truncate toward zero. */
function dateParts(seconds: number): Date {
  return new Date(Math.trunc(seconds) * 1000);
}

export const DATE_FUNCTIONS: ReadonlyMap<string, MathFn> = new Map<string, MathFn>([
  ['year', (s) => dateParts(s).getUTCFullYear()],
  ['month', (s) => dateParts(s).getUTCMonth() + 1],
  ['day_of_month', (s) => dateParts(s).getUTCDate()],
  ['day_of_week', (s) => dateParts(s).getUTCDay()],
  [
    'day_of_year',
    (s) => {
      const d = dateParts(s);
      return Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS) + 1;
    },
  ],
  ['days_in_month', (s) => { const d = dateParts(s); return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate(); }],
  ['hour', (s) => dateParts(s).getUTCHours()],
  ['minute', (s) => dateParts(s).getUTCMinutes()],
]);

/** Applies fn to every present value; the result drops the metric name (delayed). */
export function mapValues(input: readonly StepSeries[], steps: Steps, fn: (v: number, step: number) => number): StepSeries[] {
  return input.map((s) => {
    const out = newStepSeries(s.labels, steps.count, true);
    for (let i = 0; i < steps.count; i++) {
      if (!s.present[i]) continue;
      out.present[i] = 1;
      out.values[i] = fn(s.values[i]!, i);
    }
    return out;
  });
}

export function clamp(input: readonly StepSeries[], steps: Steps, min: Float64Array, max: Float64Array): StepSeries[] {
  return mapValues(input, steps, (v, i) => Math.max(min[i]!, Math.min(max[i]!, v))).map((s) => {
    // clamp with max < min returns nothing at that step.
    for (let i = 0; i < steps.count; i++) if (max[i]! < min[i]!) s.present[i] = 0;
    return s;
  });
}

export function round(input: readonly StepSeries[], steps: Steps, toNearest: Float64Array | undefined): StepSeries[] {
  return mapValues(input, steps, (v, i) => {
    const inv = 1 / (toNearest ? toNearest[i]! : 1);
    return Math.floor(v * inv + 0.5) / inv;
  });
}

function checkUnique(series: readonly StepSeries[]): void {
  const seen = new Set<string>();
  for (const s of series) {
    const key = labelsKey(s.labels);
    if (seen.has(key)) throw new PromQLExecutionError(DUPLICATE_LABELSET);
    seen.add(key);
  }
}

function validLabelName(name: string): boolean {
  return name !== '' && !hasInvalidUtf8(name);
}

export function labelReplace(input: readonly StepSeries[], dst: string, repl: string, src: string, regex: string): StepSeries[] {
  let re: AnchoredRegex;
  try {
    re = compileAnchoredRegex(regex);
  } catch (err) {
    throw new PromQLExecutionError(`invalid regular expression in label_replace(): ${errorMessage(err)}`);
  }
  if (!validLabelName(dst)) throw new PromQLExecutionError(`invalid destination label name in label_replace(): ${dst}`);
  const template = compileExpansion(repl);
  const out = input.map((s) => {
    const m = re.exec(s.labels[src] ?? '');
    if (!m) return s;
    const labels = withLabel(s.labels, dst, re.expand(template, m));
    return { ...s, labels, dropName: dst === METRIC_NAME ? false : s.dropName };
  });
  checkUnique(out);
  return out;
}

export function labelJoin(input: readonly StepSeries[], dst: string, sep: string, srcs: readonly string[]): StepSeries[] {
  if (!validLabelName(dst)) throw new PromQLExecutionError(`invalid destination label name in label_join(): ${dst}`);
  for (const s of srcs) if (!validLabelName(s)) throw new PromQLExecutionError(`invalid source label name in label_join(): ${s}`);
  const out = input.map((s) => {
    const value = srcs.map((n) => s.labels[n] ?? '').join(sep);
    return { ...s, labels: withLabel(s.labels, dst, value), dropName: dst === METRIC_NAME ? false : s.dropName };
  });
  checkUnique(out);
  return out;
}

/** sort/sort_desc order the series by their value at the (single) instant; NaN goes last. */
export function sortByValue(input: readonly StepSeries[], desc: boolean): StepSeries[] {
  const key = (s: StepSeries): number => (s.present[0] ? s.values[0]! : NaN);
  return [...input].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
    if (Number.isNaN(y)) return -1;
    return desc ? y - x : x - y;
  });
}

/** Natural order: digit runs compare as numbers, everything else as text. */
export function naturalCompare(a: string, b: string): number {
  const ca = a.match(/\d+|\D+/g) ?? [];
  const cb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < ca.length && i < cb.length; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length;
}

/** sort_by_label(_desc): natural order of the listed labels, then the full label set. */
export function sortByLabels(input: readonly StepSeries[], names: readonly string[], desc: boolean): StepSeries[] {
  const sign = desc ? -1 : 1;
  return [...input].sort((a, b) => {
    for (const n of names) {
      const c = naturalCompare(a.labels[n] ?? '', b.labels[n] ?? '');
      if (c !== 0) return sign * c;
    }
    return sign * compareLabels(a.labels, b.labels);
  });
}

/** Labels absent() returns: the selector's equality matchers, unless a name repeats. */
export function absentLabels(arg: Expr): Labels {
  const e = unwrapParens(arg);
  const vs = e.type === 'vectorSelector' ? e : e.type === 'matrixSelector' ? e.vector : undefined;
  if (!vs) return {};
  const out: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const m of vs.matchers) {
    if (m.name === METRIC_NAME) continue;
    if (m.type === '=' && !(m.name in out)) out[m.name] = m.value;
    else repeated.add(m.name);
  }
  for (const n of repeated) delete out[n];
  for (const [n, v] of Object.entries(out)) if (v === '') delete out[n];
  return out;
}

export function absent(input: readonly StepSeries[], steps: Steps, call: Call): StepSeries[] {
  const out = newStepSeries(absentLabels(call.args[0]!), steps.count, true);
  for (let i = 0; i < steps.count; i++) {
    if (!input.some((s) => s.present[i])) {
      out.present[i] = 1;
      out.values[i] = 1;
    }
  }
  return out.present.some((p) => p === 1) ? [out] : [];
}

export function scalarOf(input: readonly StepSeries[], steps: Steps): Float64Array {
  const out = new Float64Array(steps.count).fill(NaN);
  for (let i = 0; i < steps.count; i++) {
    let n = 0;
    for (const s of input) {
      if (s.present[i]) {
        n++;
        out[i] = s.values[i]!;
      }
    }
    if (n !== 1) out[i] = NaN;
  }
  return out;
}

interface Bucket {
  upper: number;
  count: number;
}

/** Quantile from classic cumulative `le` buckets (Prometheus's BucketQuantile). */
function bucketQuantile(q: number, buckets: Bucket[]): { value: number; forcedMonotonic: boolean } {
  if (Number.isNaN(q)) return { value: NaN, forcedMonotonic: false };
  if (q < 0) return { value: -Infinity, forcedMonotonic: false };
  if (q > 1) return { value: Infinity, forcedMonotonic: false };
  buckets.sort((a, b) => a.upper - b.upper);
  if (buckets[buckets.length - 1]!.upper !== Infinity) return { value: NaN, forcedMonotonic: false };
  const merged: Bucket[] = [];
  for (const b of buckets) {
    const last = merged[merged.length - 1];
    if (last && last.upper === b.upper) last.count += b.count;
    else merged.push({ ...b });
  }
  let forcedMonotonic = false;
  let prev = merged[0]!.count;
  for (let i = 1; i < merged.length; i++) {
    const cur = merged[i]!.count;
    if (cur === prev) continue;
    if (almostEqual(prev, cur, 1e-12)) {
      merged[i]!.count = prev;
      continue;
    }
    if (cur < prev) {
      merged[i]!.count = prev;
      forcedMonotonic = true;
      continue;
    }
    prev = cur;
  }
  if (merged.length < 2) return { value: NaN, forcedMonotonic };
  const observations = merged[merged.length - 1]!.count;
  if (observations === 0) return { value: NaN, forcedMonotonic };
  let rank = q * observations;
  let b = 0;
  while (b < merged.length - 1 && merged[b]!.count < rank) b++;
  if (b === merged.length - 1) return { value: merged[merged.length - 2]!.upper, forcedMonotonic };
  if (b === 0 && merged[0]!.upper <= 0) return { value: merged[0]!.upper, forcedMonotonic };
  let start = 0;
  const end = merged[b]!.upper;
  let count = merged[b]!.count;
  if (b > 0) {
    start = merged[b - 1]!.upper;
    count -= merged[b - 1]!.count;
    rank -= merged[b - 1]!.count;
  }
  return { value: start + (end - start) * (rank / count), forcedMonotonic };
}

function parseLe(v: string | undefined): number {
  if (v === undefined) return NaN;
  const t = v.trim().toLowerCase();
  if (t === '+inf' || t === 'inf') return Infinity;
  if (t === '-inf') return -Infinity;
  if (t === 'nan') return NaN;
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t) || /^[+-]?0x[0-9a-f]+$/.test(t) ? Number(t) : NaN;
}

export function histogramQuantile(ctx: EvalContext, q: Float64Array, input: readonly StepSeries[], steps: Steps): StepSeries[] {
  for (const v of q) if (Number.isNaN(v) || v < 0 || v > 1) ctx.annotations.warn(`quantile value should be between 0 and 1, got ${formatG(v)}`);
  const groups = new Map<string, { out: StepSeries; members: { s: StepSeries; le: number }[] }>();
  for (const s of input) {
    const leText = s.labels.le;
    const le = parseLe(leText);
    if (Number.isNaN(le) && leText?.trim().toLowerCase() !== 'nan') {
      if (s.present.some((p) => p === 1)) {
        ctx.annotations.warn(`bucket label "le" is missing or has a malformed value of ${goQuote(leText ?? '')} for metric name ${goQuote(s.labels[METRIC_NAME] ?? '')}`);
      }
      continue;
    }
    const key = keyWithout(s.labels, ['le'], true);
    let g = groups.get(key);
    if (!g) {
      g = { out: newStepSeries(dropLabels(s.labels, ['le']), steps.count, true), members: [] };
      groups.set(key, g);
    }
    g.members.push({ s, le });
  }
  const buckets: Bucket[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < steps.count; i++) {
      buckets.length = 0;
      for (const m of g.members) if (m.s.present[i]) buckets.push({ upper: m.le, count: m.s.values[i]! });
      if (buckets.length === 0) continue;
      const { value, forcedMonotonic } = bucketQuantile(q[i]!, buckets);
      if (forcedMonotonic) {
        const name = g.members[0]!.s.labels[METRIC_NAME] ?? '';
        ctx.annotations.info(
          `input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile) for metric name ${goQuote(name)}`,
        );
      }
      g.out.present[i] = 1;
      g.out.values[i] = value;
    }
  }
  return [...groups.values()].map((g) => g.out).filter((s) => s.present.some((p) => p === 1));
}
