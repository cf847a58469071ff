/** Aggregation operators (`sum by (job) (…)` etc.), computed for all steps group by group. */
import type { Labels } from '../model/labels.js';
import { METRIC_NAME } from '../model/labels.js';
import type { AggregateExpr } from './ast.js';
import { formatG } from './annotations.js';
import { SeriesCollector } from './collector.js';
import type { EvalContext } from './context.js';
import { PromQLExecutionError } from './errors.js';
import { hasInvalidUtf8, goQuote } from './literals.js';
import { keyWith, keyWithout, pickLabels, dropLabels, labelsKey } from './labelset.js';
import { formatFloatPlain, kahanAdd, kahanComp, quantile } from './mathutil.js';
import type { StepSeries, Steps } from './value.js';
import { newStepSeries } from './value.js';

interface Grouping {
  /** Group index of each input series. */
  readonly groupOf: Int32Array;
  readonly labels: Labels[];
}

function groupKey(e: AggregateExpr, labels: Labels): string {
  return e.without ? keyWithout(labels, e.grouping) : keyWith(labels, e.grouping);
}

function groupLabels(e: AggregateExpr, labels: Labels): Labels {
  return e.without ? dropLabels(labels, [METRIC_NAME, ...e.grouping]) : pickLabels(labels, e.grouping);
}

/** Group keys are computed once per series, never per step. */
function groupSeries(e: AggregateExpr, input: readonly StepSeries[]): Grouping {
  const index = new Map<string, number>();
  const labels: Labels[] = [];
  const groupOf = new Int32Array(input.length);
  input.forEach((s, i) => {
    const key = groupKey(e, s.labels);
    let g = index.get(key);
    if (g === undefined) {
      g = labels.length;
      index.set(key, g);
      labels.push(groupLabels(e, s.labels));
    }
    groupOf[i] = g;
  });
  return { groupOf, labels };
}

/** Accumulators for one group across all steps. */
class Acc {
  readonly value: Float64Array;
  readonly comp: Float64Array;
  readonly count: Float64Array;
  readonly mean: Float64Array;
  readonly incremental: Uint8Array;
  constructor(readonly out: StepSeries) {
    const n = out.values.length;
    this.value = out.values;
    this.comp = new Float64Array(n);
    this.count = new Float64Array(n);
    this.mean = new Float64Array(n);
    this.incremental = new Uint8Array(n);
  }
}

function first(op: string, acc: Acc, i: number, f: number): void {
  acc.out.present[i] = 1;
  acc.count[i] = 1;
  acc.mean[i] = f;
  switch (op) {
    case 'stddev':
    case 'stdvar':
      acc.value[i] = Number.isFinite(f) ? 0 : NaN;
      break;
    case 'group':
      acc.value[i] = 1;
      break;
    default:
      acc.value[i] = f;
  }
}

function next(op: string, acc: Acc, i: number, f: number): void {
  switch (op) {
    case 'sum':
      kahanAdd(acc.value, acc.comp, i, f);
      break;
    case 'avg': {
      const count = ++acc.count[i]!;
      if (!acc.incremental[i]) {
        const sum = acc.value[i]!;
        const ns = sum + f;
        if (Number.isFinite(ns) || Number.isNaN(ns)) {
          acc.comp[i] = kahanComp(f, sum, ns, acc.comp[i]!);
          acc.value[i] = ns;
          break;
        }
        // The running sum overflowed: switch to an incrementally updated mean.
        acc.incremental[i] = 1;
        acc.mean[i] = acc.value[i]! / (count - 1);
        acc.comp[i] = acc.comp[i]! / (count - 1);
      }
      const q = (count - 1) / count;
      acc.mean[i] = q * acc.mean[i]!;
      acc.comp[i] = q * acc.comp[i]!;
      kahanAdd(acc.mean, acc.comp, i, f / count);
      break;
    }
    case 'count':
      acc.count[i]!++;
      break;
    case 'max':
      if (acc.value[i]! < f || Number.isNaN(acc.value[i]!)) acc.value[i] = f;
      break;
    case 'min':
      if (acc.value[i]! > f || Number.isNaN(acc.value[i]!)) acc.value[i] = f;
      break;
    case 'stddev':
    case 'stdvar': {
      const count = ++acc.count[i]!;
      const delta = f - acc.mean[i]!;
      acc.mean[i] = acc.mean[i]! + delta / count;
      acc.value[i] = acc.value[i]! + delta * (f - acc.mean[i]);
      break;
    }
  }
}

