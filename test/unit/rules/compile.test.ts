import { describe, expect, it } from 'vitest';
import { alertRule } from '../../../src/api/v1alpha1/alertrule.js';
import { validateResource } from '../../../src/api/validate.js';
import { Engine, parseExpr } from '../../../src/promql/index.js';
import { compileRuleExpr, RuleCompileError, type RuleSpec } from '../../../src/rules/compile.js';
import { groupFromAlertRule } from '../../../src/rules/definition.js';
import { RuleGroup } from '../../../src/rules/group.js';
import {
  BUMP_AT, FULL_AT, SPIKE_AT, anomalyRule, cpuThreshold, diskFilling, firings, forecastRule, latencyDip, latencySpike, latencySteady, seasonalBump, storeOf, thresholdRule,
} from '../../support/rule-scenarios.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('compileRuleExpr', () => {
  it('returns a PromQL expr unchanged', () => {
    expect(compileRuleExpr({ alert: 'A', expr: 'up == 0', for: '0s', keepFiringFor: '0s' })).toBe('up == 0');
  });

  it.each<[string, RuleSpec, string]>([
    ['a plain comparison', thresholdRule({ query: 'node_cpu_utilisation', operator: '>', value: 80 }), 'node_cpu_utilisation > 80'],
    ['a windowed average', thresholdRule({ query: 'node_cpu_utilisation', window: '5m', operator: '>', value: 80 }), 'avg_over_time(node_cpu_utilisation[5m]) > 80'],
    [
      'an aggregation by labels of a windowed maximum',
      thresholdRule({ query: 'node_cpu_utilisation{job="node"}', window: '10m', windowFunction: 'max', aggregation: 'avg', by: ['cluster', 'zone'], operator: '>=', value: 0.8 }),
      'avg by (cluster, zone) (max_over_time(node_cpu_utilisation{job="node"}[10m])) >= 0.8',
    ],
    ['an aggregation of all series', thresholdRule({ query: 'up', aggregation: 'count', operator: '<', value: 3 }), 'count(up) < 3'],
    ['an expression as operand', thresholdRule({ query: 'a / b', operator: '>', value: 1e-3 }), '(a / b) > 0.001'],
    ['an expression over a window (subquery)', thresholdRule({ query: 'rate(errors_total[5m])', window: '30m', step: '30s', operator: '!=', value: 0 }), 'avg_over_time(rate(errors_total[5m])[30m:30s]) != 0'],
    ['a selector with an offset over a window', thresholdRule({ query: 'x offset 1h', window: '5m', windowFunction: 'last', operator: '==', value: -1 }), 'last_over_time(x[5m] offset 1h) == -1'],
  ])('compiles a threshold: %s', (_name, rule, text) => {
    expect(compileRuleExpr(rule)).toBe(text);
    expect(() => parseExpr(text)).not.toThrow();
  });

  it.each<[string, RuleSpec, string]>([
    ['zscore, both directions', anomalyRule({ query: 'latency_seconds' }), 'abs((latency_seconds - avg_over_time(latency_seconds[1h])) / stddev_over_time(latency_seconds[1h])) > 3'],
    ['zscore above', anomalyRule({ query: 'latency_seconds', direction: 'above', sensitivity: 2.5, window: '6h' }), '(latency_seconds - avg_over_time(latency_seconds[6h])) / stddev_over_time(latency_seconds[6h]) > 2.5'],
    [
      'zscore below of an expression',
      anomalyRule({ query: 'sum by (job) (rate(http_requests_total[5m]))', direction: 'below' }),
      '(sum by (job) (rate(http_requests_total[5m])) - avg_over_time(sum by (job) (rate(http_requests_total[5m]))[1h:1m])) / stddev_over_time(sum by (job) (rate(http_requests_total[5m]))[1h:1m]) < -3',
    ],
    [
      'mad',
      anomalyRule({ query: 'x', method: 'mad', window: '30m' }),
      'abs((x - quantile_over_time(0.5, x[30m])) / (1.4826 * quantile_over_time(0.5, abs(x - quantile_over_time(0.5, x[30m]))[30m:1m]))) > 3',
    ],
    [
      'seasonal, a week back',
      anomalyRule({ query: 'x', method: 'seasonal', season: '1w', direction: 'above' }),
      '(x - avg_over_time(x[1h] offset 6d23h30m)) / stddev_over_time(x[1h] offset 6d23h30m) > 3',
    ],
    ['a recording rule records the signed score', anomalyRule({ query: 'x', direction: 'above' }, 'record'), '(x - avg_over_time(x[1h])) / stddev_over_time(x[1h])'],
  ])('compiles an anomaly: %s', (_name, rule, text) => {
    expect(compileRuleExpr(rule)).toBe(text);
    expect(() => parseExpr(text)).not.toThrow();
  });

  it.each<[string, RuleSpec, string]>([
    ['disk full in 4h', forecastRule({ query: 'node_filesystem_avail_bytes{mountpoint="/"}', direction: 'below', value: 0, within: '4h' }), 'predict_linear(node_filesystem_avail_bytes{mountpoint="/"}[1h], 14400) < 0'],
    ['an expression above a level', forecastRule({ query: 'a + b', direction: 'above', value: 100, within: '1d', window: '6h', step: '5m' }), 'predict_linear((a + b)[6h:5m], 86400) > 100'],
  ])('compiles a forecast: %s', (_name, rule, text) => {
    expect(compileRuleExpr(rule)).toBe(text);
    expect(() => parseExpr(text)).not.toThrow();
  });

  it('fits the longest query, compiled to the longest form, in status.rules[].query', () => {
    const rules = alertRule.spec.properties!.rules!.items!.properties!;
    const queryMax = rules.anomaly!.properties!.query!.maxLength!;
    const statusMax = alertRule.status.properties!.rules!.items!.properties!.query!.maxLength!;
    const query = `x{a="${'v'.repeat(queryMax - 7)}"}`;
    expect(query).toHaveLength(queryMax);
    expect(compileRuleExpr(anomalyRule({ query, method: 'mad', window: '52w', step: '59m59s999ms' })).length).toBeLessThanOrEqual(statusMax);
  });

  it('rejects queries that do not parse or are not instant vectors, naming the field', () => {
    expect(() => compileRuleExpr(thresholdRule({ query: 'rate(x[5m]', operator: '>', value: 1 }))).toThrow(RuleCompileError);
    expect(() => compileRuleExpr(thresholdRule({ query: 'rate(x[5m]', operator: '>', value: 1 }))).toThrow(/^threshold\.query: /);
    expect(() => compileRuleExpr(forecastRule({ query: 'x[5m]', direction: 'above', value: 1, within: '1h' }))).toThrow('forecast.query must be an instant vector expression, not range vector');
    expect(() => compileRuleExpr(anomalyRule({ query: 'x', method: 'seasonal', season: '1h', window: '2h' }))).toThrow('anomaly.window (2h) must not be longer than anomaly.season (1h)');
  });
});

