/**
 * OTLP/HTTP metrics receiver: `POST /v1/metrics` with protobuf or JSON bodies, optionally gzipped.
 * Register it on the OTLP HTTP server (port 4318):
 *   app.register(otlpHttpPlugin, { store, limits, auth })
 */
import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import { gunzip } from '../decompress.js';
import { tooLarge, unsupportedMediaType } from '../errors.js';
import { mediaType, rawBody, setUpReceiverScope, type ReceiverOptions } from '../http.js';
import { CONTENT_TYPES, decodeRequest, encodeResponse, encodeStatus, type OtlpEncoding } from './codec.js';
import { exportMetrics, grpcCodeFor } from './export.js';

function encodingOf(request: FastifyRequest): OtlpEncoding | undefined {
  const type = mediaType(request.headers['content-type']);
  if (type === CONTENT_TYPES.protobuf) return 'protobuf';
  if (type === CONTENT_TYPES.json) return 'json';
  return undefined;
}

export const otlpHttpPlugin: FastifyPluginCallback<ReceiverOptions> = (app, options, done) => {
  const limits = setUpReceiverScope(app, 'otlp-http', options, (reply, failure, request) => {
    // Errors are google.rpc.Status in the request's encoding; JSON when the type was not OTLP's.
    const encoding = encodingOf(request) ?? 'json';
    return reply.type(CONTENT_TYPES[encoding]).send(encodeStatus(encoding, grpcCodeFor(failure.status), failure.message));
  });

  app.post('/v1/metrics', async (request, reply) => {
    const encoding = encodingOf(request);
    if (encoding === undefined) {
      throw unsupportedMediaType(`unsupported Content-Type ${JSON.stringify(request.headers['content-type'] ?? '')}: use application/x-protobuf or application/json`);
    }
    const contentEncoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
    let body = rawBody(request);
    if (contentEncoding === 'gzip') body = await gunzip(body, limits.maxDecompressedBytes);
    else if (contentEncoding !== 'identity') throw unsupportedMediaType(`unsupported Content-Encoding ${JSON.stringify(contentEncoding)}: use gzip or none`);
    else if (body.length > limits.maxDecompressedBytes) throw tooLarge(`request body is larger than the limit of ${limits.maxDecompressedBytes} bytes`);

    const partial = await exportMetrics(decodeRequest(body, encoding), options.store, limits, 'otlp-http');
    return reply.code(200).type(CONTENT_TYPES[encoding]).send(encodeResponse(encoding, partial));
  });
  done();
};
