import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { ScrapeManager } from '../../../src/scrape/manager.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { registerTargetsApi } from '../../../src/web/targets-api.js';
import { startTarget, targetSets, waitFor } from '../../support/scrape-targets.js';

const up = await startTarget('a 1\n');
const broken = await startTarget('a 1\nb{ 2\n');
const manager = new ScrapeManager(new MemoryStorage());
const app = Fastify();
registerTargetsApi(app, manager);
afterAll(async () => {
  await manager.stop();
  await app.close();
  await up.close();
  await broken.close();
});

interface Body {
  status: string;
  data: { activeTargets: Record<string, unknown>[]; droppedTargets: Record<string, unknown>[]; droppedTargetCounts: Record<string, number> };
}

async function get(query = ''): Promise<Body> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/targets${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<Body>();
}

it('serves active and dropped targets shaped like Prometheus', async () => {
  await manager.sync(targetSets('api', [up.address, broken.address, '10.0.0.1:9'], { relabelings: [{ sourceLabels: ['__address__'], regex: '10\\..*', action: 'drop' }] }));
  await waitFor(() => manager.targets().active.every((a) => a.health !== 'unknown'));
  const body = await get();
  expect(body.status).toBe('success');
  const byInstance = new Map(body.data.activeTargets.map((t) => [(t.labels as Record<string, string>).instance, t]));
  expect(byInstance.get(up.address)).toEqual({
    discoveredLabels: { __address__: up.address, __metrics_path__: '/metrics', __scheme__: 'http', __scrape_interval__: '200ms', __scrape_timeout__: '150ms', job: 'api' },
    labels: { job: 'api', instance: up.address },
    scrapePool: 'default/api/0',
    scrapeUrl: `http://${up.address}/metrics`,
    globalUrl: `http://${up.address}/metrics`,
    lastError: '',
    lastScrape: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
    lastScrapeDuration: expect.any(Number) as number,
    health: 'up',
    scrapeInterval: '200ms',
    scrapeTimeout: '150ms',
  });
  expect(byInstance.get(broken.address)).toMatchObject({ health: 'down', lastError: expect.stringMatching(/^line 2, column \d+: /) as string });
  expect(body.data.droppedTargets).toEqual([{ discoveredLabels: expect.objectContaining({ __address__: '10.0.0.1:9' }) as object, scrapePool: 'default/api/0' }]);
  expect(body.data.droppedTargetCounts).toEqual({ 'default/api/0': 1 });

  expect((await get('?state=active')).data.droppedTargets).toEqual([]);
  const dropped = await get('?state=dropped');
  expect([dropped.data.activeTargets.length, dropped.data.droppedTargets.length]).toEqual([0, 1]);
  expect((await get('?scrapePool=other')).data.activeTargets).toEqual([]);

  expect(manager.summaries().get('default/api/0')).toMatchObject({ discovered: 3, active: 2, up: 1, down: 1, lastError: expect.stringMatching(/^line 2/) as string });
});
