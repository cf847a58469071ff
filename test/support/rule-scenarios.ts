/**
 * Crafted series and the threshold/anomaly/forecast rules that should fire on them, shared by the
 * unit test (Sightline's engine, with the expected firing times) and the integration test that has
 * Debian's promtool 2.42 evaluate the same compiled rules over the same series. Time starts at 0,
 * as promtool's input series do; rule evaluations every minute, samples every 15 s at 7.5 s past:
 * never on a window's edge, where Prometheus 2.42's closed windows [t − r, t] and Sightline's
 * (Prometheus 3's) left-open (t − r, t] would see different samples.
 */
import type { Labels } from '../../src/model/labels.js';
import { Engine } from '../../src/promql/index.js';
import { compileRuleExpr, type RuleSpec } from '../../src/rules/compile.js';
import { MemoryStorage } from '../../src/storage/memory.js';

export const SCRAPE_MS = 15_000;
export const SAMPLE_PHASE_MS = 7_500;
export const EVAL_MS = 60_000;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export interface ScenarioSeries {
  readonly labels: Labels;
  readonly timestamps: readonly number[];
  readonly values: readonly number[];
}

export interface RuleScenario {
  readonly name: string;
  readonly rule: RuleSpec;
  readonly series: readonly ScenarioSeries[];
  /** The rule is evaluated every minute from `from` to `to` (inclusive). */
  readonly from: number;
  readonly to: number;
}

export interface Firing {
  readonly t: number;
  readonly labels: Labels;
  readonly value: number;
}

type Threshold = NonNullable<RuleSpec['threshold']>;
type Anomaly = NonNullable<RuleSpec['anomaly']>;
type Forecast = NonNullable<RuleSpec['forecast']>;

// Rules as validation leaves them: the schema's defaults applied.
const base = { alert: 'A', for: '0s', keepFiringFor: '0s' };
export const thresholdRule = (t: Partial<Threshold> & Pick<Threshold, 'query' | 'operator' | 'value'>): RuleSpec => ({ ...base, threshold: { step: '1m', ...t } });
export const anomalyRule = (a: Partial<Anomaly> & Pick<Anomaly, 'query'>, kind: 'alert' | 'record' = 'alert'): RuleSpec => ({
  ...(kind === 'alert' ? base : { record: 'a:score', for: '0s', keepFiringFor: '0s' }),
  anomaly: { method: 'zscore', sensitivity: 3, window: '1h', direction: 'both', step: '1m', ...a },
});
export const forecastRule = (f: Partial<Forecast> & Pick<Forecast, 'query' | 'value' | 'direction' | 'within'>): RuleSpec => ({ ...base, forecast: { window: '1h', step: '1m', ...f } });

/** Deterministic noise in [-1, 1) from a fixed LCG, so the data does not depend on Math.random. */
function noise(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s / 2 ** 31) * 2 - 1;
  };
}

/** A series sampled every 15 s (at 7.5 s past) from `from` to `to`, its values computed once, in time order. */
function sampled(labels: Labels, from: number, to: number, value: (t: number) => number): ScenarioSeries {
  const timestamps: number[] = [];
  const values: number[] = [];
  for (let t = from + SAMPLE_PHASE_MS; t <= to; t += SCRAPE_MS) {
    timestamps.push(t);
    values.push(value(t));
  }
  return { labels, timestamps, values };
}

const cpu = (instance: string) => ({ __name__: 'node_cpu_utilisation', instance });
/** a: 50 % until 30m, then 90 %; b: 50 % throughout. */
export const cpuThreshold: RuleScenario = {
  name: 'threshold on a 5 m average',
  rule: thresholdRule({ query: 'node_cpu_utilisation', window: '5m', operator: '>', value: 80 }),
  series: [sampled(cpu('a'), 0, HOUR, (t) => (t < 30 * MIN ? 50 : 90)), sampled(cpu('b'), 0, HOUR, () => 50)],
  from: 10 * MIN,
  to: HOUR,
};

