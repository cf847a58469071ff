/**
 * Prometheus's XOR chunk (tsdb/chunkenc/xor.go, the Gorilla encoding), bit for bit, so remote-read
 * clients decode what Sightline streams and Sightline decodes what Prometheus streams. Layout: a
 * big-endian uint16 sample count, then a bit stream: the first timestamp as a zigzag varint and
 * the first value's 64 bits; the second timestamp's delta as a uvarint; then delta-of-delta
 * timestamps in 1/14/17/20/64-bit buckets and values XORed with the previous one, its meaningful
 * bits reusing the previous leading/trailing zero counts when they fit. Timestamps are ms as JS
 * numbers (exact below 2^53); values keep their exact bits, NaN payloads (staleness) included.
 * No npm package implements this encoding; this one is checked byte for byte against the chunks
 * Prometheus 2.42 streams (test/integration/remote-read).
 */

/** Prometheus cuts head chunks at 120 samples; so does Sightline. */
export const SAMPLES_PER_CHUNK = 120;

const TWO_32 = 4294967296;

class BitWriter {
  private buf = new Uint8Array(128);
  private length = 0;
  /** Bits still free in the last byte (0: the next bit starts a new byte). */
  private free = 0;
  /**
   * Prometheus's bstream writes whole bytes with writeByte, which always appends the next byte: a
   * write of whole bytes from a byte boundary leaves an empty byte at the end, which stays in the
   * chunk when nothing follows. Tracked to be byte-identical.
   */
  private trailingEmpty = false;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Writes the `n` (≤ 32) low bits of `v`, most significant first. */
  bits(v: number, n: number): void {
    const whole = n >= 8 && n % 8 === 0;
    while (n > 0) {
      if (this.free === 0) {
        this.reserve(1);
        this.buf[this.length++] = 0;
        this.free = 8;
      }
      const take = Math.min(this.free, n);
      const chunk = (v >>> (n - take)) & ((1 << take) - 1);
      this.buf[this.length - 1]! |= chunk << (this.free - take);
      this.free -= take;
      n -= take;
    }
    this.trailingEmpty = this.free === 0 && whole;
  }

  /** A bucket prefix, then a signed value in `size` bits (two's complement). */
  prefixed(prefix: number, prefixBits: number, value: number, size: number): void {
    this.bits(prefix, prefixBits);
    this.bits(value >>> 0, size);
  }

  /** Writes the `n` (≤ 64) low bits of the 64-bit value hi:lo. */
  bits64(hi: number, lo: number, n: number): void {
    if (n > 32) {
      this.bits(hi, n - 32);
      this.bits(lo, 32);
    } else this.bits(lo, n);
    // One write of n bits, as bstream.writeBits does it.
    this.trailingEmpty = this.free === 0 && n >= 8 && n % 8 === 0;
  }

  /** A uvarint of a non-negative integer up to 2^53, byte by byte as bstream.writeByte does. */
  uvarint(n: number): void {
    while (n >= 0x80) {
      this.bits((n % 0x80) | 0x80, 8);
      n = Math.floor(n / 0x80);
    }
    this.bits(n, 8);
  }

  result(): Uint8Array {
    if (!this.trailingEmpty) return this.buf.slice(0, this.length);
    const out = new Uint8Array(this.length + 1);
    out.set(this.buf.subarray(0, this.length));
    return out;
  }

  setUint16(at: number, v: number): void {
    this.buf[at] = v >>> 8;
    this.buf[at + 1] = v & 0xff;
  }
}

class BitReader {
  private pos = 0;
  /** Bits already read from buf[pos]. */
  private used = 0;

  constructor(private readonly buf: Uint8Array) {}

  /** Reads `n` (≤ 32) bits as an unsigned number. */
  bits(n: number): number {
    let v = 0;
    while (n > 0) {
      if (this.pos >= this.buf.length) throw new Error('XOR chunk ends early');
      const left = 8 - this.used;
      const take = Math.min(left, n);
      const chunk = (this.buf[this.pos]! >>> (left - take)) & ((1 << take) - 1);
      v = v * (1 << take) + chunk;
      this.used += take;
      n -= take;
      if (this.used === 8) {
        this.pos++;
        this.used = 0;
      }
    }
    return v;
  }

  bit(): number {
    return this.bits(1);
  }

  uvarint(): number {
    let result = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      const byte = this.bits(8);
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
    }
    throw new Error('XOR chunk: varint longer than 10 bytes');
  }
}

const clz64 = (hi: number, lo: number): number => (hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo));
const ctz32 = (x: number): number => 31 - Math.clz32(x & -x);
const ctz64 = (hi: number, lo: number): number => (lo !== 0 ? ctz32(lo) : 32 + ctz32(hi));

/** hi:lo >>> n as [hi, lo], n in 0..63. */
function shiftRight(hi: number, lo: number, n: number): [number, number] {
  if (n === 0) return [hi, lo];
  if (n >= 32) return [0, hi >>> (n - 32)];
  return [hi >>> n, ((lo >>> n) | (hi << (32 - n))) >>> 0];
}

/** hi:lo << n as [hi, lo], n in 0..63. */
function shiftLeft(hi: number, lo: number, n: number): [number, number] {
  if (n === 0) return [hi, lo];
  if (n >= 32) return [(lo << (n - 32)) >>> 0, 0];
  return [((hi << n) | (lo >>> (32 - n))) >>> 0, (lo << n) >>> 0];
}

/** A signed integer (|x| < 2^53) as the two's-complement 64-bit hi:lo. */
function int64Bits(x: number): [number, number] {
  const hi = Math.floor(x / TWO_32);
  return [hi >>> 0, (x - hi * TWO_32) >>> 0];
}