function finish(op: string, acc: Acc, i: number): void {
  switch (op) {
    case 'sum':
      acc.value[i] = acc.value[i]! + acc.comp[i]!;
      break;
    case 'avg':
      acc.value[i] = acc.incremental[i] ? acc.mean[i]! + acc.comp[i]! : acc.value[i]! / acc.count[i]! + acc.comp[i]! / acc.count[i]!;
      break;
    case 'count':
      acc.value[i] = acc.count[i]!;
      break;
    case 'stdvar':
      acc.value[i] = acc.value[i]! / acc.count[i]!;
      break;
    case 'stddev':
      acc.value[i] = Math.sqrt(acc.value[i]! / acc.count[i]!);
      break;
  }
}

function simpleAggregation(e: AggregateExpr, input: readonly StepSeries[], steps: Steps): StepSeries[] {
  const { groupOf, labels } = groupSeries(e, input);
  const accs = labels.map((l) => new Acc(newStepSeries(l, steps.count)));
  input.forEach((s, si) => {
    const acc = accs[groupOf[si]!]!;
    // `by (__name__)` keeps a name that delayed removal must still drop at the end.
    if (s.dropName && METRIC_NAME in acc.out.labels) acc.out.dropName = true;
    const { present, values } = s;
    for (let i = 0; i < steps.count; i++) {
      if (!present[i]) continue;
      if (acc.out.present[i]) next(e.op, acc, i, values[i]!);
      else first(e.op, acc, i, values[i]!);
    }
  });
  for (const acc of accs) for (let i = 0; i < steps.count; i++) if (acc.out.present[i]) finish(e.op, acc, i);
  return accs.map((a) => a.out);
}

function quantileAggregation(ctx: EvalContext, e: AggregateExpr, input: readonly StepSeries[], param: Float64Array, steps: Steps): StepSeries[] {
  const { groupOf, labels } = groupSeries(e, input);
  let min = Infinity;
  let max = -Infinity;
  for (const q of param) {
    if (Number.isNaN(q)) ctx.annotations.warn('quantile value should be between 0 and 1, got NaN');
    if (q < min) min = q;
    if (q > max) max = q;
  }
  if (max > 1) ctx.annotations.warn(`quantile value should be between 0 and 1, got ${formatG(max)}`);
  if (min < 0) ctx.annotations.warn(`quantile value should be between 0 and 1, got ${formatG(min)}`);
  const outs = labels.map((l) => newStepSeries(l, steps.count));
  const buckets: number[][] = labels.map(() => []);
  for (let i = 0; i < steps.count; i++) {
    for (const b of buckets) b.length = 0;
    input.forEach((s, si) => {
      if (s.present[i]) buckets[groupOf[si]!]!.push(s.values[i]!);
    });
    buckets.forEach((b, g) => {
      if (b.length === 0) return;
      outs[g]!.present[i] = 1;
      outs[g]!.values[i] = quantile(param[i]!, b);
    });
  }
  return outs;
}

/**
 * The k smallest items under `cmp`, in order. Keeps a sorted buffer of k, so small k (the usual
 * topk(5, …)) costs O(n·k) per step instead of sorting the whole group.
 */
