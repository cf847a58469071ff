/**
 * "The database cannot be reached right now", told apart from other database errors: writes and
 * reads that meet it answer 503 with a retry hint, and storage turns not-ready until it answers.
 */
import { errorMessage, SightlineError } from '../util/errors.js';

// Connection exceptions (SQLSTATE class 08), shutdown/crash (57P01–57P03), too many connections,
// and socket errors.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isUnavailableError(err: unknown): boolean {
  if (err instanceof SightlineError) return err.code === 'storage_unavailable';
  const raw = (err as { code?: unknown } | undefined)?.code;
  const code = typeof raw === 'string' ? raw : '';
  return (
    code.startsWith('08') ||
    UNAVAILABLE_SQLSTATES.has(code) ||
    UNAVAILABLE_ERRNOS.has(code) ||
    /connection terminated|timeout exceeded when trying to connect|connection error/i.test(errorMessage(err))
  );
}

/** The 503 a client gets while the database cannot be reached; `what` says what failed. */
export function storageUnavailable(what: string, cause: unknown): SightlineError {
  return new SightlineError('storage_unavailable', `${what}: the database cannot be reached (${errorMessage(cause)}); retry later`, { retryable: true, httpStatus: 503, cause });
}
