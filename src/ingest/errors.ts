/**
 * How receivers report failures: every problem with the request is a SightlineError carrying the
 * HTTP status (400/401/413/415); failures of the store keep the status the store chose (429 queue
 * full, 503 database down) and gain a Retry-After.
 */
import { SightlineError, errorMessage } from '../util/errors.js';

export function badRequest(message: string, cause?: unknown): SightlineError {
  return new SightlineError('ingest_bad_request', message, { httpStatus: 400, cause });
}

export function tooLarge(message: string): SightlineError {
  return new SightlineError('ingest_too_large', message, { httpStatus: 413 });
}

export function unsupportedMediaType(message: string): SightlineError {
  return new SightlineError('ingest_unsupported_media_type', message, { httpStatus: 415 });
}

export function unauthenticated(message: string): SightlineError {
  return new SightlineError('ingest_unauthenticated', message, { httpStatus: 401 });
}

/** Seconds a client should wait before retrying a retryable failure. */
export const RETRY_AFTER_SECONDS = 5;

export interface FailureResponse {
  status: number;
  message: string;
  /** Set for statuses a sender should retry. */
  retryAfterSeconds?: number;
}

/** Maps anything thrown while handling a request to what the client is told. */
export function describeFailure(err: unknown): FailureResponse {
  if (err instanceof SightlineError) {
    const status = err.httpStatus;
    const retryable = err.retryable || status === 429 || status === 503;
    return retryable ? { status, message: err.message, retryAfterSeconds: RETRY_AFTER_SECONDS } : { status, message: err.message };
  }
  const status = (err as { statusCode?: unknown }).statusCode;
  // Fastify's own errors (body too large, bad content-length, …) carry a 4xx statusCode.
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, message: errorMessage(err) };
  // Unknown failure: 500 tells senders to retry, which is right for a fault on our side.
  return { status: 500, message: `internal error: ${errorMessage(err)}` };
}
