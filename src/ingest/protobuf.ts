/** Protobuf decoding that rejects what protobufjs would let through: invalid UTF-8 in strings. */
import { isUtf8 } from 'node:buffer';
import protobuf from 'protobufjs/minimal.js';
import { badRequest } from './errors.js';

class InvalidUtf8Error extends Error {}

/**
 * The string in buf[start, end), or undefined when it is not valid UTF-8. Pure ASCII (label names,
 * most values) takes a fast path without the full UTF-8 check.
 */
export function readUtf8(buf: Buffer, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) {
    if (buf[i]! >= 0x80) {
      const bytes = buf.subarray(start, end);
      return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
    }
  }
  return buf.toString('latin1', start, end);
}

/** A reader whose string() fails on invalid UTF-8 instead of substituting characters silently. */
class StrictReader extends protobuf.BufferReader {
  override string(): string {
    const length = this.uint32();
    const start = this.pos;
    const end = start + length;
    if (end > this.len) throw new RangeError(`index out of range: ${start} + ${length} > ${this.len}`);
    this.pos = end;
    const value = readUtf8(this.buf as Buffer, start, end);
    if (value === undefined) throw new InvalidUtf8Error(`invalid UTF-8 in a string field: ${(this.buf as Buffer).toString('hex', start, Math.min(end, start + 32))}`);
    return value;
  }
}

/** Decodes `body` with a generated message type; a malformed or truncated message gives a 400. */
export function decodeStrict<T>(type: { decode(reader: protobuf.Reader): T }, body: Buffer, what: string): T {
  try {
    return type.decode(new StrictReader(body));
  } catch (err) {
    if (err instanceof InvalidUtf8Error) throw badRequest(`${what}: ${err.message}`, err);
    throw badRequest(`malformed protobuf ${what}: ${(err as Error).message}`, err);
  }
}

/** int64 fields decode as Long objects (protobufjs keeps full precision); samples need numbers. */
export function toNumber(value: number | { toNumber(): number } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}
