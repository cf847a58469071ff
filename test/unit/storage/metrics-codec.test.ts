import { describe, expect, it } from 'vitest';
import { STALE_NAN, isStaleMarker } from '../../../src/model/samples.js';
import { decodeBlock, encodeBlock } from '../../../src/storage/metrics/codec.js';
import { dedupeSorted, mergeRuns } from '../../../src/storage/metrics/backend.js';
import { encodeSampleCopy, readFloat8s } from '../../../src/storage/metrics/copy.js';
import { pgSafeRegex } from '../../../src/storage/metrics/matchers.js';
import { rollupBuckets } from '../../../src/storage/metrics/rollup.js';

function words(v: Float64Array): number[] {
  return [...new Uint32Array(v.buffer, v.byteOffset, v.length * 2)];
}

describe('sample block codec', () => {
  it('round-trips timestamps and value bits, including NaN payloads, ±Inf, -0 and irregular steps', () => {
    const ts = new Float64Array([-5000, 0, 15_000, 30_000, 45_001, 1_795_000_000_000, 1_795_000_000_001, 2 ** 52]);
    const vs = new Float64Array([1.5, 1.5, 0, NaN, Infinity, -Infinity, -0, 1e308]);
    vs[2] = STALE_NAN;
    const out = decodeBlock(encodeBlock(ts, vs));
    expect([...out.timestamps]).toEqual([...ts]);
    expect(words(out.values)).toEqual(words(vs));
    expect(isStaleMarker(out.values[2]!)).toBe(true);
  });

  it('round-trips random data and packs regular scrapes of a counter into a few bytes per sample', () => {
    const n = 1000;
    const ts = new Float64Array(n);
    const vs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      ts[i] = 1_700_000_000_000 + i * 15_000 + (i % 7 === 0 ? 3 : 0);
      vs[i] = Math.random() * 1e6;
    }
    const out = decodeBlock(encodeBlock(ts, vs));
    expect([...out.timestamps]).toEqual([...ts]);
    expect(words(out.values)).toEqual(words(vs));
    const counter = new Float64Array(n).map((_, i) => i * 3);
    const regular = new Float64Array(n).map((_, i) => 1_700_000_000_000 + i * 15_000);
    expect(encodeBlock(regular, counter).length / n).toBeLessThan(4);
  });

  it('rejects a truncated block', () => {
    const data = encodeBlock([1, 2, 3], new Float64Array([1, 2, 3]));
    expect(() => decodeBlock(data.subarray(0, data.length - 2))).toThrow(/truncated/);
  });

  it('encodes binary COPY with values bit-exact', () => {
    const values = new Float64Array([STALE_NAN, -0]);
    const copy = encodeSampleCopy({ length: 2, seriesIds: new Int32Array([1, 2]), timestamps: new Float64Array([1, 2]), values });
    // Header 19 bytes, then per row: 2 (fields) + 8 (int4) + 12 (int8) + 4 (length) + 8 value bytes.
    const firstValue = copy.subarray(19 + 2 + 8 + 12 + 4, 19 + 2 + 8 + 12 + 12);
    expect(words(readFloat8s(firstValue))).toEqual(words(values.subarray(0, 1)));
    expect(copy.length).toBe(19 + 2 * 34 + 2);
  });
});

describe('sample merging', () => {
  it('keeps the first written sample for a repeated timestamp and restricts to the range', () => {
    const a = { timestamps: new Float64Array([10, 20, 30]), values: new Float64Array([1, 2, 3]) };
    const b = { timestamps: new Float64Array([20, 25, 40]), values: new Float64Array([9, 5, 4]) };
    const m = mergeRuns([a, b], 15, 35);
    expect([...m.timestamps]).toEqual([20, 25, 30]);
    expect([...m.values]).toEqual([2, 5, 3]);
    const d = dedupeSorted({ timestamps: new Float64Array([1, 1, 2]), values: new Float64Array([7, 8, 9]) });
    expect([...d.values]).toEqual([7, 9]);
  });
});

describe('rollup buckets', () => {
  it('aggregates per (t, t + resolution] bucket, skips staleness markers, and ignores NaN in min/max', () => {
    const vs = new Float64Array([1, 5, 0, NaN, 2, 4]);
    vs[2] = STALE_NAN;
    const b = rollupBuckets({ timestamps: new Float64Array([0, 10, 20, 30, 60, 70]), values: vs }, 60);
    expect(b.map(({ t, min, max, count, last }) => ({ t, min, max, count, last }))).toEqual([
      { t: -60, min: 1, max: 1, count: 1, last: 1 },
      { t: 0, min: 2, max: 5, count: 3, last: 2 },
      { t: 60, min: 4, max: 4, count: 1, last: 4 },
    ]);
    expect(b[1]!.sum).toBeNaN();
    expect(b[2]!.sum).toBe(4);
  });
});

describe('regex push-down to PostgreSQL', () => {
  it('sends only patterns that mean the same in RE2 and PostgreSQL', () => {
    for (const p of ['GET|POST', 'api-.*', 'host-[0-9]+:9100', 'a(b|c)?d', '[^a-z]x', '\\.svc', '']) expect(pgSafeRegex(p), p).toBe(true);
    for (const p of ['(?i)get', '\\d+', 'a{2}', '\\w', '[[:alpha:]]', '^a$', '\\pL', '(?:x)', '[\\d]']) expect(pgSafeRegex(p), p).toBe(false);
  });
});

describe('bounded block decoding and run concatenation', () => {
  const n = 500;
  const ts = new Float64Array(n).map((_, i) => 1_000 + i * 15);
  const vs = new Float64Array(n).map((_, i) => (i % 3 === 0 ? i * 1.5 : -i));
  vs[10] = STALE_NAN;
  vs[400] = STALE_NAN;
  const block = encodeBlock(ts, vs);

  it('decodes exactly the samples inside [start, end], bit-exact', () => {
    for (const [s, e] of [[-Infinity, Infinity], [1_000, 1_000], [1_150, 7_000], [0, 999], [8_486, 9_000], [1_151, 1_164]]) {
      const out = decodeBlock(block, s, e);
      const from = ts.findIndex((t) => t >= s!);
      const to = ts.findLastIndex((t) => t <= e!) + 1;
      const keep = from < 0 || to <= from ? [0, 0] : [from, to];
      expect([...out.timestamps]).toEqual([...ts.slice(keep[0], keep[1])]);
      expect(words(out.values)).toEqual(words(vs.slice(keep[0], keep[1])));
    }
  });

  it('concatenates runs that follow each other, merges overlapping ones with the first winning', () => {
    const a = decodeBlock(block, -Infinity, 3_000);
    const b = decodeBlock(block, 3_001, Infinity);
    const joined = mergeRuns([a, b], -Infinity, Infinity);
    expect([...joined.timestamps]).toEqual([...ts]);
    expect(words(joined.values)).toEqual(words(vs));
    const one = mergeRuns([a], 1_100, 2_000);
    expect(one.timestamps.buffer).toBe(a.timestamps.buffer);
    expect([...one.timestamps]).toEqual([...ts].filter((t) => t >= 1_100 && t <= 2_000));
    const first = new Float64Array([0, 3]);
    first[0] = STALE_NAN; // an array literal would canonicalise the NaN
    const overlap = mergeRuns([{ timestamps: new Float64Array([1, 3]), values: first }, { timestamps: new Float64Array([1, 2]), values: new Float64Array([9, 2]) }], 0, 10);
    expect([...overlap.timestamps]).toEqual([1, 2, 3]);
    expect(isStaleMarker(overlap.values[0]!)).toBe(true);
  });
});
