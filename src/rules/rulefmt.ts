/**
 * Prometheus rule groups as written in YAML (rule files and PrometheusRule `spec.groups`), decoded
 * and validated as Prometheus's model/rulefmt does, with its messages: yaml.v3's strict decoding
 * errors (unknown fields, wrong types, bad durations), then rulefmt's semantic checks with the
 * line:column of the offending node. `promtool check rules` and the converter share this.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type Scalar } from 'yaml';
import { isValidLabelName, isValidMetricName, METRIC_NAME } from '../model/labels.js';
import { parseExpr } from '../promql/index.js';
import { goQuote } from '../promql/literals.js';
import { parseDuration } from '../util/duration.js';
import { errorMessage } from '../util/errors.js';

export interface Position {
  readonly line: number;
  readonly col: number;
}

/** A scalar kept as yaml.Node is in rulefmt: its text as written and where it is (0:0 when absent). */
export interface TextNode extends Position {
  readonly value: string;
  /** The YAML tag it resolves to (`!!str`, `!!int`, …); undefined when absent. */
  readonly tag?: string;
}

export interface RuleNode extends Position {
  readonly record: TextNode;
  readonly alert: TextNode;
  readonly expr: TextNode;
  /** Durations in milliseconds, 0 when absent, as written in `forText`/`keepFiringForText`. */
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

const ABSENT: TextNode = { value: '', line: 0, col: 0 };

/** The Go types of rulefmt, as yaml.v3 names them in its errors. */
type FieldKind = 'string' | 'node' | 'duration' | 'int' | 'stringMap' | 'ignored' | StructKind | { seq: StructKind };
interface StructKind {
  readonly goType: string;
  readonly fields: Readonly<Record<string, FieldKind>>;
}

const RULE: StructKind = {
  goType: 'rulefmt.RuleNode',
  fields: { record: 'node', alert: 'node', expr: 'node', for: 'duration', keep_firing_for: 'duration', labels: 'stringMap', annotations: 'stringMap' },
};

/**
 * Fields of a group. `query_offset` and group `labels` came after Prometheus 2.42 (2.53, 3.0); they
 * are accepted here since AlertRules support them. PrometheusRule groups may also carry Thanos's
 * `partial_response_strategy`, which Prometheus ignores, and so do we.
 */
function groupKind(prometheusRule: boolean): StructKind {
  return {
    goType: 'rulefmt.RuleGroup',
    fields: {
      name: 'string',
      interval: 'duration',
      limit: 'int',
      query_offset: 'duration',
      labels: 'stringMap',
      rules: { seq: RULE },
      ...(prometheusRule ? { partial_response_strategy: 'ignored' } : {}),
    },
  };
}

const GO_TYPE: Record<string, string> = { string: 'string', int: 'int', stringMap: 'map[string]string', duration: 'string' };

/** The tag yaml.v3 resolves a scalar to. */
function scalarTag(s: Scalar): string {
  if (s.type !== 'PLAIN') return '!!str';
  if (s.value === null) return '!!null';
  if (typeof s.value === 'boolean') return '!!bool';
  if (typeof s.value === 'number') return /^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0o[0-7_]+)$/.test(String(s.source)) ? '!!int' : '!!float';
  return '!!str';
}

function nodeTag(n: Node): string {
  if (isMap(n)) return '!!map';
  if (isSeq(n)) return '!!seq';
  return isScalar(n) ? scalarTag(n) : '!!str';
}

/** A scalar's text as yaml.v3 keeps it in Node.Value: plain scalars as written, quoted ones decoded. */
function scalarText(s: Scalar): string {
  return typeof s.source === 'string' ? s.source : s.value === null || s.value === undefined ? '' : String(s.value);
}

/** Decodes YAML into rulefmt's types, collecting errors the way yaml.v3's strict decoder reports them. */
class Decoder {
  /** yaml.v3's "unmarshal errors" (unknown fields, type mismatches), in document order. */
  readonly typeErrors: string[] = [];
  /** An error from a custom unmarshaler (model.Duration): yaml.v3 stops and returns only this one. */
  fatal: string | undefined;

