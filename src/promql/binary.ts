/** Binary operators between scalars and instant vectors, with Prometheus's vector matching rules. */
import type { Labels } from '../model/labels.js';
import { METRIC_NAME, formatLabels } from '../model/labels.js';
import type { BinaryExpr, BinaryOp, VectorMatching } from './ast.js';
import { COMPARISON_OPS } from './ast.js';
import { SeriesCollector } from './collector.js';
import type { EvalContext } from './context.js';
import { PromQLExecutionError } from './errors.js';
import { METADATA_LABELS, dropLabels, keyWith, keyWithout, labelsKey, pickLabels, withLabel } from './labelset.js';
import type { StepSeries, Steps } from './value.js';

/** Go's math.Mod semantics match JS `%` (sign of the dividend, NaN for x % 0). */
function applyOp(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '^':
      return goPow(a, b);
    case 'atan2':
      return Math.atan2(a, b);
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '<':
      return a < b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    default:
      throw new PromQLExecutionError(`operator "${op}" not allowed for scalar operations`);
  }
}

/** Go's math.Pow differs from JS for 1^±Inf and 1^NaN (Go returns 1), and (-1)^±Inf (Go: 1). */
function goPow(a: number, b: number): number {
  if (a === 1) return 1;
  if (a === -1 && !Number.isFinite(b) && !Number.isNaN(b)) return 1;
  return Math.pow(a, b);
}

const isComparison = (op: BinaryOp): boolean => COMPARISON_OPS.has(op);

export function scalarScalar(e: BinaryExpr, l: Float64Array, r: Float64Array): Float64Array {
  const out = new Float64Array(l.length);
  for (let i = 0; i < l.length; i++) out[i] = applyOp(e.op, l[i]!, r[i]!);
  return out;
}

/** Vector ⊕ scalar (or scalar ⊕ vector when `swap`): comparisons filter, bool yields 0/1. */
export function vectorScalar(e: BinaryExpr, vec: readonly StepSeries[], scalar: Float64Array, swap: boolean, steps: Steps): StepSeries[] {
  const cmp = isComparison(e.op);
  const out: StepSeries[] = [];
  for (const s of vec) {
    const res: StepSeries = {
      labels: s.labels,
      dropName: s.dropName || !cmp || e.returnBool,
      values: new Float64Array(steps.count),
      present: new Uint8Array(steps.count),
    };
    let any = false;
    for (let i = 0; i < steps.count; i++) {
      if (!s.present[i]) continue;
      const v = s.values[i]!;
      const sc = scalar[i]!;
      const r = swap ? applyOp(e.op, sc, v) : applyOp(e.op, v, sc);
      if (cmp) {
        if (e.returnBool) res.values[i] = r;
        else if (r === 1) res.values[i] = v;
        else continue;
      } else {
        res.values[i] = r;
      }
      res.present[i] = 1;
      any = true;
    }
    if (any) out.push(res);
  }
  return out;
}

function signature(labels: Labels, m: VectorMatching): string {
  return m.on ? keyWith(labels, m.labels) : keyWithout(labels, m.labels);
}

function groupBySignature(series: readonly StepSeries[], sigs: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    const g = groups.get(sig);
    if (g) g.push(i);
    else groups.set(sig, [i]);
  });
  return groups;
}

/** Whether any series of the group has a value at the step. */
function anyPresent(series: readonly StepSeries[], group: readonly number[] | undefined, step: number): boolean {
  if (!group) return false;
  for (const j of group) if (series[j]!.present[step]) return true;
  return false;
}

export function vectorSetOp(e: BinaryExpr, lhs: readonly StepSeries[], rhs: readonly StepSeries[], steps: Steps): StepSeries[] {
  const m = e.matching!;
  const lsigs = lhs.map((s) => signature(s.labels, m));
  const rsigs = rhs.map((s) => signature(s.labels, m));
  const out = new SeriesCollector(steps.count);
  // Series with equal labels on both sides of `or` merge into one output series.
  const copy = (s: StepSeries, include: (step: number) => boolean): void => {
    const key = labelsKey(s.labels);
    for (let i = 0; i < steps.count; i++) if (s.present[i] && include(i)) out.set(s.labels, s.dropName, i, s.values[i]!, key);
  };
  if (e.op === 'or') {
    const lgroups = groupBySignature(lhs, lsigs);
    for (const s of lhs) copy(s, () => true);
    rhs.forEach((s, j) => {
      const group = lgroups.get(rsigs[j]!);
      copy(s, (i) => !anyPresent(lhs, group, i));
    });
  } else {
    const rgroups = groupBySignature(rhs, rsigs);
    const keep = e.op === 'and';
    lhs.forEach((s, j) => {
      const group = rgroups.get(lsigs[j]!);
      copy(s, (i) => anyPresent(rhs, group, i) === keep);
    });
  }
  return out.series.filter((s) => s.present.some((p) => p === 1));
}

