/**
 * Serves bench/query.ts's data set over Sightline's HTTP API from a process of its own, as
 * Prometheus serves from its own: the benchmark's HTTP client then does not share the server's
 * event loop. Args: database URL, port, the data set's LOADED_AT clock (ms). Says "ready" over IPC.
 */
import { PostgresDb } from '../../src/storage/db.js';
import { StorageService } from '../../src/storage/service.js';
import { createWebServer } from '../../src/web/server.js';
import { migrateAndOpenStore } from '../../test/support/metric-store.js';
import { datasetStoreOptions } from './query-dataset.js';

const [url, port, loadedAt] = process.argv.slice(2);
const db = PostgresDb.open(url!, 4);
const store = await migrateAndOpenStore(db, datasetStoreOptions(() => Number(loadedAt)));
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
