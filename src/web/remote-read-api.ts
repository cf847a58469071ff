/**
 * Prometheus remote read, `POST /api/v1/read`: a snappy-compressed prompb ReadRequest, answered
 * with the first response type the client accepts — SAMPLES (a snappy ReadResponse) or
 * STREAMED_XOR_CHUNKS (framed ChunkedReadResponses, one series per frame, XOR chunks of ≤ 120
 * samples). Hints are ignored: every query is a plain select over the store. Limits as
 * Prometheus's flags: samples per request (413 before anything is sent), concurrent reads (the
 * others wait), bytes per frame. Encoding yields to the event loop between series, so a large
 * read never holds up health checks or ingest. Failures are text/plain bodies, as Prometheus's.
 */
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyPluginCallback } from 'fastify';
import { compress } from 'snappy';
import { snappyBlock } from '../ingest/decompress.js';
import { badRequest, tooLarge, unsupportedMediaType } from '../ingest/errors.js';
import { prometheus } from '../ingest/generated/protos.js';
import { rawBody } from '../ingest/http.js';
import { toNumber } from '../ingest/protobuf.js';
import type { MetricStore } from '../storage/api.js';
import {
  compareLabelSets,
  negotiate,
  ResponseType,
  SAMPLES_CONTENT_TYPE,
  sortedLabels,
  STREAMED_CONTENT_TYPE,
  toMatchers,
  xorChunks,
} from '../remote-read/protocol.js';
import { frame } from '../remote-read/framing.js';
import { encodeReadResponse, type ResultSeries } from '../remote-read/read-response.js';
import { errorMessage, SightlineError } from '../util/errors.js';
import { Gate } from '../util/gate.js';
import { logger } from '../util/log.js';

const log = logger('remote-read');

export interface RemoteReadLimits {
  /** Most samples one request may select (0: no limit); Prometheus's --storage.remote.read-sample-limit. */
  sampleLimit: number;
  /** Reads served at once (0: no limit); the others wait. */
  concurrentLimit: number;
  /** Frame size the streamed response aims for; a frame holds at least one chunk. */
  maxBytesInFrame: number;
}

export const DEFAULT_REMOTE_READ_LIMITS: RemoteReadLimits = { sampleLimit: 50_000_000, concurrentLimit: 10, maxBytesInFrame: 1_048_576 };

export interface RemoteReadOptions {
  store: Pick<MetricStore, 'querier'>;
  limits?: Partial<RemoteReadLimits>;
}

/** Largest decompressed request: a ReadRequest is a few matchers per query. */
const MAX_REQUEST_BYTES = 32 * 1024 * 1024;
/** Samples encoded between two yields to the event loop. */
const SAMPLES_PER_TURN = 50_000;


function decodeRequest(body: Buffer, contentEncoding: string | undefined): prometheus.ReadRequest {
  const encoding = (contentEncoding ?? 'snappy').toLowerCase();
  if (encoding !== 'snappy') throw unsupportedMediaType(`unsupported Content-Encoding ${JSON.stringify(encoding)}: remote read needs snappy`);
  if (body.length === 0) throw badRequest('empty request body');
  const raw = snappyBlock(body, MAX_REQUEST_BYTES);
  try {
    return prometheus.ReadRequest.decode(raw);
  } catch (err) {
    throw badRequest(`malformed protobuf ReadRequest: ${errorMessage(err)}`, err);
  }
}

/** Selects every query's series, sorted by labels; throws 413 once the sample limit is passed. */
async function selectAll(store: RemoteReadOptions['store'], request: prometheus.ReadRequest, sampleLimit: number): Promise<ResultSeries[][]> {
  const results: ResultSeries[][] = [];
  let samples = 0;
  for (const [i, query] of request.queries.entries()) {
    let matchers;
    try {
      matchers = toMatchers(query.matchers ?? []);
    } catch (err) {
      throw badRequest(`query ${i}: ${errorMessage(err)}`);
    }
    if (matchers.length === 0) throw badRequest(`query ${i} has no label matcher`);
    const start = toNumber(query.startTimestampMs);
    const end = toNumber(query.endTimestampMs);
    if (end < start) throw badRequest(`query ${i}: end_timestamp_ms ${end} is before start_timestamp_ms ${start}`);
    const selected = await store.querier().select(matchers, start, end);
    for (const s of selected) samples += s.timestamps.length;
    if (sampleLimit > 0 && samples > sampleLimit) {
      throw tooLarge(`exceeded sample limit (${sampleLimit}): the read selects more than that many samples; narrow the matchers or the time range, or raise --storage.remote.read-sample-limit`);
    }
    results.push(selected.map((series) => ({ labels: sortedLabels(series.labels), series })).sort((a, b) => compareLabelSets(a.labels, b.labels)));
  }
  return results;
}

