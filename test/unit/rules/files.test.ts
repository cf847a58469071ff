import { describe, expect, it } from 'vitest';
import { validateResource } from '../../../src/api/validate.js';
import { convertRuleFiles, dnsName, formatProblem, goDuration, parseRuleFile } from '../../../src/rules/files.js';

const convert = (...files: [string, string][]) => {
  const c = convertRuleFiles(files.map(([path, text]) => parseRuleFile(path, text)));
  return { alertRules: c.alertRules, problems: c.problems.map(formatProblem) };
};

describe('convert: plain Prometheus rule files', () => {
  it('makes one AlertRule per group, in namespace default, with every field carried over', () => {
    const { alertRules, problems } = convert([
      'node.rules.yml',
      `groups:
  - name: Node.Rules
    interval: 1d
    limit: 10
    query_offset: 30s
    labels: {team: infra}
    rules:
      - record: instance:up:count
        expr: count by (instance) (up)
        labels: {source: rules}
      - alert: DiskFull
        expr: disk_free < 0.1
        for: 1w
        keep_firing_for: 90m
        labels: {severity: page}
        annotations: {summary: "{{ $labels.instance }} is full"}
      - record: answer
        expr: 42
`,
    ]);
    expect(problems).toEqual([]);
    expect(alertRules).toEqual([
      {
        apiVersion: 'monitoring.sightline.dev/v1alpha1',
        kind: 'AlertRule',
        metadata: { name: 'node-rules', namespace: 'default' },
        spec: {
          // d/w/y are not durations the AlertRule schema takes; the same length of time in hours is.
          interval: '24h',
          limit: 10,
          queryOffset: '30s',
          labels: { team: 'infra' },
          rules: [
            { record: 'instance:up:count', expr: 'count by (instance) (up)', labels: { source: 'rules' } },
            { alert: 'DiskFull', expr: 'disk_free < 0.1', for: '168h', keepFiringFor: '1h30m', labels: { severity: 'page' }, annotations: { summary: '{{ $labels.instance }} is full' } },
            // A number written as the expression is the PromQL Prometheus parses: its text.
            { record: 'answer', expr: '42' },
          ],
        },
      },
    ]);
    expect(validateResource(alertRules[0] as unknown as Record<string, unknown>).ok).toBe(true);
  });

  it('reports with file:line what it leaves out, and converts the rest', () => {
    const { alertRules, problems } = convert([
      'mixed.yml',
      `groups:
  - name: a
    rules:
      - alert: Disk-Full
        expr: up == 0
      - record: ok:sum
        expr: sum(up)
      - record: broken
        expr: sum(up
  - name: a
    rules:
      - record: x
        expr: up
  - name: empty
    rules:
      - alert: Bad
        expr: up
        labels: {"bad-label": x}
`,
    ]);
    expect(alertRules.map((ar) => [ar.metadata.name, ar.spec.rules.map((r) => r.record ?? r.alert)])).toEqual([['a', ['ok:sum']]]);
    expect(problems).toEqual([
      'mixed.yml:8: group "a", rule 3, "broken": could not parse expression: 1:7: parse error: unclosed left parenthesis: rule not converted',
      'mixed.yml:4: group "a", rule 1, "Disk-Full": alert: must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$": rule not converted',
      'mixed.yml:10: group "a" is repeated in the same file: not converted',
      'mixed.yml:16: group "empty", rule 1, "Bad": invalid label name: bad-label: rule not converted',
      'mixed.yml:14: group "empty": no rule left to convert: not converted',
    ]);
  });

  it('reports a file Prometheus would not load, as Prometheus words it', () => {
    expect(convert(['typo.yml', 'groups:\n  - name: a\n    rulez: []\n']).problems).toEqual([
      'typo.yml:0: yaml: unmarshal errors:\n  line 3: field rulez not found in type rulefmt.RuleGroup',
    ]);
    expect(convert(['dur.yml', 'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up\n        for: 5 min\n']).problems).toEqual([
      'dur.yml:0: not a valid duration string: "5 min"',
    ]);
  });
});

describe('convert: PrometheusRule manifests', () => {
  const pr = (name: string, namespace: string | undefined, group: string): string => `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: ${name}
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  groups:
    - name: ${group}
      partial_response_strategy: warn
      rules:
        - alert: Up
          expr: up == 1
`;

  it('reads several documents and Lists, names AlertRules after the object and group, keeps the namespace', () => {
    const list = `apiVersion: v1
kind: List
items:
  - ${pr('team', 'apps', 'Kube.Apps').trim().split('\n').join('\n    ')}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: not-rules}
`;
    const { alertRules, problems } = convert(['bundle.yaml', `${pr('kube-rules', 'monitoring', 'general.rules')}---\n${list}`], ['other.yaml', pr('kube', undefined, 'rules-general.rules')]);
    expect(problems).toEqual([]);
    expect(alertRules.map((ar) => `${ar.metadata.namespace}/${ar.metadata.name}`)).toEqual([
      'monitoring/kube-rules-general-rules',
      'apps/team-kube-apps',
      'default/kube-rules-general-rules',
    ]);
    for (const ar of alertRules) expect(validateResource(ar as unknown as Record<string, unknown>).ok).toBe(true);
  });

  it('keeps names unique within a namespace', () => {
    const { alertRules } = convert(['a.yaml', `${pr('kube', 'm', 'rules-x')}---\n${pr('kube-rules', 'm', 'x')}`]);
    expect(alertRules.map((ar) => ar.metadata.name)).toEqual(['kube-rules-x', 'kube-rules-x-2']);
  });

  it('reports the line of a PrometheusRule whose groups Prometheus would not load', () => {
    const text = `${pr('ok', 'm', 'g')}---\napiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: {name: bad}\nspec:\n  groups:\n    - name: g\n      rules: {}\n`;
    expect(convert(['two.yaml', text]).problems).toEqual(['two.yaml:14: yaml: unmarshal errors:\n  line 20: cannot unmarshal !!map into []rulefmt.RuleNode']);
  });
});

describe('names and durations', () => {
  it.each([
    ['Kubernetes.Apps', 'kubernetes-apps'],
    ['node-exporter.rules', 'node-exporter-rules'],
    ['  __weird__  NAME!! ', 'weird-name'],
    ['!!!', 'rules'],
  ])('dnsName(%j) = %j', (text, name) => expect(dnsName(text)).toBe(name));

  it.each([
    [0, '0s'],
    [86_400_000, '24h'],
    [365 * 86_400_000, '8760h'],
    [90_061_001, '25h1m1s1ms'],
  ])('goDuration(%i) = %j', (ms, text) => expect(goDuration(ms)).toBe(text));
});
