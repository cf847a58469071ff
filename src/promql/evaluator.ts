/**
 * The recursive evaluator: every node is evaluated once for the whole step grid (a range query,
 * or a single step for an instant query), over data prefetched by the engine.
 */
import { METRIC_NAME } from '../model/labels.js';
import type { AggregateExpr, BinaryExpr, Call, Expr } from './ast.js';
import { unwrapParens } from './ast.js';
import { aggregate } from './aggregations.js';
import { scalarScalar, vectorScalar, vectorSetOp, vectorVector } from './binary.js';
import type { EvalContext } from './context.js';
import { PromQLExecutionError } from './errors.js';
import {
  DATE_FUNCTIONS,
  MATH_FUNCTIONS,
  absent,
  absentLabels,
  clamp,
  histogramQuantile,
  labelJoin,
  labelReplace,
  mapValues,
  round,
  scalarOf,
  sortByLabels,
  sortByValue,
} from './functions.js';
import type { Window } from './range-functions.js';
import { RANGE_FUNCTIONS, resetPrefix } from './range-functions.js';
import type { RangeSource } from './selectors.js';
import { WindowCursor, evalVectorSelector, matrixSource, subquerySteps, toPointSeries } from './selectors.js';
import type { EvalValue, StepSeries } from './value.js';
import type { Steps } from './value.js';
import { newStepSeries } from './value.js';
import { goQuote } from './literals.js';

const COUNTER_SUFFIXES = ['_total', '_sum', '_count', '_bucket'];
/** Native-histogram functions: classic float samples give no result. */
const HISTOGRAM_ONLY = new Set(['histogram_avg', 'histogram_count', 'histogram_sum', 'histogram_stddev', 'histogram_stdvar', 'histogram_fraction']);

export class Evaluator {
  constructor(private readonly ctx: EvalContext) {}

  eval(e: Expr, steps: Steps): EvalValue {
    this.ctx.checkDeadline();
    switch (e.type) {
      case 'number':
        return { kind: 'scalar', values: new Float64Array(steps.count).fill(e.value) };
      case 'string':
        return { kind: 'string', value: e.value };
      case 'paren':
        return this.eval(e.expr, steps);
      case 'vectorSelector':
        return { kind: 'vector', series: evalVectorSelector(this.ctx, e, steps) };
      case 'unary': {
        const v = this.eval(e.expr, steps);
        if (e.op === '+') return v;
        if (v.kind === 'scalar') return { kind: 'scalar', values: v.values.map((x) => -x) };
        return { kind: 'vector', series: this.vector(v).map((s) => ({ ...s, dropName: true, values: s.values.map((x) => -x) })) };
      }
      case 'binary':
        return this.binary(e, steps);
      case 'aggregate':
        return { kind: 'vector', series: this.aggregate(e, steps) };
      case 'call':
        return this.call(e, steps);
      case 'matrixSelector':
      case 'subquery':
        throw new PromQLExecutionError('range vector is only allowed as a function argument or at the top level of an instant query');
    }
  }

  scalar(e: Expr, steps: Steps): Float64Array {
    const v = this.eval(e, steps);
    if (v.kind !== 'scalar') throw new PromQLExecutionError(`expected scalar, got ${v.kind}`);
    return v.values;
  }

  vector(v: EvalValue): StepSeries[] {
    if (v.kind !== 'vector') throw new PromQLExecutionError(`expected instant vector, got ${v.kind}`);
    return v.series;
  }

  string(e: Expr, steps: Steps): string {
    const v = this.eval(e, steps);
    if (v.kind !== 'string') throw new PromQLExecutionError(`expected string, got ${v.kind}`);
    return v.value;
  }

