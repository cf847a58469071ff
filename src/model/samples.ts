/**
 * Special float values with meaning in the Prometheus data model. The staleness marker is a NaN
 * with a specific bit pattern; it must survive storage and transport bit-exactly.
 */
const STALE_BITS_HI = 0x7ff00000;
const STALE_BITS_LO = 0x00000002;

const scratch = new DataView(new ArrayBuffer(8));

export const STALE_NAN: number = (() => {
  scratch.setUint32(0, STALE_BITS_HI);
  scratch.setUint32(4, STALE_BITS_LO);
  return scratch.getFloat64(0);
})();

export function isStaleMarker(value: number): boolean {
  if (!Number.isNaN(value)) return false;
  scratch.setFloat64(0, value);
  return scratch.getUint32(0) === STALE_BITS_HI && scratch.getUint32(4) === STALE_BITS_LO;
}
