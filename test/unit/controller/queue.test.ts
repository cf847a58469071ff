import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../../src/controller/queue.js';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('WorkQueue', () => {
  it('de-duplicates keys that are queued but not yet processed', async () => {
    const seen: string[] = [];
    let release!: () => void;
    const q = new WorkQueue(
      (k) => {
        seen.push(k);
        return k === 'block' ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      { concurrency: 1 },
    );
    q.add('block');
    q.add('a');
    q.add('b');
    q.add('b');
    q.add('a');
    expect(q.length).toBe(2);
    release();
    await q.idle();
    expect(seen).toEqual(['block', 'a', 'b']);
  });

  it('never reconciles one key concurrently, and re-runs it when it changed meanwhile', async () => {
    let running = 0;
    let maxRunning = 0;
    let calls = 0;
    const q = new WorkQueue(
      async () => {
        calls++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        await tick(20);
        running--;
      },
      { concurrency: 4 },
    );
    q.add('k');
    await tick(2);
    q.add('k');
    q.add('k');
    await q.idle();
    expect(maxRunning).toBe(1);
    expect(calls).toBe(2);
  });

  it('processes different keys in parallel up to the concurrency', async () => {
    let running = 0;
    let maxRunning = 0;
    const q = new WorkQueue(
      async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await tick(20);
        running--;
      },
      { concurrency: 3 },
    );
    for (const k of ['a', 'b', 'c', 'd', 'e']) q.add(k);
    await q.idle();
    expect(maxRunning).toBe(3);
  });

  it('retries failures with exponential backoff and resets it on success', async () => {
    const times: number[] = [];
    let failuresLeft = 3;
    const q = new WorkQueue(
      () => {
        times.push(performance.now());
        return failuresLeft-- > 0 ? Promise.reject(new Error('boom')) : Promise.resolve();
      },
      { baseDelayMs: 20, maxDelayMs: 1000 },
    );
    q.add('k');
    while (times.length < 4) await tick(5);
    await q.idle();
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    expect(gaps[2]).toBeGreaterThanOrEqual(78);
    expect(q.nextRetryDelay('k')).toBe(20);
  });

  it('caps the backoff', () => {
    const q = new WorkQueue(() => Promise.resolve(), { baseDelayMs: 100, maxDelayMs: 250 });
    (q as unknown as { failures: Map<string, number> }).failures.set('k', 10);
    expect(q.nextRetryDelay('k')).toBe(250);
  });

  it('requeues after the requested delay', async () => {
    let calls = 0;
    const q = new WorkQueue(() => Promise.resolve(++calls === 1 ? { requeueAfterMs: 30 } : undefined));
    q.add('k');
    await q.idle();
    expect(calls).toBe(1);
    await tick(60);
    await q.idle();
    expect(calls).toBe(2);
  });

  it('stops taking work and waits for in-flight reconciles', async () => {
    let finished = false;
    const q = new WorkQueue(async () => {
      await tick(30);
      finished = true;
    });
    q.add('k');
    await tick(2);
    await q.stop();
    expect(finished).toBe(true);
    q.add('other');
    expect(q.length).toBe(0);
  });
});
