import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { STALE_NAN, isStaleMarker } from '../../../src/model/samples.js';

async function store(samples: [Record<string, string>, number, number][]): Promise<MemoryStorage> {
  const mem = new MemoryStorage();
  const app = mem.appender();
  for (const [l, t, v] of samples) app.append(l, t, v);
  await app.commit();
  return mem;
}

describe('MemoryStorage', () => {
  it('keeps samples sorted whatever the append order, overwriting equal timestamps', async () => {
    const m = { __name__: 'x', a: '1' };
    const mem = await store([
      [m, 30, 3],
      [m, 10, 1],
      [m, 20, 2],
      [m, 20, 22],
      [m, 40, 4],
    ]);
    const [s] = await mem.select([{ name: '__name__', type: '=', value: 'x' }], 0, 100);
    expect(Array.from(s!.timestamps)).toEqual([10, 20, 30, 40]);
    expect(Array.from(s!.values)).toEqual([1, 22, 3, 4]);
  });

  it('returns only samples within [start, end] and applies every matcher type', async () => {
    const mem = await store([
      [{ __name__: 'x', job: 'api' }, 10, 1],
      [{ __name__: 'x', job: 'api' }, 20, 2],
      [{ __name__: 'x', job: 'web' }, 20, 5],
      [{ __name__: 'y', job: 'api' }, 20, 9],
    ]);
    const sel = await mem.select(
      [
        { name: '__name__', type: '=~', value: 'x|z' },
        { name: 'job', type: '!=', value: 'web' },
      ],
      20,
      20,
    );
    expect(sel).toHaveLength(1);
    expect(Array.from(sel[0]!.timestamps)).toEqual([20]);
    expect(await mem.select([{ name: 'job', type: '!~', value: 'a.*' }], 0, 100)).toHaveLength(1);
    expect(await mem.select([{ name: '__name__', type: '=', value: 'x' }], 30, 40)).toHaveLength(0);
  });

  it('stores staleness markers bit-exactly', async () => {
    const mem = await store([
      [{ __name__: 'x' }, 10, NaN],
      [{ __name__: 'x' }, 20, STALE_NAN],
    ]);
    const [s] = await mem.select([{ name: '__name__', type: '=', value: 'x' }], 0, 100);
    expect(isStaleMarker(s!.values[0]!)).toBe(false);
    expect(isStaleMarker(s!.values[1]!)).toBe(true);
  });

  it('discards rolled back samples and reports what a commit wrote', async () => {
    const mem = new MemoryStorage();
    const app = mem.appender();
    app.append({ __name__: 'x' }, 1, 1);
    app.rollback();
    app.append({ __name__: 'y', empty: '' }, 1, 1);
    app.append({ __name__: 'y' }, 2, 2);
    expect(await app.commit()).toEqual({ samplesWritten: 2, seriesCreated: 1 });
    expect(await mem.labelNames([], 0, 10)).toEqual(['__name__']);
    expect(await mem.labelValues('__name__', [], 0, 10)).toEqual(['y']);
  });

  it('rejects series without a metric name', () => {
    const app = new MemoryStorage().appender();
    expect(() => app.append({ a: 'b' }, 1, 1)).toThrow(/__name__/);
  });

  it('hands out copies that later appends do not change', async () => {
    const mem = await store([[{ __name__: 'x' }, 10, 1]]);
    const [before] = await mem.select([{ name: '__name__', type: '=', value: 'x' }], 0, 100);
    const app = mem.appender();
    app.append({ __name__: 'x' }, 5, 0);
    await app.commit();
    expect(Array.from(before!.timestamps)).toEqual([10]);
  });
});
