/**
 * Parser adapter: the official lezer PromQL grammar produces a concrete syntax tree, which is
 * converted here into the typed AST of ast.ts and type-checked with Prometheus's rules and wording.
 */
import { parser as lezerParser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode } from '@lezer/common';
import type { LabelMatcher, MatchType } from '../storage/api.js';
import { METRIC_NAME } from '../model/labels.js';
import { compileAnchoredRegex } from '../util/regex.js';
import { errorMessage } from '../util/errors.js';
import type {
  AggregateOp,
  AtModifier,
  BinaryOp,
  Cardinality,
  Expr,
  MatrixSelector,
  PosRange,
  SubqueryExpr,
  ValueType,
  VectorMatching,
  VectorSelector,
} from './ast.js';
import { COMPARISON_OPS, SET_OPS } from './ast.js';
import { PromQLParseError } from './errors.js';
import { parseDurationMs, parseNumber, unquoteString } from './literals.js';
import { EXPERIMENTAL_AGGREGATIONS, FUNCTIONS } from './signatures.js';

export interface ParseOptions {
  /** Accept functions and aggregations that Prometheus gates behind promql-experimental-functions. */
  enableExperimentalFunctions?: boolean;
}

const BINARY_OPS: Record<string, BinaryOp> = {
  Pow: '^', Mul: '*', Div: '/', Mod: '%', Add: '+', Sub: '-', Atan2: 'atan2',
  Eql: '==', Neq: '!=', Gtr: '>', Lss: '<', Gte: '>=', Lte: '<=', And: 'and', Or: 'or', Unless: 'unless',
};
const MATCH_OPS: Record<string, MatchType> = { EqlSingle: '=', Neq: '!=', EqlRegex: '=~', NeqRegex: '!~' };
const PARAM_AGGREGATIONS: ReadonlySet<AggregateOp> = new Set(['topk', 'bottomk', 'quantile', 'count_values', 'limitk', 'limit_ratio']);
const AGGREGATE_OPS: ReadonlySet<string> = new Set([
  'sum', 'avg', 'count', 'min', 'max', 'group', 'stddev', 'stdvar', 'topk', 'bottomk', 'count_values', 'quantile', 'limitk', 'limit_ratio',
]);

/** Prometheus's wording for value types in error messages. */
export function describeType(t: ValueType): string {
  return t === 'vector' ? 'instant vector' : t === 'matrix' ? 'range vector' : t;
}

export function exprType(e: Expr): ValueType {
  switch (e.type) {
    case 'number':
      return 'scalar';
    case 'string':
      return 'string';
    case 'vectorSelector':
      return 'vector';
    case 'matrixSelector':
    case 'subquery':
      return 'matrix';
    case 'call':
      return FUNCTIONS.get(e.func)?.returnType ?? 'vector';
    case 'aggregate':
      return 'vector';
    case 'binary':
      return exprType(e.lhs) === 'scalar' && exprType(e.rhs) === 'scalar' ? 'scalar' : 'vector';
    case 'unary':
    case 'paren':
      return exprType(e.expr);
  }
}

/**
 * What Prometheus's lexer says when the input ends too early: it knows which delimiter is still
 * open (braces first, then parentheses, then brackets).
 */
function endOfInputMessage(src: string): string {
  let parens = 0;
  let bracket = false;
  let braces = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      // Skip the string; an unterminated one runs to the end.
      for (i++; i < src.length && src[i] !== ch; i++) if (src[i] === '\\' && ch !== '`') i++;
    } else if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (ch === '[') bracket = true;
    else if (ch === ']') bracket = false;
    else if (ch === '{') braces = true;
    else if (ch === '}') braces = false;
  }
  if (braces) return 'unexpected end of input inside braces';
  if (parens > 0) return 'unclosed left parenthesis';
  return bracket ? 'unclosed left bracket' : 'unexpected end of input';
}

class Converter {
  /** Nodes whose offset/@ was set explicitly, to reject setting them twice. */
  private readonly offsetSet = new WeakSet<object>();

  constructor(
    private readonly src: string,
    private readonly opts: ParseOptions,
  ) {}

