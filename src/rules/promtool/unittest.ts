/**
 * `sightline test rules`: rule unit tests in promtool's format, run as `promtool test rules`
 * (Prometheus 2.42, cmd/promtool/unittest.go) runs them, with its output. Input series use the
 * PromQL test notation (parsed by promqltest), rule groups run through the rule evaluator over an
 * in-memory store, every group at every evaluation_interval step from 0 to the last eval_time.
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { METRIC_NAME, type Labels } from '../../model/labels.js';
import { Engine, parseExpr, type EngineOptions, type Expr } from '../../promql/index.js';
import { goQuote } from '../../promql/literals.js';
import { parseTestFile, type LoadCommand } from '../../promql/promqltest/format.js';
import { MemoryStorage } from '../../storage/memory.js';
import type { MetricStore } from '../../storage/api.js';
import { formatDuration } from '../../util/duration.js';
import { errorMessage } from '../../util/errors.js';
import type { GroupDefinition } from '../definition.js';
import { groupDefinition, loadRuleFile } from '../files.js';
import { syntaxErrors, validateGroups } from '../rulefmt.js';
import { Decoder, type StructKind } from '../strict-yaml.js';
import { glob } from './glob.js';
import { goCompareLabels, goFloatE, goLabels, goTimeDuration } from './goformat.js';
import type { Output } from './output.js';

/** What the tests need of a rule group (src/rules/group.ts's RuleGroup). */
export interface TestedGroup {
  readonly def: GroupDefinition;
  readonly rules: readonly { readonly def: { readonly name: string }; readonly lastError?: string }[];
  evaluate(timeMs: number): Promise<void>;
  alerts(): readonly { readonly rule: string; readonly state: string; readonly labels: Labels; readonly annotations: Labels }[];
}

export interface TestedGroupDeps {
  store: MetricStore;
  engine: EngineOptions;
  externalLabels: Labels;
  externalURL: string;
}

export type GroupFactory = (def: GroupDefinition, deps: TestedGroupDeps) => TestedGroup;

interface AlertTest {
  evalTimeMs: number;
  alertname: string;
  expAlerts: { labels: Record<string, string>; annotations: Record<string, string> }[];
}

interface ExprTest {
  expr: string;
  evalTimeMs: number;
  expSamples: { labels: string; value: number }[];
}

interface TestGroup {
  intervalMs: number;
  inputSeries: { series: string; values: string }[];
  alertTests: AlertTest[];
  exprTests: ExprTest[];
  externalLabels: Record<string, string>;
  externalURL: string;
  name: string;
}

interface UnitTestFile {
  ruleFiles: string[];
  evaluationIntervalMs: number;
  groupEvalOrder: string[];
  tests: TestGroup[];
}

const kind = (goType: string, fields: string[]): StructKind => ({ goType: `main.${goType}`, fields });
const FILE = kind('unitTestFile', ['rule_files', 'evaluation_interval', 'group_eval_order', 'tests']);
const TEST_GROUP = kind('testGroup', ['interval', 'input_series', 'alert_rule_test', 'promql_expr_test', 'external_labels', 'external_url', 'name']);
const SERIES = kind('series', ['series', 'values']);
const ALERT_TEST = kind('alertTestCase', ['eval_time', 'alertname', 'exp_alerts']);
const ALERT = kind('alert', ['exp_labels', 'exp_annotations']);
const EXPR_TEST = kind('promqlTestCase', ['expr', 'eval_time', 'exp_samples']);
const SAMPLE = kind('sample', ['labels', 'value']);