/** The STREAMED_XOR_CHUNKS frames: one series per frame, split once a frame reaches maxBytesInFrame. */
async function* chunkFrames(results: ResultSeries[][], maxBytesInFrame: number): AsyncGenerator<Buffer> {
  let sinceYield = 0;
  for (const [queryIndex, result] of results.entries()) {
    for (const { labels, series } of result) {
      const labelBytes = labels.reduce((n, l) => n + l.name!.length + l.value!.length + 6, 0);
      const all = xorChunks(series);
      let chunks: prometheus.IChunk[] = [];
      let bytes = labelBytes;
      for (const [i, chunk] of all.entries()) {
        chunks.push(chunk);
        bytes += chunk.data!.length + 24;
        if (bytes < maxBytesInFrame && i < all.length - 1) continue;
        yield frame(prometheus.ChunkedReadResponse.encode({ chunkedSeries: [{ labels, chunks }], queryIndex }).finish());
        chunks = [];
        bytes = labelBytes;
      }
      sinceYield += series.timestamps.length;
      if (sinceYield >= SAMPLES_PER_TURN) {
        sinceYield = 0;
        await nextTurn();
      }
    }
  }
}

export const remoteReadPlugin: FastifyPluginCallback<RemoteReadOptions> = (app, options, done) => {
  const given = options.limits ?? {};
  const limits: RemoteReadLimits = {
    sampleLimit: given.sampleLimit ?? DEFAULT_REMOTE_READ_LIMITS.sampleLimit,
    concurrentLimit: given.concurrentLimit ?? DEFAULT_REMOTE_READ_LIMITS.concurrentLimit,
    maxBytesInFrame: given.maxBytesInFrame ?? DEFAULT_REMOTE_READ_LIMITS.maxBytesInFrame,
  };
  const gate = new Gate(limits.concurrentLimit);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_REQUEST_BYTES }, (_request, body, parsed) => parsed(null, body));
  app.setErrorHandler((err: Error & { statusCode?: number }, _request, reply) => {
    const status = err instanceof SightlineError ? err.httpStatus : (err.statusCode ?? 500);
    if (status >= 500) log.error({ err }, 'remote read failed');
    if (err instanceof SightlineError && err.retryable) void reply.header('retry-after', '1');
    return reply.code(status).type('text/plain; charset=utf-8').send(`${err.message}\n`);
  });

  app.post('/api/v1/read', async (request, reply) => {
    const readRequest = decodeRequest(rawBody(request), request.headers['content-encoding']);
    const type = negotiate(readRequest.acceptedResponseTypes);
    if (type === undefined) throw badRequest(`none of the accepted response types ${JSON.stringify(readRequest.acceptedResponseTypes)} is implemented (SAMPLES, STREAMED_XOR_CHUNKS)`);
    await gate.enter();
    // However the response ends (sent, failed, or the client gone mid-stream), the slot is freed.
    reply.raw.once('close', () => gate.leave());
    const results = await selectAll(options.store, readRequest, limits.sampleLimit);
    if (type === ResponseType.SAMPLES) {
      // The native snappy compressor runs off the event loop.
      const body = await compress(await encodeReadResponse(results, SAMPLES_PER_TURN));
      return reply.type(SAMPLES_CONTENT_TYPE).header('content-encoding', 'snappy').send(body);
    }
    return reply.type(STREAMED_CONTENT_TYPE).send(Readable.from(chunkFrames(results, limits.maxBytesInFrame), { objectMode: false }));
  });
  done();
};
