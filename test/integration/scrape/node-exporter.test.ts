import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScrapeManager } from '../../../src/scrape/manager.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { startNodeExporter, type RunningNodeExporter } from '../../support/node-exporter.js';
import { targetSets, waitFor } from '../../support/scrape-targets.js';

let exporter: RunningNodeExporter;
beforeAll(async () => {
  exporter = await startNodeExporter();
});
afterAll(() => exporter.stop());

it('scrapes a real node_exporter into the store', async () => {
  const store = new MemoryStorage();
  const manager = new ScrapeManager(store);
  try {
    await manager.sync(targetSets('node', [exporter.address], { interval: '500ms', scrapeTimeout: '400ms' }));
    const q = store.querier();
    const name = (n: string) => [{ name: '__name__', type: '=' as const, value: n }];
    const up = await waitFor(async () => (await q.select(name('up'), 0, Date.now())).find((s) => s.values.length >= 2));
    expect([...up.values].every((v) => v === 1)).toBe(true);
    const cpu = await q.select(name('node_cpu_seconds_total'), 0, Date.now());
    expect(cpu.length).toBeGreaterThan(0);
    expect(cpu[0]!.labels).toMatchObject({ job: 'node', instance: exporter.address, mode: expect.any(String) as string });
    expect((await q.select(name('node_exporter_build_info'), 0, Date.now())).length).toBe(1);
    const scraped = await q.select(name('scrape_samples_scraped'), 0, Date.now());
    expect(scraped[0]!.values[0]).toBeGreaterThan(100);
    expect(manager.targets().active[0]).toMatchObject({ health: 'up', lastError: '' });
  } finally {
    await manager.stop();
  }
});
