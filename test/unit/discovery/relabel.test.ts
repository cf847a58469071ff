import { describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { compileRelabelConfigs, hashMod, relabel, RelabelConfigError, type RelabelConfig } from '../../../src/discovery/relabel.js';

const run = (labels: Labels, ...configs: RelabelConfig[]) => relabel(labels, compileRelabelConfigs(configs));

describe('relabel: actions', () => {
  it.each<[string, Labels, RelabelConfig[], Labels | null]>([
    // replace
    ['replace with a group reference', { a: 'foo' }, [{ sourceLabels: ['a'], regex: 'f(.*)', targetLabel: 'd', replacement: 'ch$1-ch$1' }], { a: 'foo', d: 'choo-choo' }],
    [
      'replace joins source labels with the separator',
      { a: 'foo', b: 'bar' },
      [{ sourceLabels: ['a', 'b'], regex: 'f(.*);(.*)r', targetLabel: 'a', replacement: 'a${1}b${2}m' }],
      { a: 'aoobbam', b: 'bar' },
    ],
    ['custom separator', { a: 'x', b: 'y' }, [{ sourceLabels: ['a', 'b'], separator: '/', targetLabel: 'c' }], { a: 'x', b: 'y', c: 'x/y' }],
    ['missing source labels read as empty', { a: 'x' }, [{ sourceLabels: ['a', 'nope', 'a'], targetLabel: 'c' }], { a: 'x', c: 'x;;x' }],
    ['regex is anchored: no partial match', { a: 'foo' }, [{ sourceLabels: ['a'], regex: 'o+', targetLabel: 'b', replacement: 'hit' }], { a: 'foo' }],
    ['no match leaves labels alone', { a: 'boo' }, [{ sourceLabels: ['a'], regex: 'f', targetLabel: 'b', replacement: 'bar' }], { a: 'boo' }],
    ['static value with the default regex', { a: 'x' }, [{ targetLabel: 'env', replacement: 'prod' }], { a: 'x', env: 'prod' }],
    ['empty result deletes the target', { a: 'foo', b: 'old' }, [{ sourceLabels: ['a'], regex: 'foo', targetLabel: 'b', replacement: '' }], { a: 'foo' }],
    ['copying an absent label deletes the target', { b: 'old' }, [{ sourceLabels: ['missing'], targetLabel: 'b' }], {}],
    [
      'target label from groups',
      { a: 'some-name-value' },
      [{ sourceLabels: ['a'], regex: 'some-([^-]+)-([^,]+)', targetLabel: '${1}', replacement: '${2}' }],
      { a: 'some-name-value', name: 'value' },
    ],
    ['invalid expanded target label skips the rule', { a: '1abc' }, [{ sourceLabels: ['a'], targetLabel: '$1', replacement: 'x' }], { a: '1abc' }],
    ['empty expanded target label skips the rule', { a: 'foo' }, [{ sourceLabels: ['a'], regex: '(f)(.*)', targetLabel: '$3', replacement: 'x' }], { a: 'foo' }],
    ['$1x is the (missing) group named 1x', { a: 'foo', b: 'old' }, [{ sourceLabels: ['a'], regex: '(f)oo', targetLabel: 'b', replacement: '$1x' }], { a: 'foo' }],
    ['${1}x is group 1 then x', { a: 'foo' }, [{ sourceLabels: ['a'], regex: '(f)oo', targetLabel: 'b', replacement: '${1}x' }], { a: 'foo', b: 'fx' }],
    ['$$ is a literal dollar', { a: 'foo' }, [{ sourceLabels: ['a'], regex: '(f)oo', targetLabel: 'b', replacement: '$$1 costs $$$1' }], { a: 'foo', b: '$1 costs $f' }],
    ['a lone $ stays as written', { a: 'foo' }, [{ sourceLabels: ['a'], targetLabel: 'b', replacement: '$-${' }], { a: 'foo', b: '$-${' }],
    ['group 0 is the whole match', { a: 'foo' }, [{ sourceLabels: ['a'], regex: 'f(o)o', targetLabel: 'b', replacement: '$0/$1/$2/$01' }], { a: 'foo', b: 'foo/o//' }],
    [
      'named groups, both syntaxes',
      { a: 'foo' },
      [{ sourceLabels: ['a'], regex: '(?P<first>f)(?<rest>.*)', targetLabel: 'b', replacement: '${rest}-$first-$2' }],
      { a: 'foo', b: 'oo-f-oo' },
    ],
    ['. matches any character including newlines', { a: 'x\ny' }, [{ sourceLabels: ['a'], regex: 'x.y', targetLabel: 'b', replacement: 'ok' }], { a: 'x\ny', b: 'ok' }],
    ['action is case-insensitive', { a: 'foo' }, [{ action: 'Replace', sourceLabels: ['a'], targetLabel: 'b' }], { a: 'foo', b: 'foo' }],
    // keep / drop
    ['keep on match', { a: 'foo' }, [{ action: 'keep', sourceLabels: ['a'], regex: 'f.*' }], { a: 'foo' }],
    ['keep drops on no match', { a: 'foo' }, [{ action: 'keep', sourceLabels: ['a'], regex: 'b.*' }], null],
    ['keep with an absent label matches the empty string', {}, [{ action: 'keep', sourceLabels: ['a'], regex: '' }], {}],
    ['drop on match', { a: 'foo' }, [{ action: 'drop', sourceLabels: ['a'], regex: 'f.*' }], null],
    ['drop keeps on no match', { a: 'foo' }, [{ action: 'drop', sourceLabels: ['a'], regex: 'fo' }], { a: 'foo' }],
    // keepequal / dropequal
    ['keepequal keeps equal values', { a: '1', b: '1' }, [{ action: 'keepequal', sourceLabels: ['a'], targetLabel: 'b' }], { a: '1', b: '1' }],
    ['keepequal drops different values', { a: '1', b: '2' }, [{ action: 'keepequal', sourceLabels: ['a'], targetLabel: 'b' }], null],
    ['dropequal drops equal values', { a: '1', b: '1' }, [{ action: 'dropequal', sourceLabels: ['a'], targetLabel: 'b' }], null],
    ['dropequal compares absent as empty', { a: '' }, [{ action: 'dropequal', sourceLabels: ['x'], targetLabel: 'y' }], null],
    // hashmod (figures as Prometheus computes them)
    ['hashmod', { a: 'foo', b: 'bar', c: 'baz' }, [{ action: 'hashmod', sourceLabels: ['c'], targetLabel: 'd', modulus: 1000 }], { a: 'foo', b: 'bar', c: 'baz', d: '976' }],
    ['hashmod of a value with a newline', { a: 'foo\nbar' }, [{ action: 'hashmod', sourceLabels: ['a'], targetLabel: 'b', modulus: 1000 }], { a: 'foo\nbar', b: '734' }],
    // labelmap
    [
      'labelmap copies matching labels',
      { a: 'foo', b1: 'bar', b2: 'baz' },
      [{ action: 'labelmap', regex: '(b.*)', replacement: 'bar_${1}' }],
      { a: 'foo', b1: 'bar', b2: 'baz', bar_b1: 'bar', bar_b2: 'baz' },
    ],
    [
      'labelmap for Kubernetes pod labels',
      { __meta_kubernetes_pod_label_app: 'web', __meta_kubernetes_pod_label_tier: 'front', job: 'x' },
      [{ action: 'labelmap', regex: '__meta_kubernetes_pod_label_(.+)' }],
      { __meta_kubernetes_pod_label_app: 'web', __meta_kubernetes_pod_label_tier: 'front', job: 'x', app: 'web', tier: 'front' },
    ],
    ['labelmap reads values from before the rule', { a: '1', b: '2' }, [{ action: 'labelmap', regex: '(a)', replacement: 'b' }], { a: '1', b: '1' }],
    // labeldrop / labelkeep
    ['labeldrop', { a: 'foo', b1: 'bar', b2: 'baz' }, [{ action: 'labeldrop', regex: 'b.*' }], { a: 'foo' }],
    ['labelkeep', { __name__: 'up', a: 'foo', b1: 'bar' }, [{ action: 'labelkeep', regex: '__name__|a' }], { __name__: 'up', a: 'foo' }],
    // lowercase / uppercase
    ['lowercase', { a: 'FoO', b: 'BaR' }, [{ action: 'lowercase', sourceLabels: ['a', 'b'], targetLabel: 'c' }], { a: 'FoO', b: 'BaR', c: 'foo;bar' }],
    ['uppercase', { a: 'grüße' }, [{ action: 'uppercase', sourceLabels: ['a'], targetLabel: 'a' }], { a: 'GRÜßE' }],
    ['lowercase maps code points one to one, as Go does', { a: 'ÀİΣ' }, [{ action: 'lowercase', sourceLabels: ['a'], targetLabel: 'a' }], { a: 'àiσ' }],
    ['lowercase of nothing deletes the target', { c: 'x' }, [{ action: 'lowercase', sourceLabels: ['a'], targetLabel: 'c' }], {}],
    // chains
    [
      'rules apply in order and see earlier results',
      { __address__: '10.0.0.1:9100', __meta_env: 'Prod' },
      [
        { sourceLabels: ['__address__'], regex: '([^:]+):\\d+', targetLabel: 'host' },
        { action: 'lowercase', sourceLabels: ['__meta_env'], targetLabel: 'env' },
        { action: 'keep', sourceLabels: ['host', 'env'], regex: '10\\..*;prod' },
        { action: 'labeldrop', regex: '__meta_.*' },
      ],
      { __address__: '10.0.0.1:9100', host: '10.0.0.1', env: 'prod' },
    ],
  ])('%s', (_name, input, configs, want) => {
    const frozen = Object.freeze({ ...input });
    expect(run(frozen, ...configs)).toEqual(want);
  });

  it('returns the same object when no rule changes anything (no copy per sample)', () => {
    const labels = { __name__: 'up', job: 'x' };
    const configs = compileRelabelConfigs([
      { action: 'drop', sourceLabels: ['__name__'], regex: 'go_.*' },
      { sourceLabels: ['job'], targetLabel: 'job' },
      { action: 'labeldrop', regex: 'tmp_.*' },
    ]);
    expect(relabel(labels, configs)).toBe(labels);
  });

  it('handles label names that are Object.prototype members', () => {
    // JSON.parse makes `__proto__` an own property, as the parser does for a `__proto__` label.
    const input: Labels = JSON.parse('{"constructor":"c","__proto__":"p"}');
    expect(Object.keys(input)).toEqual(['constructor', '__proto__']);
    const out = run(input, { sourceLabels: ['constructor', 'toString'], targetLabel: '__proto__' });
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('c;');
    expect(run({}, { sourceLabels: ['toString'], targetLabel: 'x', regex: '.+' })).toEqual({});
  });

  it('runs a pathological regex in linear time, over every action that matches', () => {
    const value = `${'a'.repeat(34)}c`;
    const started = performance.now();
    expect(run({ x: value }, { sourceLabels: ['x'], regex: '(a+)+b', targetLabel: 'y', replacement: '$1' })).toEqual({ x: value });
    expect(run({ x: value }, { action: 'drop', sourceLabels: ['x'], regex: '(a+)+b' })).toEqual({ x: value });
    expect(run({ [`${'a'.repeat(34)}_`]: 'v' }, { action: 'labeldrop', regex: '(a+)+b' })).toEqual({ [`${'a'.repeat(34)}_`]: 'v' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('expands replacements as Go does: named groups, ${1}x, $$ and malformed references', () => {
    const out = run({ a: 'foo-7' }, { sourceLabels: ['a'], regex: '(?P<name>[a-z]+)-(\\d)', targetLabel: 'b', replacement: '${name}|${2}x|$2x|$$|${}|$' });
    expect(out).toEqual({ a: 'foo-7', b: 'foo|7x||$|${}|$' });
  });

  it('hashmod shards like Prometheus: md5, last 8 bytes big-endian, modulo', () => {
    expect(hashMod('baz', 1000n)).toBe('976');
    expect(hashMod('foo', 1_000_000n)).toBe('28696');
    expect(hashMod('anything', 1n)).toBe('0');
  });
});

describe('relabel: config validation', () => {
  it.each<[string, RelabelConfig, RegExp]>([
    ['unknown action', { action: 'explode' }, /unknown relabel action "explode"/],
    ['hashmod without modulus', { action: 'hashmod', sourceLabels: ['a'], targetLabel: 'b' }, /hashmod requires non-zero modulus/],
    ['replace without targetLabel', { sourceLabels: ['a'] }, /replace action requires 'targetLabel' value/],
    ['lowercase without targetLabel', { action: 'lowercase', sourceLabels: ['a'] }, /lowercase action requires 'targetLabel' value/],
    ['keepequal without targetLabel', { action: 'keepequal', sourceLabels: ['a'] }, /keepequal action requires 'targetLabel' value/],
    ['invalid targetLabel', { sourceLabels: ['a'], targetLabel: 'a-b' }, /"a-b" is invalid 'targetLabel' for replace action/],
    ['invalid templated targetLabel', { sourceLabels: ['a'], targetLabel: '$1-x' }, /"\$1-x" is invalid 'targetLabel'/],
    ['templated targetLabel outside replace', { action: 'hashmod', sourceLabels: ['a'], targetLabel: '$1', modulus: 2 }, /"\$1" is invalid 'targetLabel' for hashmod/],
    ['replacement with uppercase', { action: 'uppercase', sourceLabels: ['a'], targetLabel: 'b', replacement: 'x' }, /'replacement' can not be set for uppercase action/],
    ['invalid labelmap replacement', { action: 'labelmap', regex: '(.*)', replacement: '-$1' }, /"-\$1" is invalid 'replacement' for labelmap action/],
    ['keepequal with a regex', { action: 'keepequal', sourceLabels: ['a'], targetLabel: 'b', regex: 'x' }, /keepequal action requires only 'sourceLabels' and 'targetLabel'/],
    ['dropequal with a separator', { action: 'dropequal', sourceLabels: ['a'], targetLabel: 'b', separator: ',' }, /dropequal action requires only/],
    ['labeldrop with sourceLabels', { action: 'labeldrop', sourceLabels: ['a'], regex: 'x' }, /labeldrop action requires only 'regex', and no other fields/],
    ['labelkeep with targetLabel', { action: 'labelkeep', regex: 'x', targetLabel: 'y' }, /labelkeep action requires only 'regex'/],
    ['invalid regex', { action: 'keep', sourceLabels: ['a'], regex: 'a(' }, /invalid 'regex': invalid regular expression "a\(": missing closing \)/],
    ['RE2-only regex syntax', { action: 'keep', sourceLabels: ['a'], regex: '(?=a)' }, /invalid or unsupported Perl syntax: `\(\?=`/],
    ['invalid source label name', { sourceLabels: ['a.b'], targetLabel: 'c' }, /"a.b" is not a valid label name/],
    ['snake_case fields', { source_labels: ['a'], target_label: 'b' } as RelabelConfig, /unknown field "source_labels" \(did you mean "sourceLabels"\?\)/],
    ['wrong field type', { targetLabel: 3 } as unknown as RelabelConfig, /"targetLabel" must be a string/],
    ['negative modulus', { action: 'hashmod', sourceLabels: ['a'], targetLabel: 'b', modulus: -1 }, /"modulus" must be a non-negative integer/],
  ])('%s', (_name, config, message) => {
    expect(() => compileRelabelConfigs([config])).toThrow(RelabelConfigError);
    expect(() => compileRelabelConfigs([config])).toThrow(message);
  });

  it('names the failing rule by its index', () => {
    expect(() => compileRelabelConfigs([{ targetLabel: 'ok' }, { action: 'nope' }])).toThrow(/^relabel config \[1\]: unknown relabel action "nope"$/);
  });

  it.each<[string, RelabelConfig]>([
    ['templated targets', { sourceLabels: ['a'], regex: '(.*)', targetLabel: '${1}_x$2' }],
    ['explicit defaults on keepequal', { action: 'keepequal', sourceLabels: ['a'], targetLabel: 'b', separator: ';', regex: '(.*)', replacement: '$1' }],
    ['labelmap with a templated replacement', { action: 'labelmap', regex: 'x_(.*)', replacement: 'y_${1}' }],
    ['an empty config (replace with defaults needs a target)', { targetLabel: 'a' }],
  ])('accepts %s', (_name, config) => {
    expect(() => compileRelabelConfigs([config])).not.toThrow();
  });
});
