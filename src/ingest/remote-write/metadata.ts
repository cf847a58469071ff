/**
 * Remote write 1.0 metadata (`WriteRequest.metadata`, field 3): Prometheus sends it in requests of
 * their own. Only the top-level fields are walked; time series (field 1) are skipped by length, so
 * this costs next to nothing on sample requests and leaves the sample decoder alone.
 */
import type { MetricMetadataEntry } from '../../storage/api.js';

// prometheus.MetricMetadata.MetricType, in enum order.
const TYPES = ['unknown', 'counter', 'gauge', 'histogram', 'gaugehistogram', 'summary', 'info', 'stateset'];

class Reader {
  pos = 0;
  constructor(
    readonly buf: Buffer,
    readonly end: number,
  ) {}

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.end) throw new Error('truncated remote-write message');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
    }
  }

  /** Skips a field of the given wire type; returns the bounds of a length-delimited one. */
  skip(wireType: number): [number, number] {
    const start = this.pos;
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 5) this.pos += 4;
    else if (wireType === 2) {
      const len = this.varint();
      const from = this.pos;
      this.pos += len;
      if (this.pos > this.end) throw new Error('truncated remote-write message');
      return [from, this.pos];
    } else throw new Error(`unsupported protobuf wire type ${wireType}`);
    return [start, this.pos];
  }
}

function metricMetadata(buf: Buffer, from: number, to: number): MetricMetadataEntry {
  const r = new Reader(buf, to);
  r.pos = from;
  let type = 'unknown';
  let metric = '';
  let help = '';
  let unit = '';
  while (r.pos < to) {
    const tag = r.varint();
    const field = Math.floor(tag / 8);
    if (field === 1 && tag % 8 === 0) type = TYPES[r.varint()] ?? 'unknown';
    else {
      const [a, b] = r.skip(tag % 8);
      const text = (): string => buf.toString('utf8', a, b);
      if (field === 2) metric = text();
      else if (field === 4) help = text();
      else if (field === 5) unit = text();
    }
  }
  return { metric, type, help, unit };
}

/** The metadata entries of a decompressed 1.0 WriteRequest. */
export function metadataV1(body: Buffer): MetricMetadataEntry[] {
  const out: MetricMetadataEntry[] = [];
  const r = new Reader(body, body.length);
  while (r.pos < body.length) {
    const tag = r.varint();
    const [a, b] = r.skip(tag % 8);
    if (tag === (3 << 3) + 2) out.push(metricMetadata(body, a, b));
  }
  return out;
}
