/**
 * OTLP/gRPC metrics receiver: `opentelemetry.proto.collector.metrics.v1.MetricsService/Export`
 * on its own gRPC server (default port 4317):
 *   const server = await startOtlpGrpcServer({ store, limits, auth, address: '0.0.0.0:4317' });
 *   … await server.close();
 * The service is defined with the generated protobufjs codecs, so no .proto is loaded at run time.
 */
import * as grpc from '@grpc/grpc-js';
import { logger } from '../../util/log.js';
import { authorize } from '../auth.js';
import { describeFailure } from '../errors.js';
import { opentelemetry } from '../generated/protos.js';
import type { ReceiverOptions } from '../http.js';
import { resolveLimits } from '../limits.js';
import { decodeStrict } from '../protobuf.js';
import { observeRequest } from '../self-metrics.js';
import { encodeStatusWithRetry } from './codec.js';
import { exportMetrics, grpcCodeFor } from './export.js';

const log = logger('ingest');
const { ExportMetricsServiceRequest, ExportMetricsServiceResponse } = opentelemetry.proto.collector.metrics.v1;
type ExportRequest = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
type IExportResponse = opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceResponse;

export interface OtlpGrpcOptions extends ReceiverOptions {
  /** host:port to listen on; default `0.0.0.0:4317`, port 0 picks a free one. */
  address?: string;
}

export interface OtlpGrpcServer {
  /** The port actually bound. */
  port: number;
  close(): Promise<void>;
}

/** The full method name clients call. */
const METHOD_PATH = '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export';

export async function startOtlpGrpcServer(options: OtlpGrpcOptions): Promise<OtlpGrpcServer> {
  const limits = resolveLimits(options.limits);
  const server = new grpc.Server({
    // grpc-js checks this on the decompressed message and answers RESOURCE_EXHAUSTED.
    'grpc.max_receive_message_length': limits.maxDecompressedBytes,
  });

  const definition: grpc.ServiceDefinition = {
    Export: {
      path: METHOD_PATH,
      requestStream: false,
      responseStream: false,
      // Decoding happens in the handler so malformed bodies get a message naming the problem.
      requestSerialize: (value: Buffer) => value,
      requestDeserialize: (bytes: Buffer) => bytes,
      responseSerialize: (value: IExportResponse) => Buffer.from(ExportMetricsServiceResponse.encode(value).finish()),
      responseDeserialize: (bytes: Buffer) => ExportMetricsServiceResponse.decode(bytes),
    },
  };

  const exportHandler: grpc.handleUnaryCall<Buffer, IExportResponse> = (call, callback) => {
    const started = process.hrtime.bigint();
    const finish = (code: grpc.status | number): void => observeRequest('otlp-grpc', grpc.status[code] ?? code, Number(process.hrtime.bigint() - started) / 1e9);
    void (async () => {
      const headers: Record<string, string> = {};
      for (const [key, values] of Object.entries(call.metadata.getMap())) headers[key] = String(values);
      await authorize(options.auth, { receiver: 'otlp-grpc', headers, remoteAddress: call.getPeer() });
      const request: ExportRequest = decodeStrict(ExportMetricsServiceRequest, call.request, 'ExportMetricsServiceRequest');
      const partial = await exportMetrics(request, options.store, limits, 'otlp-grpc');
      return partial === undefined ? {} : { partialSuccess: partial };
    })().then(
      (response) => {
        finish(grpc.status.OK);
        callback(null, response);
      },
      (err: unknown) => {
        const failure = describeFailure(err);
        const code = grpcCodeFor(failure.status);
        if (failure.status >= 500) log.error({ err, receiver: 'otlp-grpc' }, 'ingest request failed');
        const metadata = new grpc.Metadata();
        if (failure.retryAfterSeconds !== undefined) {
          metadata.set('grpc-status-details-bin', encodeStatusWithRetry(code, failure.message, failure.retryAfterSeconds));
          // The same hint in plain form, for clients that do not parse status details.
          metadata.set('retry-after', String(failure.retryAfterSeconds));
        }
        finish(code);
        callback({ code, details: failure.message, metadata });
      },
    );
  };

  server.addService(definition, { Export: exportHandler });
  const address = options.address ?? '0.0.0.0:4317';
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound)));
  });
  log.info({ address, port }, 'OTLP gRPC metrics receiver listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
      }),
  };
}