  fail(pos: number, msg: string): never {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < pos && i < this.src.length; i++) {
      if (this.src[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    throw new PromQLParseError(`${line}:${pos - lineStart + 1}: parse error: ${msg}`, pos);
  }

  text(n: SyntaxNode): string {
    return this.src.slice(n.from, n.to);
  }

  pos(n: SyntaxNode): PosRange {
    return { start: n.from, end: n.to };
  }

  /** The child nodes that make up the expression: comments (`# …` to the end of a line) may sit between any two. */
  children(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'LineComment') out.push(c);
    return out;
  }

  /** Reports the first syntax error lezer recovered from, in Prometheus's style. */
  checkSyntax(root: SyntaxNode): void {
    let err: SyntaxNode | undefined;
    root.toTree().iterate({
      enter: (n) => {
        if (err) return false;
        if (n.type.isError) err = n.node;
        return undefined;
      },
    });
    if (!err) return;
    const rest = this.src.slice(err.from).trimStart();
    if (rest === '') this.fail(this.src.length, endOfInputMessage(this.src));
    const at = this.src.length - rest.length;
    // `name(` where name is no function: lezer stops at the parenthesis, Prometheus names the function.
    const call = /([A-Za-z_][\w]*)\s*$/.exec(this.src.slice(0, at));
    if (rest.startsWith('(') && call && !FUNCTIONS.has(call[1]!) && !AGGREGATE_OPS.has(call[1]!.toLowerCase())) {
      this.fail(call.index, `unknown function with name "${call[1]}"`);
    }
    const tok = /^(?:[A-Za-z_:][\w:]*|\d[\w.]*|"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|\S)/.exec(rest)![0];
    let what: string;
    if (/^[A-Za-z_:]/.test(tok)) what = `identifier "${tok}"`;
    else if (/^\d/.test(tok)) what = `number "${tok}"`;
    else if (/^["']/.test(tok)) what = `string ${tok}`;
    else what = `character '${tok}'`;
    if (tok === '}') what = 'right brace';
    else if (tok === ')') what = 'right parenthesis';
    else if (tok === ']') what = 'right bracket';
    else if (tok === ',') what = '","';
    this.fail(at, `unexpected ${what}`);
  }

  expr(n: SyntaxNode): Expr {
    switch (n.name) {
      case 'PromQL': {
        const kids = this.children(n);
        if (kids.length === 0) this.fail(0, 'no expression found in input');
        return this.expr(kids[0]!);
      }
      case 'NumberDurationLiteral': {
        const v = parseNumber(this.text(n).replace(/^([+-])\s+/, '$1'));
        if (v === undefined) this.fail(n.from, `bad number or duration syntax: "${this.text(n)}"`);
        return { type: 'number', value: v, pos: this.pos(n) };
      }
      case 'StringLiteral':
        return { type: 'string', value: this.string(n), pos: this.pos(n) };
      case 'ParenExpr':
        return { type: 'paren', expr: this.expr(this.children(n)[0]!), pos: this.pos(n) };
      case 'VectorSelector':
        return this.vectorSelector(n);
      case 'MatrixSelector':
        return this.matrixSelector(n);
      case 'SubqueryExpr':
        return this.subquery(n);
      case 'OffsetExpr':
        return this.offset(n);
      case 'StepInvariantExpr':
        return this.at(n);
      case 'UnaryExpr':
        return this.unary(n);
      case 'BinaryExpr':
        return this.binary(n);
      case 'FunctionCall':
        return this.call(n);
      case 'AggregateExpr':
        return this.aggregate(n);
      default:
        this.fail(n.from, `unsupported expression "${this.text(n)}"`);
    }
  }

  string(n: SyntaxNode): string {
    try {
      return unquoteString(this.text(n));
    } catch (err) {
      this.fail(n.from, errorMessage(err));
    }
  }

  vectorSelector(n: SyntaxNode): VectorSelector {
    let name: string | undefined;
    const matchers: LabelMatcher[] = [];
    for (const c of this.children(n)) {
      if (c.name === 'Identifier') name = this.text(c);
      else if (c.name === 'LabelMatchers') {
        for (const m of this.children(c)) {
          if (m.name === 'QuotedLabelName') {
            // `{"metric.name"}`: a quoted metric name inside the braces.
            if (name !== undefined) this.fail(m.from, `metric name must not be set twice: "${name}" or "${this.string(m.firstChild!)}"`);
            name = this.string(m.firstChild!);
          } else if (m.name === 'UnquotedLabelMatcher' || m.name === 'QuotedLabelMatcher') {
            matchers.push(this.matcher(m));
          }
        }
      }
    }
    const nameMatchers = matchers.filter((m) => m.name === METRIC_NAME);
    if (name !== undefined) {
      if (nameMatchers.length > 0) this.fail(n.from, `metric name must not be set twice: "${name}" or "${nameMatchers[0]!.value}"`);
      matchers.unshift({ name: METRIC_NAME, type: '=', value: name });
    }
    // A selector that matches the empty string everywhere would select every series in storage.
    const nonEmpty = matchers.some((m) => !matchesEmpty(m));
    if (!nonEmpty) this.fail(n.from, 'vector selector must contain at least one non-empty matcher');
    return { type: 'vectorSelector', name, matchers, offsetMs: 0, at: undefined, pos: this.pos(n) };
  }

  matcher(m: SyntaxNode): LabelMatcher {
    let name = '';
    let type: MatchType = '=';
    let value = '';
    for (const c of this.children(m)) {
      if (c.name === 'LabelName') name = this.text(c);
      else if (c.name === 'QuotedLabelName') name = this.string(c.firstChild!);
      else if (c.name === 'MatchOp') type = MATCH_OPS[c.firstChild!.name] ?? '=';
      else if (c.name === 'StringLiteral') value = this.string(c);
    }
    if (type === '=~' || type === '!~') {
      try {
        compileAnchoredRegex(value);
      } catch (err) {
        this.fail(m.from, errorMessage(err));
      }
    }
    return { name, type, value };
  }

  /** A duration in milliseconds: a literal, or (experimental in v3.5) arithmetic on durations. */
  duration(n: SyntaxNode): number {
    return Math.round(this.durationSeconds(n) * 1000);
  }

  /** Duration expressions compute in seconds, as Prometheus does; bare numbers are seconds. */
  durationSeconds(n: SyntaxNode): number {
    const kids = this.children(n);
    if (n.name === 'NumberDurationLiteralInDurationContext' || n.name === 'NumberDurationLiteral') {
      const t = this.text(n);
      const ms = parseDurationMs(t);
      if (ms !== undefined) return ms / 1000;
      const secs = parseNumber(t);
      if (secs === undefined || !Number.isFinite(secs)) this.fail(n.from, `bad number or duration syntax: "${t}"`);
      return secs;
    }
    if (kids.length === 1) return this.durationSeconds(kids[0]!);
    if (kids.length === 2 && kids[0]!.name === 'UnaryOp') {
      const v = this.durationSeconds(kids[1]!);
      return this.text(kids[0]!) === '-' ? -v : v;
    }
    if (kids.length === 3) {
      const a = this.durationSeconds(kids[0]!);
      const b = this.durationSeconds(kids[2]!);
      const op = kids[1]!.name;
      if ((op === 'Div' || op === 'Mod') && b === 0) this.fail(kids[2]!.from, 'division by zero');
      const ops: Record<string, (x: number, y: number) => number> = {
        Add: (x, y) => x + y, Sub: (x, y) => x - y, Mul: (x, y) => x * y, Div: (x, y) => x / y, Mod: (x, y) => x % y, Pow: (x, y) => x ** y,
      };
      const f = ops[op];
      if (f) return f(a, b);
    }
    this.fail(n.from, `unsupported duration expression "${this.text(n)}"`);
  }

  matrixSelector(n: SyntaxNode): MatrixSelector {
    const [inner, dur] = this.children(n);
    const e = this.expr(inner!);
    if (e.type !== 'vectorSelector') this.fail(n.from, 'ranges only allowed for vector selectors');
    if (this.offsetSet.has(e)) this.fail(dur!.from, 'no offset modifiers allowed before range');
    const rangeMs = this.duration(dur!);
    if (rangeMs <= 0) this.fail(dur!.from, `range duration must be greater than 0`);
    return { type: 'matrixSelector', vector: e, rangeMs, pos: this.pos(n) };
  }

  subquery(n: SyntaxNode): SubqueryExpr {
    const kids = this.children(n);
    const e = this.expr(kids[0]!);
    const t = exprType(e);
    if (t !== 'vector') this.fail(n.from, `subquery is only allowed on instant vector, got ${describeType(t)} instead`);
    const durs = kids.slice(1).filter((c) => c.name === 'DurationExpr');
    const rangeMs = this.duration(durs[0]!);
    const stepMs = durs[1] ? this.duration(durs[1]) : 0;
    if (rangeMs <= 0) this.fail(n.from, 'subquery range must be greater than 0');
    if (durs[1] && stepMs <= 0) this.fail(durs[1].from, 'subquery step must be greater than 0');
    return { type: 'subquery', expr: e, rangeMs, stepMs, offsetMs: 0, at: undefined, pos: this.pos(n) };
  }

  /** The node an offset or @ applies to: a selector or subquery, never through parentheses. */
  modifierTarget(e: Expr, pos: number, what: string): VectorSelector | SubqueryExpr {
    // lezer lets `a or b offset 5m` wrap the whole binary (or unary) expression, but in PromQL
    // modifiers bind tightest: they belong to the right-most operand.
    while (e.type === 'binary' || e.type === 'unary') e = e.type === 'binary' ? e.rhs : e.expr;
    if (e.type === 'vectorSelector' || e.type === 'subquery') return e;
    if (e.type === 'matrixSelector') return e.vector;
    this.fail(pos, `${what} modifier must be preceded by an instant vector selector or range vector selector or a subquery`);
  }

  offset(n: SyntaxNode): Expr {
    const kids = this.children(n);
    const e = this.expr(kids[0]!);
    const target = this.modifierTarget(e, n.from, 'offset');
    if (this.offsetSet.has(target)) this.fail(n.from, 'offset may not be set multiple times');
    this.offsetSet.add(target);
    target.offsetMs = this.duration(kids[kids.length - 1]!);
    return e;
  }

  at(n: SyntaxNode): Expr {
    const kids = this.children(n);
    const e = this.expr(kids[0]!);
    const target = this.modifierTarget(e, n.from, '@');
    if (target.at) this.fail(n.from, '@ <timestamp> may not be set multiple times');
    const last = kids[kids.length - 1]!;
    let at: AtModifier;
    if (last.name === 'AtModifierPreprocessors') {
      at = { kind: last.firstChild?.name === 'AtStart' ? 'start' : 'end' };
    } else {
      const v = parseNumber(this.text(last));
      if (v === undefined || !Number.isFinite(v) || Math.abs(v * 1000) > Number.MAX_SAFE_INTEGER) {
        this.fail(last.from, `timestamp out of bounds for @ modifier: ${this.text(last)}`);
      }
      at = { kind: 'ts', ms: Math.round(v * 1000) };
    }
    target.at = at;
    return e;
  }

  unary(n: SyntaxNode): Expr {
    const [opNode, inner] = this.children(n);
    const e = this.expr(inner!);
    const t = exprType(e);
    if (t !== 'scalar' && t !== 'vector') {
      this.fail(n.from, `unary expression only allowed on expressions of type scalar or instant vector, got "${describeType(t)}"`);
    }
    const op = this.text(opNode!) === '-' ? '-' : '+';
    // Prometheus folds signs into number literals.
    if (e.type === 'number') return { type: 'number', value: op === '-' ? -e.value : e.value, pos: this.pos(n) };
    return { type: 'unary', op, expr: e, pos: this.pos(n) };
  }

  binary(n: SyntaxNode): Expr {
    const kids = this.children(n);
    const lhsNode = kids[0]!;
    const rhsNode = kids[kids.length - 1]!;
    const opNode = kids[1]!;
    const op = BINARY_OPS[opNode.name];
    if (op === undefined) this.fail(opNode.from, `unsupported operator "${this.text(opNode)}"`);
    // lezer reads `-1 ^ 2` as `(-1) ^ 2`, but in PromQL unary minus binds looser than `^`.
    const lhsText = this.text(lhsNode);
    if (op === '^' && lhsNode.name === 'NumberDurationLiteral' && /^[+-]/.test(lhsText)) {
      const base = parseNumber(lhsText.slice(1));
      if (base === undefined) this.fail(lhsNode.from, `bad number or duration syntax: "${lhsText}"`);
      const inner = this.binaryFrom(n, op, { type: 'number', value: base, pos: { start: lhsNode.from + 1, end: lhsNode.to } }, this.expr(rhsNode), kids);
      if (lhsText[0] === '+') return inner;
      if (inner.type === 'number') return { ...inner, value: -inner.value };
      return { type: 'unary', op: '-', expr: inner, pos: this.pos(n) };
    }
    return this.binaryFrom(n, op, this.expr(lhsNode), this.expr(rhsNode), kids);
  }

  binaryFrom(n: SyntaxNode, op: BinaryOp, lhs: Expr, rhs: Expr, kids: SyntaxNode[]): Expr {
    // The grammar also knows modifiers newer than Prometheus v3.5 (e.g. fill()); refuse them.
    const extra = kids.slice(2, -1).find((c) => c.name !== 'BoolModifier' && c.name !== 'MatchingModifierClause');
    if (extra) this.fail(extra.from, `unsupported binary operator modifier "${this.text(extra)}"`);
    const returnBool = kids.some((c) => c.name === 'BoolModifier');
    const clause = kids.find((c) => c.name === 'MatchingModifierClause');
    const lt = exprType(lhs);
    const rt = exprType(rhs);
    const isCmp = COMPARISON_OPS.has(op);
    const isSet = SET_OPS.has(op);
    if (returnBool && !isCmp) this.fail(n.from, 'bool modifier can only be used on comparison operators');
    if ((lt !== 'scalar' && lt !== 'vector') || (rt !== 'scalar' && rt !== 'vector')) {
      this.fail(n.from, 'binary expression must contain only scalar and instant vector types');
    }
    if (isCmp && lt === 'scalar' && rt === 'scalar' && !returnBool) this.fail(n.from, 'comparisons between scalars must use BOOL modifier');
    if (isSet && (lt === 'scalar' || rt === 'scalar')) this.fail(n.from, `set operator "${op}" not allowed in binary scalar expression`);
    let matching: VectorMatching | undefined;
    if (lt === 'vector' && rt === 'vector') {
      matching = this.matching(clause, op, isSet);
    } else if (clause) {
      this.fail(clause.from, 'vector matching only allowed between instant vectors');
    }
    return { type: 'binary', op, lhs, rhs, returnBool, matching, pos: this.pos(n) };
  }

  matching(clause: SyntaxNode | undefined, op: BinaryOp, isSet: boolean): VectorMatching {
    let card: Cardinality = isSet ? 'many-to-many' : 'one-to-one';
    let on = false;
    let labels: string[] = [];
    let include: string[] = [];
    if (clause) {
      const parts = this.children(clause);
      let seenGroup = false;
      for (const p of parts) {
        if (p.name === 'On') on = true;
        else if (p.name === 'GroupLeft' || p.name === 'GroupRight') {
          if (isSet) this.fail(p.from, `no grouping allowed for "${op}" operation`);
          card = p.name === 'GroupLeft' ? 'many-to-one' : 'one-to-many';
          seenGroup = true;
        } else if (p.name === 'GroupingLabels') {
          if (seenGroup) include = this.groupingLabels(p);
          else labels = this.groupingLabels(p);
        } else if (p.name !== 'Ignoring') {
          this.fail(p.from, `unsupported vector matching modifier "${this.text(p)}"`);
        }
      }
      if (on) {
        for (const l of include) {
          if (labels.includes(l)) this.fail(clause.from, `label "${l}" must not occur in ON and GROUP clause at once`);
        }
      }
    }
    return { card, on, labels, include };
  }

  groupingLabels(n: SyntaxNode): string[] {
    return this.children(n)
      .filter((c) => c.name === 'LabelName' || c.name === 'QuotedLabelName' || c.name === 'StringLiteral')
      .map((c) => (c.name === 'LabelName' ? this.text(c) : this.string(c.name === 'StringLiteral' ? c : c.firstChild!)));
  }

  args(body: SyntaxNode | undefined): Expr[] {
    return body ? this.children(body).map((c) => this.expr(c)) : [];
  }

  call(n: SyntaxNode): Expr {
    const kids = this.children(n);
    const name = this.text(kids.find((c) => c.name === 'FunctionIdentifier')!);
    const sig = FUNCTIONS.get(name);
    if (!sig) this.fail(n.from, `unknown function with name "${name}"`);
    if (sig.experimental && !this.opts.enableExperimentalFunctions) this.fail(n.from, `function "${name}" is not enabled`);
    const args = this.args(kids.find((c) => c.name === 'FunctionCallBody'));
    const fixed = sig.argTypes.length;
    if (sig.variadic === 0 && args.length !== fixed) {
      this.fail(n.from, `expected ${fixed} argument(s) in call to "${name}", got ${args.length}`);
    }
    if (sig.variadic > 0) {
      if (args.length < fixed - sig.variadic) this.fail(n.from, `expected at least ${fixed - sig.variadic} argument(s) in call to "${name}", got ${args.length}`);
      if (args.length > fixed) this.fail(n.from, `expected at most ${fixed} argument(s) in call to "${name}", got ${args.length}`);
    }
    if (sig.variadic < 0 && args.length < fixed - 1) {
      this.fail(n.from, `expected at least ${fixed - 1} argument(s) in call to "${name}", got ${args.length}`);
    }
    args.forEach((a, i) => {
      const want = sig.argTypes[Math.min(i, fixed - 1)]!;
      const got = exprType(a);
      if (got !== want) {
        this.fail(a.pos.start, `expected type ${describeType(want)} in call to function "${name}", got ${describeType(got)}`);
      }
    });
    return { type: 'call', func: name, args, pos: this.pos(n) };
  }

  aggregate(n: SyntaxNode): Expr {
    const kids = this.children(n);
    const op = this.text(kids.find((c) => c.name === 'AggregateOp')!).toLowerCase();
    if (!AGGREGATE_OPS.has(op)) this.fail(n.from, `unknown aggregation "${op}"`);
    const aggOp = op as AggregateOp;
    if (EXPERIMENTAL_AGGREGATIONS.has(op) && !this.opts.enableExperimentalFunctions) this.fail(n.from, `${op}() is experimental and must be enabled with --enable-feature=promql-experimental-functions`);
    const args = this.args(kids.find((c) => c.name === 'FunctionCallBody'));
    const modifier = kids.find((c) => c.name === 'AggregateModifier');
    let grouping: string[] = [];
    let without = false;
    if (modifier) {
      without = modifier.firstChild?.name === 'Without';
      const g = this.children(modifier).find((c) => c.name === 'GroupingLabels');
      if (g) grouping = this.groupingLabels(g);
    }
    const wantArgs = PARAM_AGGREGATIONS.has(aggOp) ? 2 : 1;
    if (args.length !== wantArgs) {
      this.fail(n.from, `wrong number of arguments for aggregate expression provided, expected ${wantArgs}, got ${args.length}`);
    }
    const expr = args[args.length - 1]!;
    const param = wantArgs === 2 ? args[0] : undefined;
    const t = exprType(expr);
    if (t !== 'vector') this.fail(expr.pos.start, `expected type instant vector in aggregation expression, got ${describeType(t)}`);
    if (param) {
      const want: ValueType = aggOp === 'count_values' ? 'string' : 'scalar';
      const got = exprType(param);
      if (got !== want) this.fail(param.pos.start, `expected type ${describeType(want)} in aggregation parameter, got ${describeType(got)}`);
    }
    return { type: 'aggregate', op: aggOp, expr, param, grouping, without, pos: this.pos(n) };
  }
}

function matchesEmpty(m: LabelMatcher): boolean {
  switch (m.type) {
    case '=':
      return m.value === '';
    case '!=':
      return m.value !== '';
    case '=~':
      return compileAnchoredRegex(m.value).test('');
    case '!~':
      return !compileAnchoredRegex(m.value).test('');
  }
}

/**
 * PromQL accepts `2.` as a number but the lezer grammar does not. Outside string literals, a dot
 * ending a number becomes a space: the value and every position in the text stay the same.
 */
function normalizeTrailingDots(query: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i]!;
    if (quote) {
      if (ch === '\\' && quote !== '`') {
        out += ch + (query[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === quote) quote = undefined;
      out += ch;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    const trailingDot = ch === '.' && /[0-9]/.test(query[i - 1] ?? '') && !/[\w.]/.test(query[i + 1] ?? '') && !/[A-Za-z_:]\w*$/.test(out.replace(/[0-9]+$/, ''));
    out += trailingDot ? ' ' : ch;
  }
  return out;
}

/** Parses and type-checks a PromQL expression. Throws PromQLParseError. */
export function parseExpr(query: string, opts: ParseOptions = {}): Expr {
  const conv = new Converter(query, opts);
  if (query.trim() === '') conv.fail(0, 'no expression found in input');
  const tree = lezerParser.parse(normalizeTrailingDots(query));
  const root = tree.topNode;
  conv.checkSyntax(root);
  return conv.expr(root);
}
