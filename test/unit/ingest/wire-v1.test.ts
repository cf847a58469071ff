import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { prometheus } from '../../../src/ingest/generated/protos.js';
import { forEachSeriesV1 } from '../../../src/ingest/remote-write/wire-v1.js';
import { isStaleMarker, STALE_NAN } from '../../../src/model/samples.js';
import { SightlineError } from '../../../src/util/errors.js';

interface Decoded {
  labels: [string, string][];
  samples: { t: number; v: number }[];
  histograms: number;
  exemplars: number;
}

function decodeAll(body: Uint8Array): Decoded[] {
  const out: Decoded[] = [];
  forEachSeriesV1(Buffer.from(body), (s) => {
    s.readLabels();
    out.push({
      labels: Array.from({ length: s.labelCount }, (_, i): [string, string] => [s.names[i]!, s.values[i]!]),
      samples: Array.from({ length: s.sampleCount }, (_, i) => ({ t: s.timestamps[i]!, v: s.sampleValues[i]! })),
      histograms: s.histogramCount,
      exemplars: s.exemplarCount,
    });
  });
  return out;
}

const request = prometheus.WriteRequest.encode({
  timeseries: [
    {
      labels: [{ name: '__name__', value: 'up' }, { name: 'city', value: 'Zürich ✓' }],
      samples: [{ value: 1.5, timestamp: 1_700_000_000_123 }, { value: -0, timestamp: -5 }, { value: 3, timestamp: 0 }],
      exemplars: [{ labels: [{ name: 'trace_id', value: 'abc' }], value: 1, timestamp: 1 }],
      histograms: [{ countInt: 3, sum: 2, timestamp: 7 }],
    },
    { labels: [{ name: '__name__', value: 'empty' }] },
  ],
  metadata: [{ type: 1, metricFamilyName: 'up', help: 'h', unit: '' }],
}).finish();

describe('remote write 1.0 wire decoder', () => {
  it('decodes what the generated encoder writes, skipping metadata', () => {
    expect(decodeAll(request)).toEqual([
      {
        labels: [['__name__', 'up'], ['city', 'Zürich ✓']],
        samples: [{ t: 1_700_000_000_123, v: 1.5 }, { t: -5, v: -0 }, { t: 0, v: 3 }],
        histograms: 1,
        exemplars: 1,
      },
      { labels: [['__name__', 'empty']], samples: [], histograms: 0, exemplars: 0 },
    ]);
  });

  it('keeps the staleness-marker NaN payload', () => {
    const body = prometheus.WriteRequest.encode({ timeseries: [{ labels: [{ name: '__name__', value: 'm' }], samples: [{ value: STALE_NAN, timestamp: 1 }] }] }).finish();
    let stale = false;
    forEachSeriesV1(Buffer.from(body), (s) => (stale = isStaleMarker(s.sampleValues[0]!)));
    expect(stale).toBe(true);
  });

  it('skips unknown fields of every wire type', () => {
    const writer = prometheus.WriteRequest.encode({ timeseries: [{ labels: [{ name: '__name__', value: 'm' }] }] });
    writer.uint32((9 << 3) | 0).uint64(123).uint32((10 << 3) | 1).double(1).uint32((11 << 3) | 5).float(1).uint32((12 << 3) | 2).string('x');
    expect(decodeAll(writer.finish()).map((d) => d.labels)).toEqual([[['__name__', 'm']]]);
  });

  it('fails with a 400 naming the problem on any truncation inside a series, never crashing', () => {
    for (let cut = 1; cut < request.length; cut++) {
      try {
        decodeAll(request.subarray(0, cut));
      } catch (err) {
        expect(err).toBeInstanceOf(SightlineError);
        expect((err as SightlineError).httpStatus).toBe(400);
        expect((err as SightlineError).message).toMatch(/^malformed protobuf prometheus.WriteRequest: /);
      }
    }
  });

  it('rejects invalid UTF-8 with a 400', () => {
    const body = Buffer.from(prometheus.WriteRequest.encode({ timeseries: [{ labels: [{ name: '__name__', value: 'aXa' }] }] }).finish());
    body[body.indexOf('X')] = 0xff;
    expect(() => decodeAll(body)).toThrow(/invalid UTF-8/);
  });

  it('gives the same raw label key for the same labels, whatever the samples, and none when other fields interleave the labels', () => {
    const keys = (body: Uint8Array): (string | undefined)[] => {
      const out: (string | undefined)[] = [];
      forEachSeriesV1(Buffer.from(body), (s) => out.push(s.rawLabels()));
      return out;
    };
    const labels = [{ name: '__name__', value: 'm' }, { name: 'job', value: 'a' }];
    const [a, b, c] = keys(
      prometheus.WriteRequest.encode({
        timeseries: [
          { labels, samples: [{ value: 1, timestamp: 1 }] },
          { labels, samples: [{ value: 2, timestamp: 2 }, { value: 3, timestamp: 3 }] },
          { labels: [...labels.slice(0, 1), { name: 'job', value: 'b' }] },
        ],
      }).finish(),
    );
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    // label, sample, label: decodable, but not one contiguous run of label bytes.
    const series = prometheus.TimeSeries.encode({ labels: labels.slice(0, 1), samples: [{ value: 1, timestamp: 1 }] });
    prometheus.Label.encode(labels[1]!, series.uint32((1 << 3) | 2).fork()).ldelim();
    const interleaved = protobuf.Writer.create().uint32((1 << 3) | 2).bytes(series.finish()).finish();
    expect(keys(interleaved)).toEqual([undefined]);
    expect(decodeAll(interleaved)[0]!.labels).toEqual([['__name__', 'm'], ['job', 'a']]);
  });
});