function smallestK(items: readonly number[], k: number, cmp: (a: number, b: number) => number): number[] {
  if (k >= items.length) return [...items].sort(cmp);
  const best: number[] = [];
  for (const it of items) {
    if (best.length === k && cmp(it, best[k - 1]!) >= 0) continue;
    let at = best.length === k ? k - 1 : best.length;
    // Insert after equal items so earlier series win ties, as a stable sort would.
    while (at > 0 && cmp(it, best[at - 1]!) < 0) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = it;
    if (best.length > k) best.length = k;
  }
  return best;
}

/**
 * topk/bottomk: per step and group, the k largest/smallest samples keep their own labels.
 * limitk (experimental) keeps the first k in series order, whatever their values.
 */
function kAggregation(e: AggregateExpr, input: readonly StepSeries[], param: Float64Array, steps: Steps): StepSeries[] {
  const { groupOf, labels } = groupSeries(e, input);
  const out = new SeriesCollector(steps.count);
  const keys = input.map((s) => labelsKey(s.labels));
  const members: number[][] = labels.map(() => []);
  const top = e.op === 'topk';
  // NaN always sorts last: topk and bottomk only pick NaN when nothing else is left.
  const cmp = (a: number, b: number): number => {
    if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
    if (Number.isNaN(b)) return -1;
    return top ? b - a : a - b;
  };
  for (let i = 0; i < steps.count; i++) {
    const fk = param[i]!;
    // As Go's convertibleToInt64: NaN and values beyond int64 are errors, not "no k".
    if (!(fk <= 2 ** 63 && fk >= -(2 ** 63))) throw new PromQLExecutionError(`Scalar value ${formatG(fk)} overflows int64`);
    const k = Math.min(Math.trunc(fk), input.length);
    if (k < 1) continue;
    for (const m of members) m.length = 0;
    input.forEach((s, si) => {
      if (s.present[i]) members[groupOf[si]!]!.push(si);
    });
    const byValue = (a: number, b: number): number => cmp(input[a]!.values[i]!, input[b]!.values[i]!);
    for (const m of members) {
      const chosen = e.op === 'limitk' ? m.slice(0, k) : smallestK(m, k, byValue);
      for (const si of chosen) out.set(input[si]!.labels, input[si]!.dropName, i, input[si]!.values[i]!, keys[si]);
    }
  }
  return out.series;
}

function countValues(e: AggregateExpr, input: readonly StepSeries[], valueLabel: string, steps: Steps): StepSeries[] {
  if (valueLabel === '' || hasInvalidUtf8(valueLabel)) throw new PromQLExecutionError(`invalid label name ${goQuote(valueLabel)}`);
  const grouping = e.without ? e.grouping : [...e.grouping, valueLabel];
  const sub: AggregateExpr = { ...e, grouping };
  const out = new SeriesCollector(steps.count);
  for (const s of input) {
    for (let i = 0; i < steps.count; i++) {
      if (!s.present[i]) continue;
      const labels = { ...s.labels, [valueLabel]: formatFloatPlain(s.values[i]!) };
      const key = groupKey(sub, labels);
      const res = out.get(groupLabels(sub, labels), false, key);
      res.values[i] = res.present[i] ? res.values[i]! + 1 : 1;
      res.present[i] = 1;
    }
  }
  return out.series;
}

export function aggregate(ctx: EvalContext, e: AggregateExpr, input: readonly StepSeries[], param: Float64Array | string | undefined, steps: Steps): StepSeries[] {
  switch (e.op) {
    case 'topk':
    case 'bottomk':
    case 'limitk':
      return kAggregation(e, input, param as Float64Array, steps);
    case 'quantile':
      return quantileAggregation(ctx, e, input, param as Float64Array, steps);
    case 'count_values':
      return countValues(e, input, param as string, steps);
    case 'limit_ratio':
      throw new PromQLExecutionError(`${e.op}() is not supported`);
    default:
      return simpleAggregation(e, input, steps);
  }
}

