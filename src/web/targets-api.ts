/**
 * `GET /api/v1/targets`, shaped like Prometheus's: activeTargets with health, last scrape and last
 * error; droppedTargets with their discovered labels; `state` (active, dropped, any) and
 * `scrapePool` filters. A scrape pool is a target set: `<namespace>/<ScrapeTarget>/<endpoint index>`.
 */
import type { FastifyInstance } from 'fastify';
import type { ScrapeManager } from '../scrape/manager.js';
import { formatDuration } from '../util/duration.js';

/** Go's zero time, which Prometheus reports for a target never scraped. */
const NEVER = '0001-01-01T00:00:00Z';

export function registerTargetsApi(app: FastifyInstance, manager: Pick<ScrapeManager, 'targets'>): void {
  app.get('/api/v1/targets', (req) => {
    const query = req.query as Record<string, string | undefined>;
    const state = (query.state ?? '').toLowerCase();
    const pool = query.scrapePool;
    const showActive = state === '' || state === 'any' || state === 'active';
    const showDropped = state === '' || state === 'any' || state === 'dropped';
    const { active, dropped } = manager.targets();
    const inPool = (setKey: string): boolean => pool === undefined || pool === '' || setKey === pool;
    const droppedTargetCounts: Record<string, number> = {};
    for (const d of dropped) droppedTargetCounts[d.setKey] = (droppedTargetCounts[d.setKey] ?? 0) + 1;
    return {
      status: 'success',
      data: {
        activeTargets: showActive
          ? active
              .filter((a) => inPool(a.target.setKey))
              .map((a) => ({
                discoveredLabels: a.target.discoveredLabels,
                labels: a.target.labels,
                scrapePool: a.target.setKey,
                scrapeUrl: a.target.url.href,
                globalUrl: a.target.url.href,
                lastError: a.lastError,
                lastScrape: a.lastScrape?.toISOString() ?? NEVER,
                lastScrapeDuration: a.lastScrapeDurationSeconds,
                health: a.health,
                scrapeInterval: formatDuration(a.target.intervalMs),
                scrapeTimeout: formatDuration(a.target.timeoutMs),
              }))
          : [],
        droppedTargets: showDropped ? dropped.filter((d) => inPool(d.setKey)).map((d) => ({ discoveredLabels: d.discoveredLabels, scrapePool: d.setKey })) : [],
        droppedTargetCounts,
      },
    };
  });
}
