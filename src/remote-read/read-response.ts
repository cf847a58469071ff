/**
 * The SAMPLES response (prompb ReadResponse) written straight into one buffer: sizes first, then
 * bytes, with no message objects. protobufjs's Writer records an operation per field, which for a
 * read of 481k samples took ≈ 0.8 s of the 1 s the read took (bench/remote-read.ts); this takes a
 * tenth of that. Yields to the event loop every `samplesPerTurn` samples.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { prometheus } from '../ingest/generated/protos.js';
import type { Series } from '../storage/api.js';

export interface ResultSeries {
  /** Sorted by name. */
  labels: prometheus.ILabel[];
  series: Series;
}

/** Bytes of a non-negative integer (< 2^53) as a protobuf varint. */
function varintLength(n: number): number {
  let length = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    length++;
  }
  return length;
}

/** An int64 field's varint: negative numbers take 10 bytes (two's complement). */
const int64Length = (n: number): number => (n >= 0 ? varintLength(n) : 10);

/** A length-delimited field: tag byte, length varint, body. */
const fieldLength = (bodyLength: number): number => 1 + varintLength(bodyLength) + bodyLength;

function labelLength(l: prometheus.ILabel): number {
  return fieldLength(Buffer.byteLength(l.name!)) + fieldLength(Buffer.byteLength(l.value!));
}

/** A Sample message: double value (field 1) and int64 timestamp (field 2). */
const sampleLength = (t: number): number => 1 + 8 + 1 + int64Length(t);

class Out {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  byte(b: number): void {
    this.buf[this.pos++] = b;
  }

  varint(n: number): void {
    while (n >= 128) {
      this.buf[this.pos++] = (n % 128) | 128;
      n = Math.floor(n / 128);
    }
    this.buf[this.pos++] = n;
  }

  int64(n: number): void {
    if (n >= 0) return this.varint(n);
    // Two's complement of a negative number above -2^53, as ten varint bytes.
    const hi = Math.floor(n / 4294967296) >>> 0;
    let lo = (n - Math.floor(n / 4294967296) * 4294967296) >>> 0;
    let h = hi;
    for (let i = 0; i < 9; i++) {
      this.buf[this.pos++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | ((h & 127) << 25)) >>> 0;
      h >>>= 7;
    }
    this.buf[this.pos++] = 1;
  }

  string(tag: number, s: string): void {
    this.byte(tag);
    this.varint(Buffer.byteLength(s));
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
}

export async function encodeReadResponse(results: readonly (readonly ResultSeries[])[], samplesPerTurn: number): Promise<Buffer> {
  // Pass 1: sizes.
  const seriesLengths = results.map((result) =>
    result.map(({ labels, series }) => {
      let n = 0;
      for (const l of labels) n += fieldLength(labelLength(l));
      for (let i = 0; i < series.timestamps.length; i++) n += fieldLength(sampleLength(series.timestamps[i]!));
      return n;
    }),
  );
  const resultLengths = seriesLengths.map((lengths) => lengths.reduce((sum, n) => sum + fieldLength(n), 0));
  const out = new Out(Buffer.allocUnsafe(resultLengths.reduce((sum, n) => sum + fieldLength(n), 0)));

  // Pass 2: bytes.
  let sinceYield = 0;
  for (const [r, result] of results.entries()) {
    out.byte(0x0a); // ReadResponse.results
    out.varint(resultLengths[r]!);
    for (const [k, { labels, series }] of result.entries()) {
      out.byte(0x0a); // QueryResult.timeseries
      out.varint(seriesLengths[r]![k]!);
      for (const l of labels) {
        out.byte(0x0a); // TimeSeries.labels
        out.varint(labelLength(l));
        out.string(0x0a, l.name!);
        out.string(0x12, l.value!);
      }
      for (let i = 0; i < series.timestamps.length; i++) {
        const t = series.timestamps[i]!;
        out.byte(0x12); // TimeSeries.samples
        out.varint(sampleLength(t));
        out.byte(0x09); // Sample.value, 64-bit
        out.buf.writeDoubleLE(series.values[i]!, out.pos);
        out.pos += 8;
        out.byte(0x10); // Sample.timestamp, varint
        out.int64(t);
      }
      sinceYield += series.timestamps.length;
      if (sinceYield >= samplesPerTurn) {
        sinceYield = 0;
        await nextTurn();
      }
    }
  }
  if (out.pos !== out.buf.length) throw new Error(`ReadResponse encoding wrote ${out.pos} of ${out.buf.length} bytes`);
  return out.buf;
}
