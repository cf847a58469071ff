/**
 * What every HTTP receiver plugin shares: raw request bodies with a size limit, the auth hook,
 * failures turned into responses, and request metrics.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MetricStore } from '../storage/api.js';
import { logger } from '../util/log.js';
import { authorize, type AuthCheck } from './auth.js';
import { describeFailure, tooLarge, type FailureResponse } from './errors.js';
import { resolveLimits, type IngestLimits } from './limits.js';
import { observeRequest, type Receiver } from './self-metrics.js';

const log = logger('ingest');

/** Options every receiver plugin takes. */
export interface ReceiverOptions {
  store: MetricStore;
  limits?: Partial<IngestLimits>;
  /** Bearer-token check; when absent every request is accepted. */
  auth?: AuthCheck;
}

/** Writes a failure in the receiver's wire format (google.rpc.Status for OTLP, text for remote write). */
export type FailureWriter = (reply: FastifyReply, failure: FailureResponse, request: FastifyRequest) => FastifyReply;

/**
 * Sets up an encapsulated plugin scope for one receiver and returns its limits. Bodies are kept as
 * raw Buffers whatever their content type (each receiver decodes and checks the type itself).
 */
export function setUpReceiverScope(app: FastifyInstance, receiver: Receiver, options: ReceiverOptions, writeFailure: FailureWriter): IngestLimits {
  const limits = resolveLimits(options.limits);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limits.maxBodyBytes }, (_request, body, done) => done(null, body));

  // Before the body is read, so unauthenticated senders cannot make us buffer their payloads.
  app.addHook('onRequest', async (request) => {
    await authorize(options.auth, { receiver, headers: request.headers, remoteAddress: request.ip });
  });

  app.addHook('onResponse', async (_request, reply) => {
    observeRequest(receiver, reply.statusCode, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((err, request, reply) => {
    const failure = (err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? describeFailure(tooLarge(`request body is larger than the limit of ${limits.maxBodyBytes} bytes`)) : describeFailure(err);
    if (failure.status >= 500) log.error({ err, receiver }, 'ingest request failed');
    else log.debug({ receiver, status: failure.status, message: failure.message }, 'ingest request rejected');
    if (failure.retryAfterSeconds !== undefined) void reply.header('retry-after', String(failure.retryAfterSeconds));
    if (failure.status === 401) void reply.header('www-authenticate', 'Bearer');
    return writeFailure(reply.code(failure.status), failure, request);
  });
  return limits;
}

/** The request body as a Buffer (empty when the request had none). */
export function rawBody(request: FastifyRequest): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

/** The media type of a Content-Type header without parameters, lower-cased. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}
