/**
 * The typed PromQL syntax tree the evaluator works on. The shapes follow Prometheus's
 * promql/parser AST, with durations and timestamps already resolved to milliseconds.
 */
import type { LabelMatcher } from '../storage/api.js';

export type ValueType = 'scalar' | 'vector' | 'matrix' | 'string';

/** Half-open character range [start, end) in the query text. */
export interface PosRange {
  readonly start: number;
  readonly end: number;
}

/** `@ <ts>` (milliseconds), `@ start()` or `@ end()`. */
export type AtModifier = { readonly kind: 'ts'; readonly ms: number } | { readonly kind: 'start' } | { readonly kind: 'end' };

export interface NumberLiteral {
  readonly type: 'number';
  readonly value: number;
  readonly pos: PosRange;
}

export interface StringLiteral {
  readonly type: 'string';
  readonly value: string;
  readonly pos: PosRange;
}

export interface VectorSelector {
  readonly type: 'vectorSelector';
  readonly name: string | undefined;
  readonly matchers: readonly LabelMatcher[];
  offsetMs: number;
  at: AtModifier | undefined;
  readonly pos: PosRange;
}

export interface MatrixSelector {
  readonly type: 'matrixSelector';
  readonly vector: VectorSelector;
  readonly rangeMs: number;
  readonly pos: PosRange;
}

export interface SubqueryExpr {
  readonly type: 'subquery';
  readonly expr: Expr;
  readonly rangeMs: number;
  /** 0 means the engine's default (the outer query step). */
  readonly stepMs: number;
  offsetMs: number;
  at: AtModifier | undefined;
  readonly pos: PosRange;
}

export interface Call {
  readonly type: 'call';
  readonly func: string;
  readonly args: readonly Expr[];
  readonly pos: PosRange;
}

export type AggregateOp =
  | 'sum'
  | 'avg'
  | 'count'
  | 'min'
  | 'max'
  | 'group'
  | 'stddev'
  | 'stdvar'
  | 'topk'
  | 'bottomk'
  | 'count_values'
  | 'quantile'
  | 'limitk'
  | 'limit_ratio';

export interface AggregateExpr {
  readonly type: 'aggregate';
  readonly op: AggregateOp;
  readonly expr: Expr;
  readonly param: Expr | undefined;
  readonly grouping: readonly string[];
  readonly without: boolean;
  readonly pos: PosRange;
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '^' | 'atan2';
export type ComparisonOp = '==' | '!=' | '>' | '<' | '>=' | '<=';
export type SetOp = 'and' | 'or' | 'unless';
export type BinaryOp = ArithmeticOp | ComparisonOp | SetOp;

export type Cardinality = 'one-to-one' | 'many-to-one' | 'one-to-many' | 'many-to-many';

export interface VectorMatching {
  readonly card: Cardinality;
  /** True for `on(...)`, false for `ignoring(...)` (or no clause). */
  readonly on: boolean;
  readonly labels: readonly string[];
  /** Extra labels copied from the "one" side by group_left/group_right. */
  readonly include: readonly string[];
}

export interface BinaryExpr {
  readonly type: 'binary';
  readonly op: BinaryOp;
  readonly lhs: Expr;
  readonly rhs: Expr;
  readonly returnBool: boolean;
  /** Set when both sides are vectors. */
  readonly matching: VectorMatching | undefined;
  readonly pos: PosRange;
}

export interface UnaryExpr {
  readonly type: 'unary';
  readonly op: '+' | '-';
  readonly expr: Expr;
  readonly pos: PosRange;
}

export interface ParenExpr {
  readonly type: 'paren';
  readonly expr: Expr;
  readonly pos: PosRange;
}

export type Expr =
  | NumberLiteral
  | StringLiteral
  | VectorSelector
  | MatrixSelector
  | SubqueryExpr
  | Call
  | AggregateExpr
  | BinaryExpr
  | UnaryExpr
  | ParenExpr;

export const COMPARISON_OPS: ReadonlySet<BinaryOp> = new Set(['==', '!=', '>', '<', '>=', '<=']);
export const SET_OPS: ReadonlySet<BinaryOp> = new Set(['and', 'or', 'unless']);

/** Strips parentheses, which have no meaning once parsed. */
export function unwrapParens(e: Expr): Expr {
  while (e.type === 'paren') e = e.expr;
  return e;
}