export const LATENCY = { __name__: 'latency_seconds', job: 'api' };
export const SPIKE_AT = 3 * HOUR;
/** Uniform noise of ±0.05 around 1 (σ ≈ 0.029), plus `spike` for the two samples up to SPIKE_AT. */
const spiky = (spike: number): ScenarioSeries => {
  const rnd = noise(42);
  return sampled(LATENCY, 0, 4 * HOUR, (t) => 1 + 0.05 * rnd() + (t > SPIKE_AT - 2 * SCRAPE_MS && t <= SPIKE_AT ? spike : 0));
};
const latencyScenario = (method: 'zscore' | 'mad', what: string, spike: number, direction: Anomaly['direction']): RuleScenario => ({
  name: `${method} ${what}`,
  rule: anomalyRule({ query: 'latency_seconds', method, direction }),
  series: [spiky(spike)],
  from: 2 * HOUR,
  to: 4 * HOUR,
});
export const latencySpike = (method: 'zscore' | 'mad') => latencyScenario(method, 'on a spike above a steady baseline', 0.5, 'above');
export const latencySteady = (method: 'zscore' | 'mad') => latencyScenario(method, 'on a steady series', 0, 'both');
export const latencyDip = (method: 'zscore' | 'mad') => latencyScenario(method, 'above, on a dip', -0.5, 'above');

/** Day 2 has an extra +3 bump for the 5 minutes up to 03:00 over a daily cycle (peak at 06:00) with noise. */
export const BUMP_AT = DAY + 3 * HOUR;
export const seasonalBump: RuleScenario = (() => {
  const rnd = noise(7);
  const value = (t: number) => 10 + 5 * Math.sin((2 * Math.PI * t) / DAY) + 0.2 * rnd() + (t > BUMP_AT - 5 * MIN && t <= BUMP_AT ? 3 : 0);
  return {
    name: 'seasonal on a new bump in a daily cycle',
    rule: anomalyRule({ query: 'latency_seconds', method: 'seasonal', season: '1d', window: '1h', direction: 'above' }),
    series: [sampled(LATENCY, 0, 2 * DAY, value)],
    from: DAY + HOUR,
    to: 2 * DAY - HOUR,
  };
})();

/** 10 GB free at 2h, losing 1 GB per hour: full at 12h. */
export const DISK = { __name__: 'node_filesystem_avail_bytes', device: 'sda1', mountpoint: '/' };
export const FULL_AT = 12 * HOUR;
export const diskFilling: RuleScenario = {
  name: 'forecast on a linearly filling disk',
  rule: forecastRule({ query: 'node_filesystem_avail_bytes{mountpoint="/"}', direction: 'below', value: 0, within: '4h' }),
  series: [sampled(DISK, 0, FULL_AT, (t) => (1e9 * (FULL_AT - t)) / HOUR)],
  from: 2 * HOUR,
  to: FULL_AT - HOUR,
};

export async function storeOf(series: readonly ScenarioSeries[]): Promise<MemoryStorage> {
  const s = new MemoryStorage();
  const app = s.appender();
  for (const { labels, timestamps, values } of series) timestamps.forEach((t, i) => app.append(labels, t, values[i]!));
  await app.commit();
  return s;
}

/** What the compiled rule returns at each evaluation, by Sightline's engine. */
export async function firings(sc: RuleScenario, store?: MemoryStorage): Promise<Firing[]> {
  const engine = new Engine((store ?? (await storeOf(sc.series))).querier());
  const expr = compileRuleExpr(sc.rule);
  const out: Firing[] = [];
  for (let t = sc.from; t <= sc.to; t += EVAL_MS) {
    const { result } = await engine.instantQuery(expr, t);
    if (result.type !== 'vector') throw new Error(`${expr} returned a ${result.type}`);
    for (const sample of result.samples) out.push({ t, labels: sample.labels, value: sample.value });
  }
  return out;
}
