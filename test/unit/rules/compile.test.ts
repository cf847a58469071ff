import { describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { Engine, parseExpr } from '../../../src/promql/index.js';
import { compileRuleExpr, RuleCompileError, type RuleSpec } from '../../../src/rules/compile.js';
import { MemoryStorage } from '../../../src/storage/memory.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const SCRAPE = 15_000;

type Threshold = NonNullable<RuleSpec['threshold']>;
type Anomaly = NonNullable<RuleSpec['anomaly']>;
type Forecast = NonNullable<RuleSpec['forecast']>;

// Rules as validation leaves them: the schema's defaults applied.
const thresholdRule = (t: Partial<Threshold> & Pick<Threshold, 'query' | 'operator' | 'value'>): RuleSpec => ({ alert: 'A', for: '0s', keepFiringFor: '0s', threshold: { step: '1m', ...t } });
const anomalyRule = (a: Partial<Anomaly> & Pick<Anomaly, 'query'>, kind: 'alert' | 'record' = 'alert'): RuleSpec => ({
  ...(kind === 'alert' ? { alert: 'A' } : { record: 'a:score' }),
  for: '0s',
  keepFiringFor: '0s',
  anomaly: { method: 'zscore', sensitivity: 3, window: '1h', direction: 'both', step: '1m', ...a },
});
const forecastRule = (f: Partial<Forecast> & Pick<Forecast, 'query' | 'value' | 'direction' | 'within'>): RuleSpec => ({
  alert: 'A',
  for: '0s',
  keepFiringFor: '0s',
  forecast: { window: '1h', step: '1m', ...f },
});

/** Deterministic noise in [-1, 1] (a fixed LCG), so the tests do not depend on Math.random. */
function noise(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s / 2 ** 31) * 2 - 1;
  };
}

/** A store holding series sampled every 15 s from `from` to `to`, with values from fn(t). */
async function store(series: { labels: Labels; from: number; to: number; value: (t: number) => number }[]): Promise<MemoryStorage> {
  const s = new MemoryStorage();
  const app = s.appender();
  for (const { labels, from, to, value } of series) for (let t = from; t <= to; t += SCRAPE) app.append(labels, t, value(t));
  await app.commit();
  return s;
}

/** Evaluation times in [from, to] at a 1 m rule interval where the compiled rule returns something. */
async function firingAt(s: MemoryStorage, rule: RuleSpec, from: number, to: number): Promise<{ t: number; labels: Labels; value: number }[]> {
  const engine = new Engine(s.querier());
  const out: { t: number; labels: Labels; value: number }[] = [];
  for (let t = from; t <= to; t += MIN) {
    const { result } = await engine.instantQuery(compileRuleExpr(rule), t);
    if (result.type !== 'vector') throw new Error(`unexpected ${result.type}`);
    for (const sample of result.samples) out.push({ t, labels: sample.labels, value: sample.value });
  }
  return out;
}

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

  it('rejects queries that do not parse or are not instant vectors, naming the field', () => {
    expect(() => compileRuleExpr(thresholdRule({ query: 'rate(x[5m]', operator: '>', value: 1 }))).toThrow(RuleCompileError);
    expect(() => compileRuleExpr(thresholdRule({ query: 'rate(x[5m]', operator: '>', value: 1 }))).toThrow(/^threshold\.query: /);
    expect(() => compileRuleExpr(forecastRule({ query: 'x[5m]', direction: 'above', value: 1, within: '1h' }))).toThrow('forecast.query must be an instant vector expression, not range vector');
    expect(() => compileRuleExpr(anomalyRule({ query: 'x', method: 'seasonal', season: '1h', window: '2h' }))).toThrow('anomaly.window (2h) must not be longer than anomaly.season (1h)');
  });
});

