/**
 * Prints a parsed expression back as PromQL in Prometheus's canonical form (its AST String()):
 * normalised spacing, durations and grouping clauses, and the metric name outside the braces.
 * Used by /api/v1/format_query.
 */
import type { LabelMatcher } from '../storage/api.js';
import { formatDuration } from '../util/duration.js';
import type { AtModifier, Expr, VectorMatching, VectorSelector } from './ast.js';

/**
 * Go's strconv.FormatFloat(v, 'f', -1, 64): the shortest digits that round-trip, never an
 * exponent. Prometheus prints number literals and sample values this way.
 */
export function formatFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const s = String(v);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = lead! + frac;
  if (exp > 0) return sign + digits.padEnd(exp + 1, '0');
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

const quote = (s: string): string => JSON.stringify(s);

function matcher(m: LabelMatcher): string {
  return `${m.name}${m.type}${quote(m.value)}`;
}

function modifiers(offsetMs: number, at: AtModifier | undefined): string {
  let out = '';
  if (at) out += at.kind === 'ts' ? ` @ ${(at.ms / 1000).toFixed(3)}` : ` @ ${at.kind}()`;
  if (offsetMs > 0) out += ` offset ${formatDuration(offsetMs)}`;
  else if (offsetMs < 0) out += ` offset -${formatDuration(-offsetMs)}`;
  return out;
}

function selector(vs: VectorSelector): string {
  const shown = vs.name === undefined ? vs.matchers : vs.matchers.filter((m) => !(m.name === '__name__' && m.type === '=' && m.value === vs.name));
  const braces = shown.length > 0 || vs.name === undefined ? `{${shown.map(matcher).join(', ')}}` : '';
  return `${vs.name ?? ''}${braces}`;
}

function matching(m: VectorMatching | undefined, isSetOp: boolean): string {
  if (!m) return '';
  let out = '';
  if (m.on || m.labels.length > 0) out += ` ${m.on ? 'on' : 'ignoring'} (${m.labels.join(', ')})`;
  if (m.card === 'many-to-one' || m.card === 'one-to-many') {
    out += ` ${m.card === 'many-to-one' ? 'group_left' : 'group_right'}${m.include.length ? ` (${m.include.join(', ')})` : ''}`;
  }
  return isSetOp && out === '' ? '' : out;
}

export function formatExpr(e: Expr): string {
  switch (e.type) {
    case 'number':
      return formatFloat(e.value);
    case 'string':
      return quote(e.value);
    case 'vectorSelector':
      return selector(e) + modifiers(e.offsetMs, e.at);
    case 'matrixSelector':
      return `${selector(e.vector)}[${formatDuration(e.rangeMs)}]${modifiers(e.vector.offsetMs, e.vector.at)}`;
    case 'subquery':
      return `${formatExpr(e.expr)}[${formatDuration(e.rangeMs)}:${e.stepMs ? formatDuration(e.stepMs) : ''}]${modifiers(e.offsetMs, e.at)}`;
    case 'call':
      return `${e.func}(${e.args.map(formatExpr).join(', ')})`;
    case 'aggregate': {
      const grouping = e.without || e.grouping.length > 0 ? ` ${e.without ? 'without' : 'by'} (${e.grouping.join(', ')}) ` : '';
      const args = e.param ? `${formatExpr(e.param)}, ${formatExpr(e.expr)}` : formatExpr(e.expr);
      return `${e.op}${grouping}(${args})`;
    }
    case 'binary': {
      const isSetOp = e.op === 'and' || e.op === 'or' || e.op === 'unless';
      return `${formatExpr(e.lhs)} ${e.op}${e.returnBool ? ' bool' : ''}${matching(e.matching, isSetOp)} ${formatExpr(e.rhs)}`;
    }
    case 'unary':
      return `${e.op}${formatExpr(e.expr)}`;
    case 'paren':
      return `(${formatExpr(e.expr)})`;
  }
}
