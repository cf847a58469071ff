/**
 * Rules users already have: plain Prometheus rule files and `monitoring.coreos.com/v1`
 * PrometheusRule manifests (several YAML documents per file, `kind: List` too), loaded with the
 * positions of every group and rule, and converted into AlertRules (one per group). What cannot be
 * converted exactly is reported with file:line and the reason, never silently changed.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import { API_VERSION, type AlertRule } from '../api/index.js';
import { goQuote } from '../promql/literals.js';
import type { GroupDefinition } from './definition.js';
import { validateResource } from '../api/validate.js';
import {
  decodePrometheusRuleGroups,
  decodeRuleFile,
  ruleName,
  ruleProblems,
  syntaxErrors,
  type RuleGroupNode,
  type RuleNode,
} from './rulefmt.js';
import { scalarText } from './strict-yaml.js';

/** Rule groups that belong together: a whole rule file, or one PrometheusRule object. */
export interface RuleUnit {
  /** The PrometheusRule these groups come from; undefined for a plain rule file. */
  readonly owner?: { readonly name: string; readonly namespace?: string; readonly line: number };
  readonly groups: RuleGroupNode[];
  /** Decoding errors (yaml.v3 wording); when any, the groups are empty. */
  readonly errors: string[];
}

export interface RuleFile {
  readonly path: string;
  readonly kind: 'rule-file' | 'manifests';
  readonly units: RuleUnit[];
}