/** yaml.v2's UnmarshalStrict into unittest.go's types. */
function decodeTestFile(text: string): UnitTestFile | string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0) return syntaxErrors(doc)[0]!;
  const d = new Decoder(lines);
  const f = d.struct(doc.contents, FILE);
  const file: UnitTestFile = {
    ruleFiles: d.strings(f.get('rule_files')),
    evaluationIntervalMs: d.duration(f.get('evaluation_interval')) ?? 0,
    groupEvalOrder: d.strings(f.get('group_eval_order')),
    tests: d.seq(f.get('tests'), TEST_GROUP.goType).map((n) => {
      const t = d.struct(n, TEST_GROUP);
      return {
        intervalMs: d.duration(t.get('interval')) ?? 0,
        inputSeries: d.seq(t.get('input_series'), SERIES.goType).map((s) => {
          const sf = d.struct(s, SERIES);
          return { series: d.string(sf.get('series')), values: d.string(sf.get('values')) };
        }),
        alertTests: d.seq(t.get('alert_rule_test'), ALERT_TEST.goType).map((a) => {
          const af = d.struct(a, ALERT_TEST);
          return {
            evalTimeMs: d.duration(af.get('eval_time')) ?? 0,
            alertname: d.string(af.get('alertname')),
            expAlerts: d.seq(af.get('exp_alerts'), ALERT.goType).map((e) => {
              const ef = d.struct(e, ALERT);
              return { labels: d.stringMap(ef.get('exp_labels')), annotations: d.stringMap(ef.get('exp_annotations')) };
            }),
          };
        }),
        exprTests: d.seq(t.get('promql_expr_test'), EXPR_TEST.goType).map((e) => {
          const ef = d.struct(e, EXPR_TEST);
          return {
            expr: d.string(ef.get('expr')),
            evalTimeMs: d.duration(ef.get('eval_time')) ?? 0,
            expSamples: d.seq(ef.get('exp_samples'), SAMPLE.goType).map((s) => {
              const sf = d.struct(s, SAMPLE);
              return { labels: d.string(sf.get('labels')), value: d.float(sf.get('value')) };
            }),
          };
        }),
        externalLabels: d.stringMap(t.get('external_labels')),
        externalURL: d.string(t.get('external_url')),
        name: d.string(t.get('name')),
      };
    }),
  };
  return d.error() ?? file;
}

/** The input series as promtool builds them: a `load` command in the PromQL test notation. */
function parseInputSeries(tg: TestGroup): LoadCommand {
  const text = `load ${formatDuration(tg.intervalMs)}\n${tg.inputSeries.map((s) => `  ${s.series} ${s.values}\n`).join('')}`;
  return parseTestFile(text)[0] as LoadCommand;
}

/** Samples of the input series in time order, appended up to each evaluation time (LazyLoader.WithSamplesTill). */
class InputFeed {
  private readonly points: { labels: Labels; t: number; v: number }[] = [];
  private next = 0;

  constructor(
    load: LoadCommand,
    private readonly store: MemoryStorage,
  ) {
    for (const s of load.series) {
      s.points.forEach((p, i) => {
        if (p.kind === 'value') this.points.push({ labels: s.labels, t: i * load.intervalMs, v: p.value });
      });
    }
    this.points.sort((a, b) => a.t - b.t);
  }

  async till(tMs: number): Promise<void> {
    const app = this.store.appender();
    while (this.next < this.points.length && this.points[this.next]!.t <= tMs) {
      const p = this.points[this.next++]!;
      app.append(p.labels, p.t, p.v);
    }
    await app.commit();
  }
}

interface LabelsAndAnnotations {
  labels: Labels;
  annotations: Labels;
}

const compareAlerts = (a: LabelsAndAnnotations, b: LabelsAndAnnotations): number => goCompareLabels(a.labels, b.labels) || goCompareLabels(a.annotations, b.annotations);

/** unittest.go's indentLines: every line but the first gets the indent. */
const indentLines = (text: string, indent: string): string => text.split('\n').join(`\n${indent}`);

function alertsString(list: readonly LabelsAndAnnotations[]): string {
  if (list.length === 0) return '[]';
  const one = (a: LabelsAndAnnotations): string => indentLines(`\nLabels:${goLabels(a.labels)}\nAnnotations:${goLabels(a.annotations)}`, '  ');
  return `[\n${list.map((a, i) => `${i}:${one(a)}`).join(',\n')}\n]`;
}

function sameAlerts(a: readonly LabelsAndAnnotations[], b: readonly LabelsAndAnnotations[]): boolean {
  return a.length === b.length && a.every((x, i) => compareAlerts(x, b[i]!) === 0);
}

interface ParsedSample {
  labels: Labels;
  value: number;
}

const samplesString = (list: readonly ParsedSample[]): string => (list.length === 0 ? 'nil' : list.map((s) => `${goLabels(s.labels)} ${goFloatE(s.value)}`).join(', '));