describe('compiled rules evaluated by the engine', () => {
  it('threshold: fires for the series whose 5 m average crosses the value, with its identity as labels', async () => {
    const fired = await firings(cpuThreshold);
    expect(new Set(fired.map((f) => JSON.stringify(f.labels)))).toEqual(new Set([JSON.stringify({ instance: 'a' })]));
    // The average passes 80 once more than 3/4 of the window's 20 samples are at 90: 16 of them at 34m, 12 at 33m.
    expect(fired[0]).toEqual({ t: 34 * MIN, labels: { instance: 'a' }, value: 82 });
  });

  describe('anomaly', () => {
    it.each(['zscore', 'mad'] as const)('%s fires on a spike far above a steady noisy baseline, and only there', async (method) => {
      // The noise is uniform in ±0.05 (σ ≈ 0.029): the +0.5 spike is past 3σ, the noise never is.
      const fired = await firings(latencySpike(method));
      expect(fired.map((f) => f.t)).toEqual([SPIKE_AT]);
      expect(fired[0]!.labels).toEqual({ job: 'api' });
      expect(fired[0]!.value).toBeGreaterThan(3);
    });

    it.each(['zscore', 'mad'] as const)('%s stays silent on the steady series, and on a dip when watching for highs', async (method) => {
      expect(await firings(latencySteady(method))).toEqual([]);
      expect(await firings(latencyDip(method))).toEqual([]);
    });

    it('seasonal compares with the same time a day before: the daily cycle is normal, a new bump is not', async () => {
      const store = await storeOf(seasonalBump.series);
      const fired = await firings(seasonalBump, store);
      expect(fired.map((f) => f.t)).toEqual([-4, -3, -2, -1, 0].map((m) => BUMP_AT + m * MIN));
      // A recording rule records the score itself.
      const recorded = await new Engine(store.querier()).instantQuery(compileRuleExpr(anomalyRule({ query: 'latency_seconds', method: 'seasonal', season: '1d' }, 'record')), BUMP_AT);
      expect(recorded.result.type === 'vector' && recorded.result.samples[0]!.value).toBeGreaterThan(3);
    });
  });

  it('forecast: a linearly filling disk fires from 4 h before it is full', async () => {
    const fired = await firings(diskFilling);
    // Exactly linear data: the free space predicted 4h ahead is below 0 once t + 4h is past FULL_AT.
    expect(fired.map((f) => f.t)).toEqual(Array.from({ length: 180 }, (_, i) => FULL_AT - 4 * HOUR + (i + 1) * MIN));
    expect(fired[0]!.labels).toEqual({ device: 'sda1', mountpoint: '/' });
  });
});

describe('an AlertRule manifest without PromQL, through a rule group', () => {
  it('validates, compiles and fires a forecast alert with the series identity', async () => {
    const manifest = validateResource({
      apiVersion: 'monitoring.sightline.dev/v1alpha1',
      kind: 'AlertRule',
      metadata: { name: 'disks', namespace: 'default' },
      spec: { rules: [{ alert: 'DiskFullIn4h', forecast: { query: 'node_filesystem_avail_bytes{mountpoint="/"}', direction: 'below', value: 0, within: '4h' }, labels: { severity: 'page' } }] },
    });
    if (!manifest.ok || manifest.object.kind !== 'AlertRule') throw new Error(JSON.stringify(manifest));
    const def = groupFromAlertRule(manifest.object);
    expect(def.rules[0]!.expr).toBe(compileRuleExpr(diskFilling.rule));
    const store = await storeOf(diskFilling.series);
    const group = new RuleGroup(def, { store });
    await group.evaluate(FULL_AT - 4 * HOUR);
    expect(group.alerts()).toEqual([]);
    await group.evaluate(FULL_AT - 4 * HOUR + MIN);
    expect(group.alerts()).toMatchObject([{ rule: 'DiskFullIn4h', state: 'firing', labels: { alertname: 'DiskFullIn4h', device: 'sda1', mountpoint: '/', severity: 'page' } }]);
  });
});

