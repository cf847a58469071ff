/**
 * The PromQL engine: parses a query, fetches every selector's data once for the whole query range
 * through the Querier seam, evaluates in memory and returns Prometheus-shaped results.
 */
import type { Querier, Series } from '../storage/api.js';
import type { Labels } from '../model/labels.js';
import { logger } from '../util/log.js';
import type { Expr, VectorSelector } from './ast.js';
import { unwrapParens } from './ast.js';
import { EvalContext } from './context.js';
import { DUPLICATE_LABELSET } from './collector.js';
import { PromQLExecutionError, PromQLParseError } from './errors.js';
import { Evaluator } from './evaluator.js';
import { METADATA_LABELS, dropLabels, labelsKey, sortByLabelSet } from './labelset.js';
import { exprType, describeType, parseExpr } from './parser.js';
import type { EvalValue, QueryResult, ResultSeries } from './value.js';
import { Steps } from './value.js';
import { WindowCursor } from './selectors.js';

const log = logger('promql');

export interface EngineOptions {
  /** How far back an instant selector looks for a sample (Prometheus --query.lookback-delta). */
  lookbackDeltaMs?: number;
  /** Query timeout (--query.timeout). */
  timeoutMs?: number;
  /** Samples a query may hold in memory at once (--query.max-samples). */
  maxSamples?: number;
  /** Step of subqueries written without one (`[1h:]`); Prometheus uses the global evaluation interval. */
  noStepSubqueryIntervalMs?: number;
  /** Accept experimental functions (--enable-feature=promql-experimental-functions). */
  enableExperimentalFunctions?: boolean;
}

export interface QueryOutcome {
  readonly result: QueryResult;
  readonly warnings: string[];
  readonly infos: string[];
}

const DEFAULTS: Required<EngineOptions> = {
  lookbackDeltaMs: 5 * 60_000,
  timeoutMs: 2 * 60_000,
  maxSamples: 50_000_000,
  noStepSubqueryIntervalMs: 60_000,
  enableExperimentalFunctions: false,
};

interface FetchPlan {
  readonly selector: VectorSelector;
  readonly mint: number;
  readonly maxt: number;
  readonly rangeMs: number | undefined;
  readonly func: string | undefined;
}

export class Engine {
  private readonly opts: Required<EngineOptions>;