/** parser.ParseMetric: `name{a="b"}` (or `{__name__="name", …}`, or `{}`) as a label set. */
function parseMetric(text: string): Labels {
  let e: Expr;
  try {
    e = parseExpr(text);
  } catch (err) {
    // A selector must match something; a series description need not (`{}`, `{a=""}`).
    if (!text.trimStart().startsWith('{')) throw err;
    try {
      e = parseExpr(`x${text.trimStart()}`);
    } catch {
      throw err;
    }
    if (e.type === 'vectorSelector') return Object.fromEntries(e.matchers.filter((m) => m.name !== METRIC_NAME).map((m) => [m.name, m.value]));
  }
  if (e.type !== 'vectorSelector' || e.matchers.some((m) => m.type !== '=')) throw new Error(`1:1: parse error: invalid series ${goQuote(text)}`);
  return Object.fromEntries(e.matchers.map((m) => [m.name, m.value]));
}

const sortSamples = (list: ParsedSample[]): ParsedSample[] => list.sort((a, b) => goCompareLabels(a.labels, b.labels));

/** The engine settings of promtool's lazy loader (promql/test.go): 10,000 samples, 5m lookback, subqueries at the evaluation interval. */
function engineOptions(evalIntervalMs: number): EngineOptions {
  return { lookbackDeltaMs: 5 * 60_000, timeoutMs: 100_000, maxSamples: 10_000, noStepSubqueryIntervalMs: evalIntervalMs };
}

interface RunContext {
  readonly evalIntervalMs: number;
  readonly groupOrder: ReadonlyMap<string, number>;
  readonly ruleFiles: readonly string[];
  readonly newGroup: GroupFactory;
}

