/**
 * A hand-written decoder for `prometheus.WriteRequest` (remote write 1.0), the hottest ingest
 * path. It walks the wire format once and hands each series to a callback in reused buffers,
 * instead of building the message object tree (bench/ingest-decode.ts compares it with the
 * generated protobufjs decoder). Label strings are decoded only on request (`readLabels()`): a
 * receiver that already knows a series by its raw label bytes (`rawLabels()`) skips them. Strings
 * are checked to be valid UTF-8. Only the fields remote write defines are interpreted; metadata
 * and unknown fields are skipped.
 */
import { badRequest } from '../errors.js';
import { readUtf8 } from '../protobuf.js';

/** One series as decoded; arrays are reused between series, copy what you keep. */
export interface WireSeries {
  /** Filled by readLabels(). */
  names: string[];
  values: string[];
  labelCount: number;
  /** Sample timestamps (ms) and values; Float64Array keeps NaN payloads (staleness markers). */
  timestamps: Float64Array;
  sampleValues: Float64Array;
  sampleCount: number;
  histogramCount: number;
  exemplarCount: number;
  /** Decodes (and checks) the label strings into names/values/labelCount. */
  readLabels(): void;
  /**
   * The encoded label fields as one latin1 string, an exact key for the label set (same bytes ⇔
   * same labels), or undefined when other fields interleave them (no sender does that).
   */
  rawLabels(): string | undefined;
}

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

class Truncated extends Error {}

class Cursor {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  varint32(): number {
    // Field tags and lengths: up to 5 bytes; longer varints are consumed and truncated.
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Truncated('varint runs past the end');
      const byte = this.buf[this.pos++]!;
      if (shift < 32) value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value >>> 0;
      shift += 7;
      if (shift >= 70) throw new Truncated('varint longer than 10 bytes');
    }
  }

  /** A signed int64 varint as a number (exact up to 2^53, which every ms timestamp is). */
  int64(): number {
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Truncated('varint runs past the end');
      const byte = this.buf[this.pos++]!;
      if (shift < 28) lo |= (byte & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (byte & 0x0f) << 28;
        hi |= (byte & 0x7f) >> 4;
      } else hi |= (byte & 0x7f) << (shift - 32);
      if ((byte & 0x80) === 0) break;
      shift += 7;
      if (shift >= 70) throw new Truncated('varint longer than 10 bytes');
    }
    if ((hi & 0x80000000) === 0) return (hi >>> 0) * 4294967296 + (lo >>> 0);
    // Negative: two's complement.
    const nlo = (~lo + 1) >>> 0;
    const nhi = (~hi + (nlo === 0 ? 1 : 0)) >>> 0;
    return -(nhi * 4294967296 + nlo);
  }

  end(length: number): number {
    const end = this.pos + length;
    if (end > this.buf.length) throw new Truncated(`field of ${length} bytes runs past the end`);
    return end;
  }

  string(end: number): string {
    const start = this.pos;
    this.pos = end;
    const value = readUtf8(this.buf, start, end);
    if (value === undefined) throw badRequest(`prometheus.WriteRequest: invalid UTF-8 in a string field: ${this.buf.toString('hex', start, Math.min(end, start + 32))}`);
    return value;
  }

  skip(wireType: number): void {
    switch (wireType) {
      case WIRE_VARINT:
        this.varint32();
        return;
      case WIRE_I64:
        this.pos = this.end(8);
        return;
      case WIRE_LEN:
        this.pos = this.end(this.varint32());
        return;
      case WIRE_I32:
        this.pos = this.end(4);
        return;
      default:
        throw new Truncated(`invalid wire type ${wireType}`);
    }
  }
}

function grow(a: Float64Array): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

function readLabel(c: Cursor, end: number, s: WireSeries): void {
  let name = '';
  let value = '';
  while (c.pos < end) {
    const tag = c.varint32();
    if (tag === ((1 << 3) | WIRE_LEN)) name = c.string(c.end(c.varint32()));
    else if (tag === ((2 << 3) | WIRE_LEN)) value = c.string(c.end(c.varint32()));
    else c.skip(tag & 7);
  }
  if (c.pos !== end) throw new Truncated('nested message overruns its length');
  s.names[s.labelCount] = name;
  s.values[s.labelCount] = value;
  s.labelCount++;
}

