/**
 * The frames of a STREAMED_XOR_CHUNKS response, as Prometheus's storage/remote/chunked.go writes
 * them: a uvarint message size, the message's CRC32-Castagnoli as a big-endian uint32, then the
 * message (a ChunkedReadResponse). CRC32C comes from `crc-32` (SheetJS, no dependencies), the
 * CRC-32 package most of npm already uses; Node's zlib only has the IEEE polynomial.
 */
import CRC32C from 'crc-32/crc32c.js';

/** One frame around `message`. */
export function frame(message: Uint8Array): Buffer {
  const header = Buffer.allocUnsafe(14);
  let n = message.length;
  let at = 0;
  while (n >= 0x80) {
    header[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  header[at++] = n;
  header.writeUInt32BE(CRC32C.buf(message) >>> 0, at);
  return Buffer.concat([header.subarray(0, at + 4), message]);
}

export class FrameError extends Error {}

/**
 * Splits a byte stream into the messages of its frames, checking each checksum; refuses a frame
 * larger than `maxFrameBytes` before buffering it.
 */
export async function* readFrames(body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxFrameBytes: number): AsyncGenerator<Uint8Array> {
  let buf = Buffer.alloc(0);
  for await (const piece of body) {
    buf = buf.length === 0 ? Buffer.from(piece) : Buffer.concat([buf, piece]);
    for (;;) {
      let size = 0;
      let at = 0;
      let complete = false;
      for (let shift = 0; at < buf.length && shift < 35; shift += 7) {
        const byte = buf[at++]!;
        size += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0) {
          complete = true;
          break;
        }
      }
      if (!complete) {
        if (at >= 5) throw new FrameError('frame size is not a valid uvarint');
        break;
      }
      if (size > maxFrameBytes) throw new FrameError(`frame of ${size} bytes is larger than the limit of ${maxFrameBytes} bytes`);
      if (buf.length < at + 4 + size) break;
      const crc = buf.readUInt32BE(at);
      const message = buf.subarray(at + 4, at + 4 + size);
      if (CRC32C.buf(message) >>> 0 !== crc) throw new FrameError('frame checksum mismatch (CRC32-Castagnoli)');
      yield message;
      buf = buf.subarray(at + 4 + size);
    }
  }
  if (buf.length > 0) throw new FrameError(`stream ends inside a frame (${buf.length} bytes left)`);
}
