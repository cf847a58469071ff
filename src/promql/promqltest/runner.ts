/**
 * Runs PromQL test files against Sightline: each `load` goes through a store's Appender, each
 * `eval` through the Engine over the store's Querier. Stores plug in through StoreFactory.
 */
import { readFile } from 'node:fs/promises';
import type { Appender, Querier } from '../../storage/api.js';
import type { Labels } from '../../model/labels.js';
import { matchesAll } from '../../storage/match.js';
import { MemoryStorage } from '../../storage/memory.js';
import { METRIC_NAME } from '../../model/labels.js';
import { errorMessage } from '../../util/errors.js';
import type { Expr } from '../ast.js';
import type { EngineOptions } from '../engine.js';
import { Engine } from '../engine.js';
import { EXPERIMENTAL_AGGREGATIONS, FUNCTIONS } from '../signatures.js';
import { checkFailure, compareOutcome, compareResult } from './compare.js';
import type { QueryResult } from '../value.js';
import type { EvalCommand, LoadCommand } from './format.js';
import { parseTestFile } from './format.js';

/** A storage under test: fresh per file, emptied by `clear`. */
export interface TestStore {
  appender(): Appender;
  readonly querier: Querier;
  clear(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreFactory {
  readonly name: string;
  create(): Promise<TestStore>;
}

export const memoryStoreFactory: StoreFactory = {
  name: 'memory',
  create(): Promise<TestStore> {
    const mem = new MemoryStorage();
    return Promise.resolve({
      appender: () => mem.appender(),
      querier: mem,
      clear: () => Promise.resolve(mem.clear()),
      close: () => Promise.resolve(),
    });
  },
};

export const STORE_FACTORIES: ReadonlyMap<string, StoreFactory> = new Map([[memoryStoreFactory.name, memoryStoreFactory]]);

export type CaseStatus = 'pass' | 'fail' | 'skip';

export interface CaseResult {
  readonly file: string;
  readonly line: number;
  readonly expr: string;
  readonly status: CaseStatus;
  /** Why the case failed or was skipped. */
  readonly reason?: string;
}

/** The settings Prometheus's test.go uses for its engine. */
export const TEST_ENGINE_OPTIONS: EngineOptions = {
  lookbackDeltaMs: 5 * 60_000,
  timeoutMs: 100_000,
  maxSamples: 10_000,
  noStepSubqueryIntervalMs: 60_000,
  enableExperimentalFunctions: true,
};

const SKIP_NATIVE_HISTOGRAMS = 'native histograms out of scope';
const SKIP_EXPERIMENTAL = 'experimental function out of scope';

/** Experimental functions the engine implements anyway, so their cases run. */
const IMPLEMENTED_EXPERIMENTAL = new Set([
  'limitk', 'mad_over_time', 'ts_of_max_over_time', 'ts_of_min_over_time', 'ts_of_last_over_time', 'double_exponential_smoothing', 'sort_by_label', 'sort_by_label_desc',
]);

const NATIVE_HISTOGRAM_FUNCTIONS = new Set(['histogram_avg', 'histogram_count', 'histogram_sum', 'histogram_stddev', 'histogram_stdvar', 'histogram_fraction']);

function walk(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  switch (e.type) {
    case 'call':
      e.args.forEach((a) => walk(a, visit));
      break;
    case 'aggregate':
      walk(e.expr, visit);
      if (e.param) walk(e.param, visit);
      break;
    case 'binary':
      walk(e.lhs, visit);
      walk(e.rhs, visit);
      break;
    case 'unary':
    case 'paren':
    case 'subquery':
      walk(e.expr, visit);
      break;
    case 'matrixSelector':
      walk(e.vector, visit);
      break;
    default:
  }
}

/** Why a case is out of scope, if it is. */
function skipReason(engine: Engine, cmd: EvalCommand, histograms: readonly Labels[]): string | undefined {
  if (cmd.rawExpected.some((l) => l.includes('{{'))) return SKIP_NATIVE_HISTOGRAMS;
  let expr: Expr;
  try {
    expr = engine.parse(cmd.expr);
  } catch {
    return undefined;
  }
  let reason: string | undefined;
  walk(expr, (e) => {
    if (e.type === 'call' && FUNCTIONS.get(e.func)?.experimental && !IMPLEMENTED_EXPERIMENTAL.has(e.func)) reason ??= `${SKIP_EXPERIMENTAL} (${e.func})`;
    if (e.type === 'aggregate' && EXPERIMENTAL_AGGREGATIONS.has(e.op) && !IMPLEMENTED_EXPERIMENTAL.has(e.op)) reason ??= `${SKIP_EXPERIMENTAL} (${e.op})`;
    if (e.type === 'call' && NATIVE_HISTOGRAM_FUNCTIONS.has(e.func)) reason ??= SKIP_NATIVE_HISTOGRAMS;
    // A selector that would select a native histogram series (which the store never received).
    if (e.type === 'vectorSelector' && histograms.some((h) => matchesAll(e.matchers, h))) reason ??= SKIP_NATIVE_HISTOGRAMS;
  });
  return reason;
}


/** Loads float series; native-histogram series are only recorded, to skip the cases using them. */
async function load(store: TestStore, cmd: LoadCommand, histograms: Labels[]): Promise<void> {
  const app = store.appender();
  for (const s of cmd.series) {
    const name = s.labels[METRIC_NAME] ?? '';
    if (s.points.some((p) => p.kind === 'histogram')) {
      histograms.push(s.labels);
      continue;
    }
    // _with_nhcb also loads each classic histogram as a native histogram under the base name.
    if (cmd.withNhcb && name.endsWith('_bucket')) {
      const { le: _le, ...rest } = s.labels;
      histograms.push({ ...rest, [METRIC_NAME]: name.slice(0, -'_bucket'.length) });
    }
    s.points.forEach((p, i) => {
      if (p.kind === 'value') app.append(s.labels, i * cmd.intervalMs, p.value);
    });
  }
  await app.commit();
}

async function evaluate(engine: Engine, cmd: EvalCommand): Promise<string | undefined> {
  const expectFail = cmd.expects.some((e) => e.type === 'fail');
  let outcome;
  try {
    outcome = cmd.instant ? await engine.instantQuery(cmd.expr, cmd.startMs) : await engine.rangeQuery(cmd.expr, cmd.startMs, cmd.endMs, cmd.stepMs);
  } catch (err) {
    if (expectFail) return checkFailure(cmd, errorMessage(err));
    return `error: ${errorMessage(err)}`;
  }
  if (expectFail) return 'expected an error but the query succeeded';
  const mismatch = compareOutcome(cmd, outcome);
  if (mismatch !== undefined || !cmd.instant || cmd.expects.some((e) => e.type === 'ordered')) return mismatch;
  return checkRangeMode(engine, cmd, outcome.result.type === 'scalar');
}

/**
 * Like test.go, re-runs an instant query as a range query over [t-1m, t+1m] and checks that the
 * middle step gives the same result: range evaluation must agree with instant evaluation.
 */
async function checkRangeMode(engine: Engine, cmd: EvalCommand, scalar: boolean): Promise<string | undefined> {
  const t = cmd.startMs;
  let res: QueryResult;
  try {
    res = (await engine.rangeQuery(cmd.expr, t - 60_000, t + 60_000, 60_000)).result;
  } catch (err) {
    return `range mode: error: ${errorMessage(err)}`;
  }
  if (res.type !== 'matrix') return `range mode: expected a matrix, got ${res.type}`;
  const samples = res.series.flatMap((s) => {
    const i = s.timestamps.indexOf(t);
    return i < 0 ? [] : [{ labels: s.labels, value: s.values[i]!, timestampMs: t }];
  });
  const asInstant: QueryResult = scalar ? { type: 'scalar', value: samples[0]?.value ?? NaN, timestampMs: t } : { type: 'vector', samples };
  const mismatch = compareResult(cmd, asInstant);
  return mismatch === undefined ? undefined : `range mode: ${mismatch}`;
}

export async function runTestFile(path: string, factory: StoreFactory, engineOptions: EngineOptions = TEST_ENGINE_OPTIONS): Promise<CaseResult[]> {
  const cmds = parseTestFile(await readFile(path, 'utf8'));
  const store = await factory.create();
  const engine = new Engine(store.querier, engineOptions);
  const results: CaseResult[] = [];
  const histograms: Labels[] = [];
  try {
    for (const cmd of cmds) {
      if (cmd.kind === 'clear') {
        await store.clear();
        histograms.length = 0;
      } else if (cmd.kind === 'load') {
        await load(store, cmd, histograms);
      } else {
        const base = { file: path, line: cmd.line, expr: cmd.expr };
        const skip = skipReason(engine, cmd, histograms);
        if (skip) {
          results.push({ ...base, status: 'skip', reason: skip });
          continue;
        }
        const reason = await evaluate(engine, cmd);
        results.push(reason === undefined ? { ...base, status: 'pass' } : { ...base, status: 'fail', reason });
      }
    }
  } finally {
    await store.close();
  }
  return results;
}
