import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/promql/engine.js';
import type { QueryResult } from '../../../src/promql/value.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import type { LabelMatcher, Querier, SelectHints, Series } from '../../../src/storage/api.js';
import { STALE_NAN } from '../../../src/model/samples.js';

const MIN = 60_000;

/** Loads series sampled every minute from t=0: `values[i]` at i minutes (undefined = no sample). */
async function load(data: Record<string, (number | undefined)[]>): Promise<MemoryStorage> {
  const mem = new MemoryStorage();
  const app = mem.appender();
  for (const [name, values] of Object.entries(data)) {
    const [metric, job] = name.split('/');
    values.forEach((v, i) => {
      if (v !== undefined) app.append({ __name__: metric!, ...(job ? { job } : {}) }, i * MIN, v);
    });
  }
  await app.commit();
  return mem;
}

function vector(r: QueryResult): Record<string, number> {
  if (r.type !== 'vector') throw new Error(`expected vector, got ${r.type}`);
  return Object.fromEntries(r.samples.map((s) => [JSON.stringify(s.labels), s.value]));
}

/** Records every select call a query makes. */
class RecordingQuerier implements Querier {
  readonly calls: { matchers: readonly LabelMatcher[]; start: number; end: number; hints: SelectHints | undefined }[] = [];
  constructor(private readonly inner: Querier) {}
  select(matchers: readonly LabelMatcher[], start: number, end: number, hints?: SelectHints): Promise<Series[]> {
    this.calls.push({ matchers, start, end, hints });
    return this.inner.select(matchers, start, end, hints);
  }
  labelNames(m: readonly LabelMatcher[], s: number, e: number): Promise<string[]> {
    return this.inner.labelNames(m, s, e);
  }
  labelValues(n: string, m: readonly LabelMatcher[], s: number, e: number): Promise<string[]> {
    return this.inner.labelValues(n, m, s, e);
  }
}

describe('Engine', () => {
  it('looks back at most the lookback delta, and staleness markers end a series at once', async () => {
    const mem = await load({ a: [1, undefined, undefined, undefined], b: [1] });
    // Appended directly: V8 canonicalises NaN payloads kept in plain number arrays.
    const app = mem.appender();
    app.append({ __name__: 'b' }, MIN, STALE_NAN);
    await app.commit();
    const engine = new Engine(mem, { lookbackDeltaMs: 2 * MIN });
    expect(vector((await engine.instantQuery('a', 2 * MIN - 1)).result)).toEqual({ '{"__name__":"a"}': 1 });
    // (t - lookback, t] is open on the left: a sample exactly lookback old is gone.
    expect(vector((await engine.instantQuery('a', 2 * MIN)).result)).toEqual({});
    expect(vector((await engine.instantQuery('b', MIN)).result)).toEqual({});
    expect(vector((await engine.instantQuery('b', 30_000)).result)).toEqual({ '{"__name__":"b"}': 1 });
  });

  it('fetches each selector once for the whole range, with offset and range pushed down', async () => {
    const rec = new RecordingQuerier(await load({ 'x_total/a': [0, 60, 120, 180] }));
    const engine = new Engine(rec);
    await engine.rangeQuery('sum by (job) (rate(x_total[2m] offset 1m))', 2 * MIN, 10 * MIN, 15_000);
    expect(rec.calls).toHaveLength(1);
    expect(rec.calls[0]).toMatchObject({ start: 2 * MIN - MIN - 2 * MIN, end: 10 * MIN - MIN, hints: { rangeMs: 2 * MIN, stepMs: 15_000, func: 'rate' } });
    expect(rec.calls[0]!.matchers).toEqual([{ name: '__name__', type: '=', value: 'x_total' }]);
  });

  it('returns range results sorted by labels with the metric name dropped by functions', async () => {
    const mem = await load({ 'x_total/b': [0, 60, 120, 180, 240], 'x_total/a': [0, 120, 240, 360, 480] });
    const { result } = await new Engine(mem).rangeQuery('rate(x_total[2m])', 2 * MIN, 4 * MIN, MIN);
    expect(result.type).toBe('matrix');
    if (result.type !== 'matrix') return;
    expect(result.series.map((s) => s.labels)).toEqual([{ job: 'a' }, { job: 'b' }]);
    expect(result.series[0]!.values).toEqual([2, 2, 2]);
    expect(result.series[1]!.timestamps).toEqual([2 * MIN, 3 * MIN, 4 * MIN]);
  });

  it('reports many-to-many matching with Prometheus\'s message', async () => {
    const mem = await load({ 'l/a': [1], 'r/a': [1] });
    const app = mem.appender();
    app.append({ __name__: 'r', job: 'a', instance: '2' }, 0, 2);
    await app.commit();
    await expect(new Engine(mem).instantQuery('l + ignoring(instance) r', 0)).rejects.toThrow(
      /^found duplicate series for the match group \{job="a"\} on the right hand-side of the operation: .*many-to-many matching not allowed: matching labels must be unique on one side$/,
    );
  });

  it('adds an info annotation when rate() is applied to a metric that does not look like a counter', async () => {
    const mem = await load({ 'gauge/a': [1, 2, 3] });
    const out = await new Engine(mem).instantQuery('rate(gauge[5m])', 2 * MIN);
    expect(out.infos).toEqual(['PromQL info: metric might not be a counter, name does not end in _total/_sum/_count/_bucket: "gauge"']);
  });

  it('enforces max samples with the Prometheus execution error', async () => {
    const mem = await load({ 'x/a': Array.from({ length: 100 }, (_, i) => i) });
    await expect(new Engine(mem, { maxSamples: 50 }).rangeQuery('x', 0, 99 * MIN, MIN)).rejects.toMatchObject({
      code: 'execution',
      message: 'query processing would load too many samples into memory in query execution',
    });
    await expect(new Engine(mem, { maxSamples: 500 }).rangeQuery('x', 0, 99 * MIN, MIN)).resolves.toBeDefined();
  });

  it('times out with the timeout error type', async () => {
    const mem = await load({ 'x/a': [1] });
    await expect(new Engine(mem, { timeoutMs: -1 }).instantQuery('x', 0)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('keeps sort_desc order in instant results', async () => {
    const mem = await load({ 'x/a': [1], 'x/b': [3], 'x/c': [2] });
    const { result } = await new Engine(mem).instantQuery('sort_desc(x)', 0);
    expect(result.type === 'vector' && result.samples.map((s) => s.labels.job)).toEqual(['b', 'c', 'a']);
  });

  it('evaluates a subquery on its own step grid aligned to multiples of the step', async () => {
    const mem = await load({ 'x/a': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    // Sub-steps at 4m, 6m, 8m, 10m (aligned to 2m, after 10m - 7m = 3m).
    const out = await new Engine(mem).instantQuery('count_over_time(x[7m:2m])', 10 * MIN);
    expect(vector(out.result)).toEqual({ '{"job":"a"}': 4 });
  });

  it('rejects range queries over range-vector expressions', async () => {
    const mem = await load({ 'x/a': [1] });
    await expect(new Engine(mem).rangeQuery('x[5m]', 0, MIN, MIN)).rejects.toThrow('invalid expression type "range vector" for range query, must be Scalar or instant Vector');
  });
});
