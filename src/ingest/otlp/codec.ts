/** OTLP/HTTP bodies: protobuf or JSON requests in, responses and google.rpc.Status errors out. */
import { isUtf8 } from 'node:buffer';
import { google, opentelemetry } from '../generated/protos.js';
import { badRequest } from '../errors.js';
import { decodeStrict } from '../protobuf.js';

const { ExportMetricsServiceRequest, ExportMetricsServiceResponse } = opentelemetry.proto.collector.metrics.v1;
type ExportRequest = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;

export type OtlpEncoding = 'protobuf' | 'json';

export const CONTENT_TYPES: Readonly<Record<OtlpEncoding, string>> = {
  protobuf: 'application/x-protobuf',
  json: 'application/json',
};

export function decodeRequest(body: Buffer, encoding: OtlpEncoding): ExportRequest {
  if (encoding === 'protobuf') return decodeStrict(ExportMetricsServiceRequest, body, 'ExportMetricsServiceRequest');
  if (!isUtf8(body)) throw badRequest('JSON body is not valid UTF-8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw badRequest(`malformed JSON body: ${(err as Error).message}`, err);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('JSON body must be an ExportMetricsServiceRequest object');
  try {
    // fromObject takes OTLP/JSON as it is: lowerCamelCase keys, enums as integers, int64 as strings.
    return ExportMetricsServiceRequest.fromObject(parsed);
  } catch (err) {
    throw badRequest(`invalid ExportMetricsServiceRequest JSON: ${(err as Error).message}`, err);
  }
}

export interface PartialSuccess {
  rejectedDataPoints: number;
  errorMessage: string;
}

/** The export response; `partial_success` is set only when something was rejected. */
export function encodeResponse(encoding: OtlpEncoding, partial: PartialSuccess | undefined): Buffer | string {
  if (encoding === 'json') {
    // proto3 JSON writes int64 as a string.
    return JSON.stringify(partial === undefined ? {} : { partialSuccess: { rejectedDataPoints: String(partial.rejectedDataPoints), errorMessage: partial.errorMessage } });
  }
  return Buffer.from(ExportMetricsServiceResponse.encode(partial === undefined ? {} : { partialSuccess: partial }).finish());
}

export function encodeStatus(encoding: OtlpEncoding, code: number, message: string): Buffer | string {
  if (encoding === 'json') return JSON.stringify({ code, message });
  return Buffer.from(google.rpc.Status.encode({ code, message }).finish());
}

/**
 * A google.rpc.Status carrying a RetryInfo, for gRPC's `grpc-status-details-bin` trailer: OTLP/gRPC
 * clients retry RESOURCE_EXHAUSTED only when it is present, and honour its delay.
 */
export function encodeStatusWithRetry(code: number, message: string, retryAfterSeconds: number): Buffer {
  const retryInfo = google.rpc.RetryInfo.encode({ retryDelay: { seconds: retryAfterSeconds, nanos: 0 } }).finish();
  return Buffer.from(google.rpc.Status.encode({ code, message, details: [{ type_url: 'type.googleapis.com/google.rpc.RetryInfo', value: retryInfo }] }).finish());
}