  constructor(
    private readonly querier: Querier,
    opts: EngineOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  parse(query: string): Expr {
    return parseExpr(query, { enableExperimentalFunctions: this.opts.enableExperimentalFunctions });
  }

  async instantQuery(query: string, timeMs: number): Promise<QueryOutcome> {
    return this.run(this.parse(query), timeMs, timeMs, 0);
  }

  async rangeQuery(query: string, startMs: number, endMs: number, stepMs: number): Promise<QueryOutcome> {
    if (stepMs <= 0) throw new PromQLParseError('zero or negative query resolution step widths are not accepted', 0);
    if (endMs < startMs) throw new PromQLParseError('end timestamp must not be before start time', 0);
    const expr = this.parse(query);
    const t = exprType(expr);
    if (t !== 'vector' && t !== 'scalar') {
      throw new PromQLParseError(`invalid expression type "${describeType(t)}" for range query, must be Scalar or instant Vector`, 0);
    }
    return this.run(expr, startMs, endMs, stepMs);
  }

  private async run(expr: Expr, start: number, end: number, interval: number): Promise<QueryOutcome> {
    const began = Date.now();
    const deadline = began + this.opts.timeoutMs;
    const data = await this.prefetch(expr, start, end, interval);
    const ctx = new EvalContext(
      { lookbackDeltaMs: this.opts.lookbackDeltaMs, noStepSubqueryIntervalMs: this.opts.noStepSubqueryIntervalMs, maxSamples: this.opts.maxSamples, deadline },
      data,
      start,
      end,
    );
    const evaluator = new Evaluator(ctx);
    const steps = new Steps(start, end, interval);
    const top = unwrapParens(expr);
    let result: QueryResult;
    if (interval === 0 && (top.type === 'matrixSelector' || top.type === 'subquery')) {
      result = rangeVectorResult(evaluator, top, steps);
    } else {
      result = toResult(evaluator.eval(expr, steps), steps, interval === 0);
    }
    log.debug({ ms: Date.now() - began, start, end, interval }, 'query evaluated');
    return { result, warnings: ctx.annotations.warnings, infos: ctx.annotations.infos };
  }

  /** One Querier.select per selector, covering every step, offset, @ and subquery range it needs. */
  private async prefetch(expr: Expr, start: number, end: number, interval: number): Promise<Map<VectorSelector, Series[]>> {
    const plans: FetchPlan[] = [];
    const atOf = (at: VectorSelector['at']): number | undefined =>
      at === undefined ? undefined : at.kind === 'start' ? start : at.kind === 'end' ? end : at.ms;
    const plan = (vs: VectorSelector, s: number, e: number, rangeMs: number | undefined, func: string | undefined): void => {
      const at = atOf(vs.at);
      // Each selector node occurs once in the tree, so it gets exactly one plan.
      plans.push({ selector: vs, mint: (at ?? s) - vs.offsetMs - (rangeMs ?? this.opts.lookbackDeltaMs), maxt: (at ?? e) - vs.offsetMs, rangeMs, func: inSubquery > 0 ? undefined : func });
    };
    // Inside a subquery the evaluation grid is the subquery's, not the query's step: no hints there.
    let inSubquery = 0;
    const walk = (e: Expr, s: number, en: number, func: string | undefined): void => {
      switch (e.type) {
        case 'vectorSelector':
          plan(e, s, en, undefined, func);
          return;
        case 'matrixSelector':
          plan(e.vector, s, en, e.rangeMs, func);
          return;
        case 'subquery': {
          const at = atOf(e.at);
          inSubquery++;
          walk(e.expr, (at ?? s) - e.offsetMs - e.rangeMs, (at ?? en) - e.offsetMs, undefined);
          inSubquery--;
          return;
        }
        case 'call':
          e.args.forEach((a) => walk(a, s, en, e.func));
          return;
        case 'aggregate':
          walk(e.expr, s, en, undefined);
          if (e.param) walk(e.param, s, en, undefined);
          return;
        case 'binary':
          walk(e.lhs, s, en, undefined);
          walk(e.rhs, s, en, undefined);
          return;
        case 'unary':
        case 'paren':
          walk(e.expr, s, en, func);
          return;
        default:
          return;
      }
    };
    walk(expr, start, end, undefined);
    const stepMs = interval > 0 ? interval : undefined;
    const results = await Promise.all(
      plans.map((p) => this.querier.select(p.selector.matchers, p.mint, p.maxt, { stepMs, rangeMs: p.rangeMs, func: p.func })),
    );
    // Prometheus's storage hands series out sorted by labels; the order shows in instant results.
    for (const r of results) sortByLabelSet(r);
    return new Map(plans.map((p, i) => [p.selector, results[i]!]));
  }
}

/** Drops names marked for delayed removal; equal label sets afterwards are an error. */
function finalLabels(series: readonly { labels: Labels; dropName: boolean }[]): void {
  const seen = new Set<string>();
  for (const s of series) {
    if (s.dropName) s.labels = dropLabels(s.labels, METADATA_LABELS);
    const key = labelsKey(s.labels);
    if (seen.has(key)) throw new PromQLExecutionError(DUPLICATE_LABELSET);
    seen.add(key);
  }
}

function toResult(v: EvalValue, steps: Steps, instant: boolean): QueryResult {
  if (v.kind === 'string') return { type: 'string', value: v.value, timestampMs: steps.start };
  if (v.kind === 'scalar') {
    if (instant) return { type: 'scalar', value: v.values[0]!, timestampMs: steps.start };
    return { type: 'matrix', series: [{ labels: {}, timestamps: Array.from({ length: steps.count }, (_, i) => steps.time(i)), values: Array.from(v.values) }] };
  }
  const series = v.series.filter((s) => s.present.some((p) => p === 1));
  finalLabels(series);
  if (instant) return { type: 'vector', samples: series.map((s) => ({ labels: s.labels, value: s.values[0]!, timestampMs: steps.start })) };
  const out: ResultSeries[] = series.map((s) => {
    const timestamps: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < steps.count; i++) {
      if (!s.present[i]) continue;
      timestamps.push(steps.time(i));
      values.push(s.values[i]!);
    }
    return { labels: s.labels, timestamps, values };
  });
  sortByLabelSet(out);
  return { type: 'matrix', series: out };
}

/** An instant query whose result is a range vector: the raw samples in each series' window. */
function rangeVectorResult(evaluator: Evaluator, e: Expr, steps: Steps): QueryResult {
  const src = evaluator.rangeSource(e, steps);
  const series: ResultSeries[] = [];
  for (const ps of src.series) {
    const cursor = new WindowCursor(src, ps, steps);
    for (let i = 0; i < steps.count; i++) {
      if (!cursor.seek(i)) continue;
      const { lo, hi } = cursor;
      series.push({ labels: ps.labels, timestamps: Array.from(ps.timestamps.subarray(lo, hi)), values: Array.from(ps.values.subarray(lo, hi)) });
    }
  }
  finalLabels(series.map((s) => ({ labels: s.labels, dropName: false })));
  sortByLabelSet(series);
  return { type: 'matrix', series };
}
