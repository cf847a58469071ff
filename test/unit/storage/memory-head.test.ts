/**
 * MemoryHead on its own: sealed chunks and the open chunk read back as one sorted run, bit for
 * bit; out-of-order samples land in the right chunk (first written wins); eviction drops whole
 * chunks and forgets emptied series from the postings.
 */
import { describe, expect, it } from 'vitest';
import { STALE_NAN } from '../../../src/model/samples.js';
import type { LabelMatcher } from '../../../src/storage/api.js';
import { MemoryHead } from '../../../src/storage/metrics/memory-head.js';

const STEP = 15_000;
const T0 = 1_800_000_000_000;

function bitsOf(values: Float64Array): string[] {
  const w = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  return Array.from({ length: values.length }, (_, i) => `${w[i * 2 + 1]!.toString(16)}:${w[i * 2]!.toString(16)}`);
}

function add(head: MemoryHead, id: number, t: number, v: number): void {
  const one = Float64Array.of(0);
  one[0] = v;
  head.append(id, { __name__: 'm', id: String(id), parity: String(id % 2) }, t, new Uint32Array(one.buffer), 0);
}

const eq = (name: string, value: string): LabelMatcher => ({ name, type: '=', value });

describe('MemoryHead', () => {
  it('reads sealed and open chunks back as one run, bit-exactly, over any range', () => {
    const head = new MemoryHead(1000 * STEP, () => T0 + 400 * STEP);
    const expected = new Float64Array(400);
    for (let k = 0; k < 400; k++) {
      expected[k] = k % 50 === 7 ? STALE_NAN : k * 0.1 + (k % 3);
      add(head, 1, T0 + k * STEP, expected[k]!);
    }
    for (const [from, to] of [
      [0, 399],
      [100, 130], // across a chunk boundary (120)
      [119, 119],
      [350, 399], // the open chunk (samples 360…)
    ]) {
      const [s] = head.select([eq('__name__', 'm')], T0 + from! * STEP, T0 + to! * STEP);
      expect([...s!.samples.timestamps]).toEqual(Array.from({ length: to! - from! + 1 }, (_, i) => T0 + (from! + i) * STEP));
      expect(bitsOf(s!.samples.values)).toEqual(bitsOf(expected.subarray(from, to! + 1)));
    }
  });

  it('puts an out-of-order sample into the sealed chunk it belongs to, and keeps the first one written at a timestamp', () => {
    const head = new MemoryHead(1000 * STEP, () => T0 + 400 * STEP);
    for (let k = 0; k < 300; k += 2) add(head, 1, T0 + k * STEP, k);
    add(head, 1, T0 + 51 * STEP, -51); // inside the first sealed chunk
    add(head, 1, T0 + 50 * STEP, -50); // a timestamp it holds: ignored
    add(head, 1, T0 + 239 * STEP, -239); // after the sealed chunk, before the open one's first sample
    const [s] = head.select([eq('id', '1')], T0 + 48 * STEP, T0 + 52 * STEP);
    expect([...s!.samples.values]).toEqual([48, 50, -51, 52]);
    const [t] = head.select([eq('id', '1')], T0 + 236 * STEP, T0 + 242 * STEP);
    expect([...t!.samples.values]).toEqual([236, 238, -239, 240, 242]);
    const [all] = head.select([eq('id', '1')], 0, Infinity);
    expect(all!.samples.timestamps.length).toBe(152);
    expect([...all!.samples.timestamps].every((x, i, a) => i === 0 || x > a[i - 1]!)).toBe(true);
  });

  it('evicts whole chunks past the window and forgets series left empty', () => {
    let now = T0;
    const head = new MemoryHead(200 * STEP, () => now);
    for (let k = 0; k < 500; k++) {
      now = T0 + k * STEP;
      add(head, 1, now, k);
      if (k < 10) add(head, 2, now, k);
    }
    head.evict();
    expect(head.seriesCount).toBe(1);
    expect(head.select([eq('parity', '0')], 0, Infinity)).toEqual([]);
    const [s] = head.select([eq('id', '1')], 0, Infinity);
    // Everything from the window's start is there; older samples only as part of a kept chunk.
    expect(s!.samples.timestamps[0]!).toBeLessThanOrEqual(now - 200 * STEP);
    expect(s!.samples.timestamps[0]!).toBeGreaterThan(now - 320 * STEP);
    expect(s!.samples.timestamps.at(-1)).toBe(now);
    expect(head.coveredFrom()).toBe(Infinity); // nothing loaded from a database yet
    head.markLoaded(T0);
    expect(head.coveredFrom()).toBe(now - 200 * STEP);
  });
  it('cuts a series before a per-service retention cutoff, inside sealed chunks too', () => {
    const head = new MemoryHead(1000 * STEP, () => T0 + 300 * STEP);
    for (let k = 0; k < 300; k++) {
      add(head, 1, T0 + k * STEP, k);
      add(head, 2, T0 + k * STEP, k);
    }
    head.deleteBefore([1], T0 + 150 * STEP);
    const [one] = head.select([eq('id', '1')], 0, Infinity);
    expect([...one!.samples.values]).toEqual(Array.from({ length: 150 }, (_, i) => 150 + i));
    head.deleteBefore([1], T0 + 250 * STEP); // inside the open chunk
    expect(head.select([eq('id', '1')], 0, Infinity)[0]!.samples.timestamps[0]).toBe(T0 + 250 * STEP);
    expect(head.select([eq('id', '2')], 0, Infinity)[0]!.samples.timestamps.length).toBe(300);
  });
});
