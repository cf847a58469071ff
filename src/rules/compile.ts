/**
 * The PromQL a rule evaluates. Rules written in PromQL run as written; rules people write
 * without PromQL (threshold, anomaly, forecast) compile to PromQL here, and the compiled text is
 * what the status and the rules API show, so a user sees exactly what runs. docs/rules.md
 * ("Rules without PromQL") gives the formulas.
 */
import type { AlertRule } from '../api/index.js';
import type { Expr } from '../promql/ast.js';
import { unwrapParens } from '../promql/ast.js';
import { formatExpr, formatFloat } from '../promql/format.js';
import { describeType, exprType, parseExpr } from '../promql/parser.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import { SightlineError, errorMessage } from '../util/errors.js';

export type RuleSpec = AlertRule['spec']['rules'][number];
type Threshold = NonNullable<RuleSpec['threshold']>;
type Anomaly = NonNullable<RuleSpec['anomaly']>;
type Forecast = NonNullable<RuleSpec['forecast']>;

/** A threshold, anomaly or forecast that cannot be compiled (its query does not parse, …). */
export class RuleCompileError extends SightlineError {
  constructor(message: string) {
    super('RuleCompileError', message, { httpStatus: 400 });
  }
}

/** MAD × 1.4826 estimates the standard deviation of normal data, so k means the same for mad as for zscore. */
const MAD_TO_STDDEV = 1.4826;

export function compileRuleExpr(rule: RuleSpec): string {
  if (rule.expr !== undefined) return rule.expr;
  if (rule.threshold) return compileThreshold(rule.threshold);
  if (rule.anomaly) return compileAnomaly(rule.anomaly, rule.alert !== undefined);
  if (rule.forecast) return compileForecast(rule.forecast);
  throw new RuleCompileError('a rule needs one of expr, threshold, anomaly and forecast');
}

/** The user's query, printed canonically, as an operand and over a window. */
class Source {
  private readonly expr: Expr;

  constructor(
    query: string,
    readonly stepMs: number,
    field: string,
  ) {
    let parsed: Expr;
    try {
      parsed = parseExpr(query);
    } catch (err) {
      throw new RuleCompileError(`${field}.query: ${errorMessage(err)}`);
    }
    const t = exprType(parsed);
    if (t !== 'vector') throw new RuleCompileError(`${field}.query must be an instant vector expression, not ${describeType(t)}`);
    this.expr = unwrapParens(parsed);
  }

  /** The query where it is an operand of a binary operator (parenthesised unless it binds tighter). */
  get operand(): string {
    return formatExpr(this.operandExpr());
  }

  /**
   * The query's values over (t − offset − window, t − offset]: a range selector over a plain
   * selector's raw samples, otherwise a subquery at the rule's step.
   */
  over(windowMs: number, offsetMs = 0): string {
    const e = this.expr;
    const pos = { start: 0, end: 0 };
    if (e.type === 'vectorSelector') {
      return formatExpr({ type: 'matrixSelector', vector: { ...e, offsetMs: e.offsetMs + offsetMs }, rangeMs: windowMs, pos });
    }
    return formatExpr({ type: 'subquery', expr: this.operandExpr(), rangeMs: windowMs, stepMs: this.stepMs, offsetMs, at: undefined, pos });
  }

  private operandExpr(): Expr {
    return this.expr.type === 'binary' || this.expr.type === 'unary' ? { type: 'paren', expr: this.expr, pos: this.expr.pos } : this.expr;
  }
}

/** The schema's pattern guarantees durations parse; this keeps the compiler honest if called directly. */
function ms(text: string, field: string): number {
  const v = parseDuration(text);
  if (v === undefined || v <= 0) throw new RuleCompileError(`${field}: "${text}" is not a positive duration`);
  return v;
}

function compileThreshold(t: Threshold): string {
  const src = new Source(t.query, ms(t.step, 'threshold.step'), 'threshold');
  let x = t.window === undefined ? src.operand : `${t.windowFunction ?? 'avg'}_over_time(${src.over(ms(t.window, 'threshold.window'))})`;
  if (t.aggregation !== undefined) {
    const by = t.by ?? [];
    x = by.length > 0 ? `${t.aggregation} by (${by.join(', ')}) (${x})` : `${t.aggregation}(${x})`;
  }
  return `${x} ${t.operator} ${formatFloat(t.value)}`;
}

/**
 * The anomaly score: how many standard deviations (or scaled MADs) each series is from its
 * baseline. Alerting rules compare it with the sensitivity; recording rules record it.
 */
function compileAnomaly(a: Anomaly, alerting: boolean): string {
  const src = new Source(a.query, ms(a.step, 'anomaly.step'), 'anomaly');
  const windowMs = ms(a.window, 'anomaly.window');
  const x = src.operand;
  let score: string;
  switch (a.method) {
    case 'zscore': {
      const r = src.over(windowMs);
      score = `(${x} - avg_over_time(${r})) / stddev_over_time(${r})`;
      break;
    }
    case 'mad': {
      // PromQL cannot take deviations from one fixed median over a window, so the MAD is the
      // median of each point's deviation from the median of the window before it.
      const median = `quantile_over_time(0.5, ${src.over(windowMs)})`;
      const mad = `quantile_over_time(0.5, abs(${x} - ${median})[${formatDuration(windowMs)}:${formatDuration(src.stepMs)}])`;
      score = `(${x} - ${median}) / (${formatFloat(MAD_TO_STDDEV)} * ${mad})`;
      break;
    }
    case 'seasonal': {
      if (a.season === undefined) throw new RuleCompileError('anomaly.season must be set for method seasonal');
      const seasonMs = ms(a.season, 'anomaly.season');
      if (windowMs > seasonMs) throw new RuleCompileError(`anomaly.window (${a.window}) must not be longer than anomaly.season (${a.season})`);
      // The window centred on the same time one season ago: only a window of samples is read.
      const r = src.over(windowMs, seasonMs - Math.floor(windowMs / 2));
      score = `(${x} - avg_over_time(${r})) / stddev_over_time(${r})`;
      break;
    }
  }
  if (!alerting) return score;
  const k = formatFloat(a.sensitivity);
  if (a.direction === 'above') return `${score} > ${k}`;
  if (a.direction === 'below') return `${score} < -${k}`;
  return `abs(${score}) > ${k}`;
}

function compileForecast(f: Forecast): string {
  const src = new Source(f.query, ms(f.step, 'forecast.step'), 'forecast');
  const seconds = ms(f.within, 'forecast.within') / 1000;
  return `predict_linear(${src.over(ms(f.window, 'forecast.window'))}, ${formatFloat(seconds)}) ${f.direction === 'above' ? '>' : '<'} ${formatFloat(f.value)}`;
}
