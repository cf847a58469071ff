/** Function signatures as in Prometheus v3.5 (promql/parser/functions.go), used by the type checker. */
import type { ValueType } from './ast.js';

export interface FunctionSignature {
  readonly argTypes: readonly ValueType[];
  /** 0: fixed arity; n > 0: up to n trailing optional args; -1: unbounded repetition of the last arg type. */
  readonly variadic: number;
  readonly returnType: ValueType;
  readonly experimental: boolean;
}

function sig(argTypes: ValueType[], returnType: ValueType = 'vector', variadic = 0, experimental = false): FunctionSignature {
  return { argTypes, variadic, returnType, experimental };
}

const V: ValueType = 'vector';
const M: ValueType = 'matrix';
const S: ValueType = 'scalar';
const STR: ValueType = 'string';

const vectorMath = [
  'abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'ceil', 'cos', 'cosh', 'deg', 'exp', 'floor', 'ln', 'log10', 'log2',
  'rad', 'sgn', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'absent', 'sort', 'sort_desc', 'timestamp',
  'histogram_avg', 'histogram_count', 'histogram_sum', 'histogram_stddev', 'histogram_stdvar',
];
const overTime = [
  'absent_over_time', 'avg_over_time', 'changes', 'count_over_time', 'delta', 'deriv', 'idelta', 'increase', 'irate',
  'last_over_time', 'max_over_time', 'min_over_time', 'present_over_time', 'rate', 'resets', 'stddev_over_time',
  'stdvar_over_time', 'sum_over_time',
];
const dateFns = ['days_in_month', 'day_of_month', 'day_of_week', 'day_of_year', 'hour', 'minute', 'month', 'year'];

export const FUNCTIONS: ReadonlyMap<string, FunctionSignature> = new Map<string, FunctionSignature>([
  ...vectorMath.map((n) => [n, sig([V])] as const),
  ...overTime.map((n) => [n, sig([M])] as const),
  ...dateFns.map((n) => [n, sig([V], V, 1)] as const),
  ['clamp', sig([V, S, S])],
  ['clamp_max', sig([V, S])],
  ['clamp_min', sig([V, S])],
  ['histogram_fraction', sig([S, S, V])],
  ['histogram_quantile', sig([S, V])],
  ['label_replace', sig([V, STR, STR, STR, STR])],
  ['label_join', sig([V, STR, STR, STR], V, -1)],
  ['pi', sig([], S)],
  ['predict_linear', sig([M, S])],
  ['quantile_over_time', sig([S, M])],
  ['round', sig([V, S], V, 1)],
  ['scalar', sig([V], S)],
  ['time', sig([], S)],
  ['vector', sig([S])],
  ['double_exponential_smoothing', sig([M, S, S], V, 0, true)],
  ['info', sig([V, V], V, 1, true)],
  ['mad_over_time', sig([M], V, 0, true)],
  ['ts_of_max_over_time', sig([M], V, 0, true)],
  ['ts_of_min_over_time', sig([M], V, 0, true)],
  ['ts_of_last_over_time', sig([M], V, 0, true)],
  ['sort_by_label', sig([V, STR], V, -1, true)],
  ['sort_by_label_desc', sig([V, STR], V, -1, true)],
]);

/** Aggregations that are experimental in v3.5 (behind --enable-feature=promql-experimental-functions). */
export const EXPERIMENTAL_AGGREGATIONS: ReadonlySet<string> = new Set(['limitk', 'limit_ratio']);
