// crc-32 ships types for its CRC-32 module only; its CRC32C (Castagnoli) module has the same API.
declare module 'crc-32/crc32c.js' {
  /** The checksum of the bytes as a signed 32-bit integer. */
  export function buf(data: Uint8Array, seed?: number): number;
}