/** Fits in a signed field of `n` bits as chunkenc's bitRange counts it. */
const bitRange = (x: number, n: number): boolean => -(2 ** (n - 1) - 1) <= x && x <= 2 ** (n - 1);

const f64 = new DataView(new ArrayBuffer(8));
function floatBits(v: number): [number, number] {
  f64.setFloat64(0, v);
  return [f64.getUint32(0), f64.getUint32(4)];
}
function bitsFloat(hi: number, lo: number): number {
  f64.setUint32(0, hi);
  f64.setUint32(4, lo);
  return f64.getFloat64(0);
}

/**
 * Encodes samples [from, to) of one series as one XOR chunk (at most 65,535 samples; Prometheus
 * and Sightline cut at SAMPLES_PER_CHUNK). Timestamps must be integers in increasing order.
 */
export function encodeXorChunk(timestamps: ArrayLike<number>, values: Float64Array, from = 0, to = timestamps.length): Uint8Array {
  const n = to - from;
  if (n > 0xffff) throw new Error(`an XOR chunk holds at most 65535 samples, not ${n}`);
  const w = new BitWriter();
  w.bits(0, 16);
  let t = 0;
  let tDelta = 0;
  let [vHi, vLo] = [0, 0];
  let leading = 0xff;
  let trailing = 0;
  for (let i = from; i < to; i++) {
    const ts = timestamps[i]!;
    const [hi, lo] = floatBits(values[i]!);
    if (i === from) {
      w.uvarint(ts >= 0 ? ts * 2 : -ts * 2 - 1);
      w.bits64(hi, lo, 64);
    } else {
      if (i === from + 1) {
        tDelta = ts - t;
        w.uvarint(tDelta);
      } else {
        const delta = ts - t;
        const dod = delta - tDelta;
        tDelta = delta;
        if (dod === 0) w.bits(0, 1);
        else if (bitRange(dod, 14)) w.prefixed(0b10, 2, dod, 14);
        else if (bitRange(dod, 17)) w.prefixed(0b110, 3, dod, 17);
        else if (bitRange(dod, 20)) w.prefixed(0b1110, 4, dod, 20);
        else {
          w.bits(0b1111, 4);
          const [dHi, dLo] = int64Bits(dod);
          w.bits64(dHi, dLo, 64);
        }
      }
      // The value, XORed with the previous one.
      const xHi = (hi ^ vHi) >>> 0;
      const xLo = (lo ^ vLo) >>> 0;
      if (xHi === 0 && xLo === 0) w.bits(0, 1);
      else {
        w.bits(1, 1);
        const lead = Math.min(clz64(xHi, xLo), 31);
        const trail = ctz64(xHi, xLo);
        if (leading !== 0xff && lead >= leading && trail >= trailing) {
          w.bits(0, 1);
          const [sHi, sLo] = shiftRight(xHi, xLo, trailing);
          w.bits64(sHi, sLo, 64 - leading - trailing);
        } else {
          leading = lead;
          trailing = trail;
          w.bits(1, 1);
          w.bits(lead, 5);
          const sig = 64 - lead - trail;
          // 64 significant bits are written as 0 (6 bits cannot hold 64; 0 never occurs otherwise).
          w.bits(sig & 0x3f, 6);
          const [sHi, sLo] = shiftRight(xHi, xLo, trail);
          w.bits64(sHi, sLo, sig);
        }
      }
    }
    t = ts;
    vHi = hi;
    vLo = lo;
  }
  w.setUint16(0, n);
  return w.result();
}

/** Decodes one XOR chunk into its timestamps (ms) and values. */
export function decodeXorChunk(data: Uint8Array): { timestamps: Float64Array; values: Float64Array } {
  const r = new BitReader(data);
  const n = r.bits(16);
  const timestamps = new Float64Array(n);
  const values = new Float64Array(n);
  let t = 0;
  let tDelta = 0;
  let vHi = 0;
  let vLo = 0;
  let leading = 0;
  let trailing = 0;
  for (let i = 0; i < n; i++) {
    if (i === 0) {
      const z = r.uvarint();
      t = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      vHi = r.bits(32);
      vLo = r.bits(32);
    } else {
      if (i === 1) tDelta = r.uvarint();
      else {
        let prefix = 0;
        while (prefix < 4 && r.bit() === 1) prefix++;
        let dod = 0;
        if (prefix === 4) {
          const hi = r.bits(32);
          const lo = r.bits(32);
          dod = (hi | 0) * TWO_32 + lo;
        } else if (prefix > 0) {
          const size = prefix === 1 ? 14 : prefix === 2 ? 17 : 20;
          dod = r.bits(size);
          // Negative deltas come back as large unsigned numbers.
          if (dod > 2 ** (size - 1)) dod -= 2 ** size;
        }
        tDelta += dod;
      }
      t += tDelta;
      if (r.bit() === 1) {
        if (r.bit() === 1) {
          leading = r.bits(5);
          let sig = r.bits(6);
          if (sig === 0) sig = 64;
          trailing = 64 - leading - sig;
        }
        const sig = 64 - leading - trailing;
        const [sHi, sLo] = sig > 32 ? [r.bits(sig - 32), r.bits(32)] : [0, r.bits(sig)];
        const [xHi, xLo] = shiftLeft(sHi, sLo, trailing);
        vHi = (vHi ^ xHi) >>> 0;
        vLo = (vLo ^ xLo) >>> 0;
      }
    }
    timestamps[i] = t;
    values[i] = bitsFloat(vHi, vLo);
  }
  return { timestamps, values };
}
