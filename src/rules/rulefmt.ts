/**
 * Prometheus rule groups as written in YAML (rule files and PrometheusRule `spec.groups`), decoded
 * and validated as Prometheus's model/rulefmt does, with its messages: yaml.v3's strict decoding
 * errors (unknown fields, wrong types, bad durations), then rulefmt's semantic checks with the
 * line:column of the offending node. `promtool check rules` and the converter share this.
 */
import type { Document, LineCounter, Node } from 'yaml';
import { isValidLabelName, isValidMetricName, METRIC_NAME } from '../model/labels.js';
import { parseExpr } from '../promql/index.js';
import { goQuote } from '../promql/literals.js';
import { errorMessage } from '../util/errors.js';
import { Decoder, type Position, type StructKind, type TextNode } from './strict-yaml.js';
import { checkAlertTemplate } from './template.js';

export type { Position, TextNode } from './strict-yaml.js';

export interface RuleNode extends Position {
  readonly record: TextNode;
  readonly alert: TextNode;
  readonly expr: TextNode;
  /** Durations in milliseconds, 0 when absent. */
  readonly forMs: number;
  readonly keepFiringForMs: number;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
}

export interface RuleGroupNode extends Position {
  readonly name: string;
  /** Milliseconds; undefined when the group does not set it. */
  readonly intervalMs?: number;
  readonly limit: number;
  readonly queryOffsetMs?: number;
  readonly labels: Record<string, string>;
  readonly rules: RuleNode[];
}

const RULE: StructKind = { goType: 'rulefmt.RuleNode', fields: ['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations'] };

/**
 * Fields of a group. `query_offset` and group `labels` came after Prometheus 2.42 (2.53, 3.0); they
 * are accepted here since AlertRules support them. PrometheusRule groups may also carry Thanos's
 * `partial_response_strategy`, which Prometheus ignores, and so do we.
 */
const GROUP_FIELDS = ['name', 'interval', 'limit', 'query_offset', 'labels', 'rules'];
const RULE_GROUP: StructKind = { goType: 'rulefmt.RuleGroup', fields: GROUP_FIELDS };
const PROMETHEUS_RULE_GROUP: StructKind = { goType: 'v1.RuleGroup', fields: [...GROUP_FIELDS, 'partial_response_strategy'] };
const RULE_GROUPS: StructKind = { goType: 'rulefmt.RuleGroups', fields: ['groups'] };

function decodeRule(d: Decoder, n: Node): RuleNode {
  const f = d.struct(n, RULE);
  return {
    ...d.pos(n),
    record: d.node(f.get('record')),
    alert: d.node(f.get('alert')),
    expr: d.node(f.get('expr')),
    forMs: d.duration(f.get('for')) ?? 0,
    keepFiringForMs: d.duration(f.get('keep_firing_for')) ?? 0,
    labels: d.stringMap(f.get('labels')),
    annotations: d.stringMap(f.get('annotations')),
  };
}

function decodeGroup(d: Decoder, n: Node, kind: StructKind): RuleGroupNode {
  const f = d.struct(n, kind);
  const intervalMs = d.duration(f.get('interval'));
  const queryOffsetMs = d.duration(f.get('query_offset'));
  return {
    ...d.pos(n),
    name: d.string(f.get('name')),
    ...(intervalMs !== undefined ? { intervalMs } : {}),
    limit: d.int(f.get('limit')),
    ...(queryOffsetMs !== undefined ? { queryOffsetMs } : {}),
    labels: d.stringMap(f.get('labels')),
    rules: d.seq(f.get('rules'), RULE.goType).map((r) => decodeRule(d, r)),
  };
}

export interface DecodedGroups {
  readonly groups: RuleGroupNode[];
  /** Decoding errors as yaml.v3 words them; when any, the groups are not usable. */
  readonly errors: string[];
}

function decodeWith(lines: LineCounter, decode: (d: Decoder) => RuleGroupNode[]): DecodedGroups {
  const d = new Decoder(lines);
  const groups = decode(d);
  const error = d.error();
  return error === undefined ? { groups, errors: [] } : { groups: [], errors: [error] };
}

/** The YAML syntax errors of a document, worded as yaml.v3 prefixes them (the text is the yaml library's). */
export function syntaxErrors(doc: Document.Parsed): string[] {
  return doc.errors.map((e) => `yaml: line ${e.linePos?.[0].line ?? 0}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '')}`);
}