  private binary(e: BinaryExpr, steps: Steps): EvalValue {
    const l = this.eval(e.lhs, steps);
    const r = this.eval(e.rhs, steps);
    if (l.kind === 'scalar' && r.kind === 'scalar') return { kind: 'scalar', values: scalarScalar(e, l.values, r.values) };
    if (l.kind === 'vector' && r.kind === 'scalar') return { kind: 'vector', series: vectorScalar(e, l.series, r.values, false, steps) };
    if (l.kind === 'scalar' && r.kind === 'vector') return { kind: 'vector', series: vectorScalar(e, r.series, l.values, true, steps) };
    const ls = this.vector(l);
    const rs = this.vector(r);
    if (e.op === 'and' || e.op === 'or' || e.op === 'unless') return { kind: 'vector', series: vectorSetOp(e, ls, rs, steps) };
    return { kind: 'vector', series: vectorVector(this.ctx, e, ls, rs, steps) };
  }

  private aggregate(e: AggregateExpr, steps: Steps): StepSeries[] {
    let param: Float64Array | string | undefined;
    if (e.param) param = e.op === 'count_values' ? this.string(e.param, steps) : this.scalar(e.param, steps);
    const input = this.vector(this.eval(e.expr, steps));
    return aggregate(this.ctx, e, input, param, steps);
  }

  /** A range-vector argument: a matrix selector or a subquery evaluated on its own grid. */
  rangeSource(arg: Expr, steps: Steps): RangeSource {
    const e = unwrapParens(arg);
    if (e.type === 'matrixSelector') return matrixSource(this.ctx, e);
    if (e.type === 'subquery') {
      const inner = subquerySteps(this.ctx, e, steps);
      const series = toPointSeries(this.vector(this.eval(e.expr, inner)), inner);
      return { series, rangeMs: e.rangeMs, offsetMs: e.offsetMs, at: this.ctx.atTime(e.at) };
    }
    throw new PromQLExecutionError('expected a range vector argument');
  }

  private rangeCall(e: Call, steps: Steps): StepSeries[] {
    const fn = RANGE_FUNCTIONS.get(e.func);
    if (!fn) throw new PromQLExecutionError(`function "${e.func}" is not supported`);
    const matrixIdx = e.func === 'quantile_over_time' ? 1 : 0;
    const [param, param2] = e.args.filter((_a, i) => i !== matrixIdx).map((a) => this.scalar(a, steps));
    const src = this.rangeSource(e.args[matrixIdx]!, steps);
    // last_over_time only selects a sample, like an offset would: it keeps the metric name.
    const keepName = e.func === 'last_over_time';
    const out: StepSeries[] = [];
    const nonCounters = new Set<string>();
    for (const ps of src.series) {
      this.ctx.checkDeadline();
      const resets = e.func === 'rate' || e.func === 'increase' ? resetPrefix(ps.values) : undefined;
      const w: Window = { ts: ps.timestamps, vs: ps.values, lo: 0, hi: 0, resets, rangeStart: 0, rangeEnd: 0, rangeMs: src.rangeMs, stepTime: 0, param: 0, param2: 0 };
      let res: StepSeries | undefined;
      const cursor = new WindowCursor(src, ps, steps);
      for (let i = 0; i < steps.count; i++) {
        if (!cursor.seek(i)) continue;
        w.lo = cursor.lo;
        w.hi = cursor.hi;
        w.rangeStart = cursor.start;
        w.rangeEnd = cursor.end;
        w.stepTime = steps.time(i);
        w.param = param ? param[i]! : 0;
        w.param2 = param2 ? param2[i]! : 0;
        const v = fn(w, this.ctx.annotations);
        if (v === undefined) continue;
        res ??= newStepSeries(ps.labels, steps.count, ps.dropName || !keepName);
        res.present[i] = 1;
        res.values[i] = v;
      }
      if (!res) continue;
      out.push(res);
      const name = ps.labels[METRIC_NAME];
      if ((e.func === 'rate' || e.func === 'increase') && name !== undefined && !COUNTER_SUFFIXES.some((s) => name.endsWith(s))) nonCounters.add(name);
    }
    for (const name of nonCounters) this.ctx.annotations.info(`metric might not be a counter, name does not end in _total/_sum/_count/_bucket: ${goQuote(name)}`);
    if (e.func === 'absent_over_time') return absentOverTime(out, e, steps);
    return out;
  }

