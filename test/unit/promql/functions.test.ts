import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/promql/engine.js';
import { almostEqual, formatFloatPlain, quantile } from '../../../src/promql/mathutil.js';
import { naturalCompare } from '../../../src/promql/functions.js';
import type { QueryResult } from '../../../src/promql/value.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { formatLabels } from '../../../src/model/labels.js';

async function engineWith(series: [Record<string, string>, number][]): Promise<Engine> {
  const mem = new MemoryStorage();
  const app = mem.appender();
  for (const [labels, v] of series) app.append(labels, 0, v);
  await app.commit();
  return new Engine(mem);
}

function samples(r: QueryResult): string[] {
  if (r.type !== 'vector') throw new Error(`expected vector, got ${r.type}`);
  return r.samples.map((s) => `${formatLabels(s.labels)} ${s.value}`).sort();
}

describe('numeric helpers', () => {
  it('compares like Go almost.Equal', () => {
    expect(almostEqual(NaN, NaN, 1e-6)).toBe(true);
    expect(almostEqual(1, 1 + 1e-7, 1e-6)).toBe(true);
    expect(almostEqual(1, 1.00001, 1e-6)).toBe(false);
    expect(almostEqual(0, 1e-300, 1e-6)).toBe(false);
  });

  it('formats floats like strconv.FormatFloat(f, \'f\', -1, 64)', () => {
    expect(formatFloatPlain(1e21)).toBe('1000000000000000000000');
    expect(formatFloatPlain(1.5e-7)).toBe('0.00000015');
    expect(formatFloatPlain(-2.5)).toBe('-2.5');
    expect(formatFloatPlain(Infinity)).toBe('+Inf');
  });

  it('interpolates quantiles and clamps out-of-range q', () => {
    expect(quantile(0.5, [4, 1, 3, 2])).toBe(2.5);
    expect(quantile(1.5, [1])).toBe(Infinity);
    expect(quantile(NaN, [1])).toBeNaN();
  });

  it('sorts naturally', () => {
    expect(['a10', 'a9', 'a1'].sort(naturalCompare)).toEqual(['a1', 'a9', 'a10']);
  });
});

describe('label and matching functions', () => {
  it('label_replace expands Go-style templates and empty results delete the label', async () => {
    const e = await engineWith([[{ __name__: 'up', instance: 'host-1:9100' }, 1]]);
    expect(samples((await e.instantQuery('label_replace(up, "host", "${1}_$2", "instance", "(.*)-(\\\\d+):.*")', 0)).result)).toEqual([
      'up{host="host_1", instance="host-1:9100"} 1',
    ]);
    expect(samples((await e.instantQuery('label_replace(up, "instance", "", "instance", ".*")', 0)).result)).toEqual(['up 1']);
  });

  it('group_left copies the listed labels from the one side', async () => {
    const e = await engineWith([
      [{ __name__: 'req', job: 'a', instance: '1' }, 10],
      [{ __name__: 'req', job: 'a', instance: '2' }, 20],
      [{ __name__: 'info', job: 'a', team: 'red' }, 1],
    ]);
    expect(samples((await e.instantQuery('req * on(job) group_left(team) info', 0)).result)).toEqual([
      '{instance="1", job="a", team="red"} 10',
      '{instance="2", job="a", team="red"} 20',
    ]);
    await expect(e.instantQuery('info * on(job) req', 0)).rejects.toThrow(/found duplicate series for the match group \{job="a"\} on the right hand-side/);
  });

  it('count_values groups by the formatted value', async () => {
    const e = await engineWith([
      [{ __name__: 'v', i: '1' }, 1.5],
      [{ __name__: 'v', i: '2' }, 1.5],
      [{ __name__: 'v', i: '3' }, 2],
    ]);
    expect(samples((await e.instantQuery('count_values("value", v)', 0)).result)).toEqual(['{value="1.5"} 2', '{value="2"} 1']);
  });

  it('topk and bottomk pick the same values as sorting the whole vector', async () => {
    const values = Array.from({ length: 40 }, (_, i) => ((i * 7919) % 97) - 30);
    values[5] = NaN;
    const e = await engineWith(values.map((v, i) => [{ __name__: 'v', i: String(i) }, v]));
    const numeric = values.filter((v) => !Number.isNaN(v));
    for (const k of [1, 3, 7]) {
      const top = (await e.instantQuery(`topk(${k}, v)`, 0)).result;
      const bottom = (await e.instantQuery(`bottomk(${k}, v)`, 0)).result;
      const got = (r: QueryResult): number[] => (r.type === 'vector' ? r.samples.map((x) => x.value) : []);
      expect(got(top)).toEqual([...numeric].sort((a, b) => b - a).slice(0, k));
      expect(got(bottom)).toEqual([...numeric].sort((a, b) => a - b).slice(0, k));
    }
  });

  it('topk rejects a NaN k as Prometheus does', async () => {
    const e = await engineWith([[{ __name__: 'v' }, 1]]);
    await expect(e.instantQuery('topk(NaN, v)', 0)).rejects.toThrow('Scalar value NaN overflows int64');
  });

  it('limitk keeps the first k series of each group in label order, whatever their values', async () => {
    const mem = new MemoryStorage();
    const app = mem.appender();
    for (const [i, v] of [['3', 1], ['1', 9], ['2', 5]] as const) app.append({ __name__: 'v', i }, 0, v);
    await app.commit();
    const e = new Engine(mem, { enableExperimentalFunctions: true });
    expect(samples((await e.instantQuery('limitk(2, v)', 0)).result)).toEqual(['v{i="1"} 9', 'v{i="2"} 5']);
  });

  it('absent() carries the equality matchers of its selector', async () => {
    const e = await engineWith([[{ __name__: 'v' }, 1]]);
    expect(samples((await e.instantQuery('absent(nope{job="x", env=~"p.*"})', 0)).result)).toEqual(['{job="x"} 1']);
    expect(samples((await e.instantQuery('absent(v)', 0)).result)).toEqual([]);
  });
});
