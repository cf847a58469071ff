/**
 * The main HTTP server: health and readiness, self-metrics, status APIs, and (as they land) the
 * Prometheus-compatible query API and ingest routes. Errors are JSON bodies in Prometheus's
 * envelope: {status: "error", errorType, error}.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import client from 'prom-client';
import type { EngineOptions } from '../promql/index.js';
import { pushPlugin } from '../ingest/push.js';
import { remoteWritePlugin } from '../ingest/remote-write/http.js';
import type { ReceiverOptions } from '../ingest/http.js';
import type { MetricStore } from '../storage/api.js';
import type { StorageService } from '../storage/service.js';
import { buildInfo } from '../util/build-info.js';
import { SightlineError } from '../util/errors.js';
import { logger } from '../util/log.js';
import { registerPrometheusApi } from './prometheus-api.js';
import { remoteReadPlugin, type RemoteReadLimits } from './remote-read-api.js';

/** A component that can hold readiness back, e.g. storage while the database is unreachable. */
export interface ReadinessCheck {
  name: string;
  /** undefined when ready, otherwise why not. */
  notReadyReason(): string | undefined;
}

export interface WebServerOptions {
  storage: StorageService;
  readiness: readonly ReadinessCheck[];
  /** Serves the Prometheus query API over this store. */
  queryStore?: Pick<MetricStore, 'querier' | 'metadata'>;
  engine?: EngineOptions;
  /** Limits of remote read (`/api/v1/read`, served with the query API). */
  remoteRead?: Partial<RemoteReadLimits>;
  /** Serves remote write (`/api/v1/write`) and push (`/api/v1/push/…`) into this store. */
  ingest?: ReceiverOptions;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
}

const httpDuration = new client.Histogram({
  name: 'sightline_http_request_duration_seconds',
  help: 'Duration of HTTP requests served by Sightline.',
  labelNames: ['handler', 'method', 'code'] as const,
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
});

new client.Gauge({
  name: 'sightline_build_info',
  help: 'A metric with a constant 1 labelled by the version Sightline was built from.',
  labelNames: ['version', 'revision', 'branch', 'nodeversion'] as const,
}).set({ version: buildInfo.version, revision: buildInfo.revision, branch: buildInfo.branch, nodeversion: buildInfo.nodeVersion }, 1);

const webLog: FastifyBaseLogger = logger('web');
let defaultMetricsStarted = false;

export function errorBody(errorType: string, error: string): { status: 'error'; errorType: string; error: string } {
  return { status: 'error', errorType, error };
}

/**
 * A fastify instance with what every Sightline HTTP port shares: the module logger, request
 * metrics, JSON error bodies, and a close() that drains in-flight requests.
 */
export function createHttpServer(options: { bodyLimit?: number } = {}): FastifyInstance {
  if (!defaultMetricsStarted) {
    client.collectDefaultMetrics();
    defaultMetricsStarted = true;
  }
  const app = Fastify({
    loggerInstance: webLog,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 32 * 1024 * 1024,
    // Let in-flight requests finish on close while idle keep-alive connections are dropped.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });

  // Responses finished while closing end their keep-alive connection, so close() need not wait
  // for the idle timeout of every client that had a request in flight.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_req, reply, payload, done) => {
    if (closing) void reply.header('Connection', 'close');
    done(null, payload);
  });

  app.addHook('onResponse', (req, reply, done) => {
    const handler = req.routeOptions.url ?? 'unmatched';
    httpDuration.observe({ handler, method: req.method, code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });

  app.setErrorHandler((err: FastifyError | SightlineError, _req, reply) => {
    if (err instanceof SightlineError) {
      if (err.retryable) void reply.header('Retry-After', '1');
      return reply.code(err.httpStatus).send(errorBody(err.code, err.message));
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) app.log.error({ err }, 'request failed');
    return reply.code(status).send(errorBody(status >= 500 ? 'internal' : 'bad_data', err.message));
  });

  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody('not_found', `no route for ${req.method} ${req.url}`)));
  return app;
}

/** The main HTTP server: health, readiness, self-metrics, status, and the APIs enabled in options. */
export function createWebServer(options: WebServerOptions): FastifyInstance {
  const app = createHttpServer(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit });

  app.get('/-/healthy', (_req, reply) => reply.type('text/plain').send('Sightline is Healthy.\n'));

  app.get('/-/ready', (_req, reply) => {
    const waiting = options.readiness.flatMap((c) => {
      const reason = c.notReadyReason();
      return reason === undefined ? [] : [`${c.name}: ${reason}`];
    });
    if (waiting.length === 0) return reply.type('text/plain').send('Sightline is Ready.\n');
    return reply.code(503).send(errorBody('unavailable', `not ready: ${waiting.join('; ')}`));
  });

  app.get('/metrics', async (_req, reply) => {
    const body = await client.register.metrics();
    return reply.type(client.register.contentType).send(body);
  });

  app.get('/api/v1/status/storage', () => ({ status: 'success', data: options.storage.status() }));

  // Grafana reads this to recognise a Prometheus-compatible data source.
  app.get('/api/v1/status/buildinfo', () => ({
    status: 'success',
    data: {
      version: buildInfo.version,
      revision: buildInfo.revision,
      branch: buildInfo.branch,
      buildUser: 'sightline',
      buildDate: buildInfo.buildDate,
      goVersion: buildInfo.nodeVersion,
    },
  }));

  if (options.queryStore) {
    registerPrometheusApi(app, { store: options.queryStore, ...(options.engine ? { engine: options.engine } : {}) });
    void app.register(remoteReadPlugin, { store: options.queryStore, ...(options.remoteRead ? { limits: options.remoteRead } : {}) });
  }
  if (options.ingest) {
    void app.register(remoteWritePlugin, options.ingest);
    void app.register(pushPlugin, options.ingest);
  }

  return app;
}