  private call(e: Call, steps: Steps): EvalValue {
    const vec = (series: StepSeries[]): EvalValue => ({ kind: 'vector', series });
    const arg = (i: number): StepSeries[] => this.vector(this.eval(e.args[i]!, steps));
    const math = MATH_FUNCTIONS.get(e.func);
    if (math) return vec(mapValues(arg(0), steps, math));
    const date = DATE_FUNCTIONS.get(e.func);
    if (date) {
      if (e.args.length === 0) {
        const s = newStepSeries({}, steps.count, true);
        for (let i = 0; i < steps.count; i++) {
          s.present[i] = 1;
          s.values[i] = date(steps.time(i) / 1000);
        }
        return vec([s]);
      }
      return vec(mapValues(arg(0), steps, date));
    }
    if (RANGE_FUNCTIONS.has(e.func)) return vec(this.rangeCall(e, steps));
    if (HISTOGRAM_ONLY.has(e.func)) {
      e.args.forEach((a) => this.eval(a, steps));
      return vec([]);
    }
    switch (e.func) {
      case 'time':
        return { kind: 'scalar', values: Float64Array.from({ length: steps.count }, (_, i) => steps.time(i) / 1000) };
      case 'pi':
        return { kind: 'scalar', values: new Float64Array(steps.count).fill(Math.PI) };
      case 'scalar':
        return { kind: 'scalar', values: scalarOf(arg(0), steps) };
      case 'vector': {
        const values = this.scalar(e.args[0]!, steps);
        const s = newStepSeries({}, steps.count);
        s.values.set(values);
        s.present.fill(1);
        return vec([s]);
      }
      case 'timestamp': {
        const inner = unwrapParens(e.args[0]!);
        // Over a selector, the sample's own timestamp; otherwise the evaluation time.
        if (inner.type === 'vectorSelector') return vec(evalVectorSelector(this.ctx, inner, steps, true).map((s) => ({ ...s, dropName: true })));
        return vec(mapValues(arg(0), steps, (_v, i) => steps.time(i) / 1000));
      }
      case 'clamp':
        return vec(clamp(arg(0), steps, this.scalar(e.args[1]!, steps), this.scalar(e.args[2]!, steps)));
      case 'clamp_min':
        return vec(clamp(arg(0), steps, this.scalar(e.args[1]!, steps), new Float64Array(steps.count).fill(Infinity)));
      case 'clamp_max':
        return vec(clamp(arg(0), steps, new Float64Array(steps.count).fill(-Infinity), this.scalar(e.args[1]!, steps)));
      case 'round':
        return vec(round(arg(0), steps, e.args[1] ? this.scalar(e.args[1], steps) : undefined));
      case 'sort':
      case 'sort_desc':
        return vec(sortByValue(arg(0), e.func === 'sort_desc'));
      case 'sort_by_label':
      case 'sort_by_label_desc':
        return vec(sortByLabels(arg(0), e.args.slice(1).map((a) => this.string(a, steps)), e.func === 'sort_by_label_desc'));
      case 'absent':
        return vec(absent(arg(0), steps, e));
      case 'label_replace':
        return vec(labelReplace(arg(0), ...([1, 2, 3, 4].map((i) => this.string(e.args[i]!, steps)) as [string, string, string, string])));
      case 'label_join':
        return vec(labelJoin(arg(0), this.string(e.args[1]!, steps), this.string(e.args[2]!, steps), e.args.slice(3).map((a) => this.string(a, steps))));
      case 'histogram_quantile':
        return vec(histogramQuantile(this.ctx, this.scalar(e.args[0]!, steps), arg(1), steps));
      default:
        throw new PromQLExecutionError(`function "${e.func}" is not supported`);
    }
  }
}

/** absent_over_time: 1 at the steps where no input series had samples in its window. */
function absentOverTime(present: readonly StepSeries[], e: Call, steps: Steps): StepSeries[] {
  const out = newStepSeries(absentLabels(e.args[0]!), steps.count, true);
  for (let i = 0; i < steps.count; i++) {
    if (present.some((s) => s.present[i])) continue;
    out.present[i] = 1;
    out.values[i] = 1;
  }
  return out.present.some((p) => p === 1) ? [out] : [];
}
