import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prometheus } from '../../../src/ingest/generated/protos.js';
import { toNumber } from '../../../src/ingest/protobuf.js';
import { STALE_NAN } from '../../../src/model/samples.js';
import { encodeReadResponse } from '../../../src/remote-read/read-response.js';

describe('encodeReadResponse', () => {
  it('writes what the generated protobuf decoder reads back, for any labels, timestamps and values', async () => {
    const series = fc.record({
      labels: fc.dictionary(fc.stringMatching(/^[a-z_]{1,8}$/), fc.string({ unit: 'grapheme', maxLength: 12 }), { maxKeys: 4 }),
      samples: fc.array(fc.tuple(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.double()), { maxLength: 20 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(series, { maxLength: 4 }), { maxLength: 3 }), async (results) => {
        const input = results.map((r) =>
          r.map((s) => ({
            labels: Object.keys(s.labels).sort().map((name) => ({ name, value: s.labels[name]! })),
            series: { labels: s.labels, timestamps: Float64Array.from(s.samples, ([t]) => t), values: Float64Array.from(s.samples, ([, v]) => v) },
          })),
        );
        const decoded = prometheus.ReadResponse.decode(await encodeReadResponse(input, 10));
        expect(decoded.results.map((r) => (r.timeseries ?? []).map((ts) => ({ labels: (ts.labels ?? []).map((l) => ({ name: l.name, value: l.value })), samples: (ts.samples ?? []).map((x) => [toNumber(x.timestamp), x.value]) })))).toEqual(
          input.map((r) => r.map((s) => ({ labels: s.labels, samples: Array.from(s.series.timestamps, (t, i) => [t, s.series.values[i]]) }))),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the staleness marker bit for bit', async () => {
    const values = new Float64Array(1);
    values[0] = STALE_NAN;
    const buf = await encodeReadResponse([[{ labels: [{ name: '__name__', value: 'x' }], series: { labels: { __name__: 'x' }, timestamps: Float64Array.of(1000), values } }]], 10);
    // The double is the last field but one: 8 bytes before the timestamp's tag (0x10) and varint (1000 → 2 bytes).
    expect(buf.subarray(buf.length - 11, buf.length - 3).toString('hex')).toBe('020000000000f07f');
  });

  it('yields to the event loop every samplesPerTurn samples', async () => {
    const series = Array.from({ length: 100 }, (_, i) => ({
      labels: [{ name: 'i', value: String(i) }],
      series: { labels: { i: String(i) }, timestamps: Float64Array.from({ length: 1000 }, (_, k) => k), values: new Float64Array(1000) },
    }));
    let turns = 0;
    let running = true;
    const tick = (): void => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    await encodeReadResponse([series], 5_000);
    running = false;
    // 100,000 samples, a turn every 5,000: the ticker ran in between.
    expect(turns).toBeGreaterThanOrEqual(19);
  });
});
