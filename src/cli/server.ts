/**
 * What every long-running command shares: storage in the background, the web server, readiness,
 * and graceful shutdown.
 */
import type { FastifyInstance } from 'fastify';
import { parseListenAddress, type IngestConfig, type ServerConfig } from '../config/index.js';
import { startOtlpGrpcServer } from '../ingest/otlp/grpc.js';
import { otlpHttpPlugin } from '../ingest/otlp/http.js';
import { StorageService } from '../storage/service.js';
import { logger } from '../util/log.js';
import { createHttpServer, createWebServer, type ReadinessCheck } from '../web/server.js';
import { Lifecycle } from './lifecycle.js';

const log = logger('cli');

export interface RunningServer {
  web: FastifyInstance;
  storage: StorageService;
  lifecycle: Lifecycle;
  /** The address the web server listens on, e.g. http://127.0.0.1:9470. */
  url: string;
}

function urlOf(host: string, port: number): string {
  return `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function listen(app: FastifyInstance, address: string): Promise<string> {
  const { host, port } = parseListenAddress(address);
  await app.listen({ host, port });
  const bound = app.server.address();
  return urlOf(host, typeof bound === 'object' && bound ? bound.port : port);
}

export interface ServerParts {
  extraReadiness?: readonly ReadinessCheck[];
  /** Registers further routes on the web server before it starts listening. */
  routes?: (app: FastifyInstance) => void;
  /** Serve the query API and the receivers (remote write and push on the web port, OTLP on its own). */
  ingest?: IngestConfig;
}

export async function startServer(config: ServerConfig, parts: ServerParts = {}): Promise<RunningServer> {
  const lifecycle = new Lifecycle();
  const storage = new StorageService({
    storage: config.storage,
    dataDir: config.dataDir,
    maxConnections: config.maxConnections,
    ...(parts.ingest ? { metrics: { retentionMs: parts.ingest.retentionMs, outOfOrderWindowMs: parts.ingest.outOfOrderWindowMs, memoryHeadWindowMs: parts.ingest.memoryHeadWindowMs } } : {}),
  });
  const storageReadiness: ReadinessCheck = { name: 'storage', notReadyReason: () => storage.notReadyReason() };
  const receivers = { store: storage.metrics };
  const web = createWebServer({
    storage,
    readiness: [storageReadiness, ...(parts.extraReadiness ?? [])],
    ...(parts.ingest
      ? {
          queryStore: storage.metrics,
          ingest: receivers,
          remoteRead: { sampleLimit: parts.ingest.remoteReadSampleLimit, concurrentLimit: parts.ingest.remoteReadConcurrentLimit, maxBytesInFrame: parts.ingest.remoteReadMaxBytesInFrame },
        }
      : {}),
  });
  parts.routes?.(web);
  const url = await listen(web, config.webListenAddress);
  log.info({ url }, 'web server listening');
  lifecycle.add({ name: 'web', stop: () => web.close() }, 'intake');

  if (parts.ingest) {
    const otlpHttp = createHttpServer();
    await otlpHttp.register(otlpHttpPlugin, receivers);
    log.info({ url: await listen(otlpHttp, parts.ingest.otlpHttpListenAddress) }, 'OTLP/HTTP receiver listening');
    lifecycle.add({ name: 'otlp-http', stop: () => otlpHttp.close() }, 'intake');
    const { host, port } = parseListenAddress(parts.ingest.otlpGrpcListenAddress);
    const grpc = await startOtlpGrpcServer({ ...receivers, address: `${host.includes(':') ? `[${host}]` : host}:${port}` });
    lifecycle.add({ name: 'otlp-grpc', stop: () => grpc.close() }, 'intake');
  }

  lifecycle.add({ name: 'storage', stop: () => storage.stop() }, 'storage');
  lifecycle.exitOnSignals(config.shutdownTimeoutMs);
  // Storage connects in the background: health answers at once, readiness waits for the database.
  storage.start().catch(() => undefined);
  return { web, storage, lifecycle, url };
}
