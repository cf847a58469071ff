import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXorChunk, encodeXorChunk } from '../../../src/remote-read/xor-chunk.js';

/** The exact bits of a float, so NaN payloads compare too. */
const bits = (values: Float64Array): string[] => Array.from(new BigUint64Array(values.buffer, values.byteOffset, values.length), (b) => b.toString(16));

const STALE_NAN = new Float64Array(new BigUint64Array([0x7ff0000000000002n]).buffer)[0]!;

describe('XOR chunk', () => {
  it('round-trips any increasing timestamps and any float bits', () => {
    const sample = fc.record({
      gap: fc.oneof(fc.constant(15_000), fc.integer({ min: 1, max: 30_000 }), fc.integer({ min: 1, max: 2 ** 40 })),
      value: fc.oneof(fc.double(), fc.constant(STALE_NAN), fc.integer({ min: 0, max: 1000 }).map((n) => n * 1.5)),
    });
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 41), max: 2 ** 42 }), fc.array(sample, { minLength: 0, maxLength: 130 }), (start, samples) => {
        const timestamps = new Float64Array(samples.length);
        const values = new Float64Array(samples.length);
        let t = start;
        samples.forEach((s, i) => {
          t += i === 0 ? 0 : s.gap;
          timestamps[i] = t;
          values[i] = s.value;
        });
        const decoded = decodeXorChunk(encodeXorChunk(timestamps, values));
        expect(Array.from(decoded.timestamps)).toEqual(Array.from(timestamps));
        expect(bits(decoded.values)).toEqual(bits(values));
      }),
      { numRuns: 500 },
    );
  });

  it('encodes a slice of a longer series', () => {
    const timestamps = Float64Array.from({ length: 300 }, (_, i) => 1_700_000_000_000 + i * 15_000);
    const values = Float64Array.from({ length: 300 }, (_, i) => i * 2);
    const { timestamps: t, values: v } = decodeXorChunk(encodeXorChunk(timestamps, values, 120, 240));
    expect(t.length).toBe(120);
    expect(t[0]).toBe(timestamps[120]);
    expect(v[119]).toBe(values[239]);
  });

  it('costs about 1–2 bytes per sample on a regular counter, as Prometheus', () => {
    const timestamps = Float64Array.from({ length: 120 }, (_, i) => 1_700_000_000_000 + i * 15_000);
    const values = Float64Array.from({ length: 120 }, (_, i) => i * 3);
    const chunk = encodeXorChunk(timestamps, values);
    expect(chunk.length).toBeLessThan(120 * 2);
    // The sample count leads, big-endian.
    expect((chunk[0]! << 8) | chunk[1]!).toBe(120);
  });

  it('refuses a truncated chunk with an error, not garbage', () => {
    const chunk = encodeXorChunk(Float64Array.of(1000, 2000, 3500), Float64Array.of(1, 2, 3));
    expect(() => decodeXorChunk(chunk.subarray(0, 5))).toThrow(/ends early/);
  });
});
