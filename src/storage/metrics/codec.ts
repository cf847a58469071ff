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

export function decodeBlock(data: Uint8Array): SampleBlock {
  const r = new ByteReader(data);
  const n = r.uvarint();
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  let t = 0;
  let delta = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0) t = r.varint();
    else {
      delta += r.varint();
      t += delta;
    }
    timestamps[i] = t;
  }
  // Written through 32-bit halves (little-endian, as Float64Array is on every platform Node runs on)
  // so NaN payloads are never canonicalised by a float conversion.
  const view = new DataView(values.buffer);
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < n; i++) {
    const header = i === 0 ? 0x08 : r.byte();
    if (header !== 0) {
      const lead = header >> 4;
      const len = header & 0x0f;
      let xhi = 0;
      let xlo = 0;
      for (let b = lead; b < lead + len; b++) {
        const byte = r.byte();
        if (b < 4) xhi = (xhi | (byte << ((3 - b) * 8))) >>> 0;
        else xlo = (xlo | (byte << ((7 - b) * 8))) >>> 0;
      }
      hi = (hi ^ xhi) >>> 0;
      lo = (lo ^ xlo) >>> 0;
    }
    view.setUint32(i * 8, lo, true);
    view.setUint32(i * 8 + 4, hi, true);
  }
  return { timestamps, values };
}
