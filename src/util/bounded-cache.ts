/**
 * A bounded map from strings with approximate LRU in two generations: hits in the young
 * generation cost one Map lookup (a delete + re-insert LRU costs ~3× that on the hot path);
 * old-generation hits are promoted; when the young one fills, the old one is dropped whole.
 * Holds ≤ capacity entries.
 */
import { flattened } from './strings.js';

export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  set(key: string, value: V): void {
    flattened(key);
    if (this.young.size >= Math.ceil(this.capacity / 2)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.old.delete(key);
    this.young.set(key, value);
  }
}
