import { describe, expect, it } from 'vitest';
import { AcceptingComponent, combine, type RuntimeComponent } from '../../../src/controller/runtime.js';

/** A component with live figures that announces their changes, as health checks and scrape state do. */
class Counting implements RuntimeComponent<number> {
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<(key: string) => void>();
  constructor(private readonly field: string) {}
  apply(key: string, desired: number): Promise<void> {
    this.counts.set(key, desired);
    for (const l of this.listeners) l(key);
    return Promise.resolve();
  }
  remove(key: string): Promise<void> {
    this.counts.delete(key);
    return Promise.resolve();
  }
  figures(key: string): Record<string, unknown> {
    return this.counts.has(key) ? { [this.field]: this.counts.get(key) } : {};
  }
  watch(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

describe('combine', () => {
  it('hands every apply and remove to each component and merges their figures', async () => {
    const a = new Counting('up');
    const b = new Counting('total');
    const held = new AcceptingComponent<number>();
    const all = combine<number>(a, b, held);
    await all.apply('MonitoredService/ns/web', 3);
    expect(all.figures?.('MonitoredService/ns/web')).toEqual({ up: 3, total: 3 });
    expect(held.desired.get('MonitoredService/ns/web')).toBe(3);
    await all.remove('MonitoredService/ns/web');
    expect(all.figures?.('MonitoredService/ns/web')).toEqual({});
    expect(held.desired.size).toBe(0);
  });

  it('forwards change signals from every watching component until unsubscribed', async () => {
    const a = new Counting('up');
    const b = new Counting('total');
    const seen: string[] = [];
    const all = combine<number>(a, b);
    const stop = all.watch?.((key) => seen.push(key));
    await a.apply('x', 1);
    await b.apply('y', 1);
    stop?.();
    await a.apply('z', 1);
    expect(seen).toEqual(['x', 'y']);
  });
});
