/**
 * Packs one series' samples into a compact block, the on-disk unit of the plain-PostgreSQL path.
 * Timestamps: delta-of-delta as zigzag varints (a regular scrape costs 1 byte per sample).
 * Values: XOR with the previous value's bits, leading/trailing zero bytes trimmed (a repeated value
 * costs 1 byte, a counter step a few). A byte-aligned cousin of Gorilla: simpler and fast in JS,
 * and bit-exact, so NaN payloads (the staleness marker) survive.
 */

export interface SampleBlock {
  timestamps: Float64Array;
  values: Float64Array;
}

class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b;
  }

  /** Unsigned varint of a non-negative integer up to 2^53 (arithmetic, not bit ops, past 2^31). */
  uvarint(n: number): void {
    this.reserve(8);
    while (n >= 0x80) {
      this.buf[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.length++] = n;
  }

  varint(n: number): void {
    this.uvarint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  bytes(src: Uint8Array, from: number, to: number): void {
    this.reserve(to - from);
    this.buf.set(src.subarray(from, to), this.length);
    this.length += to - from;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

class ByteReader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  byte(): number {
    if (this.pos >= this.buf.length) throw new Error('sample block truncated');
    return this.buf[this.pos++]!;
  }

  uvarint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
    }
  }

  varint(): number {
    const z = this.uvarint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

/** Encodes samples already sorted by timestamp with no repeated timestamp. */
export function encodeBlock(timestamps: ArrayLike<number>, values: ArrayLike<number>): Uint8Array {
  const n = timestamps.length;
  const out = new ByteWriter(n * 4 + 16);
  out.uvarint(n);
  let prevT = 0;
  let prevDelta = 0;
  for (let i = 0; i < n; i++) {
    const t = timestamps[i]!;
    if (i === 0) out.varint(t);
    else {
      const delta = t - prevT;
      out.varint(delta - prevDelta);
      prevDelta = delta;
    }
    prevT = t;
  }
  const cur = new DataView(new ArrayBuffer(8));
  const curBytes = new Uint8Array(cur.buffer);
  let prevHi = 0;
  let prevLo = 0;
  for (let i = 0; i < n; i++) {
    cur.setFloat64(0, values[i]!);
    const hi = cur.getUint32(0);
    const lo = cur.getUint32(4);
    if (i === 0) out.bytes(curBytes, 0, 8);
    else {
      cur.setUint32(0, (hi ^ prevHi) >>> 0);
      cur.setUint32(4, (lo ^ prevLo) >>> 0);
      let lead = 0;
      while (lead < 8 && curBytes[lead] === 0) lead++;
      if (lead === 8) out.byte(0);
      else {
        let end = 8;
        while (curBytes[end - 1] === 0) end--;
        // lead ≤ 7 and length ≥ 1, so the header byte is never 0 (which means "same value").
        out.byte((lead << 4) | (end - lead));
        out.bytes(curBytes, lead, end);
      }
    }
    prevHi = hi;
    prevLo = lo;
  }
  return out.result();
}

function truncated(): never {
  throw new Error('sample block truncated');
}

/** Samples stored in a block (an upper bound for what decodeBlockInto writes). */
export function blockLength(data: Uint8Array): number {
  return new ByteReader(data).uvarint();
}

export function decodeBlock(data: Uint8Array, startMs = -Infinity, endMs = Infinity): SampleBlock {
  const n = blockLength(data);
  const out = { timestamps: new Float64Array(n), values: new Float64Array(n) };
  const k = decodeBlockInto(data, startMs, endMs, out, 0);
  return { timestamps: out.timestamps.subarray(0, k), values: out.values.subarray(0, k) };
}

/**
 * Decodes the samples of a block inside [startMs, endMs] into `out` from index `at` (room for
 * blockLength(data) samples needed); returns how many were written. Values form an XOR chain, so
 * those before startMs are read but not stored, and decoding stops at the first sample past
 * endMs. The hot loops read bytes inline: this runs for every sample a query reads.
 */
export function decodeBlockInto(data: Uint8Array, startMs: number, endMs: number, out: SampleBlock, at: number): number {
  const r = new ByteReader(data);
  const n = r.uvarint();
  const all = out.timestamps;
  let t = 0;
  let delta = 0;
  let lo = 0;
  let hi = 0;
  for (; hi < n; hi++) {
    if (hi === 0) t = r.varint();
    else {
      // Regular scrapes make the delta-of-delta a one-byte zigzag varint.
      const b = data[r.pos];
      if (b === undefined) truncated();
      if (b < 0x80) {
        r.pos++;
        delta += b & 1 ? -(b + 1) / 2 : b / 2;
      } else delta += r.varint();
      t += delta;
    }
    if (t > endMs) break;
    if (t < startMs) lo = hi + 1;
    else all[at + hi - lo] = t;
  }
  // Past endMs the timestamps are not needed; the values start after all n timestamps, though.
  for (let i = hi + 1; i < n; i++) {
    if (data[r.pos]! < 0x80) r.pos++;
    else r.varint();
  }
  // Written through 32-bit halves (little-endian, as Float64Array is on every platform Node runs on)
  // so NaN payloads are never canonicalised by a float conversion.
  const words = new Uint32Array(out.values.buffer, out.values.byteOffset + at * 8, (hi - lo) * 2);
  let pos = r.pos;
  const len = data.length;
  let xhi = 0;
  let xlo = 0;
  for (let i = 0; i < hi; i++) {
    let header = 0x08;
    if (i > 0) {
      if (pos >= len) truncated();
      header = data[pos++]!;
    }
    if (header !== 0) {
      const lead = header >> 4;
      const end = lead + (header & 0x0f);
      if (pos + end - lead > len) truncated();
      for (let b = lead; b < end; b++) {
        const byte = data[pos++]!;
        if (b < 4) xhi ^= byte << ((3 - b) * 8);
        else xlo ^= byte << ((7 - b) * 8);
      }
    }
    if (i >= lo) {
      words[(i - lo) * 2] = xlo;
      words[(i - lo) * 2 + 1] = xhi;
    }
  }
  return hi - lo;
}