export interface Problem {
  readonly file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message}`;

export const PROMETHEUS_RULE_API_VERSION = 'monitoring.coreos.com/v1';

const scalarValue = (n: unknown): string | undefined => (isScalar(n) ? scalarText(n) : undefined);

function field(n: Node | null | undefined, key: string): Node | null | undefined {
  return isMap(n) ? n.get(key, true) : undefined;
}

/** The PrometheusRule objects of a manifest document: the object itself, or a List's items. */
function prometheusRules(root: Node | null): Node[] {
  if (scalarValue(field(root, 'kind')) === 'List') {
    const items = field(root, 'items');
    return isSeq(items) ? (items.items as Node[]).flatMap((item) => prometheusRules(item)) : [];
  }
  const isPrometheusRule = scalarValue(field(root, 'apiVersion')) === PROMETHEUS_RULE_API_VERSION && scalarValue(field(root, 'kind')) === 'PrometheusRule';
  return isPrometheusRule && root ? [root] : [];
}

const isManifest = (doc: Document.Parsed): boolean => isMap(doc.contents) && (doc.contents.has('apiVersion') || doc.contents.has('kind'));

/** Parses one file's text. A file whose first document has apiVersion/kind is read as manifests. */
export function parseRuleFile(path: string, text: string): RuleFile {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true });
  // An empty file parses to no document; Prometheus reads it as a rule file with no groups.
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  if (!first || !isManifest(first)) {
    if (first && first.errors.length > 0) {
      // rulefmt.Parse decodes the text twice (typed, then as nodes) and reports the failure of both.
      const errs = syntaxErrors(first);
      return { path, kind: 'rule-file', units: [{ groups: [], errors: [...errs, ...errs] }] };
    }
    const decoded = first ? decodeRuleFile(first, lines) : { groups: [], errors: [] };
    return { path, kind: 'rule-file', units: [decoded] };
  }
  const units: RuleUnit[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      units.push({ groups: [], errors: syntaxErrors(doc) });
      continue;
    }
    for (const pr of prometheusRules(doc.contents)) {
      const meta = field(pr, 'metadata');
      const namespace = scalarValue(field(meta, 'namespace'));
      const owner = { name: scalarValue(field(meta, 'name')) ?? '', ...(namespace !== undefined ? { namespace } : {}), line: lines.linePos(pr.range![0]).line };
      units.push({ owner, ...decodePrometheusRuleGroups(field(field(pr, 'spec'), 'groups'), lines) });
    }
  }
  return { path, kind: 'manifests', units };
}

export async function loadRuleFile(path: string): Promise<RuleFile> {
  return parseRuleFile(path, await readFile(path, 'utf8'));
}

/** A name Kubernetes accepts (lowercase RFC 1123 subdomain) that still reads like the group name. */
export function dnsName(text: string): string {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 253)
    .replace(/^-+|-+$/g, '');
  return name === '' ? 'rules' : name;
}

/** A duration our AlertRule fields accept (h, m, s, ms: no d/w/y), for the same length of time. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const parts: [number, string][] = [
    [Math.floor(ms / 3_600_000), 'h'],
    [Math.floor((ms % 3_600_000) / 60_000), 'm'],
    [Math.floor((ms % 60_000) / 1000), 's'],
    [ms % 1000, 'ms'],
  ];
  return parts.map(([n, unit]) => (n > 0 ? `${n}${unit}` : '')).join('');
}

type AlertRuleRule = AlertRule['spec']['rules'][number];

function convertRule(r: RuleNode): AlertRuleRule {
  const out: Record<string, unknown> = {};
  if (r.alert.value !== '') out.alert = r.alert.value;
  else out.record = r.record.value;
  out.expr = r.expr.value;
  if (r.forMs > 0) out.for = goDuration(r.forMs);
  if (r.keepFiringForMs > 0) out.keepFiringFor = goDuration(r.keepFiringForMs);
  if (Object.keys(r.labels).length > 0) out.labels = r.labels;
  if (Object.keys(r.annotations).length > 0) out.annotations = r.annotations;
  return out as unknown as AlertRuleRule;
}

function alertRuleOf(g: RuleGroupNode, name: string, namespace: string, rules: RuleNode[]): AlertRule {
  const spec: Record<string, unknown> = {};
  if (g.intervalMs !== undefined) spec.interval = goDuration(g.intervalMs);
  if (g.limit !== 0) spec.limit = g.limit;
  if (g.queryOffsetMs !== undefined) spec.queryOffset = goDuration(g.queryOffsetMs);
  if (Object.keys(g.labels).length > 0) spec.labels = g.labels;
  spec.rules = rules.map(convertRule);
  return { apiVersion: API_VERSION, kind: 'AlertRule', metadata: { name, namespace }, spec: spec as unknown as AlertRule['spec'] };
}

export interface Conversion {
  readonly alertRules: AlertRule[];
  readonly problems: Problem[];
}

/**
 * Converts every group into an AlertRule that the API server accepts. A rule Prometheus itself
 * would reject, or that our AlertRule schema cannot hold (e.g. an alert name with a dash), is left
 * out and reported; the rest of its group is still converted. A group nothing is left of, or whose
 * own settings do not fit, is reported and left out.
 */
export function convertRuleFiles(files: readonly RuleFile[]): Conversion {
  const alertRules: AlertRule[] = [];
  const problems: Problem[] = [];
  const taken = new Set<string>();
  for (const file of files) {
    for (const unit of file.units) {
      const report = (line: number, message: string): void => void problems.push({ file: file.path, line, message });
      for (const e of unit.errors) report(unit.owner?.line ?? 0, e);
      const namespace = unit.owner?.namespace ?? 'default';
      const groupNames = new Set<string>();
      for (const g of unit.groups) {
        const where = `group ${goQuote(g.name)}`;
        if (g.name === '' || groupNames.has(g.name)) {
          report(g.line, g.name === '' ? 'group without a name: not converted' : `${where} is repeated in the same ${unit.owner ? 'PrometheusRule' : 'file'}: not converted`);
          continue;
        }
        groupNames.add(g.name);
        let rules = g.rules.filter((_, i) => {
          const errs = ruleProblems(g, i);
          // The file:line already says where; rulefmt's own line:col prefix would repeat it.
          for (const e of errs) report(g.rules[i]!.line, `${e.replace(/^(\d+:\d+: )+/, '')}: rule not converted`);
          return errs.length === 0;
        });
        const base = dnsName(unit.owner ? `${unit.owner.name}-${g.name}` : g.name);
        let name = base;
        for (let n = 2; taken.has(`${namespace}/${name}`); n++) name = `${base.slice(0, 250 - String(n).length)}-${n}`;
        // Validate as the API server would; rules it rejects are dropped one at a time, then again.
        for (;;) {
          if (rules.length === 0) {
            report(g.line, `${where}: no rule left to convert: not converted`);
            break;
          }
          const ar = alertRuleOf(g, name, namespace, rules);
          const result = validateResource(ar as unknown as Record<string, unknown>);
          if (result.ok) {
            taken.add(`${namespace}/${name}`);
            alertRules.push(ar);
            break;
          }
          const ruleIssue = result.issues.map((i) => ({ issue: i, m: /^\/spec\/rules\/(\d+)(\/.*)?$/.exec(i.pointer) })).find((x) => x.m);
          if (!ruleIssue) {
            for (const i of result.issues) report(g.line, `${where}: ${i.pointer.replace(/^\/spec\//, '')}: ${i.message}: not converted`);
            break;
          }
          const index = Number(ruleIssue.m![1]);
          const bad = rules[index]!;
          const fieldPath = ruleIssue.m![2] ? `${ruleIssue.m![2].slice(1)}: ` : '';
          report(bad.line, `${where}, rule ${g.rules.indexOf(bad) + 1}, ${goQuote(ruleName(bad))}: ${fieldPath}${ruleIssue.issue.message}: rule not converted`);
          rules = rules.filter((r) => r !== bad);
        }
      }
    }
  }
  return { alertRules, problems };
}

/**
 * The group as the evaluator runs it, as Prometheus's rule manager loads a rule file: key
 * `file;group`, the group's interval or the default one.
 */
export function groupDefinition(file: string, g: RuleGroupNode, defaultIntervalMs: number): GroupDefinition {
  return {
    key: `${file};${g.name}`,
    name: g.name,
    file,
    intervalMs: g.intervalMs ?? defaultIntervalMs,
    limit: g.limit,
    queryOffsetMs: g.queryOffsetMs ?? 0,
    rules: g.rules.map((r) => ({
      kind: r.alert.value !== '' ? 'alerting' : 'recording',
      name: ruleName(r),
      expr: r.expr.value,
      forMs: r.forMs,
      keepFiringForMs: r.keepFiringForMs,
      labels: { ...g.labels, ...r.labels },
      annotations: { ...r.annotations },
      noDataState: 'OK',
      execErrorState: 'KeepLast',
    })),
  };
}
