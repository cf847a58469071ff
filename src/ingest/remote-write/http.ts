/**
 * Prometheus remote-write receiver, `POST /api/v1/write`, protocol 1.0 and 2.0 (snappy block
 * bodies). Register it on the main web server:
 *   app.register(remoteWritePlugin, { store, limits, auth })
 * Any rejected sample or series gives a 400 naming the first problems, even when the valid part
 * was stored (Prometheus' behaviour for 1.0; for 2.0 the spec forbids a 2xx for partial writes,
 * and the *-Written headers tell the sender what was stored).
 */
import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import type { MetricStore } from '../../storage/api.js';
import { snappyBlock } from '../decompress.js';
import { badRequest, unsupportedMediaType } from '../errors.js';
import { mediaType, rawBody, setUpReceiverScope, type ReceiverOptions } from '../http.js';
import type { IngestLimits } from '../limits.js';
import { countRejected, countStored } from '../self-metrics.js';
import { Rejections, TimeWindow } from '../validation.js';
import { appendV1, appendV2, decodeV2, knownLabelSets, type KnownLabelSets, type WriteCounts } from './decode.js';
import { metadataV1 } from './metadata.js';
import { recordMetadata } from '../../storage/metrics/metadata.js';

type Version = '1.0' | '2.0';

const PROTO_V1 = 'prometheus.WriteRequest';
const PROTO_V2 = 'io.prometheus.write.v2.Request';

/** The protocol a Content-Type asks for: `application/x-protobuf[;proto=…]`. */
function versionOf(contentType: string | undefined): Version {
  if (mediaType(contentType) !== 'application/x-protobuf') {
    throw unsupportedMediaType(`unsupported Content-Type ${JSON.stringify(contentType ?? '')}: remote write needs application/x-protobuf`);
  }
  const proto = /;\s*proto\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
  if (proto === undefined || proto === PROTO_V1) return '1.0';
  if (proto === PROTO_V2) return '2.0';
  throw unsupportedMediaType(`unsupported remote-write message ${JSON.stringify(proto)}: use proto=${PROTO_V1} or proto=${PROTO_V2}`);
}

function writtenHeaders(reply: FastifyReply, counts: WriteCounts): void {
  void reply.header('x-prometheus-remote-write-samples-written', String(counts.samples));
  void reply.header('x-prometheus-remote-write-histograms-written', String(counts.histograms));
  void reply.header('x-prometheus-remote-write-exemplars-written', String(counts.exemplars));
}

/** Decodes, validates and commits one request body (already decompressed). */
async function ingestRemoteWrite(body: Buffer, version: Version, store: MetricStore, limits: IngestLimits, known: KnownLabelSets): Promise<{ counts: WriteCounts; rejections: Rejections }> {
  const rejections = new Rejections();
  const window = new TimeWindow(limits);
  const appender = store.appender();
  let counts: WriteCounts;
  try {
    counts = version === '1.0' ? appendV1(body, appender, limits, window, rejections, known) : appendV2(decodeV2(body), appender, limits, window, rejections);
  } catch (err) {
    appender.rollback();
    throw err;
  }
  if (counts.samples > 0) await appender.commit();
  else appender.rollback();
  if (version === '1.0') await recordMetadata(store, () => metadataV1(body), 'remote-write');
  countStored('remote-write', counts.samples);
  countRejected('remote-write', rejections.byReason);
  return { counts, rejections };
}

export const remoteWritePlugin: FastifyPluginCallback<ReceiverOptions> = (app, options, done) => {
  const limits = setUpReceiverScope(app, 'remote-write', options, (reply, failure) => reply.type('text/plain; charset=utf-8').send(failure.message));
  const known = knownLabelSets();

  app.post('/api/v1/write', async (request, reply) => {
    const version = versionOf(request.headers['content-type']);
    const encoding = (request.headers['content-encoding'] ?? 'snappy').toLowerCase();
    if (encoding !== 'snappy') throw unsupportedMediaType(`unsupported Content-Encoding ${JSON.stringify(encoding)}: remote write needs snappy`);
    const body = rawBody(request);
    if (body.length === 0) throw badRequest('empty request body');

    const { counts, rejections } = await ingestRemoteWrite(snappyBlock(body, limits.maxDecompressedBytes), version, options.store, limits, known);
    if (version === '2.0') writtenHeaders(reply, counts);
    if (rejections.total > 0) return reply.code(400).type('text/plain; charset=utf-8').send(rejections.summary('samples'));
    return reply.code(204).send();
  });
  done();
};
