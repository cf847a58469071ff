/** Protobuf decoding that rejects what protobufjs would let through: invalid UTF-8 in strings. */
import { isUtf8 } from 'node:buffer';
import protobuf from 'protobufjs/minimal.js';
import { badRequest } from './errors.js';

class InvalidUtf8Error extends Error {}

/** A reader whose string() fails on invalid UTF-8 instead of substituting characters silently. */
class StrictReader extends protobuf.BufferReader {
  override string(): string {
    const bytes = this.bytes() as Buffer;
    if (!isUtf8(bytes)) throw new InvalidUtf8Error(`invalid UTF-8 in a string field: ${bytes.toString('hex', 0, 32)}`);
    return bytes.toString('utf8');
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