describe('compiled rules evaluated by the engine', () => {
  const t0 = 1_700_000_000_000 - (1_700_000_000_000 % HOUR);

  it('threshold: fires for the series whose 5 m average crosses the value, with its identity as labels', async () => {
    const busy = { __name__: 'node_cpu_utilisation', instance: 'a' };
    const idle = { __name__: 'node_cpu_utilisation', instance: 'b' };
    // a: 50 % until t0 + 30m, then 90 %; b: 50 % throughout.
    const s = await store([
      { labels: busy, from: t0, to: t0 + HOUR, value: (t) => (t < t0 + 30 * MIN ? 50 : 90) },
      { labels: idle, from: t0, to: t0 + HOUR, value: () => 50 },
    ]);
    const fired = await firingAt(s, thresholdRule({ query: 'node_cpu_utilisation', window: '5m', operator: '>', value: 80 }), t0 + 10 * MIN, t0 + HOUR);
    expect(new Set(fired.map((f) => JSON.stringify(f.labels)))).toEqual(new Set([JSON.stringify({ instance: 'a' })]));
    // The average passes 80 once more than 3/4 of the window's 20 samples are at 90: 17 of them at 34m, 13 at 33m.
    expect(fired[0]!.t).toBe(t0 + 34 * MIN);
  });

  describe('anomaly', () => {
    const labels = { __name__: 'latency_seconds', job: 'api' };
    const spikeAt = t0 + 3 * HOUR;

    async function spiky(size: number) {
      const rnd = noise(42);
      return store([{ labels, from: t0, to: t0 + 4 * HOUR, value: (t) => 1 + 0.05 * rnd() + (t >= spikeAt && t < spikeAt + 2 * SCRAPE ? size : 0) }]);
    }

    it.each(['zscore', 'mad'] as const)('%s fires on a spike far above a steady noisy baseline, and only there', async (method) => {
      // The noise is uniform in ±0.05 (σ ≈ 0.029): a spike of +0.5 is far past 3σ.
      const fired = await firingAt(await spiky(0.5), anomalyRule({ query: 'latency_seconds', method, direction: 'above' }), t0 + 2 * HOUR, t0 + 4 * HOUR);
      expect(fired.map((f) => f.t)).toEqual([spikeAt]);
      expect(fired[0]!.labels).toEqual({ job: 'api' });
      expect(fired[0]!.value).toBeGreaterThan(3);
    });

    it.each(['zscore', 'mad'] as const)('%s stays silent on the steady series, and on a spike in the other direction', async (method) => {
      const silent = await firingAt(await spiky(0), anomalyRule({ query: 'latency_seconds', method }), t0 + 2 * HOUR, t0 + 4 * HOUR);
      expect(silent).toEqual([]);
      const dip = await firingAt(await spiky(-0.5), anomalyRule({ query: 'latency_seconds', method, direction: 'above' }), t0 + 2 * HOUR, t0 + 4 * HOUR);
      expect(dip).toEqual([]);
    });

    it('seasonal compares with the same time a day before: a daily peak is normal, a new one is not', async () => {
      // A daily cycle (peak at noon) with noise; on day 2 an extra bump at 03:00 that day 1 did not have.
      const rnd = noise(7);
      const bumpAt = t0 + DAY + 3 * HOUR;
      const value = (t: number) => 10 + 5 * Math.sin((2 * Math.PI * (t - t0)) / DAY) + 0.2 * rnd() + (t >= bumpAt && t < bumpAt + 5 * MIN ? 3 : 0);
      const s = await store([{ labels, from: t0, to: t0 + 2 * DAY, value }]);
      const rule = anomalyRule({ query: 'latency_seconds', method: 'seasonal', season: '1d', window: '1h', direction: 'above' });
      const fired = await firingAt(s, rule, t0 + DAY + HOUR, t0 + 2 * DAY - HOUR);
      expect(new Set(fired.map((f) => f.t))).toEqual(new Set([0, 1, 2, 3, 4].map((m) => bumpAt + m * MIN)));
      // A recording rule records the score itself.
      const recorded = await new Engine(s.querier()).instantQuery(compileRuleExpr(anomalyRule({ query: 'latency_seconds', method: 'seasonal', season: '1d' }, 'record')), bumpAt + 2 * MIN);
      expect(recorded.result.type === 'vector' && recorded.result.samples[0]!.value).toBeGreaterThan(3);
    });
  });

  it('forecast: a linearly growing disk fires from 4 h before it is full', async () => {
    // 100 GB disk, 10 GB free at t0, losing 1 GB per hour: full at t0 + 10h.
    const labels = { __name__: 'node_filesystem_avail_bytes', device: 'sda1', mountpoint: '/' };
    const GB = 1e9;
    const fullAt = t0 + 10 * HOUR;
    const s = await store([{ labels, from: t0 - 2 * HOUR, to: fullAt, value: (t) => (10 * GB * (fullAt - t)) / (10 * HOUR) }]);
    const rule = forecastRule({ query: 'node_filesystem_avail_bytes{mountpoint="/"}', direction: 'below', value: 0, within: '4h' });
    const fired = await firingAt(s, rule, t0, fullAt - HOUR);
    // Exactly linear data: predicted free space at t + 4h is below 0 once t + 4h is past fullAt.
    expect(fired[0]!.t).toBe(fullAt - 4 * HOUR + MIN);
    expect(fired.map((f) => f.t)).toEqual(Array.from({ length: 180 }, (_, i) => fullAt - 4 * HOUR + (i + 1) * MIN));
    expect(fired[0]!.labels).toEqual({ device: 'sda1', mountpoint: '/' });
  });
});