  constructor(private readonly lines: LineCounter) {}

  pos(n: Node | null | undefined): Position {
    if (!n?.range) return { line: 0, col: 0 };
    return this.lines.linePos(n.range[0]);
  }

  private typeError(n: Node, goType: string): void {
    const value = isScalar(n) ? ` \`${scalarText(n)}\`` : '';
    this.typeErrors.push(`line ${this.pos(n).line}: cannot unmarshal ${nodeTag(n)}${value} into ${goType}`);
  }

  private isNull(n: Node | null | undefined): boolean {
    return n === null || n === undefined || (isScalar(n) && scalarTag(n) === '!!null');
  }

  struct(n: Node | null | undefined, kind: StructKind): Map<string, Node | null> {
    const out = new Map<string, Node | null>();
    if (this.isNull(n)) return out;
    if (!isMap(n)) {
      this.typeError(n!, kind.goType);
      return out;
    }
    for (const pair of n.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? scalarText(pair.key) : '';
      if (!(key in kind.fields)) this.typeErrors.push(`line ${this.pos(pair.key).line}: field ${key} not found in type ${kind.goType}`);
      else out.set(key, pair.value);
    }
    return out;
  }

  string(n: Node | null | undefined): string {
    if (this.isNull(n)) return '';
    if (!isScalar(n)) {
      this.typeError(n!, GO_TYPE.string!);
      return '';
    }
    return scalarText(n);
  }

  node(n: Node | null | undefined): TextNode {
    if (n === null || n === undefined) return ABSENT;
    const at = this.pos(n);
    return isScalar(n) ? { ...at, value: scalarText(n), tag: scalarTag(n) } : { ...at, value: '', tag: nodeTag(n) };
  }

  int(n: Node | null | undefined): number {
    if (this.isNull(n)) return 0;
    if (isScalar(n) && scalarTag(n) === '!!int') return Number(n.value);
    this.typeError(n!, GO_TYPE.int!);
    return 0;
  }

  duration(n: Node | null | undefined): number | undefined {
    if (this.isNull(n)) return undefined;
    if (!isScalar(n)) {
      this.fatal ??= `yaml: unmarshal errors:\n  line ${this.pos(n).line}: cannot unmarshal ${nodeTag(n!)} into string`;
      return undefined;
    }
    const text = scalarText(n);
    const ms = parseDuration(text);
    if (ms === undefined) this.fatal ??= `not a valid duration string: ${JSON.stringify(text)}`;
    return ms;
  }

  stringMap(n: Node | null | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    if (this.isNull(n)) return out;
    if (!isMap(n)) {
      this.typeError(n!, GO_TYPE.stringMap!);
      return out;
    }
    for (const pair of n.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? scalarText(pair.key) : '';
      out[key] = this.string(pair.value);
    }
    return out;
  }

  seq(n: Node | null | undefined, of: StructKind): Node[] {
    if (this.isNull(n)) return [];
    if (!isSeq(n)) {
      this.typeError(n!, `[]${of.goType}`);
      return [];
    }
    return n.items as Node[];
  }

  rule(n: Node): RuleNode {
    const f = this.struct(n, RULE);
    return {
      ...this.pos(n),
      record: this.node(f.get('record')),
      alert: this.node(f.get('alert')),
      expr: this.node(f.get('expr')),
      forMs: this.duration(f.get('for')) ?? 0,
      keepFiringForMs: this.duration(f.get('keep_firing_for')) ?? 0,
      labels: this.stringMap(f.get('labels')),
      annotations: this.stringMap(f.get('annotations')),
    };
  }

