/**
 * Which shard scrapes a target: jump consistent hash (Lamping & Veach, 2014) of the md5 of the
 * target's final label set. Unlike Prometheus's `hashmod` sharding (md5 modulo N), going from N to
 * N+1 shards moves only the ≈1/(N+1) of targets the new shard must take; nothing moves between the
 * old shards. The key is the canonical label string, so it does not depend on label order.
 */
import { createHash } from 'node:crypto';
import { labelsKey, type Labels } from '../model/labels.js';

const MASK64 = (1n << 64n) - 1n;
const LCG = 2862933555777941757n;

/** Jump consistent hash of a 64-bit key into [0, buckets). */
export function jumpHash(key: bigint, buckets: number): number {
  let b = -1;
  let j = 0;
  let k = key;
  while (j < buckets) {
    b = j;
    k = (k * LCG + 1n) & MASK64;
    j = Math.floor((b + 1) * (2 ** 31 / (Number(k >> 33n) + 1)));
  }
  return b;
}

export function shardOf(labels: Labels, shards: number): number {
  if (shards <= 1) return 0;
  return jumpHash(createHash('md5').update(labelsKey(labels), 'utf8').digest().readBigUInt64BE(8), shards);
}