/** Labels of a matched pair's result (Prometheus's resultMetric). `many` is the many/left side. */
function resultLabels(e: BinaryExpr, many: Labels, one: Labels): Labels {
  const m = e.matching!;
  let out: Labels = many;
  // Arithmetic changes what the series measures, so the metric name goes at once.
  if (!isComparison(e.op)) out = dropLabels(out, METADATA_LABELS);
  if (m.card === 'one-to-one') out = m.on ? pickLabels(out, m.labels) : dropLabels(out, m.labels);
  for (const name of m.include) out = withLabel(out, name, one[name] ?? '');
  return out;
}

export function vectorVector(ctx: EvalContext, e: BinaryExpr, lhsIn: readonly StepSeries[], rhsIn: readonly StepSeries[], steps: Steps): StepSeries[] {
  const m = e.matching!;
  if (lhsIn.length === 0 || rhsIn.length === 0) return [];
  const swapped = m.card === 'one-to-many';
  // The control flow handles one-to-one and many-to-one; one-to-many swaps the sides.
  const many = swapped ? rhsIn : lhsIn;
  const one = swapped ? lhsIn : rhsIn;
  const manySigs = many.map((s) => signature(s.labels, m));
  const oneSigs = one.map((s) => signature(s.labels, m));
  const oneGroups = groupBySignature(one, oneSigs);
  const cmp = isComparison(e.op);
  const out = new SeriesCollector(steps.count);
  const pairLabels = new Map<number, { labels: Labels; key: string }>();
  const matchedAt = new Map<string, number>();
  const dupGroups = [...oneGroups.values()].filter((g) => g.length > 1);

  for (let i = 0; i < steps.count; i++) {
    if ((i & 255) === 0) ctx.checkDeadline();
    for (const g of dupGroups) {
      let first = -1;
      for (const j of g) {
        if (!one[j]!.present[i]) continue;
        if (first < 0) {
          first = j;
          continue;
        }
        const matched = m.on ? pickLabels(one[j]!.labels, m.labels) : dropLabels(one[j]!.labels, [METRIC_NAME, ...m.labels]);
        throw new PromQLExecutionError(
          `found duplicate series for the match group ${formatLabels(matched)} on the ${swapped ? 'left' : 'right'} hand-side of the operation: ` +
            `[${formatLabels(one[j]!.labels)}, ${formatLabels(one[first]!.labels)}];many-to-many matching not allowed: matching labels must be unique on one side`,
        );
      }
    }
    for (let k = 0; k < many.length; k++) {
      const ms = many[k]!;
      if (!ms.present[i]) continue;
      const sig = manySigs[k]!;
      const group = oneGroups.get(sig);
      if (!group) continue;
      let j = -1;
      for (const c of group) {
        if (one[c]!.present[i]) {
          j = c;
          break;
        }
      }
      if (j < 0) continue;
      const os = one[j]!;
      const lv = swapped ? os.values[i]! : ms.values[i]!;
      const rv = swapped ? ms.values[i]! : os.values[i]!;
      const r = applyOp(e.op, lv, rv);
      let value: number;
      if (cmp) {
        if (e.returnBool) value = r;
        else if (r === 1) value = ms.values[i]!;
        else continue;
      } else {
        value = r;
      }
      if (m.card === 'one-to-one') {
        if (matchedAt.get(sig) === i) {
          throw new PromQLExecutionError('multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)');
        }
        matchedAt.set(sig, i);
      }
      const pairKey = k * one.length + j;
      let res = pairLabels.get(pairKey);
      if (!res) {
        const labels = resultLabels(e, ms.labels, os.labels);
        res = { labels, key: labelsKey(labels) };
        pairLabels.set(pairKey, res);
      }
      const dup = m.card === 'one-to-one' ? undefined : 'multiple matches for labels: grouping labels must ensure unique matches';
      out.set(res.labels, e.returnBool, i, value, res.key, dup);
    }
  }
  return out.series;
}