  group(n: Node, kind: StructKind): RuleGroupNode {
    const f = this.struct(n, kind);
    const intervalMs = this.duration(f.get('interval'));
    const queryOffsetMs = this.duration(f.get('query_offset'));
    return {
      ...this.pos(n),
      name: this.string(f.get('name')),
      ...(intervalMs !== undefined ? { intervalMs } : {}),
      limit: this.int(f.get('limit')),
      ...(queryOffsetMs !== undefined ? { queryOffsetMs } : {}),
      labels: this.stringMap(f.get('labels')),
      rules: this.seq(f.get('rules'), RULE).map((r) => this.rule(r)),
    };
  }
}

export interface DecodedGroups {
  readonly groups: RuleGroupNode[];
  /** Decoding errors as yaml.v3 words them; when any, the groups are not usable. */
  readonly errors: string[];
}

function decodeWith(lines: LineCounter, decode: (d: Decoder) => RuleGroupNode[]): DecodedGroups {
  const d = new Decoder(lines);
  const groups = decode(d);
  if (d.fatal !== undefined) return { groups: [], errors: [d.fatal] };
  if (d.typeErrors.length > 0) return { groups: [], errors: [`yaml: unmarshal errors:\n  ${d.typeErrors.join('\n  ')}`] };
  return { groups, errors: [] };
}

/** The YAML syntax errors of a document, worded as yaml.v3 prefixes them (the text is the yaml library's). */
export function syntaxErrors(doc: Document.Parsed): string[] {
  return doc.errors.map((e) => `yaml: line ${e.linePos?.[0].line ?? 0}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '')}`);
}

/** A plain Prometheus rule file's document (`groups:` at the top). */
export function decodeRuleFile(doc: Document.Parsed, lines: LineCounter): DecodedGroups {
  const root: StructKind = { goType: 'rulefmt.RuleGroups', fields: { groups: { seq: groupKind(false) } } };
  return decodeWith(lines, (d) => {
    const f = d.struct(doc.contents, root);
    return d.seq(f.get('groups'), groupKind(false)).map((g) => d.group(g, groupKind(false)));
  });
}

/** The `spec.groups` node of a PrometheusRule. */
export function decodePrometheusRuleGroups(groups: Node | null | undefined, lines: LineCounter): DecodedGroups {
  return decodeWith(lines, (d) => d.seq(groups, groupKind(true)).map((g) => d.group(g, groupKind(true))));
}

/** Checks that label and annotation templates of an alerting rule parse, as rulefmt's testTemplateParsing. */
export type TemplateCheck = (name: string, text: string) => void;

interface Problem {
  /** `line:col: ` of the node(s) concerned, or '' (labels and annotations: rulefmt keeps no positions). */
  readonly at: string;
  readonly message: string;
}

const at = (...nodes: Position[]): string => nodes.map((n) => `${n.line}:${n.col}: `).join('');

/** rulefmt's RuleNode.Validate: the problems of one rule, in Prometheus's order. */
function validateRule(r: RuleNode, checkTemplate: TemplateCheck | undefined): Problem[] {
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
  if (r.alert.value !== '' && checkTemplate) {
    const name = `__alert_${r.alert.value}`;
    const check = (what: string, entries: [string, string][]): void => {
      for (const [k, v] of entries) {
        try {
          checkTemplate(name, v);
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
export function ruleProblems(g: RuleGroupNode, index: number, checkTemplate?: TemplateCheck): string[] {
  const r = g.rules[index]!;
  return validateRule(r, checkTemplate).map((p) => `${p.at}group ${goQuote(g.name)}, rule ${index + 1}, ${goQuote(ruleName(r))}: ${p.message}`);
}

/** rulefmt's RuleGroups.Validate: empty and repeated group names, then every rule's problems. */
export function validateGroups(groups: readonly RuleGroupNode[], checkTemplate?: TemplateCheck): string[] {
  const errs: string[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    if (g.name === '') errs.push(`${at(g)}Groupname must not be empty`);
    if (seen.has(g.name)) errs.push(`${at(g)}groupname: "${g.name}" is repeated in the same file`);
    seen.add(g.name);
    g.rules.forEach((_, i) => errs.push(...ruleProblems(g, i, checkTemplate)));
  }
  return errs;
}
