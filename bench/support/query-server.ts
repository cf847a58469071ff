/**
 * Serves a bench/query.ts data set over Sightline's HTTP API from a process of its own, as
 * Prometheus serves from its own: the benchmark's HTTP client then does not share the server's
 * event loop. Says "ready" over IPC.
 * Args: day <database URL> <port> <LOADED_AT ms> — the 24 h data set, loaded by the parent;
 *       fresh <database URL | embedded:<dir>> <port> <end ms> — loads the fresh-data hour itself
 *       (an embedded store belongs to one process), then serves it on the real clock.
 */
import type { Db } from '../../src/storage/db.js';
import { EmbeddedDb, PostgresDb } from '../../src/storage/db.js';
import type { OpenMetricStore } from '../../src/storage/metrics/store.js';
import { StorageService } from '../../src/storage/service.js';
import { createWebServer } from '../../src/web/server.js';
import { migrateAndOpenStore } from '../../test/support/metric-store.js';
import { scrapesInOrder, SERIES_BY_INSTANCE } from './fresh-dataset.js';
import { datasetStoreOptions } from './query-dataset.js';

const [scenario, location, port, clockArg, headArg] = process.argv.slice(2);
const HEAD_WINDOW_MS = Number(headArg ?? 60 * 60_000); // standalone's default
const db: Db = location!.startsWith('embedded:') ? await EmbeddedDb.open(location!.slice('embedded:'.length)) : PostgresDb.open(location!, 4);
let store: OpenMetricStore;
if (scenario === 'day') {
  store = await migrateAndOpenStore(db, datasetStoreOptions(() => Number(clockArg)));
} else {
  store = await loadFresh(Number(clockArg));
}

/**
 * Writes the hour ending at `endMs` scrape by scrape with a clock that follows the samples and
 * runs maintenance every minute, as a server ingesting in real time would: data older than the
 * out-of-order window is compacted, the rest is still in the head. Then the clock is the real one.
 */
async function loadFresh(endMs: number): Promise<OpenMetricStore> {
  let clock: number | undefined;
  // As standalone opens it: its single writer keeps a memory head (--storage.memory-head-window).
  const s = await migrateAndOpenStore(db, { maintenanceIntervalMs: 0, now: () => clock ?? Date.now(), memoryHeadWindowMs: HEAD_WINDOW_MS });
  let nextMaintenance = -Infinity;
  const counters = new Map<number, number>();
  for (const [t, i] of scrapesInOrder(endMs)) {
    clock = t;
    const k = (counters.get(i) ?? 0) + 1;
    counters.set(i, k);
    const a = s.appender();
    for (const series of SERIES_BY_INSTANCE[i]!) a.append(series.labels, t, series.value(k));
    await a.commit();
    if (t >= nextMaintenance) {
      await s.runMaintenance();
      nextMaintenance = t + 60_000;
    }
  }
  clock = undefined;
  await s.runMaintenance();
  return s;
}

const storage = new StorageService({ storage: 'embedded', dataDir: '', maxConnections: 1 });
const web = createWebServer({ storage, readiness: [], queryStore: store });
await web.listen({ host: '127.0.0.1', port: Number(port) });
process.send?.('ready');
process.on('disconnect', () => {
  void web
    .close()
    .then(() => store.close())
    .then(() => db.close())
    .finally(() => process.exit(0));
});
