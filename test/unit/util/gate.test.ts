import { describe, expect, it } from 'vitest';
import { Gate } from '../../../src/util/gate.js';

describe('Gate', () => {
  it('lets `limit` holders in and the others in arrival order as slots free up', async () => {
    const gate = new Gate(2);
    const entered: number[] = [];
    const enter = (i: number) => gate.enter().then(() => entered.push(i));
    const all = [enter(1), enter(2), enter(3), enter(4)];
    await new Promise((r) => setImmediate(r));
    expect(entered).toEqual([1, 2]);
    gate.leave();
    await new Promise((r) => setImmediate(r));
    expect(entered).toEqual([1, 2, 3]);
    gate.leave();
    gate.leave();
    gate.leave();
    await Promise.all(all);
    expect(entered).toEqual([1, 2, 3, 4]);
    // Every slot is free again: two enter at once.
    await Promise.all([gate.enter(), gate.enter()]);
  });

  it('has no limit at 0', async () => {
    const gate = new Gate(0);
    await Promise.all(Array.from({ length: 100 }, () => gate.enter()));
  });
});