/** A plain Prometheus rule file's document (`groups:` at the top). */
export function decodeRuleFile(doc: Document.Parsed, lines: LineCounter): DecodedGroups {
  return decodeWith(lines, (d) => {
    const f = d.struct(doc.contents, RULE_GROUPS);
    return d.seq(f.get('groups'), RULE_GROUP.goType).map((g) => decodeGroup(d, g, RULE_GROUP));
  });
}

/** The `spec.groups` node of a PrometheusRule. */
export function decodePrometheusRuleGroups(groups: Node | null | undefined, lines: LineCounter): DecodedGroups {
  return decodeWith(lines, (d) => d.seq(groups, PROMETHEUS_RULE_GROUP.goType).map((g) => decodeGroup(d, g, PROMETHEUS_RULE_GROUP)));
}

interface Problem {
  /** `line:col: ` of the node(s) concerned, or '' (labels and annotations: rulefmt keeps no positions). */
  readonly at: string;
  readonly message: string;
}

const at = (...nodes: Position[]): string => nodes.map((n) => `${n.line}:${n.col}: `).join('');

/** rulefmt's RuleNode.Validate: the problems of one rule, in Prometheus's order. */
function validateRule(r: RuleNode): Problem[] {
  const out: Problem[] = [];
  if (r.record.value !== '' && r.alert.value !== '') out.push({ at: at(r.record, r.alert), message: "only one of 'record' and 'alert' must be set" });
  if (r.record.value === '' && r.alert.value === '') out.push({ at: at(r.record), message: "one of 'record' or 'alert' must be set" });
  if (r.expr.value === '') {
    out.push({ at: at(r.expr), message: "field 'expr' must be set in rule" });
  } else {
    try {
      parseExpr(r.expr.value);
    } catch (err) {
      out.push({ at: at(r.expr), message: `could not parse expression: ${errorMessage(err)}` });
    }
  }
  if (r.record.value !== '') {
    const onRecord = (message: string): void => void out.push({ at: at(r.record), message });
    if (Object.keys(r.annotations).length > 0) onRecord("invalid field 'annotations' in recording rule");
    if (r.forMs !== 0) onRecord("invalid field 'for' in recording rule");
    if (r.keepFiringForMs !== 0) onRecord("invalid field 'keep_firing_for' in recording rule");
    if (!isValidMetricName(r.record.value)) onRecord(`invalid recording rule name: ${r.record.value}`);
  }
  // Prometheus walks Go maps here, in random order; sorted keys keep our output stable. (Label
  // values are always valid UTF-8 here: the file was decoded as UTF-8.)
  for (const [k] of sortedEntries(r.labels)) if (!isValidLabelName(k) || k === METRIC_NAME) out.push({ at: '', message: `invalid label name: ${k}` });
  for (const [k] of sortedEntries(r.annotations)) if (!isValidLabelName(k)) out.push({ at: '', message: `invalid annotation name: ${k}` });
  // rulefmt's testTemplateParsing: alerting rules' label and annotation templates must parse.
  if (r.alert.value !== '') {
    const check = (what: string, entries: [string, string][]): void => {
      for (const [k, v] of entries) {
        try {
          checkAlertTemplate(r.alert.value, v);
        } catch (err) {
          out.push({ at: '', message: `${what} ${goQuote(k)}: ${errorMessage(err)}` });
        }
      }
    };
    check('label', sortedEntries(r.labels));
    check('annotation', sortedEntries(r.annotations));
  }
  return out;
}

const sortedEntries = (m: Record<string, string>): [string, string][] => Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The alert or record name rulefmt shows for a rule: alert wins. */
export function ruleName(r: RuleNode): string {
  return r.alert.value !== '' ? r.alert.value : r.record.value;
}

/** One rule's problems as rulefmt's Error prints them: `line:col: group "g", rule N, "name": problem`. */
export function ruleProblems(g: RuleGroupNode, index: number): string[] {
  const r = g.rules[index]!;
  return validateRule(r).map((p) => `${p.at}group ${goQuote(g.name)}, rule ${index + 1}, ${goQuote(ruleName(r))}: ${p.message}`);
}

/** rulefmt's RuleGroups.Validate: empty and repeated group names, then every rule's problems. */
export function validateGroups(groups: readonly RuleGroupNode[]): string[] {
  const errs: string[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    if (g.name === '') errs.push(`${at(g)}Groupname must not be empty`);
    if (seen.has(g.name)) errs.push(`${at(g)}groupname: "${g.name}" is repeated in the same file`);
    seen.add(g.name);
    g.rules.forEach((_, i) => errs.push(...ruleProblems(g, i)));
  }
  return errs;
}
