/**
 * What every long-running command shares: storage in the background, the web server, readiness,
 * and graceful shutdown.
 */
import type { FastifyInstance } from 'fastify';
import { parseListenAddress, type ServerConfig } from '../config/index.js';
import { StorageService } from '../storage/service.js';
import { logger } from '../util/log.js';
import { createWebServer, type ReadinessCheck } from '../web/server.js';
import { Lifecycle } from './lifecycle.js';

const log = logger('cli');

export interface RunningServer {
  web: FastifyInstance;
  storage: StorageService;
  lifecycle: Lifecycle;
  /** The address the web server listens on, e.g. http://127.0.0.1:9470. */
  url: string;
}

export async function startServer(config: ServerConfig, extraReadiness: readonly ReadinessCheck[] = []): Promise<RunningServer> {
  const lifecycle = new Lifecycle();
  const storage = new StorageService({ storage: config.storage, dataDir: config.dataDir, maxConnections: config.maxConnections });
  const storageReadiness: ReadinessCheck = {
    name: 'storage',
    notReadyReason: () => {
      const s = storage.status();
      return s.state === 'ready' ? undefined : `${s.state}${s.lastError ? ` (${s.lastError})` : ''}`;
    },
  };
  const web = createWebServer({ storage, readiness: [storageReadiness, ...extraReadiness] });
  const { host, port } = parseListenAddress(config.webListenAddress);
  await web.listen({ host, port });
  const address = web.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  log.info({ url }, 'web server listening');

  lifecycle.add({ name: 'web', stop: () => web.close() });
  lifecycle.add({ name: 'storage', stop: () => storage.stop() });
  lifecycle.exitOnSignals(config.shutdownTimeoutMs);
  // Storage connects in the background: health answers at once, readiness waits for the database.
  storage.start().catch(() => undefined);
  return { web, storage, lifecycle, url };
}