function readSample(c: Cursor, end: number, s: WireSeries): void {
  let value = 0;
  let timestamp = 0;
  while (c.pos < end) {
    const tag = c.varint32();
    if (tag === ((1 << 3) | WIRE_I64)) {
      value = c.buf.readDoubleLE(c.end(8) - 8);
      c.pos += 8;
    } else if (tag === ((2 << 3) | WIRE_VARINT)) timestamp = c.int64();
    else c.skip(tag & 7);
  }
  if (s.sampleCount === s.timestamps.length) {
    s.timestamps = grow(s.timestamps);
    s.sampleValues = grow(s.sampleValues);
  }
  s.timestamps[s.sampleCount] = timestamp;
  s.sampleValues[s.sampleCount] = value;
  s.sampleCount++;
}

/** The series being decoded: samples at once, labels as byte ranges until asked for. */
class SeriesReader implements WireSeries {
  names: string[] = [];
  values: string[] = [];
  labelCount = 0;
  timestamps: Float64Array = new Float64Array(8);
  sampleValues: Float64Array = new Float64Array(8);
  sampleCount = 0;
  histogramCount = 0;
  exemplarCount = 0;
  // Content byte ranges of the label fields; [labelsFrom, labelsTo) spans their encoding when contiguous.
  private labelStarts = new Int32Array(16);
  private labelEnds = new Int32Array(16);
  private labelFields = 0;
  private labelsFrom = 0;
  private labelsTo = 0;
  private contiguous = true;

  constructor(private readonly c: Cursor) {}

  read(end: number): void {
    const c = this.c;
    this.labelCount = 0;
    this.labelFields = 0;
    this.contiguous = true;
    this.sampleCount = 0;
    this.histogramCount = 0;
    this.exemplarCount = 0;
    let previousWasLabel = false;
    while (c.pos < end) {
      const tagAt = c.pos;
      const tag = c.varint32();
      const field = tag >>> 3;
      if ((tag & 7) !== WIRE_LEN || field < 1 || field > 4) {
        c.skip(tag & 7);
        previousWasLabel = false;
        continue;
      }
      const fieldEnd = c.end(c.varint32());
      if (field === 2) {
        readSample(c, fieldEnd, this);
        if (c.pos !== fieldEnd) throw new Truncated('nested message overruns its length');
      } else {
        if (field === 1) this.addLabel(tagAt, c.pos, fieldEnd, previousWasLabel);
        else if (field === 3) this.exemplarCount++;
        else this.histogramCount++;
        c.pos = fieldEnd;
      }
      previousWasLabel = field === 1;
    }
  }

  private addLabel(tagAt: number, start: number, end: number, previousWasLabel: boolean): void {
    if (this.labelFields === this.labelStarts.length) {
      this.labelStarts = growInts(this.labelStarts);
      this.labelEnds = growInts(this.labelEnds);
    }
    if (this.labelFields === 0) this.labelsFrom = tagAt;
    else if (!previousWasLabel) this.contiguous = false;
    this.labelStarts[this.labelFields] = start;
    this.labelEnds[this.labelFields] = end;
    this.labelFields++;
    this.labelsTo = end;
  }

  readLabels(): void {
    const c = this.c;
    const resume = c.pos;
    this.labelCount = 0;
    for (let i = 0; i < this.labelFields; i++) {
      c.pos = this.labelStarts[i]!;
      readLabel(c, this.labelEnds[i]!, this);
    }
    c.pos = resume;
  }

  rawLabels(): string | undefined {
    return this.contiguous ? this.c.buf.toString('latin1', this.labelsFrom, this.labelsTo) : undefined;
  }
}

function growInts(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Decodes `body` and calls `onSeries` for each time series, in order. Errors in the series' label
 * fields surface from `readLabels()`, as the same 400 as errors met while walking the body.
 */
export function forEachSeriesV1(body: Buffer, onSeries: (series: WireSeries) => void): void {
  const c = new Cursor(body);
  const s = new SeriesReader(c);
  try {
    while (c.pos < body.length) {
      const tag = c.varint32();
      if (tag === ((1 << 3) | WIRE_LEN)) {
        s.read(c.end(c.varint32()));
        onSeries(s);
      } else c.skip(tag & 7);
    }
  } catch (err) {
    if (err instanceof Truncated) throw badRequest(`malformed protobuf prometheus.WriteRequest: ${err.message} (at byte ${c.pos})`, err);
    throw err;
  }
}
