/** One OTLP metrics export, whatever the transport: translate, commit, account. */
import type { MetricStore } from '../../storage/api.js';
import { recordMetadata } from '../../storage/metrics/metadata.js';
import type { IngestLimits } from '../limits.js';
import { countRejected, countStored, type Receiver } from '../self-metrics.js';
import { Rejections, TimeWindow } from '../validation.js';
import type { opentelemetry } from '../generated/protos.js';
import type { PartialSuccess } from './codec.js';
import { translateMetrics } from './translate.js';

/** gRPC status codes used by OTLP (also the `code` of google.rpc.Status bodies over HTTP). */
const GrpcCode = {
  INVALID_ARGUMENT: 3,
  RESOURCE_EXHAUSTED: 8,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const;

/** The gRPC code matching an HTTP status, as OTLP pairs them. */
export function grpcCodeFor(httpStatus: number): number {
  if (httpStatus === 401) return GrpcCode.UNAUTHENTICATED;
  if (httpStatus === 413 || httpStatus === 429) return GrpcCode.RESOURCE_EXHAUSTED;
  if (httpStatus === 502 || httpStatus === 503 || httpStatus === 504) return GrpcCode.UNAVAILABLE;
  if (httpStatus >= 500) return GrpcCode.INTERNAL;
  return GrpcCode.INVALID_ARGUMENT;
}

/**
 * Stores the valid points of `request` and resolves once they are committed; rejects with the
 * store's error (429/503 SightlineError) if the commit fails. Returns the partial success to
 * report, or undefined when every point was accepted.
 */
export async function exportMetrics(
  request: opentelemetry.proto.collector.metrics.v1.IExportMetricsServiceRequest,
  store: MetricStore,
  limits: IngestLimits,
  receiver: Receiver,
): Promise<PartialSuccess | undefined> {
  const rejections = new Rejections();
  const appender = store.appender();
  let result;
  try {
    result = translateMetrics(request, appender, limits, new TimeWindow(limits), rejections);
  } catch (err) {
    appender.rollback();
    throw err;
  }
  if (result.samples > 0) await appender.commit();
  else appender.rollback();
  const { metadata } = result;
  await recordMetadata(store, () => metadata, receiver);
  countStored(receiver, result.samples);
  countRejected(receiver, rejections.byReason);
  return rejections.total === 0 ? undefined : { rejectedDataPoints: result.rejectedPoints, errorMessage: rejections.summary('data points') };
}
