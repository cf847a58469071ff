/**
 * Scraping driven by a desired-state source: every ScrapeTarget (initial list, then each change)
 * becomes target sets through discovery, and the scrape manager converges its loops to them,
 * writing to the given store. Without a cluster view, only static targets are discovered.
 */
import type { ScrapeTarget } from '../api/index.js';
import { targetSetsFor, type ClusterView, type TargetSet } from '../discovery/scrapetarget.js';
import type { DesiredStateSource } from '../sources/types.js';
import { objectKey } from '../sources/types.js';
import type { MetricStore } from '../storage/api.js';
import { logger } from '../util/log.js';
import { ScrapeManager, type ScrapeManagerOptions } from './manager.js';

const log = logger('scrape');

export { ScrapeManager, type ActiveTarget, type ScrapeManagerOptions, type TargetSetSummary } from './manager.js';
export type { ResolvedAuth } from './http.js';
/** Ingest replicas call reportTargetState(manager, storage, podName) once their scrape manager runs. */
export { reportTargetState, TargetStateReader, type TargetStateReporter } from './state.js';

export interface Scraping {
  manager: ScrapeManager;
  /** Unsubscribes from the source and stops every loop (with staleness markers). */
  stop(): Promise<void>;
}

export async function startScraping(source: DesiredStateSource, store: MetricStore, options: ScrapeManagerOptions & { cluster?: ClusterView } = {}): Promise<Scraping> {
  const manager = new ScrapeManager(store, options);
  const sets = new Map<string, TargetSet[]>();
  const update = (st: ScrapeTarget): void => {
    sets.set(objectKey(st), targetSetsFor(st, options.cluster));
  };
  for (const o of source.list()) if (o.kind === 'ScrapeTarget') update(o);
  const unsubscribe = source.subscribe((event) => {
    if (event.object.kind !== 'ScrapeTarget') return;
    if (event.type === 'deleted') sets.delete(objectKey(event.object));
    else update(event.object);
    manager.sync([...sets.values()].flat()).catch((err: unknown) => log.error({ err }, 'scrape sync failed'));
  });
  await manager.sync([...sets.values()].flat());
  return {
    manager,
    stop: async () => {
      unsubscribe();
      await manager.stop();
    },
  };
}