async function runTestGroup(tg: TestGroup, ctx: RunContext): Promise<string[]> {
  let load: LoadCommand;
  try {
    load = parseInputSeries(tg);
  } catch (err) {
    return [errorMessage(err)];
  }
  const store = new MemoryStorage();
  const engine = engineOptions(ctx.evalIntervalMs);
  const groups: TestedGroup[] = [];
  for (const path of ctx.ruleFiles) {
    const file = await loadRuleFile(path);
    const errors = file.units.flatMap((u) => [...u.errors, ...validateGroups(u.groups)]);
    if (errors.length > 0) return errors.map((e) => `${path}: ${e}`);
    for (const unit of file.units) {
      for (const g of unit.groups) {
        groups.push(ctx.newGroup(groupDefinition(path, g, tg.intervalMs || ctx.evalIntervalMs), { store, engine, externalLabels: tg.externalLabels, externalURL: tg.externalURL }));
      }
    }
  }
  // A stable sort: groups not in group_eval_order keep the order of their files (Prometheus's is random).
  groups.sort((a, b) => (ctx.groupOrder.get(a.def.name) ?? 0) - (ctx.groupOrder.get(b.def.name) ?? 0));

  for (const a of tg.alertTests) {
    if (a.alertname === '') {
      const where = tg.name !== '' ? ` (in TestGroup ${tg.name})` : '';
      return [`an item under alert_rule_test misses required attribute alertname at eval_time ${formatDuration(a.evalTimeMs)}${where}`];
    }
  }
  const alertTimes = [...new Set(tg.alertTests.map((a) => a.evalTimeMs))].sort((a, b) => a - b);
  const maxT = Math.max(0, ...tg.alertTests.map((a) => a.evalTimeMs), ...tg.exprTests.map((e) => e.evalTimeMs));
  const feed = new InputFeed(load, store);
  const errs: string[] = [];
  let curr = 0;
  for (let ts = 0; ts <= maxT; ts += ctx.evalIntervalMs) {
    await feed.till(ts);
    const evalErrs: string[] = [];
    for (const g of groups) {
      await g.evaluate(ts);
      for (const r of g.rules) if (r.lastError !== undefined) evalErrs.push(`    rule: ${r.def.name}, time: ${goTimeDuration(ts)}, err: ${r.lastError}`);
    }
    errs.push(...evalErrs);
    if (evalErrs.length > 0) return errs;
    // Alerts asked for at t with ts <= t < ts + interval are compared with this round's.
    for (; curr < alertTimes.length && ts <= alertTimes[curr]! && alertTimes[curr]! < ts + ctx.evalIntervalMs; curr++) {
      const t = alertTimes[curr]!;
      for (const test of tg.alertTests.filter((a) => a.evalTimeMs === t)) {
        const got = groups
          .flatMap((g) => g.alerts())
          .filter((a) => a.rule === test.alertname && a.state === 'firing')
          .map((a) => ({ labels: a.labels, annotations: a.annotations }))
          .sort(compareAlerts);
        const exp = test.expAlerts.map((e) => ({ labels: { ...e.labels, alertname: test.alertname }, annotations: e.annotations })).sort(compareAlerts);
        if (!sameAlerts(exp, got)) {
          const name = tg.name !== '' ? `    name: ${tg.name},\n` : '';
          const indent = '            ';
          errs.push(`${name}    alertname: ${test.alertname}, time: ${formatDuration(t)}, \n        exp:${indentLines(alertsString(exp), indent)}, \n        got:${indentLines(alertsString(got), indent)}`);
        }
      }
    }
  }

  const query = new Engine(store.querier(), engine);
  for (const test of tg.exprTests) {
    const head = `    expr: ${goQuote(test.expr)}, time: ${formatDuration(test.evalTimeMs)}`;
    let got: ParsedSample[];
    try {
      const { result } = await query.instantQuery(test.expr, test.evalTimeMs);
      if (result.type === 'vector') got = result.samples.map((s) => ({ labels: s.labels, value: s.value }));
      else if (result.type === 'scalar') got = [{ labels: {}, value: result.value }];
      else throw new Error('rule result is not a vector or scalar');
    } catch (err) {
      errs.push(`${head}, err: ${errorMessage(err)}`);
      continue;
    }
    let exp: ParsedSample[];
    try {
      exp = test.expSamples.map((s) => {
        try {
          return { labels: parseMetric(s.labels), value: s.value };
        } catch (err) {
          throw new Error(`labels ${goQuote(s.labels)}: ${errorMessage(err)}`);
        }
      });
    } catch (err) {
      errs.push(`${head}, err: ${errorMessage(err)}`);
      continue;
    }
    sortSamples(exp);
    sortSamples(got);
    const same = exp.length === got.length && exp.every((s, i) => goCompareLabels(s.labels, got[i]!.labels) === 0 && s.value === got[i]!.value);
    if (!same) errs.push(`${head},\n        exp: ${samplesString(exp)}\n        got: ${samplesString(got)}`);
  }
  return errs;
}

async function runFile(path: string, newGroup: GroupFactory, io: Output): Promise<string[]> {
  io.out(`Unit Testing:  ${path}\n`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return [errorMessage(err)];
  }
  const file = decodeTestFile(text);
  if (typeof file === 'string') return [file];
  const base = dirname(path);
  const ruleFiles: string[] = [];
  for (const rf of file.ruleFiles) {
    const pattern = rf !== '' && !isAbsolute(rf) ? join(base, rf) : rf;
    const matches = glob(pattern);
    if (matches.length === 0) io.err(`  WARNING: no file match pattern ${pattern}\n`);
    ruleFiles.push(...matches);
  }
  const groupOrder = new Map<string, number>();
  for (const [i, name] of file.groupEvalOrder.entries()) {
    if (groupOrder.has(name)) return [`group name repeated in evaluation order: ${name}`];
    groupOrder.set(name, i);
  }
  const ctx: RunContext = { evalIntervalMs: file.evaluationIntervalMs || 60_000, groupOrder, ruleFiles, newGroup };
  const errs: string[] = [];
  for (const tg of file.tests) errs.push(...(await runTestGroup(tg, ctx)));
  return errs;
}

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;

export async function testRules(paths: readonly string[], newGroup: GroupFactory, io: Output): Promise<number> {
  let failed = false;
  for (const path of paths) {
    const errs = await runFile(path, newGroup, io);
    if (errs.length > 0) {
      io.err('  FAILED:\n');
      for (const e of errs) {
        io.err(`${e}\n`);
        io.out('\n');
      }
      failed = true;
    } else {
      io.out('  SUCCESS\n');
    }
    io.out('\n');
  }
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
