/**
 * Alertmanager's alert fingerprint: FNV-1a 64 over the label names and values in name order, each
 * followed by 0xff (prometheus/common model.LabelSet.Fingerprint), printed as 16 hex digits. Using
 * the same function means an alert has one id in Sightline's APIs and in Alertmanager's.
 */
import type { Labels } from './labels.js';

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const encoder = new TextEncoder();

export function fingerprint(labels: Labels): string {
  let h = OFFSET;
  const add = (bytes: Uint8Array): void => {
    for (const b of bytes) h = ((h ^ BigInt(b)) * PRIME) & MASK;
  };
  const separator = new Uint8Array([0xff]);
  for (const name of Object.keys(labels).sort()) {
    add(encoder.encode(name));
    add(separator);
    add(encoder.encode(labels[name]));
    add(separator);
  }
  return h.toString(16).padStart(16, '0');
}
